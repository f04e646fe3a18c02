import type { ReleasedPage } from "@shared/schemas/partners";
import { infiniteQueryOptions, useInfiniteQuery } from "@tanstack/react-query";
import type { z } from "zod";
import { apiFetch } from "../../../api/client";

type Page = z.infer<typeof ReleasedPage>;
export const releasedQueryKey = ["releases"] as const;

/** GET /api/releases — a partner's « Diffusions », or the releases of a releaser's units. */
export function fetchReleased(cursor: string | null, signal?: AbortSignal): Promise<Page> {
  return apiFetch<Page>("/api/releases", { query: { cursor, limit: 20 }, signal });
}

export function useReleased() {
  return useInfiniteQuery(
    infiniteQueryOptions({
      queryKey: releasedQueryKey,
      queryFn: ({ pageParam, signal }) => fetchReleased(pageParam, signal),
      initialPageParam: null as string | null,
      getNextPageParam: (last) => last.nextCursor,
    }),
  );
}
