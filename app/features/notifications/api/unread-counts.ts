import type { UnreadCounts } from "@shared/schemas/notifications";
import { useQuery } from "@tanstack/react-query";
import { apiFetch } from "../../../api/client";
import { unreadCountsQueryKey } from "./notifications-keys";
import { useStreamIsLive } from "./stream-status";

/** While the live stream is down, the counts are polled this often instead. */
const POLL_MS = 30_000;

/** GET /api/notifications/unread-counts — unread notifications per type. */
export function fetchUnreadCounts(signal?: AbortSignal): Promise<UnreadCounts> {
  return apiFetch<UnreadCounts>("/api/notifications/unread-counts", { signal });
}

/** The unread counts: pushed by the live stream, polled every 30 s when it is down. */
export function useUnreadCounts(enabled = true) {
  const isLive = useStreamIsLive();
  return useQuery({
    queryKey: unreadCountsQueryKey,
    queryFn: ({ signal }) => fetchUnreadCounts(signal),
    enabled,
    refetchInterval: isLive ? false : POLL_MS,
  });
}
