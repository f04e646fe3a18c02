import type { Home } from "@shared/schemas/home";
import { infiniteQueryOptions, useInfiniteQuery } from "@tanstack/react-query";
import { apiFetch } from "../../../api/client";

const PAGE_SIZE = 10;

export const homeQueryKey = ["home"] as const;

/** GET /api/home — the whole home, or with a cursor the next items « À traiter » alone. */
export function fetchHome(actionCursor: string | null, signal?: AbortSignal): Promise<Home> {
  return apiFetch<Home>("/api/home", { query: { actionCursor, limit: PAGE_SIZE }, signal });
}

/** The home in one request; « Afficher plus » continues « À traiter » (fetchNextPage). */
export function useHome() {
  return useInfiniteQuery(
    infiniteQueryOptions({
      queryKey: homeQueryKey,
      queryFn: ({ pageParam, signal }) => fetchHome(pageParam, signal),
      initialPageParam: null as string | null,
      getNextPageParam: (lastPage) => lastPage.actionItems.nextCursor,
    }),
  );
}
