import { randomUUID } from "node:crypto";
import type { Kysely, Transaction } from "kysely";
import type { DB } from "../../db/schema.js";
import type { OutboxPayload } from "./mail-payload.js";

/** A one-off mail written by its sender: an invitation, a link to set a password. */
export interface RenderedMail {
  to: string;
  subject: string;
  text: string;
  html: string;
}

/**
 * Queues a one-off mail to an address in the outbox, in the caller's transaction: it is sent
 * as written, with no unsubscribe link (it is not a notification), to the address given — the
 * account it concerns may not be active yet.
 */
export async function queueRenderedMail(
  db: Kysely<DB> | Transaction<DB>,
  mail: RenderedMail,
  at: string,
): Promise<string> {
  const id = randomUUID();
  const payload: OutboxPayload = {
    format: "prerendered",
    subject: mail.subject,
    text: mail.text,
    html: mail.html,
  };
  await db
    .insertInto("mail_outbox")
    .values({
      id,
      user_id: null,
      to_address: mail.to,
      kind: "immediate",
      status: "queued",
      attempts: 0,
      created_at: at,
      payload: JSON.stringify(payload),
      notification_types: null,
      next_attempt_at: null,
      claim_token: null,
      claimed_until: null,
      last_error: null,
      sent_at: null,
      message_id: null,
    })
    .execute();
  return id;
}

/** The text of the latest one-off mail queued to an address (tests follow its links). */
export async function latestRenderedText(db: Kysely<DB>, to: string): Promise<string> {
  const row = await db
    .selectFrom("mail_outbox")
    .select("payload")
    .where("to_address", "=", to)
    .orderBy("created_at", "desc")
    .orderBy("id", "desc")
    .executeTakeFirstOrThrow();
  const payload = JSON.parse(row.payload) as OutboxPayload;
  if (payload.format !== "prerendered") throw new Error(`the latest mail to ${to} is not one-off`);
  return payload.text;
}
