import type { Kysely, Transaction } from "kysely";
import type { NotificationType } from "../../shared/vocabulary.js";
import type {
  DB,
  MailOutboxTable,
  NotificationPreferenceTable,
  NotificationTable,
} from "../db/schema.js";

type Handle = Kysely<DB> | Transaction<DB>;

/** Ids for an SQL `IN`: an empty list matches nothing instead of producing invalid SQL. */
const inList = (ids: readonly string[]) => (ids.length > 0 ? [...ids] : ["-"]);

/** The highest notification sequence number; read under the journal lock when allocating. */
export async function findLastSeq(db: Handle): Promise<number> {
  const row = await db
    .selectFrom("notifications")
    .select((eb) => eb.fn.max("seq").as("seq"))
    .executeTakeFirst();
  return Number(row?.seq ?? 0);
}

/** Unread rows of these users under these group keys: where new events fold in. */
export async function findFoldable(
  db: Handle,
  userIds: readonly string[],
  groupKeys: readonly string[],
) {
  return db
    .selectFrom("notifications")
    .selectAll()
    .where("user_id", "in", inList(userIds))
    .where("group_key", "in", inList(groupKeys))
    .where("read_at", "is", null)
    .execute();
}

/** Rows per insert statement: PostgreSQL caps bound parameters at 65,535 (18 per row here). */
const ROWS_PER_INSERT = 500;

export async function insertNotifications(db: Handle, rows: readonly NotificationTable[]) {
  for (let i = 0; i < rows.length; i += ROWS_PER_INSERT) {
    await db
      .insertInto("notifications")
      .values(rows.slice(i, i + ROWS_PER_INSERT))
      .execute();
  }
}

/** Removes rows about to be written again with their folded state (one statement per 500). */
export async function deleteNotifications(db: Handle, ids: readonly string[]) {
  for (let i = 0; i < ids.length; i += ROWS_PER_INSERT) {
    await db
      .deleteFrom("notifications")
      .where("id", "in", ids.slice(i, i + ROWS_PER_INSERT))
      .execute();
  }
}

export interface NotificationListFilter {
  userId: string;
  type?: NotificationType;
  unreadOnly: boolean;
  beforeSeq?: number;
  limit: number;
}

/** A page of a user's in-app notifications, newest event first (`limit + 1` rows). */
export async function listNotificationRows(db: Handle, f: NotificationListFilter) {
  let query = db
    .selectFrom("notifications")
    .selectAll()
    .where("user_id", "=", f.userId)
    .where("in_app", "=", 1);
  if (f.type) query = query.where("type", "=", f.type);
  if (f.unreadOnly) query = query.where("read_at", "is", null);
  if (f.beforeSeq !== undefined) query = query.where("seq", "<", f.beforeSeq);
  return query
    .orderBy("seq", "desc")
    .limit(f.limit + 1)
    .execute();
}

/** In-app notifications of a user after a sequence number, oldest first (stream replay). */
export async function listNotificationsAfter(
  db: Handle,
  userId: string,
  afterSeq: number,
  limit: number,
) {
  return db
    .selectFrom("notifications")
    .selectAll()
    .where("user_id", "=", userId)
    .where("in_app", "=", 1)
    .where("seq", ">", afterSeq)
    .orderBy("seq")
    .limit(limit)
    .execute();
}

/** In-app notifications of everyone after a sequence number, oldest first (the hub's tick). */
export async function listAllNotificationsAfter(db: Handle, afterSeq: number, limit: number) {
  return db
    .selectFrom("notifications")
    .selectAll()
    .where("seq", ">", afterSeq)
    .where("in_app", "=", 1)
    .orderBy("seq")
    .limit(limit)
    .execute();
}

/** Unread in-app counts per type, for several users in one query. */
export async function countUnread(db: Handle, userIds: readonly string[]) {
  return db
    .selectFrom("notifications")
    .select(["user_id", "type", (eb) => eb.fn.countAll<number>().as("count")])
    .where("user_id", "in", inList(userIds))
    .where("read_at", "is", null)
    .where("in_app", "=", 1)
    .groupBy(["user_id", "type"])
    .execute();
}

export async function markRead(
  db: Handle,
  userId: string,
  at: string,
  which: { ids: readonly string[] } | { type?: NotificationType },
): Promise<number> {
  let query = db
    .updateTable("notifications")
    .set({ read_at: at })
    .where("user_id", "=", userId)
    .where("read_at", "is", null);
  if ("ids" in which) query = query.where("id", "in", inList(which.ids));
  else if (which.type) query = query.where("type", "=", which.type);
  const result = await query.executeTakeFirst();
  return Number(result.numUpdatedRows);
}

export async function listPreferenceRows(db: Handle, userIds: readonly string[]) {
  return db
    .selectFrom("notification_preferences")
    .selectAll()
    .where("user_id", "in", inList(userIds))
    .execute();
}

export async function upsertPreferences(db: Handle, rows: readonly NotificationPreferenceTable[]) {
  if (rows.length === 0) return;
  await db
    .insertInto("notification_preferences")
    .values([...rows])
    .onConflict((oc) =>
      oc.columns(["user_id", "type"]).doUpdateSet((eb) => ({
        in_app: eb.ref("excluded.in_app"),
        email: eb.ref("excluded.email"),
        updated_at: eb.ref("excluded.updated_at"),
      })),
    )
    .execute();
}

/** Address, language and display name of active users. */
export async function listRecipients(db: Handle, userIds: readonly string[]) {
  return db
    .selectFrom("users")
    .select(["id", "email", "locale", "display_name"])
    .where("id", "in", inList(userIds))
    .where("status", "=", "active")
    .execute();
}

export async function insertOutbox(db: Handle, rows: readonly MailOutboxTable[]) {
  for (let i = 0; i < rows.length; i += ROWS_PER_INSERT) {
    await db
      .insertInto("mail_outbox")
      .values(rows.slice(i, i + ROWS_PER_INSERT))
      .execute();
  }
}

/** Followers (the feed's follows) of a post's community, of its author or of one of its tags. */
export async function listFollowerIds(
  db: Handle,
  targets: { communityId: string; authorId: string; tags: readonly string[] },
): Promise<string[]> {
  const rows = await db
    .selectFrom("follows")
    .select("follower_id as user_id")
    .distinct()
    .where((eb) =>
      eb.or([
        eb.and([eb("target_type", "=", "community"), eb("target_key", "=", targets.communityId)]),
        eb.and([eb("target_type", "=", "user"), eb("target_key", "=", targets.authorId)]),
        eb.and([eb("target_type", "=", "tag"), eb("target_key", "in", inList(targets.tags))]),
      ]),
    )
    .execute();
  return rows.map((r) => r.user_id);
}
