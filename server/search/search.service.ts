import { type Kysely, sql } from "kysely";
import type {
  OtherSearchType,
  SearchGroup,
  SearchHit,
  SearchQuery,
  SearchResponse,
  SearchResult,
  SuggestQuery,
  SuggestResponse,
} from "../../shared/schemas/search.js";
import type { CheckedContent } from "../correspondence/correspondence.rules.js";
import { dialectOf } from "../db/dialect.js";
import type { DB } from "../db/schema.js";
import { AppError } from "../errors.js";
import { decodeCursor, encodeCursor, toPage } from "../http/cursor.js";
import type { Subject } from "../policy/subject.js";
import { fold, type Language, words } from "./analyzer.js";
import { readerAudience } from "./audience.js";
import { COMMUNITY } from "./community-document.js";
import { PERSON } from "./person-document.js";
import { type AnalysedQuery, compileSearchText, toFts5, toTsquery } from "./query.js";
import {
  candidateCorrespondence,
  MATCH_CAP,
  pageAndFacets,
  pageDetails,
  relevance,
  type SearchRow,
  suggestTitles,
  type TextMatch,
} from "./search.repository.js";
import {
  countOfType,
  type HitRow,
  hitDetails,
  hitsPage,
  matchingOfType,
  OTHER_TYPES,
} from "./search-hits.repository.js";
import { type Highlight, highlightAll, snippet } from "./snippet.js";

/** How many communities and people type-ahead adds after the documents. */
const OTHER_SUGGESTIONS = 3;

function textMatch(query: AnalysedQuery, audience: readonly string[] | null): TextMatch {
  return {
    fts5: toFts5(query),
    tsquery: toTsquery(query),
    titleFts5: toFts5(query, "title"),
    titleTsquery: toTsquery(query, "A"),
    references: query.references,
    audience,
  };
}

/** The reader's audience keys; none for a partner, whose candidates are their releases. */
const audienceOf = (db: Kysely<DB>, subject: Subject) =>
  subject.isExternal ? Promise.resolve(null) : readerAudience(db, subject);

function present(
  row: SearchRow,
  highlight: Highlight,
  references: readonly string[],
): SearchResult {
  const content = JSON.parse(row.content) as CheckedContent;
  const language = row.language as Language;
  const prose = [content.summary, ...content.paragraphs.map((p) => p.text)].join("\n");
  const boundedReference = row.reference ? `-${row.reference.toUpperCase()}-` : null;
  return {
    type: "correspondence",
    id: row.id,
    reference: row.reference,
    kind: row.kind as SearchResult["kind"],
    precedence: row.precedence as SearchResult["precedence"],
    marking: row.marking as SearchResult["marking"],
    directHit:
      boundedReference !== null && references.some((r) => boundedReference.includes(`-${r}-`)),
    subject: highlightAll(row.subject, language, highlight),
    snippet: snippet(prose, language, highlight),
    originUnit: { id: row.unit_id ?? "", name: row.unit_name },
    dispatchedAt: row.sort_at,
    tags: content.tags,
    countryTags: content.countryTags,
  };
}

const EMPTY_FACETS: SearchResponse["facets"] = {
  kind: [],
  precedence: [],
  marking: [],
  originUnit: [],
  country: [],
  tag: [],
};

/** How many hits of each other type the grouped results show. */
const GROUP_SIZE = 3;

/** Filters only correspondence has: with one of them, the other types are not searched. */
const CORRESPONDENCE_FILTERS = [
  "kind",
  "precedence",
  "marking",
  "originUnit",
  "country",
  "tag",
  "from",
  "to",
  "addressed",
  "actionState",
] as const;

/**
 * Searches everything the subject may read. Without `type`: a page of correspondence with its
 * total and facets (counted over at most `cap` candidates, see MATCH_CAP), and, when there is
 * text and no correspondence-only filter, every other type's count and best hits. With `type`:
 * a page of that type alone.
 */
export async function search(
  db: Kysely<DB>,
  subject: Subject,
  query: SearchQuery,
  cap: number = MATCH_CAP,
): Promise<SearchResponse> {
  const hasText = query.q !== undefined && query.q.trim() !== "";
  const analysed = hasText ? compileSearchText(query.q ?? "") : null;
  const textOnly = CORRESPONDENCE_FILTERS.every((f) => query[f] === undefined);
  if (query.type !== undefined && query.type !== "correspondence") {
    const page =
      analysed && textOnly
        ? await searchOneType(db, subject, query.type, analysed, query.cursor, query.limit)
        : { hits: [], nextCursor: null, total: 0 };
    return { items: [], groups: [], facets: EMPTY_FACETS, countsCapped: false, ...page };
  }
  const correspondence = await searchCorrespondence(db, subject, query, analysed, cap);
  const groups =
    query.type === undefined && analysed && textOnly
      ? await searchGroups(db, subject, analysed)
      : [];
  return { ...correspondence, hits: [], groups };
}

/**
 * Searches the correspondence the subject may read: one page of results (by relevance, or by
 * date), the total and the facet counts, all over the same readable, filtered set.
 */
async function searchCorrespondence(
  db: Kysely<DB>,
  subject: Subject,
  query: SearchQuery,
  analysed: AnalysedQuery | null,
  cap: number,
) {
  const dialect = dialectOf(db);
  const match = analysed ? textMatch(analysed, await audienceOf(db, subject)) : null;
  const sort = query.sort ?? (match ? "relevance" : "date");
  const after =
    sort === "relevance"
      ? decodeCursor(query.cursor, ["number", "string", "string"])
      : decodeCursor(query.cursor, ["string", "string"]);
  const { q: _q, sort: _s, cursor: _c, limit, type: _t, ...filters } = query;
  const candidates = candidateCorrespondence(db, dialect, subject, match, filters);
  const score = relevance(dialect, match);
  const {
    page: keys,
    total,
    countsCapped,
    facets,
  } = await pageAndFacets(db, subject, candidates, score, sort, after, limit, cap);
  const rows = await pageDetails(db, subject, keys);
  const highlight: Highlight = analysed?.highlight ?? { terms: [], prefixes: [] };
  const references = analysed?.references ?? [];
  const page = toPage(
    rows,
    limit,
    (row) => present(row, highlight, references),
    (row) => (sort === "relevance" ? [row.score, row.sort_at, row.id] : [row.sort_at, row.id]),
  );
  return { ...page, total, countsCapped, facets };
}

/** The hits of one other type, presented with their details (one query per type). */
async function presentHits(
  db: Kysely<DB>,
  docType: OtherSearchType,
  rows: readonly HitRow[],
  highlight: Highlight,
): Promise<SearchHit[]> {
  const details = await hitDetails(
    db,
    docType,
    rows.map((r) => r.id),
  );
  return rows.map((row) => {
    const language = row.language as Language;
    const found = details.get(row.id);
    return {
      type: docType,
      id: row.id,
      title: highlightAll(row.title, language, highlight),
      snippet: found?.text ? snippet(found.text, language, highlight) : [],
      date: row.sort_at,
      community: found?.community ?? null,
      postId: found?.postId ?? null,
      author: found?.author ?? null,
    };
  });
}

/** Every other type's count and best hits: one statement per type (page and window count). */
async function searchGroups(
  db: Kysely<DB>,
  subject: Subject,
  analysed: AnalysedQuery,
): Promise<SearchGroup[]> {
  const dialect = dialectOf(db);
  const match = textMatch(analysed, null);
  const groups: SearchGroup[] = [];
  for (const docType of OTHER_TYPES) {
    const matching = matchingOfType(db, dialect, subject, docType, match);
    const rows = await hitsPage(
      matching,
      relevance(dialect, match, docType),
      undefined,
      GROUP_SIZE,
      true,
    );
    const shown = rows.slice(0, GROUP_SIZE);
    groups.push({
      type: docType,
      total: rows[0]?.total ?? 0,
      items: await presentHits(db, docType, shown, analysed.highlight),
    });
  }
  return groups;
}

/** A page of one other type, by relevance, with its total. */
async function searchOneType(
  db: Kysely<DB>,
  subject: Subject,
  docType: OtherSearchType,
  analysed: AnalysedQuery,
  cursor: string | undefined,
  limit: number,
) {
  const dialect = dialectOf(db);
  const match = textMatch(analysed, null);
  const after = decodeCursor(cursor, ["number", "string", "string"]);
  const matching = matchingOfType(db, dialect, subject, docType, match);
  const rows = await hitsPage(
    matching,
    relevance(dialect, match, docType),
    after,
    limit,
    after === undefined,
  );
  const total = after === undefined ? (rows[0]?.total ?? 0) : await countOfType(matching);
  const shown = rows.slice(0, limit);
  const hits = await presentHits(db, docType, shown, analysed.highlight);
  const last = shown.at(-1);
  return {
    hits,
    total,
    nextCursor:
      rows.length > limit && last ? encodeCursor([last.score, last.sort_at, last.id]) : null,
  };
}

/**
 * Type-ahead: subjects and references of readable correspondence whose title has the typed
 * words, the last one as a prefix. Nothing to look for (stop words only) suggests nothing.
 */
export async function suggest(
  db: Kysely<DB>,
  subject: Subject,
  query: SuggestQuery,
): Promise<SuggestResponse> {
  const typed = words(query.q);
  const last = typed.at(-1);
  if (!last) return { items: [] };
  const endsWord = /\s$/u.test(query.q);
  // The last word is still being typed: look it up as a prefix (folded, unstemmed).
  const text =
    endsWord || fold(last.word).length < 2
      ? query.q
      : `${query.q.slice(0, last.start)}${query.q.slice(last.start, last.end)}*`;
  let analysed: AnalysedQuery;
  try {
    analysed = compileSearchText(text);
  } catch (error) {
    if (error instanceof AppError) return { items: [] };
    throw error;
  }
  const dialect = dialectOf(db);
  const titleMatch = { fts5: toFts5(analysed, "title"), tsquery: toTsquery(analysed, "A") };
  const audience = await audienceOf(db, subject);
  const rows = await suggestTitles(db, dialect, subject, titleMatch, audience, query.limit);
  const items: SuggestResponse["items"] = rows.map((r) => ({
    type: "correspondence" as const,
    id: r.id,
    title: r.title,
    reference: r.reference,
  }));
  // Then a few communities and people whose name matches, under their own read rules.
  for (const docType of [COMMUNITY, PERSON] as const) {
    const { fts5, tsquery } = titleMatch;
    const matching = matchingOfType(db, dialect, subject, docType, { fts5, tsquery });
    const hits = await hitsPage(
      matching,
      sql<number>`sd.rank_base`,
      undefined,
      OTHER_SUGGESTIONS,
      false,
    );
    for (const hit of hits.slice(0, OTHER_SUGGESTIONS)) {
      items.push({ type: docType, id: hit.id, title: hit.title, reference: null });
    }
  }
  return { items };
}
