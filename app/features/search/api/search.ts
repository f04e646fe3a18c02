import type { SearchQuery, SearchResponse } from "@shared/schemas/search";
import { infiniteQueryOptions, useInfiniteQuery } from "@tanstack/react-query";
import { apiFetch } from "../../../api/client";

/** The search's text, filters and sort, as in the address; pages are fetched by cursor. */
export type SearchParams = Omit<SearchQuery, "cursor" | "limit">;

const PAGE_SIZE = 20;

/** GET /api/search — one keyset page of readable results, the total and the facets. */
export function search(
  params: SearchParams,
  cursor: string | null,
  signal?: AbortSignal,
): Promise<SearchResponse> {
  return apiFetch<SearchResponse>("/api/search", {
    query: { ...params, cursor, limit: PAGE_SIZE },
    signal,
  });
}

export const searchQueryOptions = (params: SearchParams) =>
  infiniteQueryOptions({
    queryKey: ["search", params] as const,
    queryFn: ({ pageParam, signal }) => search(params, pageParam, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (lastPage) => lastPage.nextCursor,
  });

/** Results page after page (« Afficher plus »); idle while there is nothing to look for. */
export function useSearch(params: SearchParams, enabled: boolean) {
  return useInfiniteQuery({ ...searchQueryOptions(params), enabled });
}

/** The hits of one type other than correspondence (`type` set), page after page. */
export function useSearchHits(params: SearchParams, enabled: boolean) {
  return useInfiniteQuery({
    ...searchQueryOptions(params),
    select: (data) => ({
      pageParams: data.pageParams,
      pages: data.pages.map((page) => ({ items: page.hits, total: page.total })),
    }),
    enabled,
  });
}
