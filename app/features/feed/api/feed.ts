import type { FeedPage } from "@shared/schemas/feed";
import { infiniteQueryOptions, useInfiniteQuery } from "@tanstack/react-query";
import { apiFetch } from "../../../api/client";

const PAGE_SIZE = 20;

/** Cache key of every feed: a new post, comment or reaction refreshes them all. */
export const feedQueryKey = ["feed"] as const;

/** GET /api/feed — one keyset page of the personal feed, or of a community's feed. */
export function fetchFeedPage(
  communityId: string | null,
  cursor: string | null,
  signal?: AbortSignal,
): Promise<FeedPage> {
  return apiFetch<FeedPage>("/api/feed", {
    query: { community: communityId, cursor, limit: PAGE_SIZE },
    signal,
  });
}

/** A feed, newest first, page after page (« Afficher plus » calls fetchNextPage). */
export function useFeed(communityId: string | null) {
  return useInfiniteQuery(
    infiniteQueryOptions({
      queryKey: [...feedQueryKey, "list", communityId ?? "personal"] as const,
      queryFn: ({ pageParam, signal }) => fetchFeedPage(communityId, pageParam, signal),
      initialPageParam: null as string | null,
      getNextPageParam: (lastPage) => lastPage.nextCursor,
    }),
  );
}
