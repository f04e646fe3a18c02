/**
 * Home benchmark on the demo data: seeds the demo ministry and its correspondence into a fresh
 * database, then prints p50/p95 of `getHome` for the main personas (service, and HTTP through
 * `app.inject`) beside a baseline measured in the same run: the first page of the persona's
 * « À traiter » box (`listInbox`), one of the nine reads the home makes. It also counts the SQL
 * statements of one `getHome`: a fixed number, whatever the data (no N+1).
 *
 *   npx tsx bench/home.bench.ts            (SQLite)
 *   BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npx tsx bench/home.bench.ts
 *   BENCH_SCALE=40000 npx tsx bench/home.bench.ts   (adds 40,000 synthetic documents)
 */
import { type KyselyPlugin, sql } from "kysely";
import { build } from "../server/app.js";
import { loadConfig } from "../server/config.js";
import { listCorrespondenceInbox } from "../server/correspondence/correspondence.service.js";
import { migrateToLatest } from "../server/db/migrate.js";
import { getHome } from "../server/home/home.service.js";
import { loadSignedInUser } from "../server/people/people.service.js";
import type { Subject } from "../server/policy/subject.js";
import { seedDemo } from "../server/seed/seed.js";
import { CHARTER_VERSION } from "../shared/vocabulary.js";
import { openBenchDatabase } from "./bench-database.js";
import { measure, printPool, RUNS } from "./measure.js";
import { PERSONAS } from "./search-workload.js";
import { addSyntheticCorrespondence } from "./synthetic-correspondence.js";

const SCALE = Number(process.env.BENCH_SCALE ?? 0);
const PAGE = 10;
const PASSWORD = "Bench-Demo-Password-2026!";

async function main() {
  const { database, cleanup } = await openBenchDatabase();
  const { db } = database;
  try {
    await migrateToLatest(db);
    const seeded = await seedDemo(db, PASSWORD);
    if (SCALE > 0) await addSyntheticCorrespondence(db, SCALE);
    await sql`analyze`.execute(db);
    const total = await db
      .selectFrom("correspondences")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .executeTakeFirstOrThrow();
    console.log(
      `${database.dialect}: ${seeded.users} users, ${Number(total.n)} correspondences; ${RUNS} runs per line\n`,
    );

    let statements = 0;
    const counter: KyselyPlugin = {
      transformQuery: (args) => args.node,
      // Once per statement sent (transformQuery also sees every subquery builder).
      transformResult: async (args) => {
        statements += 1;
        return args.result;
      },
    };
    const counted = db.withPlugin(counter);

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

    console.log("getHome (service) against the first page of the « À traiter » box");
    for (const email of PERSONAS) {
      const subject = subjects.get(email);
      if (!subject) throw new Error(email);
      const name = email.split("@")[0] ?? email;
      statements = 0;
      const home = await getHome(counted, subject, { limit: PAGE });
      const perHome = statements;
      console.log(
        `  ${name}: ${home.actionItems.items.length} to handle, ${home.forInformation?.items.length ?? 0} for information, ${home.unitSummaries.length} unit summary; ${perHome} SQL statements`,
      );
      await measure(
        `  baseline: listInbox action, ${PAGE} (${name})`,
        () => listCorrespondenceInbox(db, subject, { box: "action", limit: PAGE }),
        "baseline",
      );
      await measure(`  getHome (${name})`, () => getHome(db, subject, { limit: PAGE }), "home");
      const first = await getHome(db, subject, { limit: PAGE });
      const cursor = first.actionItems.nextCursor;
      if (cursor !== null) {
        await measure(`  getHome, next « À traiter » page (${name})`, () =>
          getHome(db, subject, { limit: PAGE, actionCursor: cursor }),
        );
      }
    }
    printPool("all personas: baseline listInbox action", "baseline");
    printPool("all personas: getHome", "home");

    console.log("\nthrough HTTP (app.inject: session, validation, serialization)");
    const config = {
      ...loadConfig({ LOG_LEVEL: "silent", RATE_LIMIT_PER_MINUTE: "1000000" }),
      appDir: null,
    };
    const app = await build({ config, database });
    try {
      for (const email of [
        "agent.amerique@demo.diplomatie.fr",
        "chef.washington@demo.diplomatie.fr",
      ]) {
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
        const get = async (url: string) => {
          const response = await app.inject({ method: "GET", url, headers: { cookie } });
          if (response.statusCode !== 200) throw new Error(`${url}: ${response.statusCode}`);
        };
        const name = email.split("@")[0] ?? email;
        await measure(`  GET /api/inbox?box=action&limit=${PAGE} (${name})`, () =>
          get(`/api/inbox?box=action&limit=${PAGE}`),
        );
        await measure(`  GET /api/home (${name})`, () => get(`/api/home?limit=${PAGE}`));
      }
    } finally {
      await app.close();
    }
  } finally {
    await cleanup();
  }
}

await main();
