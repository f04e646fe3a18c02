import { type RawBuilder, sql } from "kysely";
import type { Dialect } from "../db/database.js";
import { CORRESPONDENCE } from "./correspondence-document.js";

/*
 * The dialect-specific SQL of the search index. Both engines receive the analyser's tokens
 * (analyzer.ts), never raw text, so they index and match the same terms:
 * - SQLite: contentless FTS5 tables (`contentless_delete` lets a document be replaced by its
 *   rowid), `unicode61` without diacritic removal leaving our already folded letter-and-digit
 *   tokens as they are, their rowid `search_documents.fts_rowid`. Correspondence, which grows
 *   by the million, has `search_fts` (title, body, audience: the keys of audience.ts) to itself,
 *   plus `search_titles` (title, audience, prefix-indexed) for type-ahead and the title bonus;
 *   the other types share `search_fts_other`. A common word's doclist in the telegrams then costs
 *   nothing to a search of people, and a title prefix reads titles only.
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
    case "sqlite": {
      const rowid = key.ftsRowid;
      const [titles, keys] = [title.join(" "), audience.join(" ")];
      const table = sql.table(ftsTable(key.docType));
      return [
        ...deleteFullTextRows(rowid),
        sql`insert into ${table} (rowid, title, body, audience)
            values (${rowid}, ${titles}, ${body.join(" ")}, ${keys})`,
        ...(key.docType === CORRESPONDENCE
          ? [
              sql`insert into search_titles (rowid, title, audience) values (${rowid}, ${titles}, ${keys})`,
            ]
          : []),
      ];
    }
    case "postgres":
      return [
        sql`update search_documents set tsv = ${tsvectorLiteral(title, body, audience)}::tsvector
            where doc_type = ${key.docType} and doc_id = ${key.docId}`,
      ];
  }
}

/** SQLite: deletes a document's entries, found from its rowid's type. */
function deleteFullTextRows(ftsRowid: number | null): RawBuilder<unknown>[] {
  if (ftsRowid === null) return [];
  const docType = ftsRowidType(ftsRowid);
  return [
    sql`delete from ${sql.table(ftsTable(docType))} where rowid = ${ftsRowid}`,
    ...(docType === CORRESPONDENCE
      ? [sql`delete from search_titles where rowid = ${ftsRowid}`]
      : []),
  ];
}

/** Removes a document from the full-text index (SQLite; PostgreSQL drops it with the row). */
export function deleteFullText(dialect: Dialect, ftsRowid: number | null): RawBuilder<unknown>[] {
  return dialect === "sqlite" ? deleteFullTextRows(ftsRowid) : [];
}

/** Empties the full-text index (before a rebuild). */
export function clearFullText(dialect: Dialect): RawBuilder<unknown>[] {
  return dialect === "sqlite"
    ? [
        sql`delete from search_fts`,
        sql`delete from search_fts_other`,
        sql`delete from search_titles`,
      ]
    : [];
}

/** The FTS5 table holding a type's entries (titles and bodies). */
function ftsTable(docType: string): "search_fts" | "search_fts_other" {
  ftsRowidRange(docType); // an unknown type fails here
  return docType === CORRESPONDENCE ? "search_fts" : "search_fts_other";
}

/*
 * Each document type owns a range of FTS5 rowids (correspondence the first, from 1): rowids stay
 * unique across the FTS5 tables, an entry's table follows from its rowid, and the types sharing
 * `search_fts_other` are told apart by their range. The range alone does not spare a type the
 * others' entries: FTS5 reads a word's whole doclist whatever the bounds (measured: ~10 ms a type
 * at 1,000,000 telegrams when they shared one table), hence correspondence's tables of its own.
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

/** The document type an FTS5 rowid belongs to. */
function ftsRowidType(ftsRowid: number): string {
  const slot = Math.floor(ftsRowid / FTS_ROWID_SPAN);
  const docType = Object.keys(FTS_TYPE_SLOTS).find((t) => FTS_TYPE_SLOTS[t] === slot);
  if (docType === undefined) throw new Error(`FTS5 rowid ${ftsRowid} outside every type's range`);
  return docType;
}

/**
 * The condition "sd (a document of this type) matches this query" for the given dialect; with
 * `audience` (a reader's keys), "and carries one of these keys", answered by the same index.
 * `titles`: the query is on the title alone (its FTS5 expression has the `{title}` filter);
 * correspondence then asks its titles' table.
 */
export function fullTextMatch(
  dialect: Dialect,
  query: { fts5: string; tsquery: string },
  docType = CORRESPONDENCE,
  audience: readonly string[] | null = null,
  titles = false,
): RawBuilder<boolean> {
  switch (dialect) {
    case "sqlite": {
      const { low, high } = ftsRowidRange(docType);
      const table = sql.table(
        titles && docType === CORRESPONDENCE ? "search_titles" : ftsTable(docType),
      );
      const expression = audience
        ? `(${query.fts5}) AND audience : (${audience.join(" OR ")})`
        : query.fts5;
      return sql<boolean>`sd.fts_rowid in (select rowid from ${table} where ${table} match ${expression}
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
