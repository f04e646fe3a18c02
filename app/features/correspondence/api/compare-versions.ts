import type { VersionDiff } from "@shared/schemas/correspondence";
import { useQuery } from "@tanstack/react-query";
import { apiFetch } from "../../../api/client";

/** GET /api/correspondence/:id/versions/compare — what changed from one version to another. */
export function fetchVersionDiff(
  id: string,
  from: number,
  to: number,
  signal?: AbortSignal,
): Promise<VersionDiff> {
  const query = new URLSearchParams({ from: String(from), to: String(to) });
  return apiFetch<VersionDiff>(
    `/api/correspondence/${encodeURIComponent(id)}/versions/compare?${query}`,
    { signal },
  );
}

/** The comparison of two saved versions; versions never change, so it is cached for good. */
export function useVersionDiff(id: string, from: number, to: number) {
  return useQuery({
    queryKey: ["correspondence", "versions", id, "compare", from, to] as const,
    queryFn: ({ signal }) => fetchVersionDiff(id, from, to, signal),
    enabled: from !== to,
    staleTime: Number.POSITIVE_INFINITY,
  });
}
