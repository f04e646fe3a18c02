import { type ExpressionBuilder, type Kysely, sql, type Transaction } from "kysely";
import { dialectOf } from "../db/dialect.js";
import type { DB } from "../db/schema.js";
import type { DomainEvent } from "../events/events.js";
import { COMMUNITY, communityDocuments } from "./community-document.js";
import { CORRESPONDENCE, correspondenceDocuments } from "./correspondence-document.js";
import { COMMENT, commentDocuments, POST, postDocuments } from "./feed-documents.js";
import { FILE, fileDocuments } from "./file-document.js";
import { PERSON, personDocuments } from "./person-document.js";
import { refreshStatistics } from "./search.sql.js";
import {
  clearSearchIndex,
  removeSearchDocument,
  type SearchDocumentInput,
  upsertSearchDocument,
} from "./search-index.js";

/*
 * Keeping the index in step with the domain. `indexOnEvent` is an in-transaction subscriber
 * (events.ts): a dispatched correspondence is searchable the moment its dispatch commits, and a
 * dispatch whose indexing fails does not happen; so are posts, comments, library files, people
 * and communities. `reindexEverything` rebuilds every type from its sources.
 */

type Handle = Kysely<DB> | Transaction<DB>;

type DocumentBuilder = (db: Handle, ids: readonly string[]) => Promise<SearchDocumentInput[]>;

/** The document types a domain event (re)indexes, by event type. */
const INDEXED_BY: Record<string, { docType: string; documents: DocumentBuilder }> = {
  "correspondence.dispatched": { docType: CORRESPONDENCE, documents: correspondenceDocuments },
  // A redacted version (partners) is a dispatched document of its own.
  "correspondence.redacted": { docType: CORRESPONDENCE, documents: correspondenceDocuments },
  // Hiding a post or a comment changes who reads it, not its document: the read rule decides.
  "post.created": { docType: POST, documents: postDocuments },
  "comment.created": { docType: COMMENT, documents: commentDocuments },
  // A new file and a new version alike: the current version's text replaces the previous one.
  "community.file_uploaded": { docType: FILE, documents: fileDocuments },
  "community.created": { docType: COMMUNITY, documents: communityDocuments },
  "community.updated": { docType: COMMUNITY, documents: communityDocuments },
  "user.created": { docType: PERSON, documents: personDocuments },
  "user.updated": { docType: PERSON, documents: personDocuments },
  "profile.updated": { docType: PERSON, documents: personDocuments },
  "assignment.added": { docType: PERSON, documents: personDocuments },
  "assignment.removed": { docType: PERSON, documents: personDocuments },
};

/** Indexes what a domain event made searchable (or changed). */
export async function indexOnEvent(trx: Transaction<DB>, event: DomainEvent): Promise<void> {
  if (event.type === "demo.seeded") {
    // The demo's people and communities are written directly, in the transaction of this event.
    for (const source of SOURCES.filter((s) => s.docType === PERSON || s.docType === COMMUNITY)) {
      const ids = await source.ids(trx, null, 100_000);
      for (let i = 0; i < ids.length; i += BATCH) {
        await upsertAll(trx, await source.documents(trx, ids.slice(i, i + BATCH)));
      }
    }
    return;
  }
  // records management: a disposed correspondence's content is gone, so is its index entry.
  if (event.type === "disposal.approved") {
    const ids = event.details?.correspondenceIds;
    if (Array.isArray(ids)) {
      for (const id of ids)
        if (typeof id === "string") await removeSearchDocument(trx, CORRESPONDENCE, id);
    }
    return;
  }
  if (!event.target) return;
  if (event.type === "unit.updated") {
    // A renamed unit renames the people assigned to it (a unit holds a few hundred at most).
    const people = await trx
      .selectFrom("assignments")
      .select("user_id")
      .distinct()
      .where("unit_id", "=", event.target.id)
      .execute();
    await upsertAll(
      trx,
      await personDocuments(
        trx,
        people.map((p) => p.user_id),
      ),
    );
    return;
  }
  const indexed = INDEXED_BY[event.type];
  if (indexed) await upsertAll(trx, await indexed.documents(trx, [event.target.id]));
}

async function upsertAll(trx: Transaction<DB>, docs: readonly SearchDocumentInput[]) {
  for (const doc of docs) await upsertSearchDocument(trx, doc);
}

/* records management: reindexing leaves out correspondence whose record was disposed of. */
const notDisposed = (eb: ExpressionBuilder<DB, "correspondences">) =>
  eb.not(
    eb.exists(
      eb
        .selectFrom("records")
        .select("records.id")
        .whereRef("records.correspondence_id", "=", "correspondences.id")
        .where("records.status", "=", "disposed"),
    ),
  );

interface Source {
  docType: string;
  count(db: Handle): Promise<number>;
  /** The ids after `after` (keyset), at most `limit`. */
  ids(db: Handle, after: string | null, limit: number): Promise<string[]>;
  documents: DocumentBuilder;
}

type SourceTable = "posts" | "comments" | "community_files" | "users" | "communities";

/** Every row of a table is a document. */
function tableSource(docType: string, table: SourceTable, documents: DocumentBuilder): Source {
  return {
    docType,
    count: async (db) => {
      const { rows } = await sql<{
        n: unknown;
      }>`select count(*) as n from ${sql.table(table)}`.execute(db);
      return Number(rows[0]?.n ?? 0);
    },
    ids: async (db, after, limit) => {
      const { rows } = await sql<{ id: string }>`select id from ${sql.table(table)}
        where ${after === null ? sql`1 = 1` : sql`id > ${after}`} order by id limit ${limit}`.execute(
        db,
      );
      return rows.map((r) => r.id);
    },
    documents,
  };
}

const SOURCES: readonly Source[] = [
  {
    docType: CORRESPONDENCE,
    count: async (db) => {
      const row = await db
        .selectFrom("correspondences")
        .select((eb) => eb.fn.countAll<number>().as("n"))
        .where("state", "=", "dispatched")
        .where(notDisposed)
        .executeTakeFirst();
      return Number(row?.n ?? 0);
    },
    ids: async (db, after, limit) => {
      let query = db
        .selectFrom("correspondences")
        .select("id")
        .where("state", "=", "dispatched")
        .where(notDisposed)
        .orderBy("id")
        .limit(limit);
      if (after !== null) query = query.where("id", ">", after);
      return (await query.execute()).map((r) => r.id);
    },
    documents: correspondenceDocuments,
  },
  tableSource(POST, "posts", postDocuments),
  tableSource(COMMENT, "comments", commentDocuments),
  tableSource(FILE, "community_files", fileDocuments),
  tableSource(PERSON, "users", personDocuments),
  tableSource(COMMUNITY, "communities", communityDocuments),
];

const BATCH = 500;

/**
 * Rebuilds the whole index: emptied, then filled batch by batch (one transaction each), calling
 * `onProgress(done, total)` after each. Searches during the rebuild see a partial index.
 */
export async function reindexEverything(
  db: Kysely<DB>,
  onProgress: (done: number, total: number) => void = () => {},
): Promise<number> {
  let total = 0;
  for (const source of SOURCES) total += await source.count(db);
  await db.transaction().execute((trx) => clearSearchIndex(trx));
  let done = 0;
  onProgress(done, total);
  for (const source of SOURCES) {
    let after: string | null = null;
    for (;;) {
      const ids = await source.ids(db, after, BATCH);
      if (ids.length === 0) break;
      await db.transaction().execute(async (trx) => {
        for (const doc of await source.documents(trx, ids)) await upsertSearchDocument(trx, doc);
      });
      done += ids.length;
      after = ids.at(-1) ?? null;
      onProgress(done, total);
    }
  }
  await refreshStatistics(dialectOf(db))?.execute(db);
  await markSearchIndexCurrent(db);
  return done;
}

/**
 * The format the index entries are written in. Raised when what an entry holds changes (2:
 * audience keys; 3: SQLite's correspondence, other types and titles in tables of their own), so
 * that an index built by an older portal is rebuilt when this one starts.
 */
export const SEARCH_INDEX_FORMAT = 3;

/** Records that the index is in the current format (after a rebuild, or when empty). */
export async function markSearchIndexCurrent(db: Kysely<DB>, now: Date = new Date()) {
  await db.transaction().execute(async (trx) => {
    await trx.deleteFrom("search_index_format").execute();
    await trx
      .insertInto("search_index_format")
      .values({ format: SEARCH_INDEX_FORMAT, built_at: now.toISOString() })
      .execute();
  });
}

/**
 * At start: an index built in an older format is rebuilt (searches meanwhile see a partial
 * index); an empty one is only marked current. Returns how many documents were indexed.
 */
export async function ensureSearchIndexCurrent(
  db: Kysely<DB>,
  onProgress?: (done: number, total: number) => void,
): Promise<number | null> {
  const current = await db
    .selectFrom("search_index_format")
    .select("format")
    .where("format", "=", SEARCH_INDEX_FORMAT)
    .executeTakeFirst();
  if (current) return null;
  const any = await db.selectFrom("search_documents").select("doc_id").limit(1).executeTakeFirst();
  if (!any) {
    await markSearchIndexCurrent(db);
    return null;
  }
  return reindexEverything(db, onProgress);
}
