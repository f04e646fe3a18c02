import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GENESIS_HASH, hashEntry } from "../journal/journal.hash.js";
import { appendToJournal, verifyJournal } from "../journal/journal.service.js";
import { makeOrganization, makeUser, signIn } from "../testing/factories.js";
import { createTestDatabase, type TestDatabase, testDialect } from "../testing/test-database.js";
import { journalProofs, sealJournal, verifyJournalSeals } from "./journal-seals.service.js";
import { verifyInclusion } from "./merkle.js";

/* Daily seals of the journal: Merkle roots chained day to day, proofs, and tamper detection. */

let t: TestDatabase;
let sqliteDir: string | undefined;

beforeAll(async () => {
  sqliteDir =
    testDialect() === "sqlite" ? fs.mkdtempSync(path.join(os.tmpdir(), "seals-")) : undefined;
  t = await createTestDatabase(
    sqliteDir ? { sqliteFile: path.join(sqliteDir, "diplomatie.sqlite") } : {},
  );
}, 60_000);
afterAll(async () => {
  await t.destroy();
  if (sqliteDir) fs.rmSync(sqliteDir, { recursive: true, force: true });
}, 60_000);

const actor = { userId: null, ip: "192.0.2.20" };
const DAY1 = "2026-03-02";
const DAY3 = "2026-03-04";
const append = (at: string, i: number) =>
  t.db
    .transaction()
    .execute((trx) =>
      appendToJournal(trx, actor, { type: "test.entry", details: { i } }, new Date(at)),
    );

const cli = (...args: string[]) =>
  promisify(execFile)(process.execPath, ["--import", "tsx", "server/cli.ts", ...args], {
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

/** An operator with database access rewriting history, triggers off. */
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

describe("journal seals", { timeout: 30_000 }, () => {
  it("seals each complete day, empty days included, chained to the day before", async () => {
    for (let i = 1; i <= 5; i += 1) await append(`${DAY1}T0${i}:00:00.000Z`, i);
    for (let i = 6; i <= 12; i += 1) await append(`${DAY3}T1${i - 6}:00:00.000Z`, i);
    const sealed = await sealJournal(t.db, new Date("2026-03-05T00:10:00.000Z"));
    expect(sealed).toEqual([DAY1, "2026-03-03", DAY3]);
    const seals = await t.db.selectFrom("journal_seals").selectAll().orderBy("day").execute();
    expect(seals.map((s) => [s.first_seq, s.last_seq, s.entry_count])).toEqual([
      [1, 5, 5],
      [null, null, 0],
      [6, 12, 7],
    ]);
    expect(seals[0]?.prev_seal_hash).toBe(GENESIS_HASH);
    expect(seals[1]?.prev_seal_hash).toBe(seals[0]?.seal_hash);
    expect(seals[2]?.prev_seal_hash).toBe(seals[1]?.seal_hash);
    // Sealing again does nothing; the seals themselves were journaled (today, unsealed).
    expect(await sealJournal(t.db, new Date("2026-03-05T00:20:00.000Z"))).toEqual([]);
    expect(await verifyJournalSeals(t.db)).toMatchObject({ ok: true, seals: 3, lastDay: DAY3 });
  });

  it("exports inclusion proofs an auditor can check against the sealed root", async () => {
    const proofs = await journalProofs(t.db, [3, 9, 12]);
    expect(proofs.map((p) => p.entry.seq)).toEqual([3, 9, 12]);
    for (const p of proofs) {
      expect(p.verified).toBe(true);
      expect(p.entry.contentMatches).toBe(true);
      expect(verifyInclusion(p.entry.hash, p.proof, p.seal.merkleRoot)).toBe(true);
    }
    expect(proofs[0]?.seal.day).toBe(DAY1);
    const result = await cli("journal:proof", "3", "9");
    expect(result.code).toBe(0);
    expect(JSON.parse(result.output).items).toHaveLength(2);
  });

  it("is checked by journal:verify, which passes on an intact journal", async () => {
    const result = await cli("journal:verify");
    expect(result.output).toContain("Journal intact");
    expect(result.output).toContain("Seals intact: 3 day(s) sealed");
    expect(result.code).toBe(0);
  });

  it("catches a plain edit of a row twice: by the hash chain and by the seal", async () => {
    await tamper(() =>
      t.db.updateTable("journal").set({ action: "test.forged" }).where("seq", "=", 10).execute(),
    );
    expect(await verifyJournal(t.db)).toMatchObject({ ok: false, brokenAt: 10 });
    expect(await verifyJournalSeals(t.db)).toMatchObject({ ok: false, brokenDay: DAY3 });
    await tamper(() =>
      t.db.updateTable("journal").set({ action: "test.entry" }).where("seq", "=", 10).execute(),
    );
    expect(await verifyJournal(t.db)).toMatchObject({ ok: true });
    expect(await verifyJournalSeals(t.db)).toMatchObject({ ok: true });
  });

  it("catches a forger who rewrites the whole chain after an entry: the chain holds, the seal does not", async () => {
    const rows = await t.db
      .selectFrom("journal")
      .selectAll()
      .where("seq", ">=", 3)
      .orderBy("seq")
      .execute();
    await tamper(async () => {
      let prev = (
        await t.db
          .selectFrom("journal")
          .select("hash")
          .where("seq", "=", 2)
          .executeTakeFirstOrThrow()
      ).hash;
      for (const row of rows) {
        const forged = {
          ...row,
          prev_hash: prev,
          details: row.seq === 3 ? '{"i":-3}' : row.details,
        };
        const hash = hashEntry(forged);
        await t.db
          .updateTable("journal")
          .set({ details: forged.details, prev_hash: prev, hash })
          .where("seq", "=", row.seq)
          .execute();
        prev = hash;
      }
    });
    expect(await verifyJournal(t.db)).toMatchObject({ ok: true });
    expect(await verifyJournalSeals(t.db)).toMatchObject({
      ok: false,
      brokenDay: DAY1,
      reason: "the day's entries do not match its Merkle root",
    });
    const proof = (await journalProofs(t.db, [3]))[0];
    expect(proof?.verified).toBe(false);
    const result = await cli("journal:verify");
    expect(result.code).toBe(1);
    expect(result.output).toContain(`Seal BROKEN on ${DAY1}`);
  });

  it("serves proofs to those who read the journal, and 404 to others", async () => {
    const { createTestApp, requestAs } = await import("../testing/test-app.js");
    const app = await createTestApp();
    try {
      const organizationId = await makeOrganization(app.database.db);
      const archivist = await makeUser(app.database.db, {
        organizationId,
        roles: [{ role: "archivist" }],
      });
      const agent = await makeUser(app.database.db, { organizationId });
      for (let i = 1; i <= 3; i += 1) {
        await app.database.db
          .transaction()
          .execute((trx) =>
            appendToJournal(
              trx,
              actor,
              { type: "test.entry", details: { i } },
              new Date(`${DAY1}T10:00:0${i}.000Z`),
            ),
          );
      }
      await sealJournal(app.database.db, new Date(`${DAY3}T00:00:00.000Z`));
      const asArchivist = await signIn(app.app, archivist.email);
      const response = await requestAs(app.app, asArchivist, {
        method: "POST",
        url: "/api/archives/journal-proofs",
        payload: { seqs: [2] },
      });
      expect(response.statusCode).toBe(200);
      expect(response.json().items[0]).toMatchObject({ verified: true, seal: { day: DAY1 } });
      const asAgent = await signIn(app.app, agent.email);
      const refused = await requestAs(app.app, asAgent, {
        method: "POST",
        url: "/api/archives/journal-proofs",
        payload: { seqs: [2] },
      });
      expect(refused.statusCode).toBe(404);
    } finally {
      await app.close();
    }
  });
});
