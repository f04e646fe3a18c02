import type { Kysely } from "kysely";

/*
 * Enrolment and habilitation: access requests sent from the public form (decided by the head of
 * the named unit), single-use invitations to set a first password (only the SHA-256 of the
 * token is stored), and on clearances the reason of the grant, who revoked it and why, and the
 * mark of the expiry notice. Assignments get the mark of the job that synchronised the
 * accesses they gave once they ended.
 */

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time and must not follow the evolving DB type.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("access_requests")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("email", "text", (c) => c.notNull())
    .addColumn("given_name", "text", (c) => c.notNull())
    .addColumn("family_name", "text", (c) => c.notNull())
    .addColumn("nationality", "text", (c) => c.notNull())
    .addColumn("job_title", "text", (c) => c.notNull())
    .addColumn("unit_id", "text", (c) => c.notNull().references("units.id"))
    .addColumn("reason", "text", (c) => c.notNull())
    .addColumn("state", "text", (c) => c.notNull())
    .addColumn("decided_by", "text", (c) => c.references("users.id"))
    .addColumn("decided_at", "text")
    .addColumn("decision_note", "text")
    .addColumn("user_id", "text", (c) => c.references("users.id"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("access_requests_unit_state_idx")
    .on("access_requests")
    .columns(["unit_id", "state", "created_at", "id"])
    .execute();
  await db.schema
    .createIndex("access_requests_email_idx")
    .on("access_requests")
    .columns(["email", "state"])
    .execute();

  await db.schema
    .createTable("password_invitations")
    .addColumn("token_hash", "text", (c) => c.primaryKey())
    .addColumn("user_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("expires_at", "text", (c) => c.notNull())
    .addColumn("used_at", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();

  await db.schema.alterTable("clearances").addColumn("reason", "text").execute();
  await db.schema.alterTable("clearances").addColumn("revoked_by", "text").execute();
  await db.schema.alterTable("clearances").addColumn("revocation_reason", "text").execute();
  await db.schema.alterTable("clearances").addColumn("expiry_notified_at", "text").execute();
  await db.schema
    .createIndex("clearances_valid_until_idx")
    .on("clearances")
    .columns(["valid_until", "id"])
    .execute();

  await db.schema.alterTable("assignments").addColumn("end_synced_at", "text").execute();
  await db.schema
    .createIndex("assignments_ends_on_idx")
    .on("assignments")
    .columns(["ends_on"])
    .execute();
}
