import type { Kysely } from "kysely";

/*
 * Second factor: one TOTP credential per user (pending until a first code confirms it; the step
 * of the last accepted code, so none is accepted twice) and single-use recovery codes, stored
 * as SHA-256 hashes. OpenID Connect: the pending logins (state, nonce, PKCE verifier; single use)
 * and the ID token a session was opened with, for the logout's `id_token_hint`.
 */

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time and must not follow the evolving DB type.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("totp_credentials")
    .addColumn("user_id", "text", (c) => c.primaryKey().references("users.id").onDelete("cascade"))
    .addColumn("secret", "text", (c) => c.notNull())
    .addColumn("confirmed_at", "text")
    .addColumn("last_used_step", "integer")
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("recovery_codes")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("user_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("code_hash", "text", (c) => c.notNull())
    .addColumn("used_at", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("recovery_codes_user_idx")
    .on("recovery_codes")
    .columns(["user_id", "code_hash"])
    .execute();

  await db.schema
    .createTable("oidc_logins")
    .addColumn("state", "text", (c) => c.primaryKey())
    .addColumn("nonce", "text", (c) => c.notNull())
    .addColumn("code_verifier", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.alterTable("sessions").addColumn("oidc_id_token", "text").execute();
}
