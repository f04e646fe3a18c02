import type { Kysely } from "kysely";

/*
 * Records management: the filing plan (a tree of series with their retention rule), the filing
 * rules that file a record automatically at capture (first matching rule by position wins), the
 * filing and retention state of each record, and holds (« gel ») that keep records from disposal
 * and transfer. Disposal lists and transfers have their own migrations.
 */

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time and must not follow the evolving DB type.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("record_series")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("parent_id", "text", (c) => c.references("record_series.id"))
    /** The plan's code, e.g. "2.3.1"; unique. */
    .addColumn("code", "text", (c) => c.notNull().unique())
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("description", "text", (c) => c.notNull().defaultTo(""))
    /** Retention period in months; null on a series that only groups others (no records). */
    .addColumn("retention_months", "integer")
    /** RETENTION_START_EVENTS. */
    .addColumn("retention_start", "text", (c) => c.notNull().defaultTo("dispatch"))
    /** FINAL_ACTIONS. */
    .addColumn("final_action", "text", (c) => c.notNull().defaultTo("keep"))
    /** Communicability delay in years, counted from the record's start date. */
    .addColumn("access_delay_years", "integer", (c) => c.notNull().defaultTo(25))
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("record_series_parent_idx")
    .on("record_series")
    .columns(["parent_id", "code"])
    .execute();

  await db.schema
    .createTable("filing_rules")
    .addColumn("id", "text", (c) => c.primaryKey())
    /** Evaluation order: the first matching rule wins. */
    .addColumn("position", "integer", (c) => c.notNull())
    .addColumn("series_id", "text", (c) => c.notNull().references("record_series.id"))
    .addColumn("name", "text", (c) => c.notNull())
    /** JSON: the conditions (kind, originating unit, addressee unit, tag …); all must hold. */
    .addColumn("conditions", "text", (c) => c.notNull())
    .addColumn("enabled", "integer", (c) => c.notNull().defaultTo(1))
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("filing_rules_position_idx")
    .on("filing_rules")
    .columns(["position", "id"])
    .execute();

  // Each column on its own statement: SQLite adds one column per ALTER TABLE.
  const recordColumns: [string, "text" | "integer"][] = [
    ["series_id", "text"],
    /** 'rule' (automatic at capture) or 'manual' (refiled by an archivist). */
    ["filed_by", "text"],
    ["filing_rule_id", "text"],
    ["filed_at", "text"],
    /** When the series' start event happened; null while it has not (an action still open). */
    ["retention_start_at", "text"],
    /** retention_start_at + the series' retention; null while unknown. */
    ["due_at", "text"],
    /** Calendar date from which the record is communicable to the public. */
    ["communicable_from", "text"],
    ["disposed_at", "text"],
    ["transferred_at", "text"],
  ];
  for (const [name, type] of recordColumns) {
    await db.schema.alterTable("records").addColumn(name, type).execute();
  }
  /** RECORD_STATUSES. */
  await db.schema
    .alterTable("records")
    .addColumn("status", "text", (c) => c.notNull().defaultTo("active"))
    .execute();
  await db.schema
    .createIndex("records_series_idx")
    .on("records")
    .columns(["series_id", "captured_at", "id"])
    .execute();
  await db.schema
    .createIndex("records_due_idx")
    .on("records")
    .columns(["status", "due_at", "id"])
    .execute();

  /** A hold covers the records listed in record_hold_items, or a whole series when series_id is set. */
  await db.schema
    .createTable("record_holds")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("reason", "text", (c) => c.notNull())
    .addColumn("series_id", "text", (c) => c.references("record_series.id"))
    .addColumn("placed_by", "text", (c) => c.notNull().references("users.id"))
    .addColumn("placed_at", "text", (c) => c.notNull())
    .addColumn("released_by", "text", (c) => c.references("users.id"))
    .addColumn("released_at", "text")
    .addColumn("release_reason", "text")
    .execute();
  await db.schema
    .createTable("record_hold_items")
    .addColumn("hold_id", "text", (c) => c.notNull().references("record_holds.id"))
    .addColumn("record_id", "text", (c) => c.notNull().references("records.id"))
    .addPrimaryKeyConstraint("record_hold_items_pk", ["hold_id", "record_id"])
    .execute();
  await db.schema
    .createIndex("record_hold_items_record_idx")
    .on("record_hold_items")
    .columns(["record_id", "hold_id"])
    .execute();
}
