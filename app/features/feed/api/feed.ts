import type { FeedPage } from "@shared/schemas/feed";
import { infiniteQueryOptions, useInfiniteQuery } from "@tanstack/react-query";
import { apiFetch } from "../../../api/client";

const PAGE_SIZE = 20;

/** Cache key of every feed: a new post, comment or reaction refreshes them all. */
export const feedQueryKey = ["feed"] as const;

/** Which feed: the personal one, a community's, or one person's posts (their profile). */
export type FeedScope =
  | { kind: "personal" }
  | { kind: "community"; communityId: string }
  | { kind: "author"; userId: string };

const scopeQuery = (scope: FeedScope) =>
  scope.kind === "community"
    ? { community: scope.communityId }
    : scope.kind === "author"
      ? { author: scope.userId }
      : {};

/** GET /api/feed — one keyset page of the chosen feed. */
export function fetchFeedPage(
  scope: FeedScope,
  cursor: string | null,
  signal?: AbortSignal,
): Promise<FeedPage> {
  return apiFetch<FeedPage>("/api/feed", {
    query: { ...scopeQuery(scope), cursor, limit: PAGE_SIZE },
    signal,
  });
}

/** A feed, newest first, page after page (« Afficher plus » calls fetchNextPage). */
export function useFeed(scope: FeedScope) {
  return useInfiniteQuery(
    infiniteQueryOptions({
      queryKey: [...feedQueryKey, "list", scope] as const,
      queryFn: ({ pageParam, signal }) => fetchFeedPage(scope, pageParam, signal),
      initialPageParam: null as string | null,
      getNextPageParam: (lastPage) => lastPage.nextCursor,
    }),
  );
}
