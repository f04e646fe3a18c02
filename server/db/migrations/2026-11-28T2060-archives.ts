import type { Kysely } from "kysely";

/*
 * Archives (issue 8): transfers to the State archives (« versements ») and the records they
 * carry, fixity runs over the stored content, and the daily seals of the journal (a Merkle root
 * of the day's entries chained to the previous day's seal).
 */

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time and must not follow the evolving DB type.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("transfers")
    .addColumn("id", "text", (c) => c.primaryKey())
    /** The SEDA MessageIdentifier of the ArchiveTransfer; the reply names it back. */
    .addColumn("message_identifier", "text", (c) => c.notNull().unique())
    /** TRANSFER_STATUSES. */
    .addColumn("status", "text", (c) => c.notNull().defaultTo("pending"))
    .addColumn("comment", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("record_count", "integer", (c) => c.notNull())
    .addColumn("created_by", "text", (c) => c.notNull().references("users.id"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("reply_code", "text")
    .addColumn("reply_identifier", "text")
    .addColumn("replied_at", "text")
    .addColumn("replied_by", "text", (c) => c.references("users.id"))
    .execute();
  await db.schema
    .createIndex("transfers_created_idx")
    .on("transfers")
    .columns(["created_at", "id"])
    .execute();

  await db.schema
    .createTable("transfer_records")
    .addColumn("transfer_id", "text", (c) => c.notNull().references("transfers.id"))
    .addColumn("record_id", "text", (c) => c.notNull().references("records.id"))
    /** The identifier the archive gave the record's ArchiveUnit (from its reply). */
    .addColumn("archive_identifier", "text")
    .addPrimaryKeyConstraint("transfer_records_pk", ["transfer_id", "record_id"])
    .execute();
  await db.schema
    .createIndex("transfer_records_record_idx")
    .on("transfer_records")
    .columns(["record_id", "transfer_id"])
    .execute();

  /** Content purged after a transfer: the blob is gone, the row stays as the trace. */
  await db.schema.alterTable("attachments").addColumn("purged_at", "text").execute();

  await db.schema
    .createTable("fixity_runs")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("started_at", "text", (c) => c.notNull())
    .addColumn("finished_at", "text", (c) => c.notNull())
    .addColumn("checked", "integer", (c) => c.notNull())
    .addColumn("failures", "integer", (c) => c.notNull())
    /** JSON: the failures found (kind, id, expected and found digests), at most 100. */
    .addColumn("details", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("fixity_runs_started_idx")
    .on("fixity_runs")
    .columns(["started_at", "id"])
    .execute();

  await db.schema
    .createTable("journal_seals")
    /** The UTC day sealed, "YYYY-MM-DD". */
    .addColumn("day", "text", (c) => c.primaryKey())
    .addColumn("first_seq", "integer")
    .addColumn("last_seq", "integer")
    .addColumn("entry_count", "integer", (c) => c.notNull())
    /** SHA-256 Merkle root of the day's entry hashes, in seq order (a fixed value when empty). */
    .addColumn("merkle_root", "text", (c) => c.notNull())
    .addColumn("prev_seal_hash", "text", (c) => c.notNull())
    /** SHA-256 over (day, first_seq, last_seq, count, root, prev_seal_hash). */
    .addColumn("seal_hash", "text", (c) => c.notNull())
    .addColumn("sealed_at", "text", (c) => c.notNull())
    .execute();
}
