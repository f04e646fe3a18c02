import type { DistributionList } from "@shared/schemas/handling";
import { useMutation } from "@tanstack/react-query";
import { apiFetch } from "../../../api/client";
import { useStoreDistribution } from "./correspondence-cache";

/** POST /api/correspondence/:id/acknowledge — the action addressee acknowledges receipt. */
export function acknowledge(id: string): Promise<DistributionList> {
  return apiFetch<DistributionList>(`/api/correspondence/${encodeURIComponent(id)}/acknowledge`, {
    method: "POST",
  });
}

/** Acknowledges receipt; the distribution list and the boxes are refreshed. */
export function useAcknowledge(id: string) {
  const store = useStoreDistribution();
  return useMutation({ mutationFn: () => acknowledge(id), onSuccess: store });
}
