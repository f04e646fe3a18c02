/**
 * Correspondence benchmark on the demo data: seeds the demo ministry and its correspondence into
 * a fresh database, then prints p50/p95 of the two hot reads — `listInbox` (every box of the main
 * personas, first page and a deeper page through the cursor) and `getCorrespondence` (readable
 * documents, NP and protected, and a 404) — through the services and through HTTP
 * (`app.inject`), against baselines measured in the same run: the same rows fetched without the
 * need-to-know filter.
 *
 *   npx tsx bench/correspondence.bench.ts            (SQLite)
 *   BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npx tsx bench/correspondence.bench.ts
 *   BENCH_SCALE=40000 npx tsx bench/correspondence.bench.ts   (adds 40,000 synthetic documents)
 */
import { sql } from "kysely";
import { build } from "../server/app.js";
import { loadConfig } from "../server/config.js";
import {
  getCorrespondence,
  listCorrespondenceInbox,
} from "../server/correspondence/correspondence.service.js";
import { migrateToLatest } from "../server/db/migrate.js";
import { AppError } from "../server/errors.js";
import { loadSignedInUser } from "../server/people/people.service.js";
import type { Subject } from "../server/policy/subject.js";
import { seedDemo } from "../server/seed/seed.js";
import type { CorrespondenceSummary } from "../shared/schemas/correspondence.js";
import { INBOX_BOXES } from "../shared/schemas/correspondence.js";
import { CHARTER_VERSION } from "../shared/vocabulary.js";
import { openBenchDatabase } from "./bench-database.js";
import { measure, printPool, RUNS } from "./measure.js";
import { addSyntheticCorrespondence } from "./synthetic-correspondence.js";

/** Synthetic dispatched documents added to the demo's, to measure at a ministry's volume. */
const SCALE = Number(process.env.BENCH_SCALE ?? 0);
const PAGE = 50;
const PASSWORD = "Bench-Demo-Password-2026!";

/** The personas whose boxes the demo fills. */
const PERSONAS = [
  "redacteur.washington@demo.diplomatie.fr",
  "chef.washington@demo.diplomatie.fr",
  "agent.amerique@demo.diplomatie.fr",
  "agent.berlin@demo.diplomatie.fr",
  "cm.afrique@demo.diplomatie.fr",
  "stagiaire@demo.diplomatie.fr",
] as const;

type Box = (typeof INBOX_BOXES)[number];

const cycleOf = <T>(items: readonly T[], i: number): T => {
  const item = items[i % items.length];
  if (item === undefined) throw new Error("empty list");
  return item;
};

async function main() {
  const { database, cleanup } = await openBenchDatabase();
  const { db } = database;
  try {
    await migrateToLatest(db);
    const started = performance.now();
    const seeded = await seedDemo(db, PASSWORD);
    const seedMs = performance.now() - started;
    if (SCALE > 0) await addSyntheticCorrespondence(db, SCALE);
    // Planner statistics, as autovacuum (PostgreSQL) or `ANALYZE` would have them in production.
    await sql`analyze`.execute(db);
    const counts = await db
      .selectFrom("correspondences")
      .select(["state", (eb) => eb.fn.countAll<number>().as("n")])
      .groupBy("state")
      .execute();
    // The correspondence part, from the journal's own clock (its entries follow the ministry's).
    const span = await db
      .selectFrom("journal")
      .select((eb) => [eb.fn.min("at").as("first"), eb.fn.max("at").as("last")])
      .where("action", "!=", "demo.seeded")
      .executeTakeFirstOrThrow();
    const correspondenceMs = Date.parse(String(span.last)) - Date.parse(String(span.first));
    console.log(
      `${database.dialect}: demo seeded in ${Math.round(seedMs)} ms (correspondence ${correspondenceMs} ms) — ${seeded.users} users, ${counts
        .map((c) => `${Number(c.n)} ${c.state}`)
        .join(", ")}; ${RUNS} runs per line\n`,
    );

    const subjects = new Map<string, Subject>();
    for (const email of PERSONAS) {
      const user = await db
        .selectFrom("users")
        .select("id")
        .where("email", "=", email)
        .executeTakeFirstOrThrow();
      const loaded = await loadSignedInUser(db, user.id, { mfa: true });
      if (!loaded) throw new Error(`${email} is not active`);
      subjects.set(email, loaded.subject);
    }
    const subjectOf = (email: string) => {
      const s = subjects.get(email);
      if (!s) throw new Error(email);
      return s;
    };
    const inbox = (subject: Subject, box: Box, cursor?: string) =>
      listCorrespondenceInbox(db, subject, { box, limit: PAGE, cursor });

    // ---------- listInbox through the service ----------
    console.log("listInbox (service), first page of 50 and the deepest page up to the third");
    const readable = new Map<string, CorrespondenceSummary[]>();
    for (const email of PERSONAS) {
      const subject = subjectOf(email);
      const name = email.split("@")[0] ?? email;
      for (const box of INBOX_BOXES) {
        const first = await inbox(subject, box);
        readable.set(email, [...(readable.get(email) ?? []), ...first.items]);
        // Box size, by walking the cursor once.
        let size = first.items.length;
        let cursor = first.nextCursor;
        let page = 1;
        let deepCursor: string | null = null;
        let deepPage = 1;
        while (cursor) {
          if (page < 3) {
            deepCursor = cursor;
            deepPage = page + 1;
          }
          const next = await inbox(subject, box, cursor);
          size += next.items.length;
          cursor = next.nextCursor;
          page += 1;
        }
        await measure(`${name} ${box} (${size} items), page 1`, () => inbox(subject, box), "inbox");
        if (deepCursor) {
          const c = deepCursor;
          await measure(
            `${name} ${box}, page ${deepPage} by cursor`,
            () => inbox(subject, box, c),
            "inbox-deep",
          );
        }
      }
    }
    const inboxFirst = printPool("all boxes, page 1 (pooled)", "inbox");
    printPool("all boxes, deeper pages (pooled)", "inbox-deep");
    const selectPage = () =>
      db
        .selectFrom("correspondences")
        .innerJoin("units", "units.id", "correspondences.origin_unit_id")
        .innerJoin("users", "users.id", "correspondences.drafter_id")
        .selectAll("correspondences")
        .select(["units.name as unit_name", "users.display_name as drafter_name"])
        .where("correspondences.state", "=", "dispatched")
        .orderBy("correspondences.dispatched_at", "desc")
        .orderBy("correspondences.id", "desc")
        .limit(PAGE + 1)
        .execute();
    const baselineInbox = await measure(
      "baseline: latest 51 dispatched, no box nor need-to-know filter",
      selectPage,
    );
    // What a page pays for reading each row's whole content, which a summary does not show.
    await measure("baseline without the content column", () =>
      db
        .selectFrom("correspondences")
        .innerJoin("units", "units.id", "correspondences.origin_unit_id")
        .innerJoin("users", "users.id", "correspondences.drafter_id")
        .select([
          "correspondences.id",
          "correspondences.kind",
          "correspondences.state",
          "correspondences.reference",
          "correspondences.subject",
          "correspondences.precedence",
          "correspondences.marking",
          "correspondences.updated_at",
          "units.name as unit_name",
          "users.display_name as drafter_name",
        ])
        .where("correspondences.state", "=", "dispatched")
        .orderBy("correspondences.dispatched_at", "desc")
        .orderBy("correspondences.id", "desc")
        .limit(PAGE + 1)
        .execute(),
    );
    console.log(`listInbox / baseline (p50): ${(inboxFirst.p50 / baselineInbox.p50).toFixed(2)}\n`);

    // ---------- getCorrespondence through the service ----------
    console.log("getCorrespondence (service); a DR or DR-SF read also appends to the journal");
    for (const email of PERSONAS) {
      const subject = subjectOf(email);
      const actor = { userId: subject.userId, ip: null };
      const name = email.split("@")[0] ?? email;
      const items = [...new Map((readable.get(email) ?? []).map((i) => [i.id, i])).values()];
      const np = items.filter((i) => i.marking === "NP").map((i) => i.id);
      const dr = items.filter((i) => i.marking !== "NP").map((i) => i.id);
      if (np.length > 0) {
        await measure(
          `${name}, NP documents (${np.length})`,
          (i) => getCorrespondence(db, subject, actor, cycleOf(np, i)),
          "get-np",
        );
      }
      if (dr.length > 0) {
        await measure(
          `${name}, DR/DR-SF documents (${dr.length}), journaled`,
          (i) => getCorrespondence(db, subject, actor, cycleOf(dr, i)),
          "get-dr",
        );
      }
    }
    const trainee = subjectOf("stagiaire@demo.diplomatie.fr");
    const unreadable = await db
      .selectFrom("correspondences")
      .select("id")
      .where("marking", "=", "DR")
      .where("state", "=", "dispatched")
      .limit(1)
      .executeTakeFirstOrThrow();
    await measure("stagiaire, a DR document: 404", async () => {
      try {
        await getCorrespondence(db, trainee, { userId: trainee.userId, ip: null }, unreadable.id);
        throw new Error("the trainee read a DR document");
      } catch (error) {
        if (!(error instanceof AppError) || error.code !== "not_found") throw error;
      }
    });
    const getNp = printPool("NP documents (pooled)", "get-np");
    printPool("DR/DR-SF documents (pooled)", "get-dr");
    const ids = [...readable.values()].flat().map((i) => i.id);
    const baselineGet = await measure(
      "baseline: one row by id with unit and drafter, no filter",
      (i) =>
        db
          .selectFrom("correspondences")
          .innerJoin("units", "units.id", "correspondences.origin_unit_id")
          .innerJoin("users", "users.id", "correspondences.drafter_id")
          .selectAll("correspondences")
          .select(["units.name as unit_name", "users.display_name as drafter_name"])
          .where("correspondences.id", "=", cycleOf(ids, i))
          .executeTakeFirst(),
    );
    console.log(
      `getCorrespondence NP / baseline (p50): ${(getNp.p50 / baselineGet.p50).toFixed(2)}\n`,
    );

    // ---------- the same through HTTP ----------
    console.log("through HTTP (app.inject: session, validation, serialization)");
    const config = {
      ...loadConfig({ LOG_LEVEL: "silent", RATE_LIMIT_PER_MINUTE: "1000000" }),
      appDir: null,
    };
    const app = await build({ config, database });
    try {
      const cookieOf = async (email: string) => {
        const login = await app.inject({
          method: "POST",
          url: "/api/auth/login",
          payload: { email, password: PASSWORD },
        });
        const session = login.cookies.find((c) => c.name === "diplomatie_session");
        if (!session) throw new Error(`sign-in of ${email} failed: ${login.statusCode}`);
        const cookie = `diplomatie_session=${session.value}`;
        await app.inject({
          method: "POST",
          url: "/api/me/charter",
          headers: { cookie },
          payload: { version: CHARTER_VERSION },
        });
        return cookie;
      };
      const get = async (cookie: string, url: string, expected = 200) => {
        const response = await app.inject({ method: "GET", url, headers: { cookie } });
        if (response.statusCode !== expected) {
          throw new Error(`${url}: ${response.statusCode} ${response.body.slice(0, 200)}`);
        }
      };
      const amerique = await cookieOf("agent.amerique@demo.diplomatie.fr");
      const berlin = await cookieOf("agent.berlin@demo.diplomatie.fr");
      const stagiaire = await cookieOf("stagiaire@demo.diplomatie.fr");
      const americas = readable.get("agent.amerique@demo.diplomatie.fr") ?? [];
      const npIds = americas.filter((i) => i.marking === "NP").map((i) => i.id);
      const drIds = americas.filter((i) => i.marking !== "NP").map((i) => i.id);
      const sarah = subjectOf("agent.amerique@demo.diplomatie.fr");
      const sarahActor = { userId: sarah.userId, ip: null };
      // Each HTTP line follows the same call made through the service, for the overhead.
      const serviceInbox = await measure("service: agent.amerique action, page 1", () =>
        inbox(sarah, "action"),
      );
      const httpInbox = await measure("GET /api/inbox?box=action (agent.amerique)", () =>
        get(amerique, "/api/inbox?box=action"),
      );
      await measure("GET /api/inbox?box=info (agent.berlin)", () =>
        get(berlin, "/api/inbox?box=info"),
      );
      const serviceGet = await measure("service: agent.amerique, NP document", (i) =>
        getCorrespondence(db, sarah, sarahActor, cycleOf(npIds, i)),
      );
      const httpGet = await measure("GET /api/correspondence/:id, NP (agent.amerique)", (i) =>
        get(amerique, `/api/correspondence/${cycleOf(npIds, i)}`),
      );
      await measure("GET /api/correspondence/:id, DR (agent.amerique), journaled", (i) =>
        get(amerique, `/api/correspondence/${cycleOf(drIds, i)}`),
      );
      await measure("GET /api/correspondence/:id, DR (stagiaire): 404", () =>
        get(stagiaire, `/api/correspondence/${unreadable.id}`, 404),
      );
      console.log(
        `HTTP overhead (p50): inbox +${(httpInbox.p50 - serviceInbox.p50).toFixed(2)} ms, document +${(httpGet.p50 - serviceGet.p50).toFixed(2)} ms`,
      );
    } finally {
      await app.close();
    }
  } finally {
    await cleanup();
  }
}

await main();
