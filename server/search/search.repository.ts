import { type Expression, type ExpressionBuilder, type Kysely, type SqlBool, sql } from "kysely";
import type { SearchQuery } from "../../shared/schemas/search.js";
import {
  correspondenceMarkings,
  readableCorrespondence,
  relatedCorrespondenceIds,
} from "../correspondence/correspondence.policy.js";
import type { Dialect } from "../db/database.js";
import type { DB, SearchDocumentTable } from "../db/schema.js";
import type { Subject } from "../policy/subject.js";
import { CORRESPONDENCE } from "./correspondence-document.js";
import { fullTextMatch } from "./search.sql.js";

/*
 * The search queries. Every one starts from `candidateCorrespondence`: the index rows matching
 * the text and the filters among the reader's relations, of a marking they are cleared for; the
 * read rule (readableCorrespondence, in SQL) then decides each candidate counted or shown.
 * Results, their total and every facet count are computed over the readable ones only, so
 * nothing the subject may not read is ever counted, suggested or highlighted.
 *
 * The candidates come from the full-text index when there is text: the words and the reader's
 * audience keys (audience.ts) in one index lookup. Without text, or for a partner (whose
 * relations are releases), they come from the reader's related set.
 */

export interface TextMatch {
  fts5: string;
  tsquery: string;
  /** The same query restricted to the title (subject and reference). */
  titleFts5: string;
  titleTsquery: string;
  /** Reference numbers or parts typed, upper case. */
  references: string[];
  /** The reader's audience keys, matched with the words; null: candidates from relations. */
  audience: readonly string[] | null;
}

export type SearchFilters = Omit<SearchQuery, "q" | "sort" | "cursor" | "limit">;

type SearchDb = Kysely<DB>;

const dayAfter = (date: string) => {
  const next = new Date(`${date}T00:00:00.000Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return next.toISOString();
};

/** The condition on distributions for "addressed to me / my units" and the action state. */
function addressedTo(
  subject: Subject,
  filters: SearchFilters,
): ((eb: ExpressionBuilder<DB & { sd: SearchDocumentTable }, "sd">) => Expression<SqlBool>) | null {
  if (!filters.addressed && !filters.actionState) return null;
  const units = subject.unitIds.length > 0 ? [...subject.unitIds] : ["-"];
  return (eb) =>
    eb.exists(
      eb
        .selectFrom("distributions as dist")
        .select("dist.id")
        .whereRef("dist.correspondence_id", "=", "sd.doc_id")
        .where((d) => {
          const me = d.and([
            d("dist.addressee_type", "=", "user"),
            d("dist.addressee_id", "=", subject.userId),
          ]);
          const myUnits = d.and([
            d("dist.addressee_type", "=", "unit"),
            d("dist.addressee_id", "in", units),
          ]);
          const myCommunities = d.and([
            d("dist.addressee_type", "=", "community"),
            d(
              "dist.addressee_id",
              "in",
              d
                .selectFrom("memberships")
                .select("community_id")
                .where("user_id", "=", subject.userId),
            ),
          ]);
          const whom =
            filters.addressed === "me"
              ? me
              : filters.addressed === "my_units"
                ? myUnits
                : d.or([me, myUnits, myCommunities]);
          return filters.actionState
            ? d.and([whom, d("dist.handling", "=", filters.actionState)])
            : whom;
        }),
    );
}

/**
 * The candidates of a correspondence search: the index rows matching the text (if any) and the
 * filters, among the reader's relations (audience keys, or the related set), of a marking the
 * reader is cleared for. The read rule itself is applied to the candidates afterwards
 * (`pageAndFacets`); a candidate is almost always readable, the rule removes what a key left
 * behind.
 */
export function candidateCorrespondence(
  db: SearchDb,
  dialect: Dialect,
  subject: Subject,
  match: TextMatch | null,
  filters: SearchFilters,
) {
  let query = db.selectFrom("search_documents as sd");
  // On SQLite the FTS5 rowid range of correspondence already selects its rows: without the
  // doc_type condition the planner starts from the text's matches, not from every document.
  if (!match || dialect !== "sqlite") query = query.where("sd.doc_type", "=", CORRESPONDENCE);
  if (match)
    query = query.where(
      fullTextMatch(
        dialect,
        { fts5: match.fts5, tsquery: match.tsquery },
        CORRESPONDENCE,
        match.audience,
      ),
    );
  // Without audience keys, driven from the reader's relations.
  if (!match?.audience)
    query = query.where("sd.doc_id", "in", relatedCorrespondenceIds(db, subject));
  query = query.where("sd.marking", "in", correspondenceMarkings(subject));
  if (filters.kind) query = query.where("sd.kind", "=", filters.kind);
  if (filters.precedence) query = query.where("sd.precedence", "=", filters.precedence);
  if (filters.marking) query = query.where("sd.marking", "=", filters.marking);
  if (filters.originUnit) query = query.where("sd.unit_id", "=", filters.originUnit);
  if (filters.from) query = query.where("sd.sort_at", ">=", `${filters.from}T00:00:00.000Z`);
  if (filters.to) query = query.where("sd.sort_at", "<", dayAfter(filters.to));
  for (const [facet, value] of [
    ["country", filters.country],
    ["tag", filters.tag],
  ] as const) {
    if (value === undefined) continue;
    query = query.where((eb) =>
      eb.exists(
        eb
          .selectFrom("search_facets as ff")
          .select("ff.doc_id")
          .whereRef("ff.doc_type", "=", "sd.doc_type")
          .whereRef("ff.doc_id", "=", "sd.doc_id")
          .where("ff.facet", "=", facet)
          .where("ff.value", "=", value),
      ),
    );
  }
  const addressed = addressedTo(subject, filters);
  if (addressed) query = query.where(addressed);
  return query;
}

type Candidates = ReturnType<typeof candidateCorrespondence>;

/**
 * Relevance as an integer, identical on both engines: a direct reference hit first, then the
 * day of the document plus the precedence's head start (rank_base), plus 30 days when the
 * query matches the title alone. See docs/ARCHITECTURE.md, "Search".
 */
export function relevance(dialect: Dialect, match: TextMatch | null, docType = CORRESPONDENCE) {
  if (!match) return sql<number>`sd.rank_base`;
  const titleHit = fullTextMatch(
    dialect,
    { fts5: match.titleFts5, tsquery: match.titleTsquery },
    docType,
    docType === CORRESPONDENCE ? match.audience : null,
    true,
  );
  const direct =
    match.references.length === 0
      ? sql`0`
      : sql`case when ${sql.join(
          match.references.map((r) => sql`('-' || upper(sd.reference) || '-') like ${`%-${r}-%`}`),
          sql` or `,
        )} then 1 else 0 end`;
  return sql<number>`(${direct} * 1000000 + (case when ${titleHit} then 30 else 0 end) + sd.rank_base)`;
}

const FACET_LIMIT = 20;

export type FacetName = "kind" | "precedence" | "marking" | "originUnit" | "country" | "tag";
export interface FacetCount {
  value: string;
  label: string | null;
  count: number;
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** A ranked candidate, as the statement's CTE `c` holds it. */
interface RankedCandidate {
  doc_type: string;
  doc_id: string;
  kind: string;
  precedence: string | null;
  marking: string;
  unit_id: string | null;
  sort_at: string;
  score: number;
  candidates: number;
}

/** A page row before its details: its key, in the page's order. */
interface PageKey {
  id: string;
  score: number;
  sort_at: string;
}

/**
 * How many candidates a search counts and facets at most. A common word over a million
 * documents can match tens of thousands a reader may read; checking each against the read rule
 * and grouping them six ways would cost what the set costs. Above the cap, the total and the
 * facets are those of the MATCH_CAP first candidates in the page's order, and the answer says so
 * (`countsCapped`); the pages themselves stay exact (each page takes its cap after its cursor).
 */
export const MATCH_CAP = 1000;

/*
 * `f.facet || ''` keeps the planner from starting at every tag of the corpus (the facet's value
 * index) and scanning the matching set for each: it walks the matching set and looks each
 * document's facets up by key. At 100,000 documents that is 5 ms instead of 700.
 */

/**
 * One page of results (by relevance or by date, after the cursor's key) and every facet's
 * counts, in one statement: the candidates (text, filters, relations) are ranked once and the
 * first `cap` kept (a materialised CTE, `c`, which also counts them all), the read rule keeps
 * the readable ones (`m`), whose page is taken in order and numbered, and which are grouped six
 * ways. The many-valued facets keep their FACET_LIMIT most frequent values. The total is the sum
 * of the kind counts (one kind each). The page's details (subject, content, unit) are then read
 * for its rows alone (`pageDetails`).
 */
export async function pageAndFacets(
  db: SearchDb,
  subject: Subject,
  candidates: Candidates,
  score: ReturnType<typeof relevance>,
  sort: "relevance" | "date",
  after: (string | number)[] | undefined,
  limit: number,
  cap: number = MATCH_CAP,
) {
  const ranked = candidates
    .select(["sd.doc_type", "sd.doc_id", "sd.kind", "sd.precedence", "sd.marking", "sd.unit_id"])
    .select(["sd.sort_at"])
    .select(score.as("score"));
  let keyed = sql``;
  if (after && sort === "relevance") {
    const [s, at, id] = after;
    keyed = sql`where (score, sort_at, doc_id) < (${s}, ${at}, ${id})`;
  } else if (after) {
    const [at, id] = after;
    keyed = sql`where (sort_at, doc_id) < (${at}, ${id})`;
  }
  const order =
    sort === "relevance"
      ? sql`score desc, sort_at desc, doc_id desc`
      : sql`sort_at desc, doc_id desc`;
  const readable = db
    .selectFrom(sql<RankedCandidate>`c`.as("c"))
    .innerJoin("correspondences", "correspondences.id", "c.doc_id")
    .where(readableCorrespondence(subject))
    .selectAll("c");
  const grouped = (facet: FacetName, value: string) =>
    sql`select * from (select ${sql.lit(facet)} as facet, ${sql.ref(value)} as value, cast(null as text) as label,
        count(*) as n, cast(null as text) as sort_at from m group by ${sql.ref(value)}) as ${sql.id(`f_${facet}`)}`;
  const valued = (facet: "country" | "tag") =>
    sql`select * from (select ${sql.lit(facet)} as facet, f.value as value, cast(null as text) as label,
        count(*) as n, cast(null as text) as sort_at from m join search_facets f
        on f.doc_type = m.doc_type and f.doc_id = m.doc_id and f.facet || '' = ${facet}
        group by f.value order by count(*) desc, f.value limit ${FACET_LIMIT}) as ${sql.id(`f_${facet}`)}`;
  const result = await sql<{
    facet: FacetName | "page" | "candidates";
    value: string | null;
    label: string | null;
    n: unknown;
    sort_at: string | null;
  }>`
    with c as materialized (select *, count(*) over () as candidates from (${ranked}) as k ${keyed}
      order by ${order} limit ${cap}),
    m as materialized ${readable}
    select 'page' as facet, doc_id as value,
      cast(row_number() over (order by ${order}) as text) as label, score as n, sort_at
      from (select doc_id, score, sort_at from m order by ${order} limit ${limit + 1}) as page
    union all select 'candidates' as facet, '' as value, cast(null as text) as label,
      max(candidates) as n, cast(null as text) as sort_at from c
    union all ${grouped("kind", "m.kind")}
    union all ${grouped("precedence", "m.precedence")}
    union all ${grouped("marking", "m.marking")}
    union all select * from (select 'originUnit' as facet, m.unit_id as value, u.name as label,
      count(*) as n, cast(null as text) as sort_at from m join units u on u.id = m.unit_id
      group by m.unit_id, u.name order by count(*) desc, m.unit_id limit ${FACET_LIMIT}) as f_unit
    union all ${valued("country")}
    union all ${valued("tag")}`.execute(db);
  const facets: Record<FacetName, FacetCount[]> = {
    kind: [],
    precedence: [],
    marking: [],
    originUnit: [],
    country: [],
    tag: [],
  };
  const page: (PageKey & { position: number })[] = [];
  let countsCapped = false;
  for (const row of result.rows) {
    if (row.value === null) continue;
    if (row.facet === "candidates") {
      countsCapped = Number(row.n ?? 0) > cap;
    } else if (row.facet === "page") {
      const key = { id: row.value, score: Number(row.n), sort_at: row.sort_at ?? "" };
      page.push({ ...key, position: Number(row.label) });
    } else {
      facets[row.facet].push({ value: row.value, label: row.label, count: Number(row.n) });
    }
  }
  page.sort((a, b) => a.position - b.position);
  for (const list of Object.values(facets)) {
    list.sort(
      (a, b) =>
        b.count - a.count || compare(a.label ?? "", b.label ?? "") || compare(a.value, b.value),
    );
  }
  const total = facets.kind.reduce((sum, f) => sum + f.count, 0);
  return {
    page: page.map(({ position: _p, ...key }): PageKey => key),
    total,
    countsCapped,
    facets,
  };
}

/**
 * What a page of results shows, for its rows (taken from the matching set just computed), under
 * the read rule again, in the page's order.
 */
export async function pageDetails(db: SearchDb, subject: Subject, page: readonly PageKey[]) {
  if (page.length === 0) return [];
  const rows = await db
    .selectFrom("search_documents as sd")
    .innerJoin("correspondences", "correspondences.id", "sd.doc_id")
    .innerJoin("units", "units.id", "sd.unit_id")
    .select([
      "sd.doc_id as id",
      "sd.reference",
      "sd.kind",
      "sd.precedence",
      "sd.marking",
      "sd.language",
      "sd.unit_id",
      "units.name as unit_name",
      "correspondences.subject",
      "correspondences.content",
    ])
    .where("sd.doc_type", "=", CORRESPONDENCE)
    .where(
      "sd.doc_id",
      "in",
      page.map((p) => p.id),
    )
    .where(readableCorrespondence(subject))
    .execute();
  const byId = new Map(rows.map((r) => [r.id, r]));
  return page.flatMap((key) => {
    const row = byId.get(key.id);
    return row ? [{ ...row, score: key.score, sort_at: key.sort_at }] : [];
  });
}

export type SearchRow = Awaited<ReturnType<typeof pageDetails>>[number];

/** How many of the best title matches type-ahead checks against the read rule. */
const SUGGEST_WINDOW = 50;

/**
 * Titles of readable correspondence whose title matches, newest and most urgent first. The
 * candidates (title words and the reader's keys or related set, a marking they are cleared for)
 * are ranked and the SUGGEST_WINDOW best kept in a materialised CTE before the read rule decides
 * on those: a short prefix can match thousands of a reader's titles at 1,000,000 documents, and
 * checking each cost up to 100 ms. (A candidate is readable but for a stale key; should more than
 * SUGGEST_WINDOW - limit of the best be refused, fewer suggestions come back, never others.)
 * Materialising also keeps PostgreSQL from walking every title matching a short prefix in rank
 * order and comparing each with the reader's whole set in a nested loop.
 */
export async function suggestTitles(
  db: SearchDb,
  dialect: Dialect,
  subject: Subject,
  titleMatch: { fts5: string; tsquery: string },
  audience: readonly string[] | null,
  limit: number,
) {
  let candidates = db
    .selectFrom("search_documents as sd")
    .where(fullTextMatch(dialect, titleMatch, CORRESPONDENCE, audience, true))
    .where("sd.marking", "in", correspondenceMarkings(subject));
  // As in candidateCorrespondence: on SQLite the rowid range is the type.
  if (dialect !== "sqlite") candidates = candidates.where("sd.doc_type", "=", CORRESPONDENCE);
  if (!audience)
    candidates = candidates.where("sd.doc_id", "in", relatedCorrespondenceIds(db, subject));
  const best = candidates
    .select(["sd.doc_id as id", "sd.title", "sd.reference", "sd.rank_base", "sd.sort_at"])
    .orderBy("sd.rank_base", "desc")
    .orderBy("sd.sort_at", "desc")
    .orderBy("sd.doc_id", "desc")
    .limit(Math.max(SUGGEST_WINDOW, limit));
  const readable = db
    .selectFrom(sql<TitleCandidate>`c`.as("c"))
    .innerJoin("correspondences", "correspondences.id", "c.id")
    .where(readableCorrespondence(subject))
    .selectAll("c");
  const { rows } = await sql<{ id: string; title: string; reference: string | null }>`
    with c as materialized ${best}
    select id, title, reference from ${readable} as r
    order by rank_base desc, sort_at desc, id desc limit ${limit}`.execute(db);
  return rows;
}

interface TitleCandidate {
  id: string;
  title: string;
  reference: string | null;
  rank_base: number;
  sort_at: string;
}
