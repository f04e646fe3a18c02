/**
 * The search benchmark's dataset: the demo ministry, then 160 diplomatic posts, 30,000 users and
 * SIZE synthetic dispatched correspondences in French and English (themes, tags, country tags,
 * threads, markings, precedences, action and information addressees), indexed for search —
 * written with bulk multi-row inserts, index rows included, so a million documents is feasible.
 *
 *   npm run bench:generate -- 100000
 *       SQLite: $BENCH_DATA_DIR/search-100000/diplomatie.sqlite (BENCH_DATA_DIR: data/bench)
 *   BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/diplomatie_bench_100k \
 *     npm run bench:generate -- 100000
 *       PostgreSQL: that database, dropped and created again
 *
 * Deterministic (a seeded generator): two runs of one size hold the same documents. The demo
 * personas sign in with BENCH_PASSWORD (bench/search-scale.bench.ts does).
 */
import { randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { type Insertable, type Kysely, type RawBuilder, sql } from "kysely";
import pg from "pg";
import type { CheckedContent } from "../server/correspondence/correspondence.rules.js";
import { type Database, openDatabase } from "../server/db/database.js";
import { migrateToLatest } from "../server/db/migrate.js";
import type {
  AssignmentTable,
  CorrespondenceTable,
  DB,
  DistributionTable,
  UserTable,
} from "../server/db/schema.js";
import { analyze, type Language } from "../server/search/analyzer.js";
import { audienceKey } from "../server/search/audience.js";
import { personDocuments } from "../server/search/person-document.js";
import { progressBar } from "../server/search/progress-bar.js";
import { ftsRowidRange, tsvectorLiteral } from "../server/search/search.sql.js";
import { rankBase, upsertSearchDocument } from "../server/search/search-index.js";
import { markSearchIndexCurrent } from "../server/search/search-indexing.js";
import { foldText } from "../server/search/text-fold.js";
import { seedDemo } from "../server/seed/seed.js";
import type { Marking, Precedence } from "../shared/vocabulary.js";
import {
  COMMON_SENTENCES,
  COUNTRIES,
  FAMILY_NAMES,
  FUNCTIONS,
  GIVEN_NAMES,
  THEMES,
} from "./synthetic-text.js";

export const BENCH_PASSWORD = "Bench-Demo-Password-2026!";
const POSTS = 160;
const USERS = 30_000;
const BATCH = 500;
const POST_KINDS = ["embassy", "consulate", "permanent_representation"] as const;

/** Where a SQLite dataset of this size lives. */
export function benchDataDir(size: number): string {
  return path.resolve(process.env.BENCH_DATA_DIR ?? "data/bench", `search-${size}`);
}

let seed = 20_261_128;
const random = () => {
  seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
  return seed / 2_147_483_648;
};
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
const weighted = <T>(choices: readonly [T, number][]): T => {
  let r = random();
  for (const [value, weight] of choices) {
    r -= weight;
    if (r < 0) return value;
  }
  return (choices.at(-1) as [T, number])[0];
};

async function openTarget(size: number): Promise<{ database: Database; dataDir: string }> {
  const url = process.env.BENCH_DATABASE_URL;
  const dataDir = url
    ? path.resolve(process.env.BENCH_DATA_DIR ?? "data/bench", `search-pg-${size}`)
    : benchDataDir(size);
  fs.rmSync(dataDir, { recursive: true, force: true });
  fs.mkdirSync(dataDir, { recursive: true });
  if (!url) {
    const database = await openDatabase({
      url: null,
      sqliteFile: path.join(dataDir, "diplomatie.sqlite"),
    });
    // A dataset that can be generated again: no need to survive a crash while writing it.
    await sql`pragma synchronous = off`.execute(database.db);
    // Random UUID keys land all over the indexes: keep them in memory while writing.
    await sql`pragma cache_size = -1000000`.execute(database.db);
    return { database, dataDir };
  }
  const target = new URL(url);
  const name = target.pathname.slice(1);
  if (!/^[a-z0-9_]+$/u.test(name)) throw new Error(`BENCH_DATABASE_URL: bad database name ${name}`);
  const adminUrl = new URL(url);
  adminUrl.pathname = "/postgres";
  const admin = new pg.Client({ connectionString: adminUrl.toString() });
  await admin.connect();
  await admin.query(`drop database if exists ${name} with (force)`);
  await admin.query(`create database ${name}`);
  await admin.end();
  return { database: await openDatabase({ url, sqliteFile: "" }), dataDir };
}

interface UnitInfo {
  id: string;
  name: string;
  prefix: string;
}

/** Adds embassies and consulates until the ministry has POSTS posts. */
async function addPosts(db: Kysely<DB>): Promise<void> {
  const ministry = await db
    .selectFrom("organizations")
    .select("id")
    .where("kind", "=", "ministry")
    .orderBy("created_at")
    .executeTakeFirstOrThrow();
  const root = await db
    .selectFrom("units")
    .select("id")
    .where("organization_id", "=", ministry.id)
    .where("parent_id", "is", null)
    .executeTakeFirstOrThrow();
  const existing = await db
    .selectFrom("units")
    .select((eb) => eb.fn.countAll().as("n"))
    .where("kind", "in", [...POST_KINDS])
    .executeTakeFirstOrThrow();
  const at = new Date().toISOString();
  const rows = [];
  for (let n = Number(existing.n); n < POSTS; n += 1) {
    const country = COUNTRIES[n % COUNTRIES.length] as (typeof COUNTRIES)[number];
    const kind = n % 5 === 4 ? "consulate" : "embassy";
    const city = `${country.city} ${Math.floor(n / COUNTRIES.length) + 1}`;
    const name =
      kind === "consulate" ? `Consulat général à ${city}` : `Ambassade de France à ${city}`;
    const shortName = `${kind === "consulate" ? "CG" : "AMB"} ${city}`;
    rows.push({
      id: randomUUID(),
      organization_id: ministry.id,
      parent_id: root.id,
      kind,
      name,
      short_name: shortName,
      country_code: country.code,
      city,
      search_text: foldText(`${name} ${shortName} ${city}`),
      sort_key: foldText(name),
      created_at: at,
      updated_at: at,
    } as const);
  }
  if (rows.length > 0) await db.insertInto("units").values(rows).execute();
}

/** Adds users (each assigned to a unit) until there are USERS, and indexes them. */
async function addUsers(db: Kysely<DB>): Promise<void> {
  const organizations = await db
    .selectFrom("organizations")
    .select(["id", "kind"])
    .orderBy("created_at")
    .execute();
  const ministry = organizations.find((o) => o.kind === "ministry")?.id ?? "";
  const others = organizations.filter((o) => o.id !== ministry).map((o) => o.id);
  const units = await db.selectFrom("units").select(["id", "organization_id"]).execute();
  const ministryUnits = units.filter((u) => u.organization_id === ministry).map((u) => u.id);
  const have = Number(
    (
      await db
        .selectFrom("users")
        .select((eb) => eb.fn.countAll().as("n"))
        .executeTakeFirstOrThrow()
    ).n,
  );
  const total = USERS - have;
  const bar = progressBar("Users          ");
  const at = new Date().toISOString();
  for (let done = 0; done < total; done += BATCH) {
    const users: Insertable<UserTable>[] = [];
    const assignments: Insertable<AssignmentTable>[] = [];
    for (let i = done; i < Math.min(total, done + BATCH); i += 1) {
      const id = randomUUID();
      const given = pick(GIVEN_NAMES);
      const family = pick(FAMILY_NAMES);
      const email = `${foldText(given)}.${foldText(family)}.${i}@bench.diplomatie.fr`.replaceAll(
        " ",
        "-",
      );
      const internal = others.length === 0 || random() < 0.85;
      const organizationId = internal ? ministry : pick(others);
      const job = pick(FUNCTIONS);
      users.push({
        id,
        organization_id: organizationId,
        email,
        given_name: given,
        family_name: family,
        display_name: `${given} ${family}`,
        job_title: job,
        nationality: random() < 0.9 ? "FR" : "DE",
        status: random() < 0.03 ? ("disabled" as const) : ("active" as const),
        password_hash: null,
        locale: "fr",
        charter_version: null,
        charter_accepted_at: null,
        search_text: foldText(`${given} ${family} ${email} ${job}`),
        sort_key: foldText(`${family} ${given}`),
        created_at: at,
        updated_at: at,
      });
      if (internal) {
        assignments.push({
          id: randomUUID(),
          user_id: id,
          unit_id: pick(ministryUnits),
          function: job,
          is_principal: 1,
          starts_on: "2024-09-01",
          ends_on: null,
          created_at: at,
        });
      }
    }
    await db.transaction().execute(async (trx) => {
      await trx.insertInto("users").values(users).execute();
      if (assignments.length > 0) await trx.insertInto("assignments").values(assignments).execute();
      // People are few next to documents: indexed through the index's own writer.
      for (const doc of await personDocuments(
        trx,
        users.map((u) => u.id),
      )) {
        await upsertSearchDocument(trx, doc);
      }
    });
    bar(Math.min(total, done + BATCH), total);
  }
}

/** The tokens of a line, analysed once per (language, text). */
const analysed = new Map<string, string[]>();
function termsOf(text: string, language: Language): string[] {
  const key = `${language}|${text}`;
  let terms = analysed.get(key);
  if (!terms) {
    terms = analyze(text, language).map((t) => t.term);
    analysed.set(key, terms);
  }
  return terms;
}

const fill = (template: string, country: (typeof COUNTRIES)[number], language: Language) =>
  template.replaceAll("{country}", country[language]).replaceAll("{city}", country.city);

interface IndexRow {
  id: string;
  language: Language;
  subject: string;
  reference: string;
  precedence: Precedence;
  marking: Marking;
  unitId: string;
  at: string;
  title: string[];
  body: string[];
  tags: string[];
  countries: string[];
  audience: string[];
}

/** Writes one batch of index rows (documents, facets, full text) in a few multi-row statements. */
async function writeIndex(
  trx: Kysely<DB>,
  dialect: Database["dialect"],
  rows: readonly IndexRow[],
  firstRowid: number,
  indexedAt: string,
) {
  const values = (r: IndexRow, i: number, tsv: RawBuilder<unknown> | null) => {
    const common = [
      "correspondence",
      r.id,
      dialect === "sqlite" ? firstRowid + i : null,
      r.language,
      r.subject,
      r.reference,
      "telegram",
      r.precedence,
      r.marking,
      r.unitId,
      r.at,
      rankBase(r.at, r.precedence),
      indexedAt,
    ];
    return tsv ? sql`(${sql.join(common)}, ${tsv})` : sql`(${sql.join(common)})`;
  };
  const columns = sql`doc_type, doc_id, fts_rowid, language, title, reference, kind, precedence,
    marking, unit_id, sort_at, rank_base, indexed_at`;
  if (dialect === "sqlite") {
    await sql`insert into search_documents (${columns}) values ${sql.join(
      rows.map((r, i) => values(r, i, null)),
    )}`.execute(trx);
    await sql`insert into search_fts (rowid, title, body, audience) values ${sql.join(
      rows.map(
        (r, i) =>
          sql`(${firstRowid + i}, ${r.title.join(" ")}, ${r.body.join(" ")}, ${r.audience.join(" ")})`,
      ),
    )}`.execute(trx);
    await sql`insert into search_titles (rowid, title, audience) values ${sql.join(
      rows.map((r, i) => sql`(${firstRowid + i}, ${r.title.join(" ")}, ${r.audience.join(" ")})`),
    )}`.execute(trx);
  } else {
    await sql`insert into search_documents (${columns}, tsv) values ${sql.join(
      rows.map((r, i) =>
        values(r, i, sql`${tsvectorLiteral(r.title, r.body, r.audience)}::tsvector`),
      ),
    )}`.execute(trx);
  }
  const facets = rows.flatMap((r) => [
    ...[...new Set(r.tags)].map((value) => ({ facet: "tag", value, id: r.id })),
    ...[...new Set(r.countries)].map((value) => ({ facet: "country", value, id: r.id })),
  ]);
  if (facets.length > 0) {
    await trx
      .insertInto("search_facets")
      .values(
        facets.map((f) => ({
          doc_type: "correspondence",
          doc_id: f.id,
          facet: f.facet,
          value: f.value,
        })),
      )
      .execute();
  }
}

/** Adds `size` dispatched correspondences, with their distributions and index rows. */
async function addCorrespondence(database: Database, size: number): Promise<void> {
  const { db, dialect } = database;
  const units: UnitInfo[] = (
    await db.selectFrom("units").select(["id", "name", "short_name", "organization_id"]).execute()
  ).map((u) => ({
    id: u.id,
    name: u.name,
    prefix: foldText(u.short_name)
      .toUpperCase()
      .replace(/[^A-Z0-9]+/gu, ""),
  }));
  const unitById = new Map(units.map((u) => [u.id, u]));
  const drafters = await db
    .selectFrom("assignments")
    .innerJoin("users", "users.id", "assignments.user_id")
    .select(["assignments.user_id", "assignments.unit_id", "users.display_name"])
    .where("users.status", "=", "active")
    .execute();
  // SQLite only: the FTS5 rowids of correspondence continue after the demo's.
  const last =
    dialect === "sqlite"
      ? await db
          .selectFrom("search_documents")
          .select((eb) => eb.fn.max("fts_rowid").as("max"))
          .where("fts_rowid", "<", ftsRowidRange("correspondence").high)
          .executeTakeFirst()
      : undefined;
  let nextRowid = Number(last?.max ?? 0) + 1;
  // Numbers continue after the demo's (one counter per prefix and year, as at dispatch).
  const counters = new Map<string, number>(
    (await db.selectFrom("reference_counters").selectAll().execute()).map((c) => [
      `${c.prefix}-${c.year}`,
      c.last_number,
    ]),
  );
  const recent: { reference: string; subject: string }[] = [];
  const start = Date.parse("2024-01-01T00:00:00Z");
  const end = Date.now() - 3_600_000;
  const bar = progressBar("Correspondence ");
  const indexedAt = new Date().toISOString();

  for (let done = 0; done < size; done += BATCH) {
    const rows: CorrespondenceTable[] = [];
    const distributions: DistributionTable[] = [];
    const index: IndexRow[] = [];
    for (let i = done; i < Math.min(size, done + BATCH); i += 1) {
      const id = randomUUID();
      // Documents are dated in the order they are written, as a ministry produces them.
      const at = new Date(
        start + Math.floor(((end - start) * (i + random())) / size),
      ).toISOString();
      const drafter = pick(drafters);
      const origin = unitById.get(drafter.unit_id) as UnitInfo;
      const language: Language = random() < 0.75 ? "fr" : "en";
      const theme = pick(THEMES);
      const country = pick(COUNTRIES);
      const second = random() < 0.3 ? pick(COUNTRIES) : null;
      const marking = weighted<Marking>([
        ["NP", 0.7],
        ["DR", 0.25],
        ["DR-SF", 0.05],
      ]);
      const precedence = weighted<Precedence>([
        ["routine", 0.6],
        ["priority", 0.25],
        ["immediate", 0.12],
        ["flash", 0.03],
      ]);
      const year = at.slice(0, 4);
      const counterKey = `${origin.prefix}-${year}`;
      const number = (counters.get(counterKey) ?? 0) + 1;
      counters.set(counterKey, number);
      const reference = `${counterKey}-${String(number).padStart(4, "0")}`;
      const thread = recent.length > 0 && random() < 0.25 ? pick(recent) : null;
      const baseSubject = fill(pick(theme.subjects[language]), country, language);
      const subject = thread
        ? `${language === "fr" ? "Suite" : "Follow-up"} : ${thread.subject}`
        : baseSubject;
      const lines = (count: number) =>
        Array.from({ length: count }, () =>
          fill(
            random() < 0.8 ? pick(theme.sentences[language]) : pick(COMMON_SENTENCES[language]),
            random() < 0.7 || !second ? country : second,
            language,
          ),
        );
      const summary = lines(1);
      const paragraphs = Array.from({ length: 3 + Math.floor(random() * 3) }, () =>
        lines(2 + Math.floor(random() * 2)),
      );
      const tags = [...new Set([pick(theme.tags[language]), pick(theme.tags[language])])];
      const countryTags = [...new Set([country.code, ...(second ? [second.code] : [])])];
      const addressees = new Map<string, "action" | "info">();
      addressees.set(pick(units).id, "action");
      for (let k = 0; k < 2; k += 1) {
        const unit = pick(units).id;
        if (!addressees.has(unit)) addressees.set(unit, "info");
      }
      const content: CheckedContent = {
        subject,
        summary: summary.join(" "),
        precedence,
        marking,
        tags,
        countryTags,
        references: thread ? [thread.reference] : [],
        paragraphs: paragraphs.map((p) => ({ marking: "NP", text: p.join(" ") })),
        addressees: [...addressees].map(([unit, mode]) => ({ type: "unit", id: unit, mode })),
        actionDeadline: null,
        note: null,
        email: null,
      } as unknown as CheckedContent;
      rows.push({
        id,
        kind: "telegram",
        state: "dispatched",
        origin_unit_id: origin.id,
        drafter_id: drafter.user_id,
        subject,
        precedence,
        marking,
        version: 1,
        content: JSON.stringify(content),
        reference,
        created_at: at,
        updated_at: at,
        dispatched_at: at,
      });
      const old = end - Date.parse(at) > 30 * 86_400_000;
      for (const [unit, mode] of addressees) {
        // Most action items older than a month have been dealt with.
        const closed = mode === "action" && old && random() < 0.9;
        distributions.push({
          id: randomUUID(),
          correspondence_id: id,
          addressee_type: "unit",
          addressee_id: unit,
          mode,
          handling: mode === "action" ? (closed ? "closed" : "new") : null,
          deadline: null,
          assigned_to: null,
          acknowledged_at: closed ? at : null,
          closed_at: closed ? at : null,
          close_comment: null,
          answer_id: null,
          dispatched_at: at,
        });
      }
      const title = [...termsOf(subject, language), ...termsOf(reference, language)];
      const body = [
        ...summary.flatMap((l) => termsOf(l, language)),
        ...paragraphs.flat().flatMap((l) => termsOf(l, language)),
        ...termsOf(tags.join(" "), language),
        ...termsOf(origin.name, language),
        ...termsOf(drafter.display_name, language),
        ...[...addressees.keys()].flatMap((u) => termsOf(unitById.get(u)?.name ?? "", language)),
      ];
      index.push({
        id,
        language,
        subject,
        reference,
        precedence,
        marking,
        unitId: origin.id,
        at,
        title,
        body,
        tags,
        countries: countryTags,
        // The keys indexing writes at dispatch (audience.ts): drafter, origin, addressees.
        audience: [
          audienceKey.user(drafter.user_id),
          audienceKey.unit(origin.id),
          ...[...addressees.keys()].map(audienceKey.unit),
        ],
      });
      recent.push({ reference, subject: baseSubject });
      if (recent.length > 2000) recent.shift();
    }
    await db.transaction().execute(async (trx) => {
      await trx.insertInto("correspondences").values(rows).execute();
      await trx.insertInto("distributions").values(distributions).execute();
      await writeIndex(trx, dialect, index, nextRowid, indexedAt);
    });
    nextRowid += index.length;
    bar(Math.min(size, done + BATCH), size);
  }
  // The reference counters continue after the synthetic numbers.
  for (const [key, last] of counters) {
    const [prefix, year] = [key.slice(0, key.lastIndexOf("-")), Number(key.slice(-4))];
    await db
      .insertInto("reference_counters")
      .values({ prefix, year, last_number: last })
      .onConflict((oc) => oc.columns(["prefix", "year"]).doUpdateSet({ last_number: last }))
      .execute();
  }
}

async function main() {
  const size = Number(process.argv[2] ?? process.env.BENCH_SIZE ?? 100_000);
  if (!Number.isInteger(size) || size < 0) throw new Error("usage: generate.ts <size>");
  const started = Date.now();
  const { database, dataDir } = await openTarget(size);
  try {
    await migrateToLatest(database.db);
    console.log(`${database.dialect}: ${database.location}`);
    const step = (label: string) =>
      console.log(`${label} (${((Date.now() - started) / 1000).toFixed(0)} s)`);
    await seedDemo(database.db, BENCH_PASSWORD, new Date(), dataDir);
    step("demo seeded");
    await addPosts(database.db);
    await addUsers(database.db);
    step("posts and users added");
    await addCorrespondence(database, size);
    step("correspondence added");
    // Written in the current format: the portal must not rebuild it when it starts.
    await markSearchIndexCurrent(database.db);
    if (database.dialect === "postgres") await sql`analyze`.execute(database.db);
    else await sql`pragma wal_checkpoint(truncate)`.execute(database.db);
    fs.writeFileSync(
      path.join(dataDir, "bench-info.json"),
      JSON.stringify({ size, dialect: database.dialect, generatedAt: new Date().toISOString() }),
    );
    console.log(`done in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  } finally {
    await database.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
