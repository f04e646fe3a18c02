import type { CommunityPage } from "@shared/schemas/communities";
import type { CommunityKind } from "@shared/vocabulary";
import {
  infiniteQueryOptions,
  type keepPreviousData,
  useInfiniteQuery,
} from "@tanstack/react-query";
import { apiFetch } from "../../../api/client";
import { communitiesQueryKey } from "./community-cache";

export type CommunityFilters = { q?: string; kind?: CommunityKind; mine?: boolean };

const PAGE_SIZE = 20;

/** GET /api/communities — one keyset page of the communities the user may see. */
export function listCommunities(
  filters: CommunityFilters,
  cursor: string | null,
  signal?: AbortSignal,
): Promise<CommunityPage> {
  return apiFetch<CommunityPage>("/api/communities", {
    query: {
      q: filters.q,
      kind: filters.kind,
      mine: filters.mine ? "true" : undefined,
      cursor,
      limit: PAGE_SIZE,
    },
    signal,
  });
}

/** The communities matching the filters, page after page (optionally keeping the last results while typing). */
export function useCommunities(filters: CommunityFilters, placeholder?: typeof keepPreviousData) {
  return useInfiniteQuery({
    ...infiniteQueryOptions({
      queryKey: [...communitiesQueryKey, "list", filters] as const,
      queryFn: ({ pageParam, signal }) => listCommunities(filters, pageParam, signal),
      initialPageParam: null as string | null,
      getNextPageParam: (lastPage) => lastPage.nextCursor,
    }),
    placeholderData: placeholder,
  });
}
