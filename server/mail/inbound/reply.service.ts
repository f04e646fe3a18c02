import type { Kysely } from "kysely";
import { parseRichSource, plainDocument } from "../../../shared/rich-text.js";
import { RichDocument } from "../../../shared/schemas/feed.js";
import type { DB } from "../../db/schema.js";
import { AppError } from "../../errors.js";
import { createComment } from "../../feed/comment.service.js";
import { loadSubjects } from "../../notifications/readers.js";
import { findReplyToken } from "../reply-address.js";
import { ParseFailure, parseMessage } from "./parse-message.js";

/*
 * A reply to a notification about a post, sent to its `reply+<token>@` address, becomes a
 * comment by the person the notification went to — only if the reply comes from that person's
 * own address and they may still comment (the feed's comment service decides, with its read
 * rule). The quoted original and the signature are cut off.
 */

const QUOTE_HEADERS = [
  /^\s*On .{1,200} wrote:\s*$/i,
  /^\s*Le .{1,200} a écrit\s*:\s*$/i,
  /^\s*-{2,}\s*(Original Message|Message d'origine|Message original)\s*-{2,}\s*$/i,
  /^\s*(De|From)\s*:\s.+$/i,
  /^-- $/,
  /^_{10,}\s*$/,
];

/** The text of a reply without the quoted message, the quote header or the signature. */
export function stripQuotedText(text: string): string {
  const kept: string[] = [];
  for (const line of text.replace(/\r\n?/g, "\n").split("\n")) {
    if (QUOTE_HEADERS.some((header) => header.test(line))) break;
    if (/^\s*>/.test(line)) continue;
    kept.push(line);
  }
  return kept.join("\n").trim();
}

export type ReplyOutcome =
  | { outcome: "commented"; commentId: string; postId: string }
  | {
      outcome: "refused";
      reason: "unknown_token" | "wrong_sender" | "empty" | "not_allowed" | "unparseable";
    };

/** Turns a reply by mail into a comment, or says why it does not. */
export async function receiveReply(
  db: Kysely<DB>,
  localPart: string,
  raw: Buffer,
  ip: string | null,
  now: Date = new Date(),
): Promise<ReplyOutcome> {
  const token = await findReplyToken(db, localPart);
  if (!token) return { outcome: "refused", reason: "unknown_token" };
  let parsed: Awaited<ReturnType<typeof parseMessage>>;
  try {
    parsed = await parseMessage(raw);
  } catch (error) {
    if (error instanceof ParseFailure) return { outcome: "refused", reason: "unparseable" };
    throw error;
  }
  const user = await db
    .selectFrom("users")
    .select(["id", "email"])
    .where("id", "=", token.user_id)
    .where("status", "=", "active")
    .executeTakeFirst();
  if (!user || parsed.from?.address !== user.email.toLowerCase()) {
    return { outcome: "refused", reason: "wrong_sender" };
  }
  const text = stripQuotedText(parsed.text);
  if (text === "") return { outcome: "refused", reason: "empty" };
  const [subject] = await loadSubjects(db, [user.id], now);
  if (!subject) return { outcome: "refused", reason: "wrong_sender" };
  const rich = RichDocument.safeParse(parseRichSource(text));
  const body = rich.success ? rich.data : plainDocument(text.slice(0, 2000));
  try {
    const commentId = await createComment(
      db,
      subject,
      { userId: user.id, ip },
      token.post_id,
      { body, parentId: null },
      now,
    );
    return { outcome: "commented", commentId, postId: token.post_id };
  } catch (error) {
    if (error instanceof AppError) return { outcome: "refused", reason: "not_allowed" };
    throw error;
  }
}
