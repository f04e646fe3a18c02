import { type Kysely, sql } from "kysely";

/*
 * Enrolment in communities: requests to join (decided by a manager), the history of who joined
 * and left (members over time), a sort key for listing communities by name on both engines, and
 * the profile facts people search on (languages spoken, areas of expertise).
 */

/** The folding of the time this migration was written, frozen with it. */
const fold = (text: string) =>
  text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}@.]+/gu, " ")
    .trim()
    .replace(/\s+/g, " ");

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time and must not follow the evolving DB type.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable("communities")
    .addColumn("sort_key", "text", (c) => c.notNull().defaultTo(""))
    .execute();
  const existing = await db.selectFrom("communities").select(["id", "name"]).execute();
  for (const c of existing as { id: string; name: string }[]) {
    await db
      .updateTable("communities")
      .set({ sort_key: fold(c.name) })
      .where("id", "=", c.id)
      .execute();
  }
  await db.schema
    .createIndex("communities_sort_idx")
    .on("communities")
    .columns(["sort_key", "id"])
    .execute();

  await db.schema
    .createTable("membership_requests")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("community_id", "text", (c) =>
      c.notNull().references("communities.id").onDelete("cascade"),
    )
    .addColumn("user_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("message", "text", (c) => c.notNull())
    .addColumn("state", "text", (c) => c.notNull())
    .addColumn("decision_message", "text")
    .addColumn("decided_by", "text", (c) => c.references("users.id"))
    .addColumn("decided_at", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  // At most one pending request per person and community; decided ones stay as history.
  await db.schema
    .createIndex("membership_requests_pending_idx")
    .on("membership_requests")
    .columns(["community_id", "user_id"])
    .unique()
    .where(sql.ref("state"), "=", "pending")
    .execute();
  await db.schema
    .createIndex("membership_requests_community_idx")
    .on("membership_requests")
    .columns(["community_id", "state", "created_at"])
    .execute();

  await db.schema
    .createTable("membership_changes")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("community_id", "text", (c) =>
      c.notNull().references("communities.id").onDelete("cascade"),
    )
    .addColumn("user_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("change", "text", (c) => c.notNull())
    .addColumn("at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("membership_changes_community_idx")
    .on("membership_changes")
    .columns(["community_id", "at"])
    .execute();

  await db.schema
    .createIndex("memberships_community_role_idx")
    .on("memberships")
    .columns(["community_id", "role"])
    .execute();

  // ISO 639-1 codes, space-separated; expertise tags as a JSON array of strings.
  await db.schema
    .alterTable("users")
    .addColumn("languages", "text", (c) => c.notNull().defaultTo(""))
    .execute();
  await db.schema
    .alterTable("users")
    .addColumn("expertise", "text", (c) => c.notNull().defaultTo("[]"))
    .execute();
}
