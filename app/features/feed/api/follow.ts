import type { FollowStatus, FollowTarget } from "@shared/schemas/feed";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { apiFetch } from "../../../api/client";
import { feedQueryKey } from "./feed";

const followQueryKey = (target: FollowTarget) =>
  ["follows", target.targetType, target.targetKey] as const;

/** GET /api/feed/follows — whether one follows a person, a community or a tag. */
export function fetchFollowStatus(target: FollowTarget, signal?: AbortSignal) {
  return apiFetch<FollowStatus>("/api/feed/follows", { query: { ...target }, signal });
}

/** POST /api/feed/follows (follow) or DELETE /api/feed/follows (unfollow). */
export function setFollowing(target: FollowTarget, following: boolean) {
  return following
    ? apiFetch<FollowStatus>("/api/feed/follows", { method: "POST", body: target })
    : apiFetch<FollowStatus>("/api/feed/follows", { method: "DELETE", query: { ...target } });
}

export function useFollowStatus(target: FollowTarget) {
  return useQuery({
    queryKey: followQueryKey(target),
    queryFn: ({ signal }) => fetchFollowStatus(target, signal),
  });
}

/** Follows or stops following; the status and the personal feed are refreshed. */
export function useSetFollowing(target: FollowTarget) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (following: boolean) => setFollowing(target, following),
    onSuccess: (status) => {
      queryClient.setQueryData(followQueryKey(target), status);
      return queryClient.invalidateQueries({ queryKey: feedQueryKey });
    },
  });
}
