/**
 * Records benchmark: what automatic filing costs a dispatch, and the archivist's hot reads.
 * Seeds the demo (its filing plan and rules), adds BENCH_SCALE synthetic dispatched documents
 * with their records (filed by series, dates computed in SQL), then prints, in the same run:
 *
 *   - a dispatch (signCorrespondence: number, distributions, frozen record, journal, index,
 *     notifications — and filing), p50/p95 over BENCH_RUNS fresh documents;
 *   - the filing step alone (fileAtCapture: rules, facts, record update, retention dates,
 *     journal entry) on those same documents, in a transaction rolled back; dispatch without
 *     filing is the first minus the second, and the ratio is the capture overhead;
 *   - listRecords (first page, a series, a text), listDisposalProposals, and a retention rule
 *     change re-computing a large series in SQL.
 *
 *   npx tsx bench/records.bench.ts            (SQLite)
 *   BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npx tsx bench/records.bench.ts
 *   BENCH_SCALE=100000 npx tsx bench/records.bench.ts
 */
import { createHash, randomUUID } from "node:crypto";
import { type Kysely, sql } from "kysely";
import { submitForClearance } from "../server/correspondence/circuit.service.js";
import { createCorrespondence } from "../server/correspondence/correspondence.service.js";
import { signCorrespondence } from "../server/correspondence/dispatch.service.js";
import { dialectOf } from "../server/db/dialect.js";
import { migrateToLatest } from "../server/db/migrate.js";
import type { DB } from "../server/db/schema.js";
import { loadSignedInUser } from "../server/people/people.service.js";
import type { Subject } from "../server/policy/subject.js";
import { listDisposalProposals } from "../server/records/disposal.service.js";
import { fileAtCapture } from "../server/records/filing.service.js";
import { listRecords } from "../server/records/records.service.js";
import { recomputeRetention } from "../server/records/retention.js";
import { updateRetentionRule } from "../server/records/series.service.js";
import { seedDemo } from "../server/seed/seed.js";
import { openBenchDatabase } from "./bench-database.js";
import { measure, RUNS } from "./measure.js";
import { addSyntheticCorrespondence } from "./synthetic-correspondence.js";

const SCALE = Number(process.env.BENCH_SCALE ?? 20_000);
const PASSWORD = "Bench-Demo-Password-2026!";
const actor = { userId: null, ip: null };

class Rollback extends Error {}

async function subjectOf(db: Kysely<DB>, email: string): Promise<Subject> {
  const user = await db
    .selectFrom("users")
    .select("id")
    .where("email", "=", email)
    .executeTakeFirstOrThrow();
  const loaded = await loadSignedInUser(db, user.id, { mfa: true });
  if (!loaded) throw new Error(`no subject for ${email}`);
  return loaded.subject;
}

/** Records for the synthetic documents, spread over the plan's series with a retention rule. */
async function addSyntheticRecords(db: Kysely<DB>) {
  const series = await db
    .selectFrom("record_series")
    .select("id")
    .where("retention_months", "is not", null)
    .execute();
  const missing = await db
    .selectFrom("correspondences")
    .select(["id", "dispatched_at"])
    .where("state", "=", "dispatched")
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom("records")
            .select("records.id")
            .whereRef("records.correspondence_id", "=", "correspondences.id"),
        ),
      ),
    )
    .execute();
  for (let i = 0; i < missing.length; i += 400) {
    await db
      .insertInto("records")
      .values(
        missing.slice(i, i + 400).map((c, n) => {
          const json = JSON.stringify({ synthetic: c.id });
          return {
            id: randomUUID(),
            correspondence_id: c.id,
            captured_at: c.dispatched_at ?? new Date().toISOString(),
            canonical_json: json,
            sha512: createHash("sha512").update(json).digest("hex"),
            series_id: series[(i + n) % series.length]?.id ?? null,
            filed_by: "rule" as const,
            filed_at: c.dispatched_at,
            action_closed_at: c.dispatched_at,
          };
        }),
      )
      .execute();
  }
  await db
    .transaction()
    .execute((trx) => recomputeRetention(trx, (eb) => eb("records.filed_by", "=", "rule")));
  return missing.length;
}

async function main() {
  const { database, cleanup } = await openBenchDatabase();
  const { db } = database;
  try {
    await migrateToLatest(db);
    let started = performance.now();
    await seedDemo(db, PASSWORD);
    console.log(`demo seeded in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    started = performance.now();
    await addSyntheticCorrespondence(db, SCALE);
    const added = await addSyntheticRecords(db);
    // As autovacuum would after a bulk load: PostgreSQL plans on fresh statistics.
    if (dialectOf(db) === "postgres") {
      await sql`analyze records, correspondences, record_series, record_holds, record_hold_items, distributions`.execute(
        db,
      );
    }
    const total = await db
      .selectFrom("records")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .executeTakeFirstOrThrow();
    console.log(
      `${added} synthetic records added in ${((performance.now() - started) / 1000).toFixed(1)} s; ${Number(total.n)} records`,
    );

    const drafter = await subjectOf(db, "redacteur.washington@demo.diplomatie.fr");
    const chief = await subjectOf(db, "chef.washington@demo.diplomatie.fr");
    const archivist = await subjectOf(db, "archiviste@demo.diplomatie.fr");
    const washington = drafter.unitIds[0] as string;
    const americas = await db
      .selectFrom("units")
      .select("id")
      .where("short_name", "=", "DAMC")
      .executeTakeFirstOrThrow();

    // Documents waiting for the chief's signature, one per timed dispatch (and warm-ups).
    const ready: string[] = [];
    for (let i = 0; i < RUNS + 3; i += 1) {
      const id = await createCorrespondence(db, drafter, actor, {
        kind: "telegram",
        originUnitId: washington,
        content: {
          subject: `Banc d'essai ${i} — entretien au Département d'État`,
          summary: "Compte rendu d'entretien.",
          precedence: "routine",
          marking: "NP",
          tags: ["entretien"],
          countryTags: ["US"],
          references: [],
          paragraphs: [{ marking: "NP", text: "Nos interlocuteurs ont confirmé le calendrier." }],
          addressees: [
            { type: "unit", id: americas.id, mode: "action" },
            { type: "unit", id: washington, mode: "info" },
          ],
          actionDeadline: "2099-12-31",
          note: null,
          email: null,
        },
      });
      await submitForClearance(db, drafter, actor, id, { visas: [], signerId: chief.userId });
      ready.push(id);
    }

    console.log("\n# Capture at dispatch");
    let next = 0;
    const dispatch = await measure("dispatch (signCorrespondence), with automatic filing", () =>
      signCorrespondence(db, chief, actor, ready[next++] as string, { confirmExclusions: false }),
    );
    // Re-filing the same documents costs what filing them at capture cost (same queries and
    // writes); rolled back so the journal and the records stay as the dispatch left them.
    const filing = await measure("filing alone (fileAtCapture), same documents", async (i) => {
      try {
        await db.transaction().execute(async (trx) => {
          await fileAtCapture(trx, actor, ready[i % ready.length] as string, new Date());
          throw new Rollback();
        });
      } catch (error) {
        if (!(error instanceof Rollback)) throw error;
      }
    });
    const filedAs = await db
      .selectFrom("records")
      .innerJoin("record_series as s", "s.id", "records.series_id")
      .select("s.code")
      .where("records.correspondence_id", "=", ready[0] as string)
      .executeTakeFirstOrThrow();
    console.log(
      `dispatch without filing ≈ ${(dispatch.p50 - filing.p50).toFixed(2)} ms p50; ` +
        `capture overhead ${((100 * filing.p50) / (dispatch.p50 - filing.p50)).toFixed(1)} % ` +
        `(documents filed in series ${filedAs.code})`,
    );

    console.log("\n# Archivist reads");
    const biggest = await db
      .selectFrom("records")
      .select((eb) => ["series_id", eb.fn.countAll<number>().as("n")])
      .where("series_id", "is not", null)
      .groupBy("series_id")
      .orderBy("n", "desc")
      .executeTakeFirstOrThrow();
    await measure("listRecords, first page of 50", () => listRecords(db, archivist, { limit: 50 }));
    await measure("listRecords, one series, first page", () =>
      listRecords(db, archivist, { limit: 50, seriesId: biggest.series_id ?? undefined }),
    );
    await measure("listRecords, text of a reference", () =>
      listRecords(db, archivist, { limit: 50, q: "WASHINGTON-2026" }),
    );
    await measure("listRecords, a text found nowhere (scans every record)", () =>
      listRecords(db, archivist, { limit: 50, q: "INTROUVABLE-1999" }),
    );
    await measure("listDisposalProposals, first page of 50", () =>
      listDisposalProposals(db, archivist, { limit: 50 }),
    );

    console.log("\n# Retention rule change");
    const series = await db
      .selectFrom("record_series")
      .selectAll()
      .where("id", "=", biggest.series_id as string)
      .executeTakeFirstOrThrow();
    started = performance.now();
    const changed = await updateRetentionRule(db, archivist, actor, series.id, {
      retention: {
        retentionMonths: (series.retention_months ?? 12) + 12,
        retentionStart: "year_end",
        finalAction: series.final_action,
        accessDelayYears: series.access_delay_years,
      },
      reason: "Banc d'essai",
    });
    const ms = performance.now() - started;
    console.log(
      `updateRetentionRule on series ${series.code}: ${changed.recordsRecomputed} records re-computed in ${ms.toFixed(0)} ms ` +
        `(${Math.round((changed.recordsRecomputed * 1000) / ms)} records/s)`,
    );
  } finally {
    await cleanup();
  }
}

await main();
