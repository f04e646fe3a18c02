/**
 * In-process profile of search, type-ahead and home on a dataset made by bench/generate.ts:
 * each operation called directly (no HTTP) for each persona and query, and the time of each
 * statement it runs (Kysely's query log), so the costly ones show.
 *
 *   npx tsx bench/search-profile.ts 100000 [search|suggest|home]
 */
import path from "node:path";
import { openDatabase } from "../server/db/database.js";
import { getHome } from "../server/home/home.service.js";
import { loadSignedInUser } from "../server/people/people.service.js";
import { search, suggest } from "../server/search/search.service.js";
import { benchDataDir } from "./generate.js";
import { percentile } from "./measure.js";
import { PERSONAS, SEARCHES, SUGGESTIONS } from "./search-workload.js";

const size = Number(process.argv[2] ?? 100000);
const only = process.argv[3];

async function main() {
  const url = process.env.BENCH_DATABASE_URL ?? null;
  const database = await openDatabase({
    url,
    sqliteFile: path.join(benchDataDir(size), "diplomatie.sqlite"),
  });
  const statements = new Map<string, number[]>();
  const perStatement = new Map<string, number[]>();
  let operation = "";
  const started = new WeakMap<object, { at: number; sql: string }>();
  const executor = database.db.getExecutor();
  const db = database.db.withPlugin({
    transformQuery: ({ node, queryId }) => {
      const text = executor.compileQuery(node, queryId).sql.replace(/\s+/gu, " ");
      started.set(queryId, { at: performance.now(), sql: text });
      return node;
    },
    transformResult: async ({ result, queryId }) => {
      const s = started.get(queryId);
      if (s) {
        const key = `${operation} | ${s.sql.slice(0, 110)}`;
        const list = perStatement.get(key) ?? [];
        list.push(performance.now() - s.at);
        perStatement.set(key, list);
      }
      return result;
    },
  });
  const users = await database.db
    .selectFrom("users")
    .select(["id", "email"])
    .where("email", "in", PERSONAS)
    .execute();
  const subjects = [];
  for (const u of users) {
    const loaded = await loadSignedInUser(database.db, u.id, { mfa: true });
    if (loaded) subjects.push({ email: u.email, subject: loaded.subject });
  }
  const time = async (label: string, run: () => Promise<unknown>) => {
    operation = label.split(" ")[0] ?? "";
    const start = performance.now();
    await run();
    const ms = performance.now() - start;
    const list = statements.get(label) ?? [];
    list.push(ms);
    statements.set(label, list);
  };
  for (let pass = 0; pass < 2; pass++) {
    statements.clear();
    perStatement.clear();
    for (const { email, subject } of subjects) {
      if (!only || only === "search")
        for (const q of SEARCHES) {
          await time(`search ${email.split("@")[0]}`, () =>
            search(db, subject, { q, limit: 20 } as never),
          );
          await time(`search q=${q}`, () => search(db, subject, { q, limit: 20 } as never));
        }
      if (!only || only === "suggest")
        for (const q of SUGGESTIONS)
          await time(`suggest ${q}`, () => suggest(db, subject, { q, limit: 8 } as never));
      if (!only || only === "home")
        await time(`home ${email.split("@")[0]}`, () =>
          getHome(db, subject, { limit: 10 } as never),
        );
    }
  }
  for (const [label, list] of statements) {
    const sorted = [...list].sort((a, b) => a - b);
    console.log(
      `${label.padEnd(50)} n=${String(list.length).padStart(3)} p50 ${percentile(sorted, 0.5).toFixed(1).padStart(7)} ms  max ${sorted.at(-1)?.toFixed(1).padStart(7)} ms`,
    );
  }
  console.log("\nstatements, by total time");
  const rows = [...perStatement].map(([k, l]) => ({
    k,
    n: l.length,
    total: l.reduce((a, b) => a + b, 0),
    max: Math.max(...l),
  }));
  rows.sort((a, b) => b.total - a.total);
  for (const r of rows.slice(0, 25))
    console.log(
      `${r.total.toFixed(0).padStart(7)} ms total  n=${String(r.n).padStart(4)}  avg ${(r.total / r.n).toFixed(1).padStart(6)}  max ${r.max.toFixed(1).padStart(6)}  ${r.k}`,
    );
  await database.close();
}

await main();
