import type { Kysely } from "kysely";

/*
 * How one enters a transverse community (open, on request, on invitation, secret) and where a
 * membership comes from (a unit assignment for hierarchical communities, or a direct decision).
 */

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time and must not follow the evolving DB type.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable("communities")
    .addColumn("access", "text", (c) => c.notNull().defaultTo("open"))
    .execute();
  await db.schema
    .alterTable("communities")
    .addColumn("created_by", "text", (c) => c.references("users.id"))
    .execute();
  await db.schema
    .alterTable("memberships")
    .addColumn("origin", "text", (c) => c.notNull().defaultTo("direct"))
    .execute();
  await db.schema.createIndex("communities_unit_idx").on("communities").column("unit_id").execute();
}
