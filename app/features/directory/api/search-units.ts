import type { UnitPage } from "@shared/schemas/organization";
import type { UnitKind } from "@shared/vocabulary";
import { infiniteQueryOptions, keepPreviousData, useInfiniteQuery } from "@tanstack/react-query";
import type { z } from "zod";
import { apiFetch } from "../../../api/client";

export type UnitPageData = z.infer<typeof UnitPage>;
export type UnitFilters = {
  q?: string;
  kind?: UnitKind;
  country?: string;
  organizationId?: string;
  parentId?: string;
};

/** GET /api/directory/units — one keyset page of units matching the filters. */
export function searchUnits(
  filters: UnitFilters,
  cursor: string | null,
  limit: number,
  signal?: AbortSignal,
): Promise<UnitPageData> {
  return apiFetch<UnitPageData>("/api/directory/units", {
    query: { ...filters, cursor, limit },
    signal,
  });
}

/** Units matching the filters, page after page; the previous answer stays shown while typing. */
export function useUnitSearch(
  filters: UnitFilters,
  options: { limit?: number; enabled?: boolean } = {},
) {
  const { limit = 20, enabled = true } = options;
  return useInfiniteQuery({
    ...infiniteQueryOptions({
      queryKey: ["directory", "units", filters, limit] as const,
      queryFn: ({ pageParam, signal }) => searchUnits(filters, pageParam, limit, signal),
      initialPageParam: null as string | null,
      getNextPageParam: (lastPage) => lastPage.nextCursor,
    }),
    enabled,
    placeholderData: keepPreviousData,
  });
}
