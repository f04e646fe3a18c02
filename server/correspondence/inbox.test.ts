import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Marking } from "../../shared/vocabulary.js";
import type { DistributionTable } from "../db/schema.js";
import { loadSignedInUser } from "../people/people.service.js";
import type { Subject } from "../policy/subject.js";
import { telegramContent } from "../testing/correspondence-factory.js";
import { makeCommunity, makeOrganization, makeUnit, makeUser } from "../testing/factories.js";
import { createTestDatabase, type TestDatabase } from "../testing/test-database.js";
import { listCorrespondenceInbox } from "./correspondence.service.js";

/*
 * The addressee boxes are assembled from one branch per addressee the reader answers for
 * (themselves, each unit, each community). Walking a box page by page must give exactly the
 * documents addressed to the reader that they may read, each once, newest first — whatever the
 * mix of branches, ties on the date, and documents reaching them by several routes.
 */

let t: TestDatabase;
let reader: Subject;
const expected = { action: [] as string[], info: [] as string[] };

beforeAll(async () => {
  t = await createTestDatabase();
  const db = t.db;
  const ministry = await makeOrganization(db);
  const unitA = await makeUnit(db, { organizationId: ministry, kind: "office" });
  const unitB = await makeUnit(db, { organizationId: ministry, kind: "office" });
  const elsewhere = await makeUnit(db, { organizationId: ministry, kind: "office" });
  const user = await makeUser(db, { organizationId: ministry, unitId: unitA, clearance: "NP" });
  await db
    .insertInto("assignments")
    .values({
      id: randomUUID(),
      user_id: user.id,
      unit_id: unitB,
      function: "Intérim",
      is_principal: 0,
      starts_on: "2020-01-01",
      ends_on: null,
      created_at: new Date().toISOString(),
    })
    .execute();
  const author = await makeUser(db, { organizationId: ministry, unitId: elsewhere });
  const community = await makeCommunity(db, { members: [user.id] });
  const otherCommunity = await makeCommunity(db, { members: [author.id] });
  const loaded = await loadSignedInUser(db, user.id, { mfa: true });
  if (!loaded) throw new Error("reader not loaded");
  reader = loaded.subject;

  const routes: [DistributionTable["addressee_type"], string, boolean][] = [
    ["user", user.id, true],
    ["unit", unitA, true],
    ["unit", unitB, true],
    ["community", community, true],
    ["unit", elsewhere, false],
    ["community", otherCommunity, false],
    ["user", author.id, false],
  ];
  for (let i = 0; i < 60; i += 1) {
    const id = randomUUID();
    // Several documents share each instant, so the id breaks ties across branches.
    const at = new Date(Date.UTC(2026, 0, 1 + Math.floor(i / 12))).toISOString();
    const marking: Marking = i % 7 === 0 ? "DR" : "NP";
    const mode = i % 2 === 0 ? "action" : "info";
    // Every other document goes to the reader in person: one branch with many ties per date.
    const first = routes[i % 2 === 0 ? 0 : i % routes.length];
    const second = routes[(i * 3 + 1) % routes.length];
    if (!first || !second) throw new Error("no route");
    const chosen = i % 4 === 0 ? [first, second] : [first];
    await db
      .insertInto("correspondences")
      .values({
        id,
        kind: "telegram",
        state: "dispatched",
        origin_unit_id: elsewhere,
        drafter_id: author.id,
        subject: `Document ${i}`,
        precedence: "routine",
        marking,
        version: 1,
        content: JSON.stringify(telegramContent({ marking })),
        reference: `TEST-2026-${String(i).padStart(4, "0")}`,
        created_at: at,
        updated_at: at,
        dispatched_at: at,
      })
      .execute();
    const seen = new Set<string>();
    for (const [type, addresseeId] of chosen) {
      if (seen.has(addresseeId)) continue;
      seen.add(addresseeId);
      await db
        .insertInto("distributions")
        .values({
          id: randomUUID(),
          correspondence_id: id,
          addressee_type: type,
          addressee_id: addresseeId,
          mode,
          handling: mode === "action" ? "new" : null,
          deadline: null,
          assigned_to: null,
          acknowledged_at: null,
          closed_at: null,
          close_comment: null,
          answer_id: null,
          dispatched_at: at,
        })
        .execute();
    }
    const reachesReader = chosen.some(([, , mine]) => mine);
    if (reachesReader && marking === "NP") expected[mode].push(`${at}|${id}`);
  }
  for (const box of ["action", "info"] as const) {
    expected[box] = expected[box]
      .sort()
      .reverse()
      .map((key) => key.split("|")[1] ?? "");
  }
});
afterAll(() => t.close());

async function walk(box: "action" | "info", limit: number) {
  const ids: string[] = [];
  let cursor: string | undefined;
  for (let page = 0; page < 100; page += 1) {
    const result = await listCorrespondenceInbox(t.db, reader, { box, limit, cursor });
    expect(result.items.length).toBeLessThanOrEqual(limit);
    ids.push(...result.items.map((item) => item.id));
    if (!result.nextCursor) return ids;
    cursor = result.nextCursor;
  }
  throw new Error("the cursor never ends");
}

describe("the addressee boxes", () => {
  it.each([
    ["action", 1],
    ["action", 4],
    ["info", 3],
    ["info", 50],
  ] as const)(
    "%s box, pages of %i: every readable document once, newest first",
    async (box, limit) => {
      expect(expected[box].length).toBeGreaterThan(5);
      expect(await walk(box, limit)).toEqual(expected[box]);
    },
  );
});
