import type { Kysely, Transaction } from "kysely";
import type { Precedence } from "../../shared/vocabulary.js";
import { dialectOf } from "../db/dialect.js";
import type { DB } from "../db/schema.js";
import { analyze, type Language } from "./analyzer.js";
import {
  clearFullText,
  deleteFullText,
  ftsRowidRange,
  MAX_POSITION,
  writeFullText,
} from "./search.sql.js";

/*
 * Writing the search index, for every document type alike. A domain describes its document as
 * a SearchDocumentInput (what to analyse, how to filter and rank it); this module analyses the
 * text and writes the row, its facets and its full text. Posts, files, people and communities
 * plug in with their own input builder and their own readable filter at query time.
 */

type Handle = Kysely<DB> | Transaction<DB>;

export interface SearchDocumentInput {
  docType: string;
  docId: string;
  language: Language;
  /** Shown in suggestions and results. */
  title: string;
  reference: string | null;
  /** Analysed into the title column: a match there ranks higher. */
  titleText: string;
  bodyText: string;
  kind: string;
  precedence: Precedence | null;
  marking: string;
  unitId: string | null;
  /** ISO instant the document is dated by (dispatch for correspondence). */
  sortAt: string;
  facets: { facet: "tag" | "country"; value: string }[];
  /** Correspondence only: who it is related to (audience.ts), matched with the words. */
  audience?: readonly string[];
}

/** Relevance head start of a precedence, in days of recency (see docs/ARCHITECTURE.md). */
export const PRECEDENCE_HEAD_START: Record<Precedence, number> = {
  flash: 14,
  immediate: 7,
  priority: 3,
  routine: 0,
};

const MAX_TITLE_TOKENS = 200;
// Title tokens, the gap and body tokens stay within PostgreSQL's positions (search.sql.ts).
const MAX_BODY_TOKENS = MAX_POSITION - MAX_TITLE_TOKENS - 200;
const DAY_MS = 86_400_000;

/** The static part of a document's relevance: its day, plus its precedence's head start. */
export function rankBase(sortAt: string, precedence: Precedence | null): number {
  return (
    Math.floor(Date.parse(sortAt) / DAY_MS) + (precedence ? PRECEDENCE_HEAD_START[precedence] : 0)
  );
}

/** The terms a document is indexed with: its title's, then its body's (bounded). */
export function documentTerms(
  doc: Pick<SearchDocumentInput, "titleText" | "bodyText" | "language">,
) {
  return {
    title: analyze(doc.titleText, doc.language)
      .slice(0, MAX_TITLE_TOKENS)
      .map((t) => t.term),
    body: analyze(doc.bodyText, doc.language)
      .slice(0, MAX_BODY_TOKENS)
      .map((t) => t.term),
  };
}

/** Adds or replaces a document in the index, in the caller's transaction. */
export async function upsertSearchDocument(
  trx: Handle,
  doc: SearchDocumentInput,
  now: Date = new Date(),
): Promise<void> {
  const dialect = dialectOf(trx);
  const { title, body } = documentTerms(doc);
  const existing = await trx
    .selectFrom("search_documents")
    .select("fts_rowid")
    .where("doc_type", "=", doc.docType)
    .where("doc_id", "=", doc.docId)
    .executeTakeFirst();
  const row = {
    language: doc.language,
    title: doc.title,
    reference: doc.reference,
    kind: doc.kind,
    precedence: doc.precedence,
    marking: doc.marking,
    unit_id: doc.unitId,
    sort_at: doc.sortAt,
    rank_base: rankBase(doc.sortAt, doc.precedence),
    indexed_at: now.toISOString(),
  };
  let ftsRowid = existing?.fts_rowid ?? null;
  if (existing) {
    await trx
      .updateTable("search_documents")
      .set(row)
      .where("doc_type", "=", doc.docType)
      .where("doc_id", "=", doc.docId)
      .execute();
    await trx
      .deleteFrom("search_facets")
      .where("doc_type", "=", doc.docType)
      .where("doc_id", "=", doc.docId)
      .execute();
  } else {
    if (dialect === "sqlite") {
      // SQLite runs one writer at a time: the next number cannot be taken twice.
      const { low, high } = ftsRowidRange(doc.docType);
      const last = await trx
        .selectFrom("search_documents")
        .select((eb) => eb.fn.max("fts_rowid").as("max"))
        .where("fts_rowid", ">=", low)
        .where("fts_rowid", "<", high)
        .executeTakeFirst();
      ftsRowid = Math.max(Number(last?.max ?? 0), low) + 1;
    }
    await trx
      .insertInto("search_documents")
      .values({ doc_type: doc.docType, doc_id: doc.docId, fts_rowid: ftsRowid, ...row })
      .execute();
  }
  for (const statement of writeFullText(
    dialect,
    { ...doc, ftsRowid },
    title,
    body,
    doc.audience ?? [],
  )) {
    await statement.execute(trx);
  }
  const facets = [...new Map(doc.facets.map((f) => [`${f.facet}|${f.value}`, f])).values()];
  if (facets.length > 0) {
    await trx
      .insertInto("search_facets")
      .values(facets.map((f) => ({ doc_type: doc.docType, doc_id: doc.docId, ...f })))
      .execute();
  }
}

/** Removes a document from the index. */
export async function removeSearchDocument(trx: Handle, docType: string, docId: string) {
  const existing = await trx
    .selectFrom("search_documents")
    .select("fts_rowid")
    .where("doc_type", "=", docType)
    .where("doc_id", "=", docId)
    .executeTakeFirst();
  if (!existing) return;
  for (const statement of deleteFullText(dialectOf(trx), existing.fts_rowid))
    await statement.execute(trx);
  await trx
    .deleteFrom("search_facets")
    .where("doc_type", "=", docType)
    .where("doc_id", "=", docId)
    .execute();
  await trx
    .deleteFrom("search_documents")
    .where("doc_type", "=", docType)
    .where("doc_id", "=", docId)
    .execute();
}

/** Empties the whole index, before a rebuild. */
export async function clearSearchIndex(trx: Handle): Promise<void> {
  for (const statement of clearFullText(dialectOf(trx))) await statement.execute(trx);
  await trx.deleteFrom("search_facets").execute();
  await trx.deleteFrom("search_documents").execute();
}
