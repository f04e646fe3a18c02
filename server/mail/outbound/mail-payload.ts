import { z } from "zod";
import { NOTIFICATION_REASONS, NOTIFICATION_TYPES } from "../../../shared/vocabulary.js";
import type { NotificationTable } from "../../db/schema.js";

/*
 * What an outbox row carries: notifications as structured data, never words and never document
 * text. The words, the links and the document subjects are put in when the row is sent
 * (mail-compose.ts), in the recipient's language of that day.
 */

/** One notification as it stood when queued: the same fields the notification centre shows. */
export const MailItem = z.object({
  notificationId: z.string(),
  type: z.enum(NOTIFICATION_TYPES),
  reason: z.enum(NOTIFICATION_REASONS),
  target: z.object({ type: z.string(), id: z.string() }),
  communityId: z.string().nullable(),
  threadId: z.string().nullable(),
  count: z.number().int().min(1),
  actors: z.array(z.object({ displayName: z.string() })),
  /** The notification's words for the UI: a reference, a precedence, a community's name. */
  details: z.record(z.string(), z.unknown()),
});
export type MailItem = z.infer<typeof MailItem>;

export const OutboxPayload = z.discriminatedUnion("format", [
  z.object({ format: z.literal("notification"), item: MailItem }),
  z.object({
    format: z.literal("digest"),
    frequency: z.enum(["daily", "weekly"]),
    items: z.array(MailItem).min(1),
  }),
  /**
   * A mail written when queued, sent as is: one-off messages to an address (an invitation, a
   * link to set a password) and rows queued before the gateway existed.
   */
  z.object({
    format: z.literal("prerendered"),
    subject: z.string(),
    text: z.string(),
    html: z.string(),
  }),
]);
export type OutboxPayload = z.infer<typeof OutboxPayload>;

/** A notification row as a mail item. */
export function mailItemOf(
  row: Pick<
    NotificationTable,
    | "id"
    | "type"
    | "reason"
    | "target_type"
    | "target_id"
    | "community_id"
    | "thread_id"
    | "count"
    | "actors"
    | "details"
  >,
): MailItem {
  const actors = JSON.parse(row.actors) as { displayName: string }[];
  return {
    notificationId: row.id,
    type: row.type,
    reason: row.reason,
    target: { type: row.target_type, id: row.target_id },
    communityId: row.community_id,
    threadId: row.thread_id,
    count: row.count,
    actors: actors.map((a) => ({ displayName: a.displayName })),
    details: JSON.parse(row.details) as Record<string, unknown>,
  };
}

/** The notification types a payload carries, in vocabulary order: what its unsubscribe turns off. */
export function typesOf(items: readonly MailItem[]): string {
  const present = new Set(items.map((i) => i.type));
  return NOTIFICATION_TYPES.filter((t) => present.has(t)).join(",");
}
