import type { Kysely } from "kysely";

/* Read receipts: when each user first opened a dispatched correspondence, kept per addressee. */

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time and must not follow the evolving DB type.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("read_receipts")
    .addColumn("correspondence_id", "text", (c) =>
      c.notNull().references("correspondences.id").onDelete("cascade"),
    )
    .addColumn("user_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("first_read_at", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("read_receipts_pk", ["correspondence_id", "user_id"])
    .execute();
  await db.schema
    .createIndex("read_receipts_user_idx")
    .on("read_receipts")
    .column("user_id")
    .execute();
}
