import type { Hold, PlaceHoldBody } from "@shared/schemas/records";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { apiFetch } from "../../../api/client";
import { recordsKey } from "./series";

/** GET /api/records/holds — holds, newest first. */
export function useHolds() {
  return useQuery({
    queryKey: [...recordsKey, "holds"],
    queryFn: ({ signal }) => apiFetch<{ items: Hold[] }>("/api/records/holds", { signal }),
  });
}

/** POST /api/records/holds — freezes records, a series or a search result. */
export function usePlaceHold() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: PlaceHoldBody) =>
      apiFetch<Hold>("/api/records/holds", { method: "POST", body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: recordsKey }),
  });
}

/** POST /api/records/holds/:id/release — lifts a hold. */
export function useReleaseHold() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, reason }: { id: string; reason: string }) =>
      apiFetch<Hold>(`/api/records/holds/${encodeURIComponent(id)}/release`, {
        method: "POST",
        body: { reason },
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: recordsKey }),
  });
}
