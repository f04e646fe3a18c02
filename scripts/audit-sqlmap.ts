/*
 * npm run audit:sqlmap — Debian's sqlmap against a demo portal, authenticated.
 *
 * Starts a demo portal (SQLite file, or PostgreSQL when DATABASE_URL is set) on a free loopback
 * port, signs in a DR holder with two factors, accepts the charter, then runs
 * `sqlmap --level 3 --risk 2 --batch` with the session cookie against the search, list and
 * detail endpoints (every query parameter, the path ids marked with *, and at level 3 the
 * cookie, User-Agent and Referer headers). Exits 1 if sqlmap reports an injection point or
 * cannot conclude on a target.
 */
import { spawn } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { build } from "../server/app.js";
import { totpCode } from "../server/auth/totp.js";
import { loadConfig } from "../server/config.js";
import { openDatabase } from "../server/db/database.js";
import { migrateToLatest } from "../server/db/migrate.js";
import { DEMO_TOTP_SECRET, seedDemo } from "../server/seed/seed.js";
import { CHARTER_VERSION } from "../shared/vocabulary.js";

const SQLMAP = process.env.SQLMAP ?? "/usr/bin/sqlmap";
const PASSWORD = "Audit-Sqlmap-Password-2026!";
const PERSONA = "agent.amerique@demo.diplomatie.fr";

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      const port = typeof address === "object" && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

const cookieFrom = (response: Response) => {
  const match = /diplomatie_session=([^;]+)/.exec(response.headers.get("set-cookie") ?? "");
  if (!match?.[1]) throw new Error(`no session cookie (${response.status})`);
  return `diplomatie_session=${match[1]}`;
};

async function call(url: string, init: RequestInit & { cookie?: string; json?: unknown }) {
  const headers: Record<string, string> = {};
  if (init.cookie) headers.cookie = init.cookie;
  if (init.json !== undefined) headers["content-type"] = "application/json";
  const response = await fetch(url, {
    ...init,
    headers,
    body: init.json === undefined ? undefined : JSON.stringify(init.json),
  });
  if (!response.ok)
    throw new Error(`${init.method ?? "GET"} ${url}: ${response.status} ${await response.text()}`);
  return response;
}

function runSqlmap(
  target: string,
  cookie: string,
  outputDir: string,
): Promise<{ code: number; log: string }> {
  return new Promise((resolve, reject) => {
    const args = [
      "-u",
      target,
      "--cookie",
      cookie,
      "--level",
      "3",
      "--risk",
      "2",
      "--batch",
      "--threads",
      "4",
      "--flush-session",
      // Injecting into the session cookie yields 401 (no session): keep testing the others.
      "--ignore-code",
      "401",
      "--drop-set-cookie",
      "--disable-coloring",
      "--output-dir",
      outputDir,
    ];
    const child = spawn(SQLMAP, args, { stdio: ["ignore", "pipe", "pipe"] });
    let log = "";
    child.stdout.on("data", (chunk: Buffer) => {
      log += chunk.toString();
    });
    child.stderr.on("data", (chunk: Buffer) => {
      log += chunk.toString();
    });
    child.on("error", reject);
    child.on("close", (code) => resolve({ code: code ?? 1, log }));
  });
}

/** What sqlmap concluded, from its own words. */
function verdict(log: string): "injectable" | "not injectable" | "inconclusive" {
  if (
    /identified the following injection point|appears to be '.*' injectable|is vulnerable/i.test(
      log,
    )
  ) {
    return "injectable";
  }
  if (/all tested parameters do not appear to be injectable/i.test(log)) return "not injectable";
  return "inconclusive";
}

async function main() {
  const started = performance.now();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "diplomatie-sqlmap-"));
  const databaseUrl = process.env.DATABASE_URL ?? null;
  const database = await openDatabase({
    url: databaseUrl,
    sqliteFile: path.join(dataDir, "diplomatie.sqlite"),
  });
  await migrateToLatest(database.db);
  await seedDemo(database.db, PASSWORD, new Date(), dataDir);
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const config = {
    ...loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: "error", RATE_LIMIT_PER_MINUTE: "1000000" }),
    appDir: null,
    // sqlmap takes a while: the session must outlive the run.
    sessionIdleSeconds: 6 * 3600,
  };
  const app = await build({ config, database });
  await app.listen({ port, host: "127.0.0.1" });
  try {
    const login = await call(`${base}/api/auth/login`, {
      method: "POST",
      json: { email: PERSONA, password: PASSWORD },
    });
    let cookie = cookieFrom(login);
    await call(`${base}/api/me/charter`, {
      method: "POST",
      cookie,
      json: { version: CHARTER_VERSION },
    });
    cookie = cookieFrom(
      await call(`${base}/api/auth/step-up`, {
        method: "POST",
        cookie,
        json: { code: totpCode(DEMO_TOTP_SECRET) },
      }),
    );
    const inbox = (await (
      await call(`${base}/api/inbox?box=action&limit=1`, { cookie })
    ).json()) as { items: { id: string }[] };
    const documentId = inbox.items[0]?.id;
    if (!documentId) throw new Error("the demo inbox is empty");
    const people = (await (
      await call(`${base}/api/directory/people?q=delmas`, { cookie })
    ).json()) as {
      items: { id: string }[];
    };
    const personId = people.items[0]?.id;
    if (!personId) throw new Error("the demo directory has no Delmas");
    const targets = [
      `${base}/api/search?q=washington&sort=date&limit=5`,
      `${base}/api/search/suggest?q=wash`,
      `${base}/api/inbox?box=action&limit=5`,
      `${base}/api/directory/people?q=martin&limit=5`,
      `${base}/api/directory/units?q=ambassade&limit=5`,
      `${base}/api/communities?q=veille&limit=5`,
      `${base}/api/access-requests?state=pending&limit=5`,
      `${base}/api/correspondence/${documentId}*`,
      `${base}/api/directory/people/${personId}*`,
    ];
    const outputDir = path.join(dataDir, "sqlmap");
    let injectable = 0;
    let inconclusive = 0;
    for (const target of targets) {
      const t0 = performance.now();
      const { code, log } = await runSqlmap(target, cookie, outputDir);
      const result = verdict(log);
      if (result === "injectable") injectable += 1;
      if (result !== "not injectable") {
        inconclusive += result === "inconclusive" ? 1 : 0;
        process.stdout.write(log);
      }
      const shown = target.replace(base, "");
      process.stdout.write(
        `${result.padEnd(15)} ${((performance.now() - t0) / 1000).toFixed(0).padStart(4)} s  exit ${code}  ${shown}\n`,
      );
    }
    const minutes = ((performance.now() - started) / 60_000).toFixed(1);
    process.stdout.write(
      `\nsqlmap --level 3 --risk 2: ${targets.length} targets, ${injectable} injectable, ${inconclusive} inconclusive, ${minutes} min (${databaseUrl ? "PostgreSQL" : "SQLite"})\n`,
    );
    process.exitCode = injectable === 0 && inconclusive === 0 ? 0 : 1;
  } finally {
    await app.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
  process.exit(1);
});
