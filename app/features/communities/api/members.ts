import type { CommunityMemberPage } from "@shared/schemas/communities";
import { infiniteQueryOptions, useInfiniteQuery } from "@tanstack/react-query";
import { apiFetch } from "../../../api/client";
import { communitiesQueryKey } from "./community-cache";

const PAGE_SIZE = 50;

/** GET /api/communities/:id/members — one page of members, by name. */
export function listMembers(
  id: string,
  cursor: string | null,
  signal?: AbortSignal,
): Promise<CommunityMemberPage> {
  return apiFetch<CommunityMemberPage>(`/api/communities/${encodeURIComponent(id)}/members`, {
    query: { cursor, limit: PAGE_SIZE },
    signal,
  });
}

/** The members of a community, page after page. */
export function useMembers(id: string) {
  return useInfiniteQuery(
    infiniteQueryOptions({
      queryKey: [...communitiesQueryKey, "members", id] as const,
      queryFn: ({ pageParam, signal }) => listMembers(id, pageParam, signal),
      initialPageParam: null as string | null,
      getNextPageParam: (lastPage) => lastPage.nextCursor,
    }),
  );
}
