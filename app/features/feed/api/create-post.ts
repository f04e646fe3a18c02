import type { CreatePostBody, Post } from "@shared/schemas/feed";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiFetch } from "../../../api/client";
import { feedQueryKey } from "./feed";

/** POST /api/feed/posts — publishes a post in a community. */
export function createPost(body: CreatePostBody): Promise<Post> {
  return apiFetch<Post>("/api/feed/posts", { method: "POST", body });
}

/** Publishes a post; every feed is refreshed. */
export function useCreatePost() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createPost,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: feedQueryKey }),
  });
}
