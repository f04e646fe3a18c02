import type { ReactBody, ReactionSummary } from "@shared/schemas/feed";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiFetch } from "../../../api/client";
import { feedQueryKey } from "./feed";
import { reactionsQueryKey } from "./reactions";

/** POST /api/feed/reactions — sets or removes a reaction on a post, comment or correspondence. */
export function react(body: ReactBody): Promise<ReactionSummary> {
  return apiFetch<ReactionSummary>("/api/feed/reactions", { method: "POST", body });
}

/** Reacts; the target's reactions and the feeds are refreshed. */
export function useReact() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: react,
    onSuccess: (summary, body) => {
      queryClient.setQueryData(reactionsQueryKey(body.targetType, body.targetId), summary);
      return queryClient.invalidateQueries({ queryKey: feedQueryKey });
    },
  });
}
