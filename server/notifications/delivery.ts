import { randomUUID } from "node:crypto";
import type { Transaction } from "kysely";
import {
  type ChannelPreference,
  DEFAULT_NOTIFICATION_PREFERENCES,
} from "../../shared/schemas/notifications.js";
import type { NotificationReason, NotificationType } from "../../shared/vocabulary.js";
import { dialectOf } from "../db/dialect.js";
import type { DB, MailOutboxTable, NotificationTable } from "../db/schema.js";
import type { Actor } from "../events/events.js";
import { lockJournalHead } from "../journal/journal.sql.js";
import { mailItemOf, type OutboxPayload } from "../mail/outbound/mail-payload.js";
import {
  deleteNotifications,
  findFoldable,
  findLastSeq,
  insertNotifications,
  insertOutbox,
  listPreferenceRows,
  listRecipients,
} from "./notifications.repository.js";

/** One notification to give one user; recipients are already filtered by the read policy. */
export interface NotificationDraft {
  userId: string;
  type: NotificationType;
  reason: NotificationReason;
  target: { type: string; id: string };
  /** Unread notifications with the same key fold into one (count, latest actors). */
  groupKey: string;
  communityId?: string | null;
  threadId?: string | null;
  details?: Record<string, unknown>;
}

/** How many actors a folded notification names. */
const ACTORS_KEPT = 3;

interface StoredActor {
  id: string;
  displayName: string;
}

/** Each user's effective preference per type: their choice, else the default. */
export async function effectivePreferences(
  trx: Transaction<DB>,
  userIds: readonly string[],
): Promise<Map<string, Record<NotificationType, ChannelPreference>>> {
  const rows = await listPreferenceRows(trx, userIds);
  const result = new Map<string, Record<NotificationType, ChannelPreference>>();
  for (const userId of userIds) result.set(userId, { ...DEFAULT_NOTIFICATION_PREFERENCES });
  for (const row of rows) {
    const prefs = result.get(row.user_id);
    if (prefs) prefs[row.type] = { inApp: row.in_app === 1, email: row.email };
  }
  return result;
}

/**
 * Gives the drafts to their recipients inside the caller's transaction: never to the actor,
 * never to a disabled account, not at all to someone who turned the type off. An unread
 * notification with the same group key absorbs the new event (count + 1, actor in front) and
 * takes a new sequence number, so the live stream shows it again. Sequence numbers are taken
 * under the journal's lock, so they grow in commit order: a reader that saw N has seen
 * everything below N. Immediate e-mail preferences queue a message in the outbox.
 */
export async function deliverNotifications(
  trx: Transaction<DB>,
  actor: Actor,
  drafts: readonly NotificationDraft[],
  now: Date = new Date(),
): Promise<number> {
  const seen = new Set<string>();
  const wanted = drafts.filter((d) => {
    const key = `${d.userId}\u0000${d.groupKey}`;
    if (d.userId === actor.userId || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  if (wanted.length === 0) return 0;
  const userIds = [...new Set(wanted.map((d) => d.userId))];
  const [recipients, preferences, actorRow] = await Promise.all([
    listRecipients(trx, userIds),
    effectivePreferences(trx, userIds),
    actor.userId ? listRecipients(trx, [actor.userId]) : Promise.resolve([]),
  ]);
  const recipientOf = new Map(recipients.map((r) => [r.id, r]));
  const acting: StoredActor | null = actorRow[0]
    ? { id: actorRow[0].id, displayName: actorRow[0].display_name }
    : null;
  const deliverable = wanted.filter((d) => {
    const pref = preferences.get(d.userId)?.[d.type];
    return recipientOf.has(d.userId) && pref !== undefined && (pref.inApp || pref.email !== "none");
  });
  if (deliverable.length === 0) return 0;

  const lock = lockJournalHead(dialectOf(trx));
  if (lock) await lock.execute(trx);
  let seq = await findLastSeq(trx);
  const folds = await findFoldable(
    trx,
    [...new Set(deliverable.map((d) => d.userId))],
    [...new Set(deliverable.map((d) => d.groupKey))],
  );
  const foldOf = new Map(folds.map((f) => [`${f.user_id}\u0000${f.group_key}`, f]));
  const at = now.toISOString();
  const inserts: NotificationTable[] = [];
  const refolded: NotificationTable[] = [];
  const mails: MailOutboxTable[] = [];

  for (const d of deliverable) {
    const pref = preferences.get(d.userId)?.[d.type] ?? DEFAULT_NOTIFICATION_PREFERENCES[d.type];
    const recipient = recipientOf.get(d.userId);
    seq += 1;
    const isImmediate = pref.email === "immediate";
    // Covered by the immediate e-mail, or never to be mailed: the digest skips it.
    const digestedAt = isImmediate || pref.email === "none" ? at : null;
    const details = d.details ?? {};
    const fold = foldOf.get(`${d.userId}\u0000${d.groupKey}`);
    let count = 1;
    let actors: StoredActor[] = acting ? [acting] : [];
    let written: NotificationTable;
    if (fold) {
      count = fold.count + 1;
      const previous = JSON.parse(fold.actors) as StoredActor[];
      actors = [...actors, ...previous.filter((a) => a.id !== acting?.id)].slice(0, ACTORS_KEPT);
      // Folded rows are rewritten in bulk (delete + insert, same id) rather than updated one
      // by one: a post followed by a thousand people is three statements, not a thousand.
      written = {
        ...fold,
        seq,
        count,
        actors: JSON.stringify(actors),
        details: JSON.stringify(details),
        in_app: pref.inApp ? 1 : 0,
        digested_at: digestedAt,
        updated_at: at,
        target_id: d.target.id,
      };
      refolded.push(written);
    } else {
      written = {
        id: randomUUID(),
        seq,
        user_id: d.userId,
        type: d.type,
        reason: d.reason,
        target_type: d.target.type,
        target_id: d.target.id,
        group_key: d.groupKey,
        community_id: d.communityId ?? null,
        thread_id: d.threadId ?? null,
        count,
        actors: JSON.stringify(actors),
        details: JSON.stringify(details),
        in_app: pref.inApp ? 1 : 0,
        read_at: null,
        digested_at: digestedAt,
        created_at: at,
        updated_at: at,
      };
      inserts.push(written);
    }
    if (isImmediate && recipient) {
      // Structured, not worded: the mail gateway renders it when it sends (mail-compose.ts).
      const payload: OutboxPayload = { format: "notification", item: mailItemOf(written) };
      mails.push({
        id: randomUUID(),
        user_id: d.userId,
        to_address: recipient.email,
        kind: "immediate",
        status: "queued",
        attempts: 0,
        created_at: at,
        payload: JSON.stringify(payload),
        notification_types: d.type,
        next_attempt_at: at,
        claim_token: null,
        claimed_until: null,
        last_error: null,
        sent_at: null,
        message_id: null,
      });
    }
  }
  await deleteNotifications(
    trx,
    refolded.map((r) => r.id),
  );
  await insertNotifications(trx, [...refolded, ...inserts]);
  await insertOutbox(trx, mails);
  return deliverable.length;
}
