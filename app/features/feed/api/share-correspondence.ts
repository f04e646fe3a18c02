import type { Post, ShareCorrespondenceBody } from "@shared/schemas/feed";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiFetch } from "../../../api/client";
import { feedQueryKey } from "./feed";

/** POST /api/feed/shares — shares a dispatched correspondence into a community. */
export function shareCorrespondence(body: ShareCorrespondenceBody): Promise<Post> {
  return apiFetch<Post>("/api/feed/shares", { method: "POST", body });
}

/** Shares a correspondence; the feeds are refreshed. */
export function useShareCorrespondence() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: shareCorrespondence,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: feedQueryKey }),
  });
}
