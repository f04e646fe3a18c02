import type { Kysely } from "kysely";
import type {
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
import { decodeCursor, toPage } from "../http/cursor.js";
import type { Subject } from "../policy/subject.js";
import { fold, type Language, words } from "./analyzer.js";
import { type AnalysedQuery, compileSearchText, toFts5, toTsquery } from "./query.js";
import {
  facetCounts,
  matchingCorrespondence,
  relevance,
  type SearchRow,
  searchPage,
  suggestTitles,
  type TextMatch,
} from "./search.repository.js";
import { type Highlight, highlightAll, snippet } from "./snippet.js";

function textMatch(query: AnalysedQuery): TextMatch {
  return {
    fts5: toFts5(query),
    tsquery: toTsquery(query),
    titleFts5: toFts5(query, "title"),
    titleTsquery: toTsquery(query, "A"),
    references: query.references,
  };
}

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

/**
 * Searches the correspondence the subject may read: one page of results (by relevance, or by
 * date), the total and the facet counts, all over the same readable, filtered set.
 */
export async function searchCorrespondence(
  db: Kysely<DB>,
  subject: Subject,
  query: SearchQuery,
): Promise<SearchResponse> {
  const dialect = dialectOf(db);
  const hasText = query.q !== undefined && query.q.trim() !== "";
  const analysed = hasText ? compileSearchText(query.q ?? "") : null;
  const match = analysed ? textMatch(analysed) : null;
  const sort = query.sort ?? (match ? "relevance" : "date");
  const after =
    sort === "relevance"
      ? decodeCursor(query.cursor, ["number", "string", "string"])
      : decodeCursor(query.cursor, ["string", "string"]);
  const { q: _q, sort: _s, cursor: _c, limit, ...filters } = query;
  const matching = matchingCorrespondence(db, dialect, subject, match, filters);
  const score = relevance(dialect, match);

  const [rows, { total, facets }] = await Promise.all([
    searchPage(matching, score, sort, after, limit),
    facetCounts(db, matching),
  ]);
  const highlight: Highlight = analysed?.highlight ?? { terms: [], prefixes: [] };
  const references = analysed?.references ?? [];
  const page = toPage(
    rows,
    limit,
    (row) => present(row, highlight, references),
    (row) => (sort === "relevance" ? [row.score, row.sort_at, row.id] : [row.sort_at, row.id]),
  );
  return { ...page, total, facets };
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
  const rows = await suggestTitles(
    db,
    dialectOf(db),
    subject,
    { fts5: toFts5(analysed, "title"), tsquery: toTsquery(analysed, "A") },
    query.limit,
  );
  return {
    items: rows.map((r) => ({
      type: "correspondence" as const,
      id: r.id,
      title: r.title,
      reference: r.reference,
    })),
  };
}
