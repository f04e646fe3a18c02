import type { CloseActionBody, DistributionList } from "@shared/schemas/handling";
import { useMutation } from "@tanstack/react-query";
import { apiFetch } from "../../../api/client";
import { useStoreDistribution } from "./correspondence-cache";

/** POST /api/correspondence/:id/close — closes the action with a comment that says how. */
export function closeAction(id: string, body: CloseActionBody): Promise<DistributionList> {
  return apiFetch<DistributionList>(`/api/correspondence/${encodeURIComponent(id)}/close`, {
    method: "POST",
    body,
  });
}

/** Closes the action; the distribution list and the boxes are refreshed. */
export function useCloseAction(id: string) {
  const store = useStoreDistribution();
  return useMutation({
    mutationFn: (body: CloseActionBody) => closeAction(id, body),
    onSuccess: store,
  });
}
