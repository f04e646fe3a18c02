import type { PersonPage } from "@shared/schemas/people";
import { infiniteQueryOptions, useInfiniteQuery } from "@tanstack/react-query";
import type { z } from "zod";
import { apiFetch } from "../../../api/client";

export type PersonPageData = z.infer<typeof PersonPage>;
export type PeopleFilters = { q?: string; unitId?: string; country?: string };

const PAGE_SIZE = 20;

/** GET /api/directory/people — one keyset page of people matching the filters. */
export function searchPeople(
  filters: PeopleFilters,
  cursor: string | null,
  signal?: AbortSignal,
): Promise<PersonPageData> {
  return apiFetch<PersonPageData>("/api/directory/people", {
    query: { ...filters, cursor, limit: PAGE_SIZE },
    signal,
  });
}

/** The people search as an infinite query: one page per « Afficher plus ». */
export const peopleSearchQueryOptions = (filters: PeopleFilters) =>
  infiniteQueryOptions({
    queryKey: ["directory", "people", filters] as const,
    queryFn: ({ pageParam, signal }) => searchPeople(filters, pageParam, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (lastPage) => lastPage.nextCursor,
  });

/** People matching the filters, page after page (« Afficher plus » calls fetchNextPage). */
export function usePeopleSearch(filters: PeopleFilters) {
  return useInfiniteQuery(peopleSearchQueryOptions(filters));
}
