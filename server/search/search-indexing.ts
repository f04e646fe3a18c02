import type { ExpressionBuilder, Kysely, Transaction } from "kysely";
import { dialectOf } from "../db/dialect.js";
import type { DB } from "../db/schema.js";
import type { DomainEvent } from "../events/events.js";
import { CORRESPONDENCE, correspondenceDocuments } from "./correspondence-document.js";
import { refreshStatistics } from "./search.sql.js";
import { clearSearchIndex, removeSearchDocument, upsertSearchDocument } from "./search-index.js";

/*
 * Keeping the index in step with the domain. `indexOnEvent` is an in-transaction subscriber
 * (events.ts): a dispatched correspondence is searchable the moment its dispatch commits, and a
 * dispatch whose indexing fails does not happen. `reindexEverything` rebuilds from the sources.
 * Other document types add their event here and their source to SOURCES.
 */

type Handle = Kysely<DB> | Transaction<DB>;

/** Indexes what a domain event made searchable. */
export async function indexOnEvent(trx: Transaction<DB>, event: DomainEvent): Promise<void> {
  if (event.type === "correspondence.dispatched" && event.target) {
    for (const doc of await correspondenceDocuments(trx, [event.target.id])) {
      await upsertSearchDocument(trx, doc);
    }
  }
  // records management: a disposed correspondence's content is gone, so is its index entry.
  if (event.type === "disposal.approved") {
    const ids = event.details?.correspondenceIds;
    if (Array.isArray(ids)) {
      for (const id of ids)
        if (typeof id === "string") await removeSearchDocument(trx, CORRESPONDENCE, id);
    }
  }
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
  documents: typeof correspondenceDocuments;
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
  return done;
}
