import { type RawBuilder, sql } from "kysely";
import type { Dialect } from "../db/database.js";

/*
 * The dialect-specific SQL of the search index. Both engines receive the analyser's tokens
 * (analyzer.ts), never raw text, so they index and match the same terms:
 * - SQLite: a contentless FTS5 table (`contentless_delete` lets a document be replaced by its
 *   rowid) with three columns, title, body and audience (the audience keys of audience.ts);
 *   `unicode61` without diacritic removal leaves our already folded letter-and-digit tokens as
 *   they are. Its rowid is `search_documents.fts_rowid`.
 * - PostgreSQL: a `tsvector` column on search_documents built from a tsvector literal (no
 *   parser, no dictionary: the lexemes are ours), title lexemes weighted A, audience keys
 *   weighted B, with a GIN index.
 */

/** DDL creating the full-text part of the index. */
export function searchIndexStatements(dialect: Dialect): RawBuilder<unknown>[] {
  switch (dialect) {
    case "sqlite":
      return [
        sql`create virtual table search_fts using fts5(title, body, audience, content='',
            contentless_delete=1, tokenize="unicode61 remove_diacritics 0")`,
      ];
    case "postgres":
      return [
        sql`alter table search_documents add column tsv tsvector not null default ''::tsvector`,
        sql`create index search_documents_tsv_idx on search_documents using gin (tsv)`,
      ];
  }
}

/** Positions PostgreSQL keeps in a tsvector; later tokens are not indexed on either engine. */
export const MAX_POSITION = 16_000;
/** The body's positions start after a gap, so no phrase spans the title and the body. */
const BODY_OFFSET = 100;
/** Audience keys sit at the last position PostgreSQL keeps, weighted B. */
const AUDIENCE_POSITION = "16383B";

/** A tsvector literal: title tokens weighted A, body tokens after a gap, audience keys. */
export function tsvectorLiteral(
  title: readonly string[],
  body: readonly string[],
  audience: readonly string[] = [],
): string {
  const positions = new Map<string, string[]>();
  const add = (term: string, position: string) => {
    const list = positions.get(term);
    if (list) list.push(position);
    else positions.set(term, [position]);
  };
  for (const [i, t] of title.entries()) add(t, `${i + 1}A`);
  for (const [i, t] of body.entries()) add(t, String(title.length + BODY_OFFSET + i + 1));
  for (const key of audience) add(key, AUDIENCE_POSITION);
  return [...positions]
    .map(
      ([term, list]) =>
        `'${term.replaceAll("\\", "\\\\").replaceAll("'", "''")}':${list.join(",")}`,
    )
    .join(" ");
}

/** Writes a document's tokens to the full-text index (replacing what was there). */
export function writeFullText(
  dialect: Dialect,
  key: { docType: string; docId: string; ftsRowid: number | null },
  title: readonly string[],
  body: readonly string[],
  audience: readonly string[],
): RawBuilder<unknown>[] {
  switch (dialect) {
    case "sqlite":
      return [
        sql`delete from search_fts where rowid = ${key.ftsRowid}`,
        sql`insert into search_fts (rowid, title, body, audience)
            values (${key.ftsRowid}, ${title.join(" ")}, ${body.join(" ")}, ${audience.join(" ")})`,
      ];
    case "postgres":
      return [
        sql`update search_documents set tsv = ${tsvectorLiteral(title, body, audience)}::tsvector
            where doc_type = ${key.docType} and doc_id = ${key.docId}`,
      ];
  }
}

/** Removes a document from the full-text index (SQLite; PostgreSQL drops it with the row). */
export function deleteFullText(
  dialect: Dialect,
  ftsRowid: number | null,
): RawBuilder<unknown> | null {
  return dialect === "sqlite" && ftsRowid !== null
    ? sql`delete from search_fts where rowid = ${ftsRowid}`
    : null;
}

/** Empties the full-text index (before a rebuild). */
export function clearFullText(dialect: Dialect): RawBuilder<unknown> | null {
  return dialect === "sqlite" ? sql`delete from search_fts` : null;
}

/*
 * Each document type owns a range of FTS5 rowids (correspondence the first, from 1), so that a
 * search of one type asks FTS5 for its own range only: a word found in a million telegrams costs
 * nothing to the search of people. FTS5 seeks rowid bounds inside its doclists.
 */
const FTS_ROWID_SPAN = 2 ** 40;
const FTS_TYPE_SLOTS: Record<string, number> = {
  correspondence: 0,
  post: 1,
  comment: 2,
  file: 3,
  person: 4,
  community: 5,
};

/** The FTS5 rowids [low, high) of a document type. */
export function ftsRowidRange(docType: string): { low: number; high: number } {
  const slot = FTS_TYPE_SLOTS[docType];
  if (slot === undefined) throw new Error(`unknown search document type ${docType}`);
  return { low: slot * FTS_ROWID_SPAN, high: (slot + 1) * FTS_ROWID_SPAN };
}

/**
 * The condition "sd (a document of this type) matches this query" for the given dialect; with
 * `audience` (a reader's keys), "and carries one of these keys", answered by the same index.
 */
export function fullTextMatch(
  dialect: Dialect,
  query: { fts5: string; tsquery: string },
  docType = "correspondence",
  audience: readonly string[] | null = null,
): RawBuilder<boolean> {
  switch (dialect) {
    case "sqlite": {
      const { low, high } = ftsRowidRange(docType);
      const expression = audience
        ? `(${query.fts5}) AND audience : (${audience.join(" OR ")})`
        : query.fts5;
      return sql<boolean>`sd.fts_rowid in (select rowid from search_fts where search_fts match ${expression}
        and rowid >= ${low} and rowid < ${high})`;
    }
    case "postgres": {
      if (!audience) return sql<boolean>`sd.tsv @@ ${query.tsquery}::tsquery`;
      const keys = audience.map((k) => `${k}:B`).join(" | ");
      return sql<boolean>`sd.tsv @@ (${query.tsquery}::tsquery && ${keys}::tsquery)`;
    }
  }
}

/**
 * Refreshes the planner's statistics after a rebuild. PostgreSQL plans a search over stale
 * statistics badly (seconds instead of a fraction) until autovacuum catches up; SQLite's
 * planner works from its indexes and is left as it is.
 */
export function refreshStatistics(dialect: Dialect): RawBuilder<unknown> | null {
  return dialect === "postgres" ? sql`analyze search_documents, search_facets` : null;
}
