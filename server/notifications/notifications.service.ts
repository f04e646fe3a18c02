import type { Kysely } from "kysely";
import type {
  ListNotificationsQuery,
  MarkNotificationsReadBody,
  NotificationPage,
  NotificationPreferences,
  UnreadCounts,
  UpdateNotificationPreferencesBody,
} from "../../shared/schemas/notifications.js";
import { NOTIFICATION_TYPES } from "../../shared/vocabulary.js";
import type { DB } from "../db/schema.js";
import { type Actor, emit } from "../events/events.js";
import { decodeCursor, toPage } from "../http/cursor.js";
import type { Subject } from "../policy/subject.js";
import { effectivePreferences } from "./delivery.js";
import { presentNotification, presentUnreadCounts } from "./notifications.presenter.js";
import {
  countUnread,
  listNotificationRows,
  markRead,
  upsertPreferences,
} from "./notifications.repository.js";

/*
 * A user's own notifications: nobody reads or changes another's, so every query is scoped to
 * the subject and an id that is not theirs is simply not found.
 */

/** The subject's notifications, newest event first, optionally unread only or of one type. */
export async function listNotifications(
  db: Kysely<DB>,
  subject: Subject,
  query: ListNotificationsQuery,
): Promise<NotificationPage> {
  const [beforeSeq] = decodeCursor(query.cursor, ["number"]) ?? [];
  const rows = await listNotificationRows(db, {
    userId: subject.userId,
    type: query.type,
    unreadOnly: query.unread === "true",
    beforeSeq,
    limit: query.limit,
  });
  return toPage(rows, query.limit, presentNotification, (row) => [Number(row.seq)]);
}

/** The subject's unread counts per type. */
export async function getUnreadCounts(db: Kysely<DB>, subject: Subject): Promise<UnreadCounts> {
  const rows = await countUnread(db, [subject.userId]);
  return presentUnreadCounts([subject.userId], rows).get(subject.userId) as UnreadCounts;
}

/** Marks some of the subject's notifications (ids not theirs are ignored), or all, as read. */
export async function markNotificationsRead(
  db: Kysely<DB>,
  subject: Subject,
  actor: Actor,
  body: MarkNotificationsReadBody,
  now: Date = new Date(),
): Promise<{ marked: number; unread: UnreadCounts }> {
  const marked = await db.transaction().execute(async (trx) => {
    const which = "ids" in body ? { ids: body.ids } : { type: body.type };
    const count = await markRead(trx, subject.userId, now.toISOString(), which);
    if (count > 0) {
      await emit(trx, actor, {
        type: "notifications.read",
        target: { type: "user", id: subject.userId },
        details: { count, ...("ids" in body ? {} : { all: true, type: body.type ?? null }) },
      });
    }
    return count;
  });
  return { marked, unread: await getUnreadCounts(db, subject) };
}

/** The subject's preferences per type, defaults filled in. */
export async function getNotificationPreferences(
  db: Kysely<DB>,
  subject: Subject,
): Promise<NotificationPreferences> {
  return db.transaction().execute(async (trx) => {
    const prefs = await effectivePreferences(trx, [subject.userId]);
    return prefs.get(subject.userId) as NotificationPreferences;
  });
}

/** Changes the preferences of the types given; the others keep theirs. */
export async function updateNotificationPreferences(
  db: Kysely<DB>,
  subject: Subject,
  actor: Actor,
  body: UpdateNotificationPreferencesBody,
  now: Date = new Date(),
): Promise<NotificationPreferences> {
  return db.transaction().execute(async (trx) => {
    const at = now.toISOString();
    const rows = NOTIFICATION_TYPES.flatMap((type) => {
      const pref = body[type];
      return pref
        ? [
            {
              user_id: subject.userId,
              type,
              in_app: pref.inApp ? 1 : 0,
              email: pref.email,
              updated_at: at,
            },
          ]
        : [];
    });
    await upsertPreferences(trx, rows);
    await emit(trx, actor, {
      type: "notification_preferences.updated",
      target: { type: "user", id: subject.userId },
      details: { ...body },
    });
    const prefs = await effectivePreferences(trx, [subject.userId]);
    return prefs.get(subject.userId) as NotificationPreferences;
  });
}
