/**
 * Directory benchmark at the scale the brief targets on one machine (30,000 users, 1,200
 * units). Prints latencies of the directory's hot paths and, as a baseline measured in the
 * same run, the same page fetched with OFFSET instead of a keyset cursor.
 *
 *   npm run bench            (SQLite)
 *   BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npm run bench
 */
import { randomUUID } from "node:crypto";
import { sql } from "kysely";
import type { Database } from "../server/db/database.js";
import { migrateToLatest } from "../server/db/migrate.js";
import { encodeCursor } from "../server/http/cursor.js";
import { searchPeopleDirectory } from "../server/people/people.service.js";
import type { Subject } from "../server/policy/subject.js";
import { foldText } from "../server/search/text-fold.js";
import { openBenchDatabase } from "./bench-database.js";

const USERS = Number(process.env.BENCH_USERS ?? 30_000);
const UNITS = 1_200;
const RUNS = 40;

const GIVEN = [
  "Anne",
  "Bruno",
  "Claire",
  "David",
  "Élodie",
  "François",
  "Hélène",
  "Julien",
  "Léa",
  "Marc",
];
const FAMILY = [
  "Martin",
  "Bernard",
  "Dubois",
  "Thomas",
  "Robert",
  "Richard",
  "Petit",
  "Durand",
  "Leroy",
  "Moreau",
  "Simon",
  "Laurent",
  "Lefèvre",
  "Michel",
  "Garcia",
  "David",
  "Bertrand",
  "Roux",
  "Vincent",
  "Fournier",
];

async function generate(database: Database) {
  const { db } = database;
  const at = new Date().toISOString();
  const orgId = randomUUID();
  await db
    .insertInto("organizations")
    .values({
      id: orgId,
      kind: "ministry",
      name: "MEAE",
      short_name: "MEAE",
      created_at: at,
      updated_at: at,
    })
    .execute();
  const unitIds: string[] = [];
  const units = Array.from({ length: UNITS }, (_, i) => {
    const id = randomUUID();
    unitIds.push(id);
    const name = `Bureau ${i}`;
    return {
      id,
      organization_id: orgId,
      parent_id: null,
      kind: "office" as const,
      name,
      short_name: name,
      country_code: i === 5 ? "JP" : i % 3 === 0 ? "US" : "FR",
      city: null,
      search_text: foldText(name),
      sort_key: foldText(name),
      created_at: at,
      updated_at: at,
    };
  });
  for (let i = 0; i < units.length; i += 500)
    await db
      .insertInto("units")
      .values(units.slice(i, i + 500))
      .execute();
  await db.transaction().execute(async (trx) => {
    for (let i = 0; i < USERS; i += 500) {
      const users = [];
      const assignments = [];
      for (let j = i; j < Math.min(USERS, i + 500); j += 1) {
        const id = randomUUID();
        const given = GIVEN[j % GIVEN.length] ?? "";
        const family = `${FAMILY[j % FAMILY.length]}${Math.floor(j / FAMILY.length)}`;
        const email = `u${j}@bench.diplomatie.fr`;
        users.push({
          id,
          organization_id: orgId,
          email,
          given_name: given,
          family_name: family,
          display_name: `${given} ${family}`,
          job_title: "Rédacteur",
          nationality: "FR",
          status: "active" as const,
          password_hash: null,
          locale: "fr",
          charter_version: null,
          charter_accepted_at: null,
          search_text: foldText(`${given} ${family} ${email}`),
          sort_key: foldText(`${family} ${given}`),
          created_at: at,
          updated_at: at,
        });
        assignments.push({
          id: randomUUID(),
          user_id: id,
          unit_id: unitIds[j % UNITS] ?? "",
          function: "Agent",
          is_principal: 1,
          starts_on: "2024-01-01",
          ends_on: null,
          created_at: at,
        });
      }
      await trx.insertInto("users").values(users).execute();
      await trx.insertInto("assignments").values(assignments).execute();
    }
  });
  return { orgId, unitIds };
}

async function measure(label: string, run: () => Promise<unknown>) {
  for (let i = 0; i < 3; i += 1) await run();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i += 1) {
    const start = performance.now();
    await run();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const p50 = times[Math.floor(RUNS * 0.5)] ?? 0;
  const p95 = times[Math.floor(RUNS * 0.95)] ?? 0;
  console.log(
    `${label.padEnd(52)} p50 ${p50.toFixed(2).padStart(8)} ms   p95 ${p95.toFixed(2).padStart(8)} ms`,
  );
  return p50;
}

async function main() {
  const { database, cleanup } = await openBenchDatabase();
  try {
    await migrateToLatest(database.db);
    const started = performance.now();
    const { orgId, unitIds } = await generate(database);
    // Planner statistics, as autovacuum (PostgreSQL) or `ANALYZE` would have them in production.
    await sql`analyze`.execute(database.db);
    console.log(
      `${database.dialect}: ${USERS} users, ${UNITS} units generated in ${Math.round(performance.now() - started)} ms\n`,
    );
    const subject: Subject = {
      userId: randomUUID(),
      organizationId: orgId,
      isExternal: false,
      nationality: "FR",
      clearance: "DR",
      roles: [],
      unitIds: [],
      mfa: true,
    };
    const external: Subject = { ...subject, organizationId: randomUUID(), isExternal: true };
    const search = (s: Subject, q: Record<string, unknown>) =>
      searchPeopleDirectory(database.db, s, { limit: 50, ...q });

    await measure("first page, no filter", () => search(subject, {}));
    await measure("name search 'lefevre' (accent-folded)", () => search(subject, { q: "lefevre" }));
    await measure("two-word search 'helene moreau1'", () =>
      search(subject, { q: "helene moreau1" }),
    );
    await measure("people of one unit", () => search(subject, { unitId: unitIds[7] }));
    await measure("people posted in a country (US, a third of all)", () =>
      search(subject, { country: "US" }),
    );
    await measure("people posted in a country (JP, one post)", () =>
      search(subject, { country: "JP" }),
    );
    await measure("external user (own organisation only)", () => search(external, {}));

    // Page 200 (rows 10,000–10,049): keyset cursor versus the OFFSET baseline.
    // Rows 10,000–10,049 (page 200), or the middle of a smaller dataset.
    const deep = Math.min(10_000, Math.floor(USERS / 100) * 50);
    const boundary = await database.db
      .selectFrom("users")
      .select(["sort_key", "id"])
      .orderBy("sort_key")
      .orderBy("id")
      .offset(deep - 1)
      .limit(1)
      .executeTakeFirstOrThrow();
    const cursor = encodeCursor([boundary.sort_key, boundary.id]);
    const keyset = await measure(`page ${deep / 50} by keyset cursor`, () =>
      search(subject, { cursor }),
    );
    const offset = await measure(`page ${deep / 50} by OFFSET (baseline)`, () =>
      database.db
        .selectFrom("users")
        .selectAll()
        .where("status", "=", "active")
        .orderBy("sort_key")
        .orderBy("id")
        .offset(deep)
        .limit(51)
        .execute(),
    );
    console.log(
      `\nkeyset / OFFSET at page ${deep / 50}: ${(keyset / offset).toFixed(2)} (lower is better)`,
    );
  } finally {
    await cleanup();
  }
}

await main();
