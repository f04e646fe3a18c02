/**
 * Partners benchmark on the demo data: seeds the demo ministry, optionally adds synthetic
 * documents, releases BENCH_RELEASES NP documents (half to all partners, half to the
 * aeronautics sector, some withdrawn or under embargo), then prints p50/p95 of what the demo
 * company's user does — « Diffusions » (`listReleased`), browsing and a word in search, a released
 * document — beside a baseline measured in the same run: the same search for an internal agent.
 *
 *   npx tsx bench/partners.bench.ts            (SQLite)
 *   BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npx tsx bench/partners.bench.ts
 *   BENCH_SCALE=40000 BENCH_RELEASES=5000 npx tsx bench/partners.bench.ts
 */
import { randomUUID } from "node:crypto";
import { sql } from "kysely";
import { getCorrespondence } from "../server/correspondence/correspondence.service.js";
import { migrateToLatest } from "../server/db/migrate.js";
import { listReleased } from "../server/partners/release.service.js";
import { loadSignedInUser } from "../server/people/people.service.js";
import { search } from "../server/search/search.service.js";
import { seedDemo } from "../server/seed/seed.js";
import { openBenchDatabase } from "./bench-database.js";
import { measure, RUNS } from "./measure.js";
import { addSyntheticCorrespondence } from "./synthetic-correspondence.js";

const SCALE = Number(process.env.BENCH_SCALE ?? 0);
const RELEASES = Number(process.env.BENCH_RELEASES ?? 1000);
const PASSWORD = "Bench-Demo-Password-2026!";

async function main() {
  const { database, cleanup } = await openBenchDatabase();
  const { db } = database;
  try {
    await migrateToLatest(db);
    await seedDemo(db, PASSWORD);
    if (SCALE > 0) await addSyntheticCorrespondence(db, SCALE);
    const chief = await db
      .selectFrom("users")
      .select("id")
      .where("email", "=", "chef.washington@demo.diplomatie.fr")
      .executeTakeFirstOrThrow();
    const documents = await db
      .selectFrom("correspondences")
      .select(["id", "origin_unit_id"])
      .where("marking", "=", "NP")
      .where("state", "=", "dispatched")
      .limit(RELEASES)
      .execute();
    const now = Date.now();
    for (const [i, d] of documents.entries()) {
      const id = randomUUID();
      await db
        .insertInto("releases")
        .values({
          id,
          correspondence_id: d.id,
          source_id: d.id,
          origin_unit_id: d.origin_unit_id,
          audience: i % 2 === 0 ? "all" : "targeted",
          embargo_until: i % 7 === 0 ? new Date(now + 86_400_000).toISOString() : null,
          released_by: chief.id,
          released_at: new Date(now - i * 60_000).toISOString(),
          withdrawn_at: i % 5 === 0 ? new Date(now).toISOString() : null,
          withdrawn_by: i % 5 === 0 ? chief.id : null,
        })
        .execute();
      if (i % 2 === 1) {
        await db
          .insertInto("release_targets")
          .values({ release_id: id, target_type: "sector", target_value: "aeronautics" })
          .execute();
      }
    }
    await sql`analyze`.execute(db);
    const users = await db
      .selectFrom("users")
      .select(["id", "email"])
      .where("email", "in", ["partenaire@entreprise-demo.fr", "agent.amerique@demo.diplomatie.fr"])
      .execute();
    const subjectOf = async (email: string) => {
      const id = users.find((u) => u.email === email)?.id ?? "";
      const signed = await loadSignedInUser(db, id, { mfa: true });
      if (!signed) throw new Error(`no ${email}`);
      return signed.subject;
    };
    const partner = await subjectOf("partenaire@entreprise-demo.fr");
    const agent = await subjectOf("agent.amerique@demo.diplomatie.fr");
    const feed = await listReleased(db, partner, { limit: 20 });
    console.log(
      `${database.dialect}: ${documents.length} releases; the partner reads ${feed.items.length}+ on the first page; ${RUNS} runs per line\n`,
    );
    const first = feed.items[0]?.correspondence.id;
    const actor = { userId: partner.userId, ip: null };
    await measure("partner: « Diffusions », first page (listReleased)", () =>
      listReleased(db, partner, { limit: 20 }),
    );
    await measure("partner: search, browsing (results, total, facets)", () =>
      search(db, partner, { limit: 20 }),
    );
    await measure("partner: search « situation »", () =>
      search(db, partner, { q: "situation", limit: 20 }),
    );
    if (first) {
      await measure("partner: a released document (getCorrespondence)", () =>
        getCorrespondence(db, partner, actor, first),
      );
    }
    await measure("baseline — agent: search, browsing", () => search(db, agent, { limit: 20 }));
    await measure("baseline — agent: search « situation »", () =>
      search(db, agent, { q: "situation", limit: 20 }),
    );
  } finally {
    await cleanup();
  }
}

await main();
