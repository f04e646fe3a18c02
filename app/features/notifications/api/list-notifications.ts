import type { NotificationPage } from "@shared/schemas/notifications";
import type { NotificationType } from "@shared/vocabulary";
import { infiniteQueryOptions, useInfiniteQuery } from "@tanstack/react-query";
import { apiFetch } from "../../../api/client";
import { notificationListQueryKey } from "./notifications-keys";

const PAGE_SIZE = 30;

export interface NotificationFilters {
  type: NotificationType | null;
  unreadOnly: boolean;
}

/** GET /api/notifications — one keyset page of the user's notifications, newest first. */
export function fetchNotificationsPage(
  filters: NotificationFilters,
  cursor: string | null,
  signal?: AbortSignal,
): Promise<NotificationPage> {
  return apiFetch<NotificationPage>("/api/notifications", {
    query: {
      cursor,
      limit: PAGE_SIZE,
      type: filters.type,
      unread: filters.unreadOnly ? "true" : null,
    },
    signal,
  });
}

/** The notification centre's list, page after page. */
export function useNotifications(filters: NotificationFilters) {
  return useInfiniteQuery(
    infiniteQueryOptions({
      queryKey: [...notificationListQueryKey, filters.type, filters.unreadOnly] as const,
      queryFn: ({ pageParam, signal }) => fetchNotificationsPage(filters, pageParam, signal),
      initialPageParam: null as string | null,
      getNextPageParam: (lastPage) => lastPage.nextCursor,
    }),
  );
}
