import { z } from "zod";
import {
  EMAIL_DELIVERIES,
  NOTIFICATION_REASONS,
  NOTIFICATION_TYPES,
  type NotificationType,
} from "../vocabulary.js";
import { Id, page } from "./common.js";

/*
 * Notifications: the centre's list, read marks, unread counts, per-type preferences, and the
 * payload of the live stream (Server-Sent Events).
 */

export const NotificationActor = z.object({ id: Id, displayName: z.string() });

export const Notification = z.object({
  id: Id,
  /** The stream's event id: commit-ordered, grows when a folded notification gets a new event. */
  seq: z.number().int(),
  type: z.enum(NOTIFICATION_TYPES),
  reason: z.enum(NOTIFICATION_REASONS),
  target: z.object({ type: z.string(), id: Id }),
  communityId: Id.nullable(),
  /** How many events were folded into this one while it was unread. */
  count: z.number().int().min(1),
  /** The latest actors, newest first (at most three). */
  actors: z.array(NotificationActor),
  /** Words for the UI: a reference number, a precedence, an acceptance. Never protected content. */
  details: z.record(z.string(), z.unknown()),
  read: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Notification = z.infer<typeof Notification>;

export const NotificationPage = page(Notification);
export type NotificationPage = z.infer<typeof NotificationPage>;

export const ListNotificationsQuery = z.strictObject({
  cursor: z.string().max(512).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(30),
  type: z.enum(NOTIFICATION_TYPES).optional(),
  unread: z.enum(["true", "false"]).optional(),
});
export type ListNotificationsQuery = z.infer<typeof ListNotificationsQuery>;

export const MarkNotificationsReadBody = z.union([
  z.strictObject({ ids: z.array(Id).min(1).max(200) }),
  z.strictObject({ all: z.literal(true), type: z.enum(NOTIFICATION_TYPES).optional() }),
]);
export type MarkNotificationsReadBody = z.infer<typeof MarkNotificationsReadBody>;

export const UnreadCounts = z.object({
  action: z.number().int(),
  information: z.number().int(),
  alert: z.number().int(),
  total: z.number().int(),
});
export type UnreadCounts = z.infer<typeof UnreadCounts>;

export const MarkNotificationsReadResult = z.object({
  marked: z.number().int(),
  unread: UnreadCounts,
});

export const ChannelPreference = z.strictObject({
  inApp: z.boolean(),
  email: z.enum(EMAIL_DELIVERIES),
});
export type ChannelPreference = z.infer<typeof ChannelPreference>;

export const NotificationPreferences = z.strictObject({
  action: ChannelPreference,
  information: ChannelPreference,
  alert: ChannelPreference,
});
export type NotificationPreferences = z.infer<typeof NotificationPreferences>;

/** A partial update: only the types given change. */
export const UpdateNotificationPreferencesBody = NotificationPreferences.partial().refine(
  (v) => Object.keys(v).length > 0,
  { message: "empty" },
);
export type UpdateNotificationPreferencesBody = z.infer<typeof UpdateNotificationPreferencesBody>;

/** Action and alert reach you at once; information waits for the daily digest. */
export const DEFAULT_NOTIFICATION_PREFERENCES: Readonly<
  Record<NotificationType, ChannelPreference>
> = {
  action: { inApp: true, email: "immediate" },
  information: { inApp: true, email: "daily" },
  alert: { inApp: true, email: "immediate" },
};

/** The `data` of a stream event named "notification": the notification and the new counts. */
export const StreamNotificationEvent = z.object({
  notification: Notification,
  unread: UnreadCounts,
});
export type StreamNotificationEvent = z.infer<typeof StreamNotificationEvent>;
