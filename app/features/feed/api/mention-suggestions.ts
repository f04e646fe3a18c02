import type { MentionSuggestions } from "@shared/schemas/feed";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { apiFetch } from "../../../api/client";

/** GET /api/feed/mention-suggestions — people and communities one may mention. */
export function fetchMentionSuggestions(q: string, signal?: AbortSignal) {
  return apiFetch<MentionSuggestions>("/api/feed/mention-suggestions", { query: { q }, signal });
}

/** Suggestions for what follows « @ » (nothing asked while it is empty). */
export function useMentionSuggestions(q: string) {
  return useQuery({
    queryKey: ["feed", "mentions", q],
    queryFn: ({ signal }) => fetchMentionSuggestions(q, signal),
    enabled: q.trim().length > 0,
    placeholderData: keepPreviousData,
  });
}
