import type {
  SavedSearch,
  SavedSearchList,
  SaveSearchBody,
  UpdateSavedSearchBody,
} from "@shared/schemas/search";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { apiFetch } from "../../../api/client";

const KEY = ["saved-searches"] as const;

/** GET /api/saved-searches — my saved searches. */
export function useSavedSearches() {
  return useQuery({
    queryKey: KEY,
    queryFn: ({ signal }) => apiFetch<SavedSearchList>("/api/saved-searches", { signal }),
  });
}

/** POST /api/saved-searches */
export function useSaveSearch() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SaveSearchBody) =>
      apiFetch<SavedSearch>("/api/saved-searches", { method: "POST", body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: KEY }),
  });
}

/** DELETE /api/saved-searches/:id */
export function useDeleteSavedSearch() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      apiFetch<void>(`/api/saved-searches/${encodeURIComponent(id)}`, { method: "DELETE" }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: KEY }),
  });
}

/** PATCH /api/saved-searches/:id — rename, or switch the alert. */
export function useUpdateSavedSearch() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: UpdateSavedSearchBody }) =>
      apiFetch<SavedSearch>(`/api/saved-searches/${encodeURIComponent(id)}`, {
        method: "PATCH",
        body,
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: KEY }),
  });
}
