import type { ClearanceAuditEntry, GrantClearanceRequest } from "@shared/schemas/habilitation";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiFetch } from "../../../api/client";
import { clearancesQueryKey } from "./clearances";

/** POST /api/security/clearances — grants a clearance for a period, with the reason. */
export function useGrantClearance() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: GrantClearanceRequest) =>
      apiFetch<ClearanceAuditEntry>("/api/security/clearances", { method: "POST", body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: clearancesQueryKey }),
  });
}
