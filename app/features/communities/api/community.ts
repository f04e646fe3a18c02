import type { CommunityDetail } from "@shared/schemas/communities";
import { useQuery } from "@tanstack/react-query";
import { apiFetch } from "../../../api/client";
import { communitiesQueryKey } from "./community-cache";

export const communityQueryKey = (id: string) => [...communitiesQueryKey, "detail", id] as const;

/** GET /api/communities/:id — a community with what the user may do in it (404 if invisible). */
export function fetchCommunity(id: string, signal?: AbortSignal): Promise<CommunityDetail> {
  return apiFetch<CommunityDetail>(`/api/communities/${encodeURIComponent(id)}`, { signal });
}

/** A community's page header and abilities. */
export function useCommunity(id: string) {
  return useQuery({
    queryKey: communityQueryKey(id),
    queryFn: ({ signal }) => fetchCommunity(id, signal),
  });
}
