import type { VersionList } from "@shared/schemas/correspondence";
import { useQuery } from "@tanstack/react-query";
import type { z } from "zod";
import { apiFetch } from "../../../api/client";

export type VersionListData = z.infer<typeof VersionList>;

/** Cache key of a correspondence's versions (refreshed after each save). */
export const versionsQueryKey = (id: string) => ["correspondence", "versions", id] as const;

/** GET /api/correspondence/:id/versions — the saved versions, newest first. */
export function fetchVersions(id: string, signal?: AbortSignal): Promise<VersionListData> {
  return apiFetch<VersionListData>(`/api/correspondence/${encodeURIComponent(id)}/versions`, {
    signal,
  });
}

/** The saved versions of a correspondence, with author and date. */
export function useVersions(id: string) {
  return useQuery({
    queryKey: versionsQueryKey(id),
    queryFn: ({ signal }) => fetchVersions(id, signal),
  });
}
