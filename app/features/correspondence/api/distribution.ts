import type { DistributionList } from "@shared/schemas/handling";
import { useQuery } from "@tanstack/react-query";
import { apiFetch } from "../../../api/client";

/** Cache key of a correspondence's distribution list (the handling mutations write it too). */
export const distributionQueryKey = (id: string) => ["correspondence", "distribution", id] as const;

/**
 * GET /api/correspondence/:id/distribution — the addressees with their handling states,
 * deadlines, overdue and alert flags, read receipts, and what the user may do.
 */
export function fetchDistribution(id: string, signal?: AbortSignal): Promise<DistributionList> {
  return apiFetch<DistributionList>(`/api/correspondence/${encodeURIComponent(id)}/distribution`, {
    signal,
  });
}

/** The distribution list of a correspondence (empty until it is dispatched). */
export function useDistribution(id: string) {
  return useQuery({
    queryKey: distributionQueryKey(id),
    queryFn: ({ signal }) => fetchDistribution(id, signal),
  });
}
