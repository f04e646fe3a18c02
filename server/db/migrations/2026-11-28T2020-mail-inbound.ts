import type { Kysely } from "kysely";

/*
 * The inbound half of the mail gateway: the functional addresses of units and communities, every
 * message received (by SMTP or import) with its original .eml in the blob store, the addressees
 * it named, and the tokens of the reply-by-mail addresses of notifications about posts.
 */

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time and must not follow the evolving DB type.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("mail_addresses")
    .addColumn("local_part", "text", (c) => c.primaryKey())
    .addColumn("unit_id", "text", (c) => c.unique().references("units.id").onDelete("cascade"))
    .addColumn("community_id", "text", (c) =>
      c.unique().references("communities.id").onDelete("cascade"),
    )
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("inbound_messages")
    .addColumn("id", "text", (c) => c.primaryKey())
    // The Message-ID (no angle brackets) that identifies this message: unique, so a message is
    // taken once; null when it had none, or when an earlier, different message used it.
    .addColumn("message_id", "text", (c) => c.unique())
    // The Message-ID header as it came, even when reused by a different message.
    .addColumn("header_message_id", "text")
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("reason", "text")
    .addColumn("source", "text", (c) => c.notNull())
    .addColumn("correspondence_id", "text", (c) =>
      c.unique().references("correspondences.id").onDelete("set null"),
    )
    .addColumn("from_address", "text")
    .addColumn("from_name", "text")
    .addColumn("sender_user_id", "text", (c) => c.references("users.id"))
    .addColumn("subject", "text", (c) => c.notNull())
    .addColumn("in_reply_to", "text")
    /** JSON array of the Message-IDs in References. */
    .addColumn("references_json", "text", (c) => c.notNull())
    .addColumn("envelope_from", "text")
    /** JSON array of the envelope recipients (SMTP) or null (import). */
    .addColumn("envelope_to_json", "text")
    .addColumn("html_body", "text")
    // The start of the plain text, for the reviewer (the whole message stays in the .eml).
    .addColumn("excerpt", "text", (c) => c.notNull())
    .addColumn("eml_sha256", "text", (c) => c.notNull().unique())
    .addColumn("eml_sha512", "text", (c) => c.notNull())
    .addColumn("eml_size", "integer", (c) => c.notNull())
    .addColumn("received_at", "text", (c) => c.notNull())
    .addColumn("decided_by", "text", (c) => c.references("users.id"))
    .addColumn("decided_at", "text")
    .addColumn("decision_comment", "text")
    .execute();
  await db.schema
    .createIndex("inbound_messages_status_idx")
    .on("inbound_messages")
    .columns(["status", "received_at", "id"])
    .execute();

  await db.schema
    .createIndex("inbound_messages_header_message_id_idx")
    .on("inbound_messages")
    .column("header_message_id")
    .execute();

  await db.schema
    .createTable("inbound_message_addressees")
    .addColumn("message_id", "text", (c) =>
      c.notNull().references("inbound_messages.id").onDelete("cascade"),
    )
    .addColumn("addressee_type", "text", (c) => c.notNull())
    .addColumn("addressee_id", "text", (c) => c.notNull())
    .addColumn("mode", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("inbound_message_addressees_pk", [
      "message_id",
      "addressee_type",
      "addressee_id",
    ])
    .execute();
  await db.schema
    .createIndex("inbound_message_addressees_addressee_idx")
    .on("inbound_message_addressees")
    .columns(["addressee_type", "addressee_id"])
    .execute();

  await db.schema
    .createTable("mail_reply_tokens")
    .addColumn("token", "text", (c) => c.primaryKey())
    .addColumn("post_id", "text", (c) => c.notNull().references("posts.id").onDelete("cascade"))
    .addColumn("user_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .addUniqueConstraint("mail_reply_tokens_post_user_key", ["post_id", "user_id"])
    .execute();
}
