import type { CommentPage } from "@shared/schemas/feed";
import { infiniteQueryOptions, useInfiniteQuery } from "@tanstack/react-query";
import { apiFetch } from "../../../api/client";
import { feedQueryKey } from "./feed";

/** Cache key of a post's comments. */
export const commentsQueryKey = (postId: string) => [...feedQueryKey, "comments", postId] as const;

/** GET /api/feed/posts/:id/comments — top comments oldest first, each with its replies. */
export function fetchComments(
  postId: string,
  cursor: string | null,
  signal?: AbortSignal,
): Promise<CommentPage> {
  return apiFetch<CommentPage>(`/api/feed/posts/${encodeURIComponent(postId)}/comments`, {
    query: { cursor, limit: 20 },
    signal,
  });
}

/** A post's comments, fetched once the reader opens them. */
export function useComments(postId: string, enabled: boolean) {
  return useInfiniteQuery(
    infiniteQueryOptions({
      queryKey: commentsQueryKey(postId),
      queryFn: ({ pageParam, signal }) => fetchComments(postId, pageParam, signal),
      initialPageParam: null as string | null,
      getNextPageParam: (lastPage) => lastPage.nextCursor,
      enabled,
    }),
  );
}
