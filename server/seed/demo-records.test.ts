import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../testing/test-app.js";
import { DEMO_SERIES } from "./demo-records.js";
import { seedDemo } from "./seed.js";

/*
 * The demo's filing plan files every dispatched document at capture (the same code as a real
 * dispatch), and leaves the archivist something to do: due destroy records and a list to approve.
 */

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  await seedDemo(t.database.db, "Demo-Password-For-Tests-1!", new Date(), t.dataDir);
}, 180_000);
afterAll(() => t.close());

describe("the demo's records", () => {
  it("are all filed by rule, across the plan's series, with retention dates", async () => {
    const db = t.database.db;
    const records = await db
      .selectFrom("records")
      .leftJoin("record_series as s", "s.id", "records.series_id")
      .select([
        "records.filed_by",
        "records.due_at",
        "records.communicable_from",
        "s.code",
        "s.retention_start",
      ])
      .execute();
    expect(records.length).toBeGreaterThan(100);
    expect(records.every((r) => r.filed_by === "rule" && r.code !== null)).toBe(true);
    const codes = new Set(records.map((r) => r.code));
    for (const code of ["1.1.1", "1.1.2", "1.2", "1.3", "2.1"]) expect(codes).toContain(code);
    expect(records.every((r) => r.communicable_from !== null)).toBe(true);
    expect(
      records.filter((r) => r.retention_start === "dispatch").every((r) => r.due_at !== null),
    ).toBe(true);
    expect(DEMO_SERIES.length).toBeGreaterThan(10);
  });

  it("has a disposal list waiting for approval and more records due for destruction", async () => {
    const db = t.database.db;
    const lists = await db.selectFrom("disposal_lists").select(["id", "status"]).execute();
    expect(lists.map((l) => l.status)).toEqual(["proposed"]);
    const items = await db.selectFrom("disposal_list_items").select("record_id").execute();
    expect(items.length).toBeGreaterThan(0);
  });
});
