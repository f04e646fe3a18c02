import type { Kysely } from "kysely";

/*
 * Notifications (one row per recipient, folded by group key while unread; `seq` is the
 * commit-ordered number the live stream resumes from), per-user preferences, the follow
 * subscriptions notifications need, the outgoing mail queue, and the mark that a distribution's
 * passed deadline was alerted (once).
 */

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time and must not follow the evolving DB type.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("notifications")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("seq", "integer", (c) => c.notNull().unique())
    .addColumn("user_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("type", "text", (c) => c.notNull())
    .addColumn("reason", "text", (c) => c.notNull())
    .addColumn("target_type", "text", (c) => c.notNull())
    .addColumn("target_id", "text", (c) => c.notNull())
    .addColumn("group_key", "text", (c) => c.notNull())
    .addColumn("community_id", "text")
    .addColumn("thread_id", "text")
    .addColumn("count", "integer", (c) => c.notNull().defaultTo(1))
    .addColumn("actors", "text", (c) => c.notNull().defaultTo("[]"))
    .addColumn("details", "text", (c) => c.notNull().defaultTo("{}"))
    .addColumn("in_app", "integer", (c) => c.notNull().defaultTo(1))
    .addColumn("read_at", "text")
    .addColumn("digested_at", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("notifications_user_seq_idx")
    .on("notifications")
    .columns(["user_id", "seq"])
    .execute();
  await db.schema
    .createIndex("notifications_fold_idx")
    .on("notifications")
    .columns(["group_key", "user_id", "read_at"])
    .execute();
  await db.schema
    .createIndex("notifications_digest_idx")
    .on("notifications")
    .columns(["digested_at", "user_id"])
    .execute();

  await db.schema
    .createTable("notification_preferences")
    .addColumn("user_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("type", "text", (c) => c.notNull())
    .addColumn("in_app", "integer", (c) => c.notNull())
    .addColumn("email", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("notification_preferences_pk", ["user_id", "type"])
    .execute();

  await db.schema
    .createTable("mail_outbox")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("user_id", "text", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("to_address", "text", (c) => c.notNull())
    .addColumn("subject", "text", (c) => c.notNull())
    .addColumn("text", "text", (c) => c.notNull())
    .addColumn("html", "text", (c) => c.notNull())
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull().defaultTo("queued"))
    .addColumn("attempts", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("mail_outbox_status_idx")
    .on("mail_outbox")
    .columns(["status", "created_at"])
    .execute();

  await db.schema
    .createTable("deadline_alerts")
    .addColumn("distribution_id", "text", (c) =>
      c.primaryKey().references("distributions.id").onDelete("cascade"),
    )
    .addColumn("alerted_at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("distributions_deadline_idx")
    .on("distributions")
    .columns(["mode", "deadline"])
    .execute();
}
