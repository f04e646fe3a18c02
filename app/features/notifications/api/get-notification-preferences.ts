import type { NotificationPreferences } from "@shared/schemas/notifications";
import { useQuery } from "@tanstack/react-query";
import { apiFetch } from "../../../api/client";
import { notificationPreferencesQueryKey } from "./notifications-keys";

/** GET /api/notifications/preferences — how each type of notification reaches the user. */
export function fetchNotificationPreferences(signal?: AbortSignal) {
  return apiFetch<NotificationPreferences>("/api/notifications/preferences", { signal });
}

export function useNotificationPreferences() {
  return useQuery({
    queryKey: notificationPreferencesQueryKey,
    queryFn: ({ signal }) => fetchNotificationPreferences(signal),
  });
}
