import { z } from "zod";
import { MAIL_OUTBOX_STATUSES } from "../vocabulary.js";
import { Email, Id } from "./common.js";

/*
 * Mail gateway, outbound: a user's mail settings (a view of their notification preferences plus
 * the address mail goes to) and the administrators' view of the outbox.
 */

export const DIGEST_FREQUENCIES = ["none", "daily", "weekly"] as const;
export type DigestFrequency = (typeof DIGEST_FREQUENCIES)[number];

/** How one type of notification reaches the mailbox: at once, in the digest, or not at all. */
export const MAIL_DELIVERIES = ["immediate", "digest", "none"] as const;
export type MailDelivery = (typeof MAIL_DELIVERIES)[number];

const MailDeliveries = z.strictObject({
  action: z.enum(MAIL_DELIVERIES),
  information: z.enum(MAIL_DELIVERIES),
  alert: z.enum(MAIL_DELIVERIES),
});

export const MailSettings = z.object({
  /** The account's address, where mail goes unless `address` is set. */
  accountAddress: z.string(),
  /** Another address for the portal's mail; null: the account's. */
  address: z.string().nullable(),
  /** How often the digest comes; "none": no digest (types set to « digest » get no mail). */
  digestFrequency: z.enum(DIGEST_FREQUENCIES),
  types: MailDeliveries,
});
export type MailSettings = z.infer<typeof MailSettings>;

/** A partial update: what is absent keeps its value. */
export const UpdateMailSettingsBody = z
  .strictObject({
    address: Email.nullable().optional(),
    digestFrequency: z.enum(DIGEST_FREQUENCIES).optional(),
    types: MailDeliveries.partial().optional(),
  })
  .refine((v) => Object.keys(v).length > 0, { message: "empty" });
export type UpdateMailSettingsBody = z.infer<typeof UpdateMailSettingsBody>;

export const MailOutboxQuery = z.strictObject({
  status: z.enum(MAIL_OUTBOX_STATUSES).optional(),
  cursor: z.string().max(512).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
});
export type MailOutboxQuery = z.infer<typeof MailOutboxQuery>;

/** An outbox row as administrators see it: who, what kind, how it went — never its content. */
export const MailOutboxEntry = z.object({
  id: Id,
  userId: Id.nullable(),
  toAddress: z.string(),
  kind: z.enum(["immediate", "digest_daily", "digest_weekly"]),
  status: z.enum(MAIL_OUTBOX_STATUSES),
  attempts: z.number().int(),
  lastError: z.string().nullable(),
  nextAttemptAt: z.string().nullable(),
  createdAt: z.string(),
  sentAt: z.string().nullable(),
});
export type MailOutboxEntry = z.infer<typeof MailOutboxEntry>;

export const MailOutboxOverview = z.object({
  counts: z.object({
    queued: z.number().int(),
    /** Queued rows that failed at least once (the relay was down or refused them). */
    retrying: z.number().int(),
    sent: z.number().int(),
    failed: z.number().int(),
  }),
  items: z.array(MailOutboxEntry),
  nextCursor: z.string().nullable(),
});
export type MailOutboxOverview = z.infer<typeof MailOutboxOverview>;
