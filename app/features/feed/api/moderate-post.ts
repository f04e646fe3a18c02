import type { ModeratePostBody, Post } from "@shared/schemas/feed";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiFetch } from "../../../api/client";
import { feedQueryKey } from "./feed";

/** POST /api/feed/posts/:id/moderate — hides a post with a reason, or shows it again. */
export function moderatePost(id: string, body: ModeratePostBody): Promise<Post> {
  return apiFetch<Post>(`/api/feed/posts/${encodeURIComponent(id)}/moderate`, {
    method: "POST",
    body,
  });
}

export function useModeratePost(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ModeratePostBody) => moderatePost(id, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: feedQueryKey }),
  });
}
