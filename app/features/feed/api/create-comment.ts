import type { Comment, CreateCommentBody } from "@shared/schemas/feed";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiFetch } from "../../../api/client";
import { feedQueryKey } from "./feed";

/** POST /api/feed/posts/:id/comments — comments on a post or answers a comment. */
export function createComment(postId: string, body: CreateCommentBody): Promise<Comment> {
  return apiFetch<Comment>(`/api/feed/posts/${encodeURIComponent(postId)}/comments`, {
    method: "POST",
    body,
  });
}

/** Comments on a post; its comments and the feeds (comment counts) are refreshed. */
export function useCreateComment(postId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateCommentBody) => createComment(postId, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: feedQueryKey }),
  });
}
