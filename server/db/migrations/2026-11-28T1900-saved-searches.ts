import type { Kysely } from "kysely";

/*
 * Saved searches: a user's named query (the search box's text and its filters, as JSON), and
 * whether a newly dispatched document matching it alerts them. Read by owner, and at each
 * dispatch the alerting ones (hence the partial-free index on alert).
 */

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time and must not follow the evolving DB type.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("saved_searches")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("user_id", "text", (c) => c.notNull().references("users.id"))
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("query", "text", (c) => c.notNull())
    .addColumn("alert", "integer", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("saved_searches_user_idx")
    .on("saved_searches")
    .columns(["user_id", "created_at", "id"])
    .execute();
  await db.schema
    .createIndex("saved_searches_alert_idx")
    .on("saved_searches")
    .columns(["alert", "user_id"])
    .execute();
}
