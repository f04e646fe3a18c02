import type {
  NotificationPreferences,
  UpdateNotificationPreferencesBody,
} from "@shared/schemas/notifications";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiFetch } from "../../../api/client";
import { notificationPreferencesQueryKey } from "./notifications-keys";

/** PUT /api/notifications/preferences — changes the preferences of the types given. */
export function updateNotificationPreferences(body: UpdateNotificationPreferencesBody) {
  return apiFetch<NotificationPreferences>("/api/notifications/preferences", {
    method: "PUT",
    body,
  });
}

export function useUpdateNotificationPreferences() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateNotificationPreferences,
    onSuccess: (preferences) =>
      queryClient.setQueryData(notificationPreferencesQueryKey, preferences),
  });
}
