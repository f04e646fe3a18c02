import type { CorrespondenceWithCircuit, DecideClearanceStepBody } from "@shared/schemas/circuit";
import { useMutation } from "@tanstack/react-query";
import { apiFetch } from "../../../api/client";
import { useStoreCorrespondenceWithCircuit } from "./correspondence-cache";

/**
 * POST /api/correspondence/:id/steps/:stepId/decision — approves the current step, sends the
 * document back to its drafter with a comment, or delegates the step to someone else.
 */
export function decideClearanceStep(
  id: string,
  stepId: string,
  body: DecideClearanceStepBody,
): Promise<CorrespondenceWithCircuit> {
  return apiFetch<CorrespondenceWithCircuit>(
    `/api/correspondence/${encodeURIComponent(id)}/steps/${encodeURIComponent(stepId)}/decision`,
    { method: "POST", body },
  );
}

/** Decides the current step of a circuit; the document and its circuit are refreshed. */
export function useDecideClearanceStep(id: string) {
  const store = useStoreCorrespondenceWithCircuit();
  return useMutation({
    mutationFn: ({ stepId, body }: { stepId: string; body: DecideClearanceStepBody }) =>
      decideClearanceStep(id, stepId, body),
    onSuccess: store,
  });
}
