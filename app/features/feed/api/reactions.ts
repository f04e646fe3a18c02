import type { ReactionSummary } from "@shared/schemas/feed";
import type { ReactionTargetType } from "@shared/vocabulary";
import { useQuery } from "@tanstack/react-query";
import { apiFetch } from "../../../api/client";

export const reactionsQueryKey = (targetType: ReactionTargetType, targetId: string) =>
  ["reactions", targetType, targetId] as const;

/** GET /api/feed/reactions — counts and one's own reactions on a target one may read. */
export function fetchReactions(
  targetType: ReactionTargetType,
  targetId: string,
  signal?: AbortSignal,
): Promise<ReactionSummary> {
  return apiFetch<ReactionSummary>("/api/feed/reactions", {
    query: { targetType, targetId },
    signal,
  });
}

/** The reactions on a target (used for correspondence; posts carry theirs). */
export function useReactions(targetType: ReactionTargetType, targetId: string) {
  return useQuery({
    queryKey: reactionsQueryKey(targetType, targetId),
    queryFn: ({ signal }) => fetchReactions(targetType, targetId, signal),
  });
}
