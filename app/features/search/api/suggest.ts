import type { SuggestResponse } from "@shared/schemas/search";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { apiFetch } from "../../../api/client";

/** GET /api/search/suggest — titles and references of readable documents, for type-ahead. */
export function useSuggest(q: string) {
  const text = q.trim();
  return useQuery({
    queryKey: ["search", "suggest", text] as const,
    queryFn: ({ signal }) =>
      apiFetch<SuggestResponse>("/api/search/suggest", { query: { q: text, limit: 6 }, signal }),
    enabled: text.length >= 2,
    placeholderData: keepPreviousData,
    staleTime: 30_000,
  });
}
