import type { CorrespondenceWithCircuit, SubmitForClearanceBody } from "@shared/schemas/circuit";
import { useMutation } from "@tanstack/react-query";
import { apiFetch } from "../../../api/client";
import { useStoreCorrespondenceWithCircuit } from "./correspondence-cache";

/**
 * POST /api/correspondence/:id/submit — submits the draft to its circuit: the visas in order,
 * then the signature. Answers 400 `invalid_input` with one detail per refused visa or signer.
 */
export function submitForClearance(
  id: string,
  body: SubmitForClearanceBody,
): Promise<CorrespondenceWithCircuit> {
  return apiFetch<CorrespondenceWithCircuit>(
    `/api/correspondence/${encodeURIComponent(id)}/submit`,
    { method: "POST", body },
  );
}

/** Submits a draft to its circuit; the document and its circuit are refreshed. */
export function useSubmitForClearance(id: string) {
  const store = useStoreCorrespondenceWithCircuit();
  return useMutation({
    mutationFn: (body: SubmitForClearanceBody) => submitForClearance(id, body),
    onSuccess: store,
  });
}
