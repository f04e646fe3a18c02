import type { Me } from "@shared/schemas/people";
import { queryOptions, useQuery } from "@tanstack/react-query";
import { ApiError, apiFetch } from "../../../api/client";

/** Cache key of the signed-in user; null in the cache means « signed out ». */
export const meQueryKey = ["me"] as const;

/** GET /api/me — the signed-in user, or null when there is no session (401). */
export async function fetchMe(signal?: AbortSignal): Promise<Me | null> {
  try {
    return await apiFetch<Me>("/api/me", { signal, redirectOnUnauthenticated: false });
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return null;
    throw error;
  }
}

/** The `me` query, shared by the hook and by code that reads the cache directly. */
export const meQueryOptions = queryOptions({
  queryKey: meQueryKey,
  queryFn: ({ signal }) => fetchMe(signal),
  staleTime: 60_000,
});

/** The signed-in user (null when signed out); shared by the guard, the header and the pages. */
export function useMe() {
  return useQuery(meQueryOptions);
}
