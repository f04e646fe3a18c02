/**
 * Live-stream fan-out benchmark: a real server (its own process, on a throw-away database) with
 * 1,000 users connected to GET /api/events over real loopback HTTP connections. Each round posts
 * in a community all of them follow, through the real event and notification services; the
 * fan-out time is from the commit to the moment the last client received its event. Prints
 * p50/p95 of that, of every single delivery, and the server's memory per open stream.
 *
 *   npx tsx bench/sse.bench.ts            (SQLite)
 *   BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npx tsx bench/sse.bench.ts
 *
 * BENCH_SSE_CLIENTS (1000), BENCH_SSE_ROUNDS (20) and NOTIFICATION_STREAM_TICK_MS (250) tune it.
 */
import { type ChildProcess, fork } from "node:child_process";
import { createHash, randomBytes, randomUUID } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { fileURLToPath } from "node:url";
import { build } from "../server/app.js";
import { loadConfig } from "../server/config.js";
import { migrateToLatest } from "../server/db/migrate.js";
import { emit } from "../server/events/events.js";
import { openEventStream } from "../server/testing/sse-client.js";
import { CHARTER_VERSION } from "../shared/vocabulary.js";
import { openBenchDatabase } from "./bench-database.js";

const CLIENTS = Number(process.env.BENCH_SSE_CLIENTS ?? 1000);
const ROUNDS = Number(process.env.BENCH_SSE_ROUNDS ?? 20);

/** Wall-clock milliseconds with sub-millisecond precision, comparable across processes. */
const clock = () => performance.timeOrigin + performance.now();

const percentile = (values: readonly number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? 0;
};

type ToServer = { kind: "memory" } | { kind: "post" } | { kind: "stop" };
type FromServer =
  | { kind: "ready"; port: number; tokens: string[] }
  | { kind: "memory"; heapUsed: number; rss: number }
  | { kind: "posted"; committedAt: number; commitMs: number };

/* ---------- the server process ---------- */

async function serve() {
  const { database, cleanup } = await openBenchDatabase();
  await migrateToLatest(database.db);
  const db = database.db;
  const at = new Date().toISOString();
  const orgId = randomUUID();
  await db
    .insertInto("organizations")
    .values({
      id: orgId,
      kind: "ministry",
      name: "Bench",
      short_name: "Bench",
      created_at: at,
      updated_at: at,
    })
    .execute();
  const user = (i: number) => ({
    id: randomUUID(),
    organization_id: orgId,
    email: `sse${i}@bench.diplomatie.fr`,
    given_name: "Agent",
    family_name: `${i}`,
    display_name: `Agent ${i}`,
    job_title: null,
    nationality: "FR",
    status: "active" as const,
    password_hash: null,
    locale: "fr",
    charter_version: CHARTER_VERSION,
    charter_accepted_at: at,
    search_text: `agent ${i}`,
    sort_key: `agent ${i}`,
    created_at: at,
    updated_at: at,
  });
  const author = user(0);
  const readers = Array.from({ length: CLIENTS }, (_, i) => user(i + 1));
  const communityId = randomUUID();
  const tokens = readers.map(() => randomBytes(32).toString("base64url"));
  const expires = new Date(Date.now() + 8 * 3600_000).toISOString();
  await db.transaction().execute(async (trx) => {
    for (let i = 0; i < readers.length + 1; i += 200) {
      await trx
        .insertInto("users")
        .values([author, ...readers].slice(i, i + 200))
        .execute();
    }
    await trx
      .insertInto("communities")
      .values({
        id: communityId,
        name: "Cellule de crise",
        description: "",
        kind: "transverse",
        access: "open",
        unit_id: null,
        created_by: author.id,
        created_at: at,
        updated_at: at,
      })
      .execute();
    for (let i = 0; i < readers.length; i += 200) {
      const slice = readers.slice(i, i + 200);
      await trx
        .insertInto("memberships")
        .values(
          slice.map((r) => ({
            community_id: communityId,
            user_id: r.id,
            role: "member" as const,
            origin: "direct" as const,
            created_at: at,
          })),
        )
        .execute();
      await trx
        .insertInto("follows")
        .values(
          slice.map((r) => ({
            follower_id: r.id,
            target_type: "community" as const,
            target_key: communityId,
            created_at: at,
          })),
        )
        .execute();
      await trx
        .insertInto("sessions")
        .values(
          slice.map((r, j) => ({
            id: createHash("sha256")
              .update(tokens[i + j] ?? "")
              .digest("hex"),
            user_id: r.id,
            created_at: at,
            last_seen_at: at,
            expires_at: expires,
            ip: null,
            user_agent: null,
            auth_methods: "pwd",
          })),
        )
        .execute();
    }
  });
  const config = {
    ...loadConfig({ LOG_LEVEL: "silent", RATE_LIMIT_PER_MINUTE: "1000000", ...process.env }),
    appDir: null,
  };
  const app = await build({ config, database });
  await app.listen({ port: 0, host: "127.0.0.1" });
  const port = (app.server.address() as AddressInfo).port;
  const send = (message: FromServer) => process.send?.(message);

  process.on("message", async (message: ToServer) => {
    switch (message.kind) {
      case "memory": {
        globalThis.gc?.();
        const usage = process.memoryUsage();
        send({ kind: "memory", heapUsed: usage.heapUsed, rss: usage.rss });
        return;
      }
      case "post": {
        const started = clock();
        await db.transaction().execute((trx) =>
          emit(
            trx,
            { userId: author.id, ip: null },
            {
              type: "post.created",
              target: { type: "post", id: randomUUID() },
              details: {
                communityId,
                authorId: author.id,
                mentionedUserIds: [],
                mentionedCommunityIds: [],
                tags: [],
                sharedCorrespondenceId: null,
              },
            },
          ),
        );
        const committedAt = clock();
        send({ kind: "posted", committedAt, commitMs: committedAt - started });
        return;
      }
      case "stop":
        await app.close();
        await cleanup();
        process.exit(0);
    }
  });
  send({ kind: "ready", port, tokens });
}

/* ---------- the clients' process ---------- */

function request<T extends FromServer["kind"]>(
  server: ChildProcess,
  message: ToServer,
  answer: T,
): Promise<Extract<FromServer, { kind: T }>> {
  return new Promise((resolve) => {
    const listener = (reply: FromServer) => {
      if (reply.kind !== answer) return;
      server.off("message", listener);
      resolve(reply as Extract<FromServer, { kind: T }>);
    };
    server.on("message", listener);
    server.send(message);
  });
}

async function main() {
  const server = fork(fileURLToPath(import.meta.url), ["serve"], {
    execArgv: ["--import", "tsx", "--expose-gc"],
    env: process.env,
  });
  const ready = await new Promise<Extract<FromServer, { kind: "ready" }>>((resolve) => {
    server.on("message", (m: FromServer) => {
      if (m.kind === "ready") resolve(m);
    });
  });
  const dialect = process.env.BENCH_DATABASE_URL ? "PostgreSQL" : "SQLite";
  console.log(
    `SSE fan-out — ${dialect}, ${CLIENTS} clients, ${ROUNDS} rounds, tick ${process.env.NOTIFICATION_STREAM_TICK_MS ?? 250} ms`,
  );

  const before = await request(server, { kind: "memory" }, "memory");
  const agent = new http.Agent({ keepAlive: false, maxSockets: Number.POSITIVE_INFINITY });
  const base = `http://127.0.0.1:${ready.port}/api/events`;
  const connectStart = clock();
  const streams = [];
  for (let i = 0; i < ready.tokens.length; i += 100) {
    streams.push(
      ...(await Promise.all(
        ready.tokens
          .slice(i, i + 100)
          .map((token) => openEventStream(base, { cookie: `diplomatie_session=${token}` }, agent)),
      )),
    );
  }
  await Promise.all(streams.map((s) => s.next((e) => e.event === "ready", 30_000)));
  const connectMs = clock() - connectStart;
  if (streams.some((s) => s.status !== 200)) throw new Error("a stream was refused");
  const after = await request(server, { kind: "memory" }, "memory");

  const lastClient: number[] = [];
  const everyDelivery: number[] = [];
  const commits: number[] = [];
  for (let round = 0; round < ROUNDS; round += 1) {
    const arrivals = streams.map((s) =>
      s.next((e) => e.event === "notification", 30_000).then(() => clock()),
    );
    const posted = await request(server, { kind: "post" }, "posted");
    const times = (await Promise.all(arrivals)).map((t) => t - posted.committedAt);
    commits.push(posted.commitMs);
    everyDelivery.push(...times);
    lastClient.push(Math.max(...times));
  }

  const line = (label: string, values: number[]) =>
    console.log(
      `${label.padEnd(58)} p50 ${percentile(values, 0.5).toFixed(1).padStart(7)} ms   p95 ${percentile(values, 0.95).toFixed(1).padStart(7)} ms`,
    );
  console.log(`${`connect ${CLIENTS} streams (all ready)`.padEnd(58)} ${connectMs.toFixed(0)} ms`);
  line("commit of one post notifying every client (in-transaction)", commits);
  line("fan-out: commit → last client received", lastClient);
  line("single delivery: commit → a client received", everyDelivery);
  const perStream = (bytes: number) => (bytes / CLIENTS / 1024).toFixed(1);
  console.log(
    `${"server memory per open stream".padEnd(58)} heap ${perStream(after.heapUsed - before.heapUsed)} KiB   rss ${perStream(after.rss - before.rss)} KiB`,
  );

  for (const s of streams) s.close();
  agent.destroy();
  const exited = new Promise((resolve) => server.once("exit", resolve));
  server.send({ kind: "stop" } satisfies ToServer);
  await exited;
}

if (process.argv[2] === "serve") {
  serve().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
} else {
  main()
    .then(() => process.exit(0))
    .catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
}
