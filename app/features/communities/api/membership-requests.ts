import type { MembershipRequestPage } from "@shared/schemas/communities";
import { infiniteQueryOptions, useInfiniteQuery } from "@tanstack/react-query";
import { apiFetch } from "../../../api/client";
import { communitiesQueryKey } from "./community-cache";

const PAGE_SIZE = 20;

/** GET /api/communities/:id/membership-requests — pending requests, oldest first (managers). */
export function listMembershipRequests(
  id: string,
  cursor: string | null,
  signal?: AbortSignal,
): Promise<MembershipRequestPage> {
  return apiFetch<MembershipRequestPage>(
    `/api/communities/${encodeURIComponent(id)}/membership-requests`,
    { query: { cursor, limit: PAGE_SIZE }, signal },
  );
}

/** The pending requests to join a community the user manages. */
export function useMembershipRequests(id: string) {
  return useInfiniteQuery(
    infiniteQueryOptions({
      queryKey: [...communitiesQueryKey, "requests", id] as const,
      queryFn: ({ pageParam, signal }) => listMembershipRequests(id, pageParam, signal),
      initialPageParam: null as string | null,
      getNextPageParam: (lastPage) => lastPage.nextCursor,
    }),
  );
}
