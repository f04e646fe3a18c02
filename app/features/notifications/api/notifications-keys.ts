/** Cache keys of the notification feature: a new event refreshes lists and counts together. */
export const notificationsQueryKey = ["notifications"] as const;
export const notificationListQueryKey = [...notificationsQueryKey, "list"] as const;
export const unreadCountsQueryKey = [...notificationsQueryKey, "unread-counts"] as const;
export const notificationPreferencesQueryKey = [...notificationsQueryKey, "preferences"] as const;
