import { StreamNotificationEvent } from "@shared/schemas/notifications";
import { useQueryClient } from "@tanstack/react-query";
import { useEffect } from "react";
import { notificationListQueryKey, unreadCountsQueryKey } from "./notifications-keys";
import { setStreamIsLive } from "./stream-status";

/**
 * GET /api/events — the live stream (Server-Sent Events). Each notification event brings the
 * new unread counts, cached at once, and refreshes the lists. The browser's EventSource
 * reconnects by itself and resends Last-Event-ID, so the server replays what was missed; while
 * it is down, the counts fall back to polling.
 */
export function useNotificationStream(enabled: boolean): void {
  const queryClient = useQueryClient();
  useEffect(() => {
    if (!enabled || typeof EventSource === "undefined") return;
    const source = new EventSource("/api/events", { withCredentials: true });
    source.addEventListener("open", () => {
      setStreamIsLive(true);
      // Counts may have moved while the stream was down (reads in another tab).
      void queryClient.invalidateQueries({ queryKey: unreadCountsQueryKey });
    });
    source.addEventListener("error", () => setStreamIsLive(false));
    source.addEventListener("notification", (event) => {
      const parsed = StreamNotificationEvent.safeParse(
        JSON.parse((event as MessageEvent<string>).data),
      );
      if (!parsed.success) return;
      queryClient.setQueryData(unreadCountsQueryKey, parsed.data.unread);
      void queryClient.invalidateQueries({ queryKey: notificationListQueryKey });
    });
    return () => {
      source.close();
      setStreamIsLive(false);
    };
  }, [enabled, queryClient]);
}
