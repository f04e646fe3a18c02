import type { MarkNotificationsReadBody, UnreadCounts } from "@shared/schemas/notifications";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiFetch } from "../../../api/client";
import { notificationListQueryKey, unreadCountsQueryKey } from "./notifications-keys";

/** POST /api/notifications/read — marks some notifications, or all (of a type), as read. */
export function markNotificationsRead(
  body: MarkNotificationsReadBody,
): Promise<{ marked: number; unread: UnreadCounts }> {
  return apiFetch("/api/notifications/read", { method: "POST", body });
}

/** Marks as read; the new counts are cached and the lists refreshed. */
export function useMarkNotificationsRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: markNotificationsRead,
    onSuccess: async ({ unread }) => {
      queryClient.setQueryData(unreadCountsQueryKey, unread);
      await queryClient.invalidateQueries({ queryKey: notificationListQueryKey });
    },
  });
}
