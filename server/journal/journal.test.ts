import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase, testDialect } from "../testing/test-database.js";
import { hashEntry } from "./journal.hash.js";
import { appendToJournal, journalProtectedRead, verifyJournal } from "./journal.service.js";

let t: TestDatabase;
let sqliteDir: string | undefined;

beforeAll(async () => {
  // A file (not :memory:) so the CLI, a separate process, can open the same database.
  sqliteDir =
    testDialect() === "sqlite" ? fs.mkdtempSync(path.join(os.tmpdir(), "journal-")) : undefined;
  t = await createTestDatabase(
    sqliteDir ? { sqliteFile: path.join(sqliteDir, "diplomatie.sqlite") } : {},
  );
});
afterAll(async () => {
  await t.destroy();
  if (sqliteDir) fs.rmSync(sqliteDir, { recursive: true, force: true });
});

const actor = { userId: null, ip: "192.0.2.10" };
const append = (type: string, details: Record<string, unknown> = {}) =>
  t.db.transaction().execute((trx) => appendToJournal(trx, actor, { type, details }));

/** What an operator with direct database access would have to do to alter history. */
async function tamper(change: () => Promise<unknown>) {
  if (t.dialect === "sqlite") await sql`drop trigger journal_no_update`.execute(t.db);
  else await sql`alter table journal disable trigger journal_no_update`.execute(t.db);
  try {
    await change();
  } finally {
    if (t.dialect === "sqlite") {
      await sql`create trigger journal_no_update before update on journal
                begin select raise(abort, 'journal is append-only'); end`.execute(t.db);
    } else {
      await sql`alter table journal enable trigger journal_no_update`.execute(t.db);
    }
  }
}

const cli = (command: string) =>
  promisify(execFile)(process.execPath, ["--import", "tsx", "server/cli.ts", command], {
    env: {
      ...process.env,
      DATA_DIR: sqliteDir ?? "/nonexistent",
      ...(t.url ? { DATABASE_URL: t.url } : {}),
    },
  }).then(
    ({ stdout }) => ({ code: 0, output: stdout }),
    (error: { code: number; stdout: string; stderr: string }) => ({
      code: error.code,
      output: error.stdout + error.stderr,
    }),
  );

// The CLI cases run a child process: slow on a loaded machine.
describe("the journal", { timeout: 30_000 }, () => {
  it("chains each entry to the previous one's hash", async () => {
    await append("test.first", { b: 2, a: 1 });
    await append("test.second");
    const rows = await t.db.selectFrom("journal").selectAll().orderBy("seq").execute();
    expect(rows.map((r) => r.seq)).toEqual([1, 2]);
    expect(rows[0]?.prev_hash).toBe("0".repeat(64));
    expect(rows[1]?.prev_hash).toBe(rows[0]?.hash);
    expect(rows[0]?.details).toBe('{"a":1,"b":2}');
    expect(await verifyJournal(t.db)).toMatchObject({ ok: true, entries: 2 });
  });

  it("keeps one unbroken chain under concurrent writers", async () => {
    await Promise.all(Array.from({ length: 25 }, (_, i) => append("test.concurrent", { i })));
    const result = await verifyJournal(t.db, 7);
    expect(result).toMatchObject({ ok: true, entries: 27 });
  });

  it("records reads of DR and DR-SF content, and only those", async () => {
    const reader = { userId: null, ip: "192.0.2.11" };
    await journalProtectedRead(t.db, reader, { type: "correspondence", id: "np-1", marking: "NP" });
    await journalProtectedRead(t.db, reader, { type: "correspondence", id: "dr-1", marking: "DR" });
    await journalProtectedRead(t.db, reader, {
      type: "correspondence",
      id: "sf-1",
      marking: "DR-SF",
    });
    const reads = await t.db
      .selectFrom("journal")
      .select(["target_id", "details", "ip"])
      .where("action", "=", "content.read")
      .orderBy("seq")
      .execute();
    expect(reads.map((r) => r.target_id)).toEqual(["dr-1", "sf-1"]);
    expect(JSON.parse(reads[1]?.details ?? "{}")).toEqual({ marking: "DR-SF" });
    expect(reads[0]?.ip).toBe("192.0.2.11");
  });

  it("refuses updates and deletes", async () => {
    await expect(
      t.db.updateTable("journal").set({ action: "forged" }).where("seq", "=", 1).execute(),
    ).rejects.toThrow(/append-only/);
    await expect(t.db.deleteFrom("journal").where("seq", "=", 1).execute()).rejects.toThrow(
      /append-only/,
    );
  });

  it("is verified by the CLI, which passes on an intact journal", async () => {
    const result = await cli("journal:verify");
    expect(result.output).toContain("Journal intact: 29 entries");
    expect(result.code).toBe(0);
  });

  it("catches a forger who also recomputes the altered entry's hash: the next link breaks", async () => {
    await tamper(async () => {
      const row = await t.db
        .selectFrom("journal")
        .selectAll()
        .where("seq", "=", 8)
        .executeTakeFirstOrThrow();
      const forged = { ...row, details: '{"i":-1}' };
      await t.db
        .updateTable("journal")
        .set({ details: forged.details, hash: hashEntry(forged) })
        .where("seq", "=", 8)
        .execute();
    });
    expect(await verifyJournal(t.db, 3)).toMatchObject({ ok: false, brokenAt: 9, entries: 8 });
  });

  it("reports the first altered entry, and the CLI fails", async () => {
    await tamper(() =>
      t.db.updateTable("journal").set({ details: '{"i":999}' }).where("seq", "=", 5).execute(),
    );
    expect(await verifyJournal(t.db)).toMatchObject({ ok: false, brokenAt: 5, entries: 4 });
    const result = await cli("journal:verify");
    expect(result.code).toBe(1);
    expect(result.output).toContain("Journal BROKEN at entry 5");
  });
});
