import type { Kysely } from "kysely";

/*
 * Records management, second part: when a record's last action was closed (the start event of
 * the « closing of the action » retention), and disposal lists (« bordereaux d'élimination »):
 * proposed by an archivist, approved by a disposal approver who is not the proposer. An approved
 * list keeps, per record, the minimal trace the disposal certificate prints.
 */

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time and must not follow the evolving DB type.
export async function up(db: Kysely<any>): Promise<void> {
  /** When the last action addressee answered or closed; the capture instant when none had an action. */
  await db.schema.alterTable("records").addColumn("action_closed_at", "text").execute();
  /** A closed series takes no new record: rules that point to it are skipped. */
  await db.schema.alterTable("record_series").addColumn("closed_at", "text").execute();
  await db.schema
    .createIndex("records_captured_idx")
    .on("records")
    .columns(["captured_at", "id"])
    .execute();

  await db.schema
    .createTable("disposal_lists")
    .addColumn("id", "text", (c) => c.primaryKey())
    /** 'proposed', 'approved' or 'rejected'. */
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("note", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("proposed_by", "text", (c) => c.notNull().references("users.id"))
    .addColumn("proposed_at", "text", (c) => c.notNull())
    .addColumn("decided_by", "text", (c) => c.references("users.id"))
    .addColumn("decided_at", "text")
    .addColumn("decision_comment", "text")
    .execute();
  await db.schema
    .createIndex("disposal_lists_proposed_idx")
    .on("disposal_lists")
    .columns(["proposed_at", "id"])
    .execute();
  await db.schema
    .createTable("disposal_list_items")
    .addColumn("list_id", "text", (c) => c.notNull().references("disposal_lists.id"))
    .addColumn("record_id", "text", (c) => c.notNull().references("records.id"))
    /** 'proposed'; at approval 'disposed', or 'withheld' when a hold or a change kept it. */
    .addColumn("outcome", "text", (c) => c.notNull().defaultTo("proposed"))
    /** Canonical JSON of the minimal trace, written at disposal. */
    .addColumn("trace", "text")
    .addPrimaryKeyConstraint("disposal_list_items_pk", ["list_id", "record_id"])
    .execute();
  await db.schema
    .createIndex("disposal_list_items_record_idx")
    .on("disposal_list_items")
    .columns(["record_id", "list_id"])
    .execute();
}
