import { randomBytes } from "node:crypto";
import type { Kysely } from "kysely";

/*
 * The outbound mail gateway. The outbox stops holding rendered text: a row keeps the structured
 * notifications it carries (`payload`, JSON) and is rendered when it is sent, in the recipient's
 * language of the day, with the current subjects of the documents it names — protected ones left
 * out. Rows queued before this migration keep their rendered text inside the payload
 * ("prerendered") so nothing already queued is lost. A row is claimed by one sender at a time
 * (`claim_token` until `claimed_until`), retried at `next_attempt_at` with its `attempts` and
 * `last_error` kept. `mail_settings` holds the address a user wants mail at (their account's
 * otherwise); `mail_secrets` the key of the one-click unsubscribe links (HMAC).
 */

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time and must not follow the evolving DB type.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable("mail_outbox")
    .addColumn("payload", "text", (c) => c.notNull().defaultTo("{}"))
    .execute();
  // One column per statement: SQLite adds one column per ALTER TABLE.
  for (const column of [
    "notification_types",
    "next_attempt_at",
    "claim_token",
    "claimed_until",
    "last_error",
    "sent_at",
    "message_id",
  ]) {
    await db.schema.alterTable("mail_outbox").addColumn(column, "text").execute();
  }
  const legacy = await db
    .selectFrom("mail_outbox")
    .select(["id", "subject", "text", "html", "created_at"])
    .execute();
  for (const row of legacy) {
    await db
      .updateTable("mail_outbox")
      .set({
        payload: JSON.stringify({
          format: "prerendered",
          subject: row.subject,
          text: row.text,
          html: row.html,
        }),
        notification_types: "",
        next_attempt_at: row.created_at,
      })
      .where("id", "=", row.id)
      .execute();
  }
  for (const column of ["subject", "text", "html"]) {
    await db.schema.alterTable("mail_outbox").dropColumn(column).execute();
  }
  // The sender's question: what is queued and due.
  await db.schema
    .createIndex("mail_outbox_due_idx")
    .on("mail_outbox")
    .columns(["status", "next_attempt_at"])
    .execute();
  // The administrators' list, newest first.
  await db.schema
    .createIndex("mail_outbox_created_idx")
    .on("mail_outbox")
    .columns(["created_at", "id"])
    .execute();

  await db.schema
    .createTable("mail_settings")
    .addColumn("user_id", "text", (c) => c.primaryKey().references("users.id").onDelete("cascade"))
    /** Where mail goes; null: the account's address. */
    .addColumn("address", "text")
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("mail_secrets")
    .addColumn("name", "text", (c) => c.primaryKey())
    .addColumn("secret", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db
    .insertInto("mail_secrets")
    .values({
      name: "unsubscribe",
      secret: randomBytes(32).toString("base64url"),
      created_at: new Date().toISOString(),
    })
    .execute();
}
