import type { CommunityDashboard } from "@shared/schemas/communities";
import { useQuery } from "@tanstack/react-query";
import { apiFetch } from "../../../api/client";
import { communityQueryKey } from "./community";

/** GET /api/communities/:id/dashboard — the managers' weekly figures (403 for others). */
export function fetchCommunityDashboard(
  id: string,
  weeks: number,
  signal?: AbortSignal,
): Promise<CommunityDashboard> {
  return apiFetch<CommunityDashboard>(
    `/api/communities/${encodeURIComponent(id)}/dashboard?weeks=${weeks}`,
    { signal },
  );
}

export function useCommunityDashboard(id: string, weeks: number) {
  return useQuery({
    queryKey: [...communityQueryKey(id), "dashboard", weeks] as const,
    queryFn: ({ signal }) => fetchCommunityDashboard(id, weeks, signal),
  });
}
