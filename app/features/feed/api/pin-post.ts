import type { PinPostBody, Post } from "@shared/schemas/feed";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiFetch } from "../../../api/client";
import { feedQueryKey } from "./feed";

/** POST /api/feed/posts/:id/pin — pins or unpins a post in its community's feed. */
export function pinPost(id: string, body: PinPostBody): Promise<Post> {
  return apiFetch<Post>(`/api/feed/posts/${encodeURIComponent(id)}/pin`, {
    method: "POST",
    body,
  });
}

export function usePinPost(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (pinned: boolean) => pinPost(id, { pinned }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: feedQueryKey }),
  });
}
