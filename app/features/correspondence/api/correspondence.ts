import type { CorrespondenceDetail } from "@shared/schemas/correspondence";
import { useQuery } from "@tanstack/react-query";
import { apiFetch } from "../../../api/client";

/** Cache key of one correspondence (the draft mutations write it too). */
export const correspondenceQueryKey = (id: string) => ["correspondence", "detail", id] as const;

/** GET /api/correspondence/:id — a correspondence (404 when the user may not read it). */
export function fetchCorrespondence(
  id: string,
  signal?: AbortSignal,
): Promise<CorrespondenceDetail> {
  return apiFetch<CorrespondenceDetail>(`/api/correspondence/${encodeURIComponent(id)}`, {
    signal,
  });
}

/** A correspondence with its guide warnings and what the user may do with it. */
export function useCorrespondence(id: string) {
  return useQuery({
    queryKey: correspondenceQueryKey(id),
    queryFn: ({ signal }) => fetchCorrespondence(id, signal),
  });
}
