import type { Kysely } from "kysely";

/* Correspondence: drafts and their versions, co-editors, circuits, distribution, numbering. */

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time and must not follow the evolving DB type.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("correspondences")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("state", "text", (c) => c.notNull())
    .addColumn("origin_unit_id", "text", (c) => c.notNull().references("units.id"))
    .addColumn("drafter_id", "text", (c) => c.notNull().references("users.id"))
    .addColumn("subject", "text", (c) => c.notNull())
    .addColumn("precedence", "text", (c) => c.notNull())
    .addColumn("marking", "text", (c) => c.notNull())
    .addColumn("version", "integer", (c) => c.notNull())
    /** The current version's content, canonical JSON (also kept in correspondence_versions). */
    .addColumn("content", "text", (c) => c.notNull())
    .addColumn("reference", "text", (c) => c.unique())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addColumn("dispatched_at", "text")
    .execute();
  await db.schema
    .createIndex("correspondences_drafter_idx")
    .on("correspondences")
    .columns(["drafter_id", "state", "updated_at", "id"])
    .execute();
  await db.schema
    .createIndex("correspondences_sent_idx")
    .on("correspondences")
    .columns(["drafter_id", "dispatched_at", "id"])
    .execute();
  await db.schema
    .createIndex("correspondences_origin_idx")
    .on("correspondences")
    .columns(["origin_unit_id", "state", "updated_at", "id"])
    .execute();

  await db.schema
    .createTable("correspondence_versions")
    .addColumn("correspondence_id", "text", (c) =>
      c.notNull().references("correspondences.id").onDelete("cascade"),
    )
    .addColumn("version", "integer", (c) => c.notNull())
    .addColumn("author_id", "text", (c) => c.notNull().references("users.id"))
    .addColumn("content", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("correspondence_versions_pk", ["correspondence_id", "version"])
    .execute();

  await db.schema
    .createTable("correspondence_editors")
    .addColumn("correspondence_id", "text", (c) =>
      c.notNull().references("correspondences.id").onDelete("cascade"),
    )
    .addColumn("user_id", "text", (c) => c.notNull().references("users.id"))
    .addColumn("added_by", "text", (c) => c.notNull().references("users.id"))
    .addColumn("added_at", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("correspondence_editors_pk", ["correspondence_id", "user_id"])
    .execute();
  await db.schema
    .createIndex("correspondence_editors_user_idx")
    .on("correspondence_editors")
    .column("user_id")
    .execute();

  await db.schema
    .createTable("circuit_steps")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("correspondence_id", "text", (c) =>
      c.notNull().references("correspondences.id").onDelete("cascade"),
    )
    .addColumn("position", "integer", (c) => c.notNull())
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("assignee_user_id", "text", (c) => c.references("users.id"))
    .addColumn("assignee_unit_id", "text", (c) => c.references("units.id"))
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("decided_by", "text", (c) => c.references("users.id"))
    .addColumn("decided_at", "text")
    .addColumn("comment", "text")
    .addUniqueConstraint("circuit_steps_position_unique", ["correspondence_id", "position"])
    .execute();
  await db.schema
    .createIndex("circuit_steps_user_idx")
    .on("circuit_steps")
    .columns(["assignee_user_id", "status"])
    .execute();
  await db.schema
    .createIndex("circuit_steps_unit_idx")
    .on("circuit_steps")
    .columns(["assignee_unit_id", "status"])
    .execute();

  await db.schema
    .createTable("distributions")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("correspondence_id", "text", (c) =>
      c.notNull().references("correspondences.id").onDelete("cascade"),
    )
    .addColumn("addressee_type", "text", (c) => c.notNull())
    .addColumn("addressee_id", "text", (c) => c.notNull())
    .addColumn("mode", "text", (c) => c.notNull())
    .addColumn("handling", "text")
    .addColumn("deadline", "text")
    .addColumn("assigned_to", "text", (c) => c.references("users.id"))
    .addColumn("acknowledged_at", "text")
    .addColumn("closed_at", "text")
    .addColumn("close_comment", "text")
    .addColumn("answer_id", "text", (c) => c.references("correspondences.id"))
    .addColumn("dispatched_at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("distributions_addressee_idx")
    .on("distributions")
    .columns(["addressee_type", "addressee_id", "mode", "dispatched_at", "correspondence_id"])
    .execute();
  await db.schema
    .createIndex("distributions_correspondence_idx")
    .on("distributions")
    .column("correspondence_id")
    .execute();

  /*
   * Last number given per reference prefix ("WASHINGTON", "DAMC") and year: numbers are never
   * reused nor skipped, and two units that share a prefix share its sequence, so references
   * stay unique.
   */
  await db.schema
    .createTable("reference_counters")
    .addColumn("prefix", "text", (c) => c.notNull())
    .addColumn("year", "integer", (c) => c.notNull())
    .addColumn("last_number", "integer", (c) => c.notNull())
    .addPrimaryKeyConstraint("reference_counters_pk", ["prefix", "year"])
    .execute();

  /** The frozen copy captured at dispatch: what the archive keeps. */
  await db.schema
    .createTable("records")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("correspondence_id", "text", (c) =>
      c.notNull().unique().references("correspondences.id"),
    )
    .addColumn("captured_at", "text", (c) => c.notNull())
    .addColumn("canonical_json", "text", (c) => c.notNull())
    .addColumn("sha512", "text", (c) => c.notNull())
    .execute();
}
