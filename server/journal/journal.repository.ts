import type { Kysely, Transaction } from "kysely";
import type { DB, JournalTable } from "../db/schema.js";

type Handle = Kysely<DB> | Transaction<DB>;

/** The most recent entry, or undefined for an empty journal. */
export async function findJournalHead(db: Handle) {
  return db
    .selectFrom("journal")
    .select(["seq", "hash"])
    .orderBy("seq", "desc")
    .limit(1)
    .executeTakeFirst();
}

export async function insertJournalEntry(db: Handle, entry: JournalTable): Promise<void> {
  await db.insertInto("journal").values(entry).execute();
}

/** Entries after `afterSeq`, oldest first, in bounded batches (for verification). */
export async function listJournalBatch(db: Handle, afterSeq: number, size: number) {
  return db
    .selectFrom("journal")
    .selectAll()
    .where("seq", ">", afterSeq)
    .orderBy("seq", "asc")
    .limit(size)
    .execute();
}

export interface JournalFilter {
  beforeSeq?: number;
  action?: string;
  actorId?: string;
  targetId?: string;
  limit: number;
}

/** Newest first, keyset-paginated on seq, with the actor's name joined in. */
export async function listJournalPage(db: Handle, f: JournalFilter) {
  let q = db
    .selectFrom("journal")
    .leftJoin("users", "users.id", "journal.actor_id")
    .selectAll("journal")
    .select("users.display_name as actor_name")
    .orderBy("journal.seq", "desc")
    .limit(f.limit + 1);
  if (f.beforeSeq !== undefined) q = q.where("journal.seq", "<", f.beforeSeq);
  if (f.action) q = q.where("journal.action", "=", f.action);
  if (f.actorId) q = q.where("journal.actor_id", "=", f.actorId);
  if (f.targetId) q = q.where("journal.target_id", "=", f.targetId);
  return q.execute();
}
