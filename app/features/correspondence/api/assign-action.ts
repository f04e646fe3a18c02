import type { AssignActionBody, DistributionList } from "@shared/schemas/handling";
import { useMutation } from "@tanstack/react-query";
import { apiFetch } from "../../../api/client";
import { useStoreDistribution } from "./correspondence-cache";

/**
 * POST /api/correspondence/:id/assign — assigns the action to a colleague of the addressee
 * unit or community; 400 when they are not a member or may not read the document.
 */
export function assignAction(id: string, body: AssignActionBody): Promise<DistributionList> {
  return apiFetch<DistributionList>(`/api/correspondence/${encodeURIComponent(id)}/assign`, {
    method: "POST",
    body,
  });
}

/** Assigns the action; the distribution list and the boxes are refreshed. */
export function useAssignAction(id: string) {
  const store = useStoreDistribution();
  return useMutation({
    mutationFn: (body: AssignActionBody) => assignAction(id, body),
    onSuccess: store,
  });
}
