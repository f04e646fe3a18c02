/**
 * Search, type-ahead and home at scale, over HTTP with concurrent clients, on a dataset made by
 * bench/generate.ts. Starts the real server (server/main.ts, its own process) on that data, signs
 * the demo personas in (two factors for DR holders, as a real session), then for each operation
 * keeps BENCH_CONCURRENCY requests in flight for BENCH_SECONDS and prints p50/p95/p99 and the
 * throughput. Beside it, the raw engine time of the same queries on the same data — FTS5 MATCH
 * (SQLite) or the tsquery over the GIN index (PostgreSQL), one client, no policy, no facets, no
 * HTTP — so the overhead of our layers shows.
 *
 *   npm run bench:generate -- 1000000 && npm run bench:search -- 1000000
 *   BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/diplomatie_bench_100k \
 *     npm run bench:search -- 100000
 */
import { type ChildProcess, spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { sql } from "kysely";
import { totpCode } from "../server/auth/totp.js";
import { openDatabase } from "../server/db/database.js";
import { loadSignedInUser } from "../server/people/people.service.js";
import { readerAudience } from "../server/search/audience.js";
import { compileSearchText, toFts5, toTsquery } from "../server/search/query.js";
import { DEMO_TOTP_SECRET } from "../server/seed/seed.js";
import { CHARTER_VERSION } from "../shared/vocabulary.js";
import { BENCH_PASSWORD, benchDataDir } from "./generate.js";
import { percentile } from "./measure.js";
import { FILTERS, PERSONAS, SEARCHES, SUGGESTIONS } from "./search-workload.js";

const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 8);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 15);
const PORT = Number(process.env.BENCH_PORT ?? 3917);
const BASE = `http://127.0.0.1:${PORT}`;

async function waitForHealth(child: ChildProcess) {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    try {
      const response = await fetch(`${BASE}/health`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error("server did not start");
}

const cookieOf = (response: Response) => {
  const value = /diplomatie_session=([^;]+)/u.exec(response.headers.get("set-cookie") ?? "")?.[1];
  if (!value) throw new Error(`no session cookie (${response.status})`);
  return `diplomatie_session=${value}`;
};

/** A signed-in session: password, charter, and a second factor for a DR holder. */
async function signIn(email: string): Promise<string> {
  const json = { "content-type": "application/json" };
  const login = await fetch(`${BASE}/api/auth/login`, {
    method: "POST",
    headers: json,
    body: JSON.stringify({ email, password: BENCH_PASSWORD }),
  });
  let cookie = cookieOf(login);
  const me = (await login.json()) as { clearance: { level: string } };
  await fetch(`${BASE}/api/me/charter`, {
    method: "POST",
    headers: { ...json, cookie },
    body: JSON.stringify({ version: CHARTER_VERSION }),
  });
  if (me.clearance.level === "DR") {
    const stepUp = await fetch(`${BASE}/api/auth/step-up`, {
      method: "POST",
      headers: { ...json, cookie },
      body: JSON.stringify({ code: totpCode(DEMO_TOTP_SECRET) }),
    });
    if (!stepUp.ok) throw new Error(`step-up of ${email}: ${stepUp.status} ${await stepUp.text()}`);
    cookie = cookieOf(stepUp);
  }
  return cookie;
}

interface Load {
  p50: number;
  p95: number;
  p99: number;
  perSecond: number;
  requests: number;
}

/** Keeps `concurrency` requests in flight for `seconds`, cycling through `requests`. */
async function load(
  requests: readonly { url: string; cookie: string }[],
  concurrency: number,
  seconds: number,
): Promise<Load> {
  // Warm-up: each request once.
  for (const r of requests) await fetch(`${BASE}${r.url}`, { headers: { cookie: r.cookie } });
  const times: number[] = [];
  let next = 0;
  const started = performance.now();
  const end = started + seconds * 1000;
  const client = async () => {
    while (performance.now() < end) {
      const r = requests[next++ % requests.length] as { url: string; cookie: string };
      const t0 = performance.now();
      const response = await fetch(`${BASE}${r.url}`, { headers: { cookie: r.cookie } });
      await response.arrayBuffer();
      if (response.status !== 200) throw new Error(`${r.url}: ${response.status}`);
      times.push(performance.now() - t0);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, client));
  const elapsed = (performance.now() - started) / 1000;
  times.sort((a, b) => a - b);
  return {
    p50: percentile(times, 0.5),
    p95: percentile(times, 0.95),
    p99: percentile(times, 0.99),
    perSecond: times.length / elapsed,
    requests: times.length,
  };
}

const ms = (v: number) => `${v.toFixed(1).padStart(7)} ms`;
const row = (label: string, l: Load) =>
  console.log(
    `${label.padEnd(44)} p50 ${ms(l.p50)}  p95 ${ms(l.p95)}  p99 ${ms(l.p99)}  ${l.perSecond
      .toFixed(0)
      .padStart(5)} req/s  (${l.requests})`,
  );

/**
 * The engine alone: the same text queries, one client, straight on the database — the words
 * alone, or (`withAudience`) the words and each persona's audience keys, what a search asks the
 * engine before the read rule, the facets and the page.
 */
async function rawEngine(size: number, withAudience: boolean) {
  const url = process.env.BENCH_DATABASE_URL ?? null;
  const database = await openDatabase({
    url,
    sqliteFile: path.join(benchDataDir(size), "diplomatie.sqlite"),
  });
  const times: number[] = [];
  const matched: number[] = [];
  try {
    const audiences: (readonly string[] | null)[] = [];
    if (withAudience) {
      for (const email of PERSONAS) {
        const user = await database.db
          .selectFrom("users")
          .select("id")
          .where("email", "=", email)
          .executeTakeFirstOrThrow();
        const signedIn = await loadSignedInUser(database.db, user.id, { mfa: true });
        if (signedIn) audiences.push(await readerAudience(database.db, signedIn.subject));
      }
    } else {
      audiences.push(null);
    }
    for (let round = 0; round < 6; round += 1) {
      for (const [i, q] of SEARCHES.entries()) {
        const query = compileSearchText(q);
        const audience = audiences[(round + i) % audiences.length] ?? null;
        const fts5 = audience
          ? `(${toFts5(query)}) AND audience : (${audience.join(" OR ")})`
          : toFts5(query);
        const tsquery = audience
          ? `(${toTsquery(query)}) & (${audience.map((k) => `${k}:B`).join(" | ")})`
          : toTsquery(query);
        const t0 = performance.now();
        const { rows } =
          database.dialect === "sqlite"
            ? await sql<{
                n: number;
              }>`select count(*) as n from search_fts where search_fts match ${fts5}`.execute(
                database.db,
              )
            : await sql<{
                n: number;
              }>`select count(*) as n from search_documents where tsv @@ ${tsquery}::tsquery`.execute(
                database.db,
              );
        if (round > 0) {
          times.push(performance.now() - t0);
          matched.push(Number(rows[0]?.n ?? 0));
        }
      }
    }
  } finally {
    await database.close();
  }
  times.sort((a, b) => a - b);
  return {
    p50: percentile(times, 0.5),
    p95: percentile(times, 0.95),
    p99: percentile(times, 0.99),
    meanMatched: matched.reduce((a, b) => a + b, 0) / matched.length,
  };
}

async function main() {
  const size = Number(process.argv[2] ?? process.env.BENCH_SIZE ?? 100_000);
  const pgUrl = process.env.BENCH_DATABASE_URL;
  const dataDir = pgUrl
    ? path.resolve(process.env.BENCH_DATA_DIR ?? "data/bench", `search-pg-${size}`)
    : benchDataDir(size);
  if (!pgUrl && !fs.existsSync(path.join(dataDir, "diplomatie.sqlite"))) {
    throw new Error(`no dataset in ${dataDir}: npm run bench:generate -- ${size}`);
  }
  const raw = await rawEngine(size, false);
  const rawAudience = await rawEngine(size, true);
  const { BENCH_DATABASE_URL: _bench, ...inherited } = process.env;
  const env = {
    ...inherited,
    DATA_DIR: dataDir,
    PORT: String(PORT),
    HOST: "127.0.0.1",
    SEED_DEMO: "false",
    LOG_LEVEL: "silent",
    RATE_LIMIT_PER_MINUTE: "1000000",
    ...(pgUrl ? { DATABASE_URL: pgUrl } : {}),
  };
  // BENCH_PROFILE=dir: the server writes a CPU profile there when it stops (Chrome DevTools).
  const profile = process.env.BENCH_PROFILE
    ? ["--cpu-prof", `--cpu-prof-dir=${process.env.BENCH_PROFILE}`]
    : [];
  const server = spawn(process.execPath, [...profile, "--import", "tsx", "server/main.ts"], {
    env,
    stdio: ["ignore", "ignore", "inherit"],
  });
  try {
    await waitForHealth(server);
    const cookies = new Map<string, string>();
    for (const email of PERSONAS) cookies.set(email, await signIn(email));
    const each = <T>(items: readonly T[], url: (item: T, i: number) => string) =>
      items.flatMap((item, i) =>
        PERSONAS.map((email) => ({ url: url(item, i), cookie: cookies.get(email) ?? "" })),
      );
    const searches = each(
      SEARCHES,
      (q, i) =>
        `/api/search?${new URLSearchParams({ q, limit: "20" })}${FILTERS[i % FILTERS.length]}`,
    );
    const suggestions = each(
      SUGGESTIONS,
      (q) => `/api/search/suggest?${new URLSearchParams({ q })}`,
    );
    const homes = each([0], () => "/api/home?limit=10");

    console.log(
      `\n${pgUrl ? "postgres" : `sqlite (SQLITE_READERS=${process.env.SQLITE_READERS ?? 0})`}, ${size.toLocaleString("en")} synthetic correspondences + the demo, 30,000 users; ${PERSONAS.length} personas; ${CONCURRENCY} concurrent clients for ${SECONDS} s per line`,
    );
    console.log(
      `${"raw engine: count of matches, 1 client".padEnd(44)} p50 ${ms(raw.p50)}  p95 ${ms(raw.p95)}  p99 ${ms(raw.p99)}  (${raw.meanMatched.toFixed(0)} matches on average)`,
    );
    console.log(
      `${"raw engine: words AND reader's keys".padEnd(44)} p50 ${ms(rawAudience.p50)}  p95 ${ms(rawAudience.p95)}  p99 ${ms(rawAudience.p99)}  (${rawAudience.meanMatched.toFixed(0)} matches on average)`,
    );
    row("search, 1 client (HTTP)", await load(searches, 1, Math.max(5, SECONDS / 3)));
    row(`search, ${CONCURRENCY} clients (HTTP)`, await load(searches, CONCURRENCY, SECONDS));
    row("suggest, 1 client (HTTP)", await load(suggestions, 1, Math.max(5, SECONDS / 3)));
    row(`suggest, ${CONCURRENCY} clients (HTTP)`, await load(suggestions, CONCURRENCY, SECONDS));
    row("getHome, 1 client (HTTP)", await load(homes, 1, Math.max(5, SECONDS / 3)));
    row(`getHome, ${CONCURRENCY} clients (HTTP)`, await load(homes, CONCURRENCY, SECONDS));
  } finally {
    server.kill("SIGTERM");
  }
}

await main();
