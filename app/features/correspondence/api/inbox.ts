import type { INBOX_BOXES, InboxPage } from "@shared/schemas/correspondence";
import { infiniteQueryOptions, useInfiniteQuery } from "@tanstack/react-query";
import { apiFetch } from "../../../api/client";

export type InboxBox = (typeof INBOX_BOXES)[number];

const PAGE_SIZE = 20;

/** Cache key of every box: a save or a new draft refreshes them all. */
export const inboxQueryKey = ["correspondence", "inbox"] as const;

/** GET /api/inbox — one keyset page of a box (for action, for information, sent, drafts). */
export function fetchInboxPage(
  box: InboxBox,
  cursor: string | null,
  signal?: AbortSignal,
): Promise<InboxPage> {
  return apiFetch<InboxPage>("/api/inbox", {
    query: { box, cursor, limit: PAGE_SIZE },
    signal,
  });
}

/** A box, newest first, page after page (« Afficher plus » calls fetchNextPage). */
export function useInbox(box: InboxBox) {
  return useInfiniteQuery(
    infiniteQueryOptions({
      queryKey: [...inboxQueryKey, box] as const,
      queryFn: ({ pageParam, signal }) => fetchInboxPage(box, pageParam, signal),
      initialPageParam: null as string | null,
      getNextPageParam: (lastPage) => lastPage.nextCursor,
    }),
  );
}
