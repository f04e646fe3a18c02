import type { CorrespondenceWithCircuit, SignCorrespondenceBody } from "@shared/schemas/circuit";
import { useMutation } from "@tanstack/react-query";
import { apiFetch } from "../../../api/client";
import { useStoreCorrespondenceWithCircuit } from "./correspondence-cache";

/**
 * POST /api/correspondence/:id/sign — signs, which dispatches: reference number, distribution,
 * record copy. Answers 409 `conflict` with `details.reason` "guide_warnings" (rules to respect
 * first) or "members_cannot_read" (confirm the exclusions, then sign again).
 */
export function signCorrespondence(
  id: string,
  body: SignCorrespondenceBody,
): Promise<CorrespondenceWithCircuit> {
  return apiFetch<CorrespondenceWithCircuit>(`/api/correspondence/${encodeURIComponent(id)}/sign`, {
    method: "POST",
    body,
  });
}

/** Signs and dispatches a correspondence; the document, circuit and boxes are refreshed. */
export function useSignCorrespondence(id: string) {
  const store = useStoreCorrespondenceWithCircuit();
  return useMutation({
    mutationFn: (body: SignCorrespondenceBody) => signCorrespondence(id, body),
    onSuccess: store,
  });
}
