import type { Notification, UnreadCounts } from "../../shared/schemas/notifications.js";
import type { NotificationTable } from "../db/schema.js";

/** A notification row as the API and the stream send it. */
export function presentNotification(row: NotificationTable): Notification {
  return {
    id: row.id,
    seq: Number(row.seq),
    type: row.type,
    reason: row.reason,
    target: { type: row.target_type, id: row.target_id },
    communityId: row.community_id,
    count: row.count,
    actors: JSON.parse(row.actors) as Notification["actors"],
    details: JSON.parse(row.details) as Record<string, unknown>,
    read: row.read_at !== null,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** Unread counts per user from grouped rows (users with none get zeros). */
export function presentUnreadCounts(
  userIds: readonly string[],
  rows: readonly { user_id: string; type: string; count: number | string | bigint }[],
): Map<string, UnreadCounts> {
  const counts = new Map<string, UnreadCounts>();
  for (const id of userIds) counts.set(id, { action: 0, information: 0, alert: 0, total: 0 });
  for (const row of rows) {
    const c = counts.get(row.user_id);
    if (!c) continue;
    const n = Number(row.count);
    if (row.type === "action" || row.type === "information" || row.type === "alert")
      c[row.type] = n;
    c.total += n;
  }
  return counts;
}
