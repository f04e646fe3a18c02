import type { UnitDetail } from "@shared/schemas/organization";
import { useQuery } from "@tanstack/react-query";
import { apiFetch } from "../../../api/client";

/** Cache key of one unit's details (admin unit mutations write it too). */
export const unitQueryKey = (id: string) => ["directory", "unit", id] as const;

/** GET /api/directory/units/:id — a unit with its ancestors, children and member count. */
export function fetchUnit(id: string, signal?: AbortSignal): Promise<UnitDetail> {
  return apiFetch<UnitDetail>(`/api/directory/units/${encodeURIComponent(id)}`, { signal });
}

/** A unit's details; pass `enabled: false` while there is no id yet. */
export function useUnit(id: string | null | undefined) {
  return useQuery({
    queryKey: unitQueryKey(id ?? ""),
    queryFn: ({ signal }) => fetchUnit(id ?? "", signal),
    enabled: id !== null && id !== undefined && id !== "",
  });
}
