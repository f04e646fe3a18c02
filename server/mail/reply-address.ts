import { randomBytes } from "node:crypto";
import type { Kysely, Transaction } from "kysely";
import { loadConfig } from "../config.js";
import type { DB } from "../db/schema.js";

/*
 * Reply-by-mail addresses: `reply+<token>@MAIL_DOMAIN`, one random token per (post, recipient),
 * stored, so the address reveals nothing and a reply is traced to the post and to the one
 * person it was sent to. The receiver still checks that the reply comes from that person's
 * address and that they may still comment.
 */

type Handle = Kysely<DB> | Transaction<DB>;

/** Tokens are 24 random bytes in lower-case hex: 48 characters, case-insensitive safe. */
export const REPLY_TOKEN_PATTERN = /^reply\+([0-9a-f]{48})$/;

/** The address a notification about a post puts in `Reply-To` for one recipient. */
export async function postReplyAddress(
  db: Handle,
  postId: string,
  userId: string,
  mailDomain: string = loadConfig().mailDomain,
): Promise<string> {
  const existing = await db
    .selectFrom("mail_reply_tokens")
    .select("token")
    .where("post_id", "=", postId)
    .where("user_id", "=", userId)
    .executeTakeFirst();
  if (existing) return `reply+${existing.token}@${mailDomain}`;
  await db
    .insertInto("mail_reply_tokens")
    .values({
      token: randomBytes(24).toString("hex"),
      post_id: postId,
      user_id: userId,
      created_at: new Date().toISOString(),
    })
    .onConflict((oc) => oc.columns(["post_id", "user_id"]).doNothing())
    .execute();
  // Of two concurrent first calls, both answer with the one token that was stored.
  const stored = await db
    .selectFrom("mail_reply_tokens")
    .select("token")
    .where("post_id", "=", postId)
    .where("user_id", "=", userId)
    .executeTakeFirstOrThrow();
  return `reply+${stored.token}@${mailDomain}`;
}

/** The post and recipient behind a reply address's local part, or null. */
export async function findReplyToken(db: Handle, localPart: string) {
  const match = REPLY_TOKEN_PATTERN.exec(localPart.toLowerCase());
  if (!match) return null;
  const row = await db
    .selectFrom("mail_reply_tokens")
    .select(["post_id", "user_id"])
    .where("token", "=", match[1] ?? "")
    .executeTakeFirst();
  return row ?? null;
}
