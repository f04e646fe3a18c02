import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BlobStore } from "../blobs/blob-store.js";
import {
  type ArchivesWorld,
  dispatchForArchives,
  fileRecord,
  makeArchivesWorld,
} from "../testing/archives-factory.js";
import { signIn } from "../testing/factories.js";
import { createTestApp, requestAs, type TestApp } from "../testing/test-app.js";
import { runArchiveJobs } from "./archive-jobs.js";
import { runFixityCheck } from "./fixity.service.js";

/* The fixity check re-reads stored content and raises an alert to archivists on a mismatch. */

let t: TestApp;
let world: ArchivesWorld;
let store: BlobStore;
let telegram: { correspondenceId: string; recordId: string };

beforeAll(async () => {
  t = await createTestApp();
  world = await makeArchivesWorld(t.database.db);
  store = new BlobStore(path.join(t.dataDir, "blobs"));
  telegram = await dispatchForArchives(t.database.db, store, world, {
    kind: "telegram",
    attachments: [{ name: "annexe.txt", bytes: Buffer.from("Annexe au télégramme.\n") }],
  });
  await fileRecord(t.database.db, telegram.recordId, world.keepSeriesId);
}, 60_000);
afterAll(() => t.close(), 60_000);

/** Earlier runs are dated in the past, so the runs made at the real time come last. */
const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000);

const alertsOf = (userId: string) =>
  t.database.db
    .selectFrom("notifications")
    .selectAll()
    .where("user_id", "=", userId)
    .where("reason", "=", "fixity_mismatch")
    .execute();

describe("fixity", () => {
  it("finds everything intact, journals the run and alerts nobody", async () => {
    const result = await runFixityCheck(t.database.db, store, daysAgo(10));
    expect(result.failures).toEqual([]);
    expect(result.checked).toBe(2);
    const journal = await t.database.db
      .selectFrom("journal")
      .selectAll()
      .where("action", "=", "fixity.checked")
      .execute();
    expect(journal).toHaveLength(1);
    expect(await alertsOf(world.archivistId)).toEqual([]);
  });

  it("detects a tampered blob, journals it and alerts every archivist", async () => {
    const attachment = await t.database.db
      .selectFrom("attachments")
      .selectAll()
      .where("correspondence_id", "=", telegram.correspondenceId)
      .executeTakeFirstOrThrow();
    const file = path.join(t.dataDir, "blobs", attachment.sha256.slice(0, 2), attachment.sha256);
    fs.writeFileSync(file, "Annexe au télégramme, modifiée.\n");
    const result = await runFixityCheck(t.database.db, store, daysAgo(9));
    expect(result.failures).toEqual([
      expect.objectContaining({
        kind: "attachment",
        id: attachment.id,
        expected: attachment.sha512,
      }),
    ]);
    const mismatch = await t.database.db
      .selectFrom("journal")
      .selectAll()
      .where("action", "=", "fixity.mismatch")
      .execute();
    expect(mismatch).toHaveLength(1);
    expect(JSON.parse(mismatch[0]?.details ?? "{}").items[0].id).toBe(attachment.id);
    for (const archivistId of [world.archivistId, world.npArchivistId]) {
      const alerts = await alertsOf(archivistId);
      expect(alerts).toHaveLength(1);
      expect(alerts[0]?.type).toBe("alert");
    }
    expect(await alertsOf(world.agentId)).toEqual([]);

    // A deleted blob is a failure too.
    fs.rmSync(file);
    const missing = await runFixityCheck(t.database.db, store, daysAgo(8));
    expect(missing.failures[0]).toMatchObject({ id: attachment.id, found: null });
  });

  it("detects a record whose frozen copy was altered in the database", async () => {
    const record = await t.database.db
      .selectFrom("records")
      .selectAll()
      .where("id", "=", telegram.recordId)
      .executeTakeFirstOrThrow();
    await t.database.db
      .updateTable("records")
      .set({ canonical_json: record.canonical_json.replace("Le département", "La département") })
      .where("id", "=", telegram.recordId)
      .execute();
    const result = await runFixityCheck(t.database.db, store);
    expect(result.failures.map((f) => f.kind).sort()).toEqual(["attachment", "record"]);
  });

  it("shows the last run on the integrity page, runs on demand, and only for archivists", async () => {
    const archivist = await signIn(t.app, world.archivistEmail);
    const agent = await signIn(t.app, world.agentEmail);
    const status = await requestAs(t.app, archivist, {
      method: "GET",
      url: "/api/archives/integrity",
    });
    expect(status.statusCode).toBe(200);
    expect(status.json().lastFixityRun).toMatchObject({ failures: 2 });
    const run = await requestAs(t.app, archivist, {
      method: "POST",
      url: "/api/archives/fixity-runs",
    });
    expect(run.statusCode).toBe(201);
    expect(run.json().items.length).toBe(2);
    expect(
      (await requestAs(t.app, agent, { method: "GET", url: "/api/archives/integrity" })).statusCode,
    ).toBe(404);
    expect(
      (await requestAs(t.app, agent, { method: "POST", url: "/api/archives/fixity-runs" }))
        .statusCode,
    ).toBe(404);
  });

  it("is scheduled daily by the archive jobs", async () => {
    const now = new Date(Date.now() + 3_600_000);
    const first = await runArchiveJobs(t.database.db, store, new Date(now.getTime() + 86_400_000));
    expect(first.fixityRun).not.toBeNull();
    const again = await runArchiveJobs(
      t.database.db,
      store,
      new Date(now.getTime() + 86_400_000 + 60_000),
    );
    expect(again.fixityRun).toBeNull();
  });
});
