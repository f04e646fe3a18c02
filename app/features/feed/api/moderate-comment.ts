import type { Comment, ModeratePostBody } from "@shared/schemas/feed";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiFetch } from "../../../api/client";
import { feedQueryKey } from "./feed";

/** POST /api/feed/comments/:id/moderate — hides a comment with a reason, or shows it again. */
export function moderateComment(id: string, body: ModeratePostBody): Promise<Comment> {
  return apiFetch<Comment>(`/api/feed/comments/${encodeURIComponent(id)}/moderate`, {
    method: "POST",
    body,
  });
}

/** Hides or shows a comment; comments and feeds (counts) are refreshed. */
export function useModerateComment(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ModeratePostBody) => moderateComment(id, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: feedQueryKey }),
  });
}
