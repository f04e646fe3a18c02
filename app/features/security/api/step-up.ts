import type { StepUpBody } from "@shared/schemas/auth";
import type { Me } from "@shared/schemas/people";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiFetch } from "../../../api/client";
import { meQueryKey } from "../../auth/api/me";

/** POST /api/auth/step-up — raises the session to two factors (the cookie changes). */
export function stepUp(body: StepUpBody): Promise<Me> {
  return apiFetch<Me>("/api/auth/step-up", { method: "POST", body });
}

/**
 * Steps up; everything loaded under the one-factor session is dropped and fetched again, so no
 * page shows what it held before (locked rows, « authentification renforcée requise ») while
 * the new answer is on its way.
 */
export function useStepUp() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: stepUp,
    onSuccess: async (me) => {
      queryClient.setQueryData(meQueryKey, me);
      await queryClient.resetQueries({ predicate: (q) => q.queryKey[0] !== meQueryKey[0] });
    },
  });
}
