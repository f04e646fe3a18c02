import type { ClearanceAuditEntry } from "@shared/schemas/habilitation";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiFetch } from "../../../api/client";
import { clearancesQueryKey } from "./clearances";

/** POST /api/security/clearances/:id/revocation — revokes a clearance at once. */
export function useRevokeClearance() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, reason }: { id: string; reason: string }) =>
      apiFetch<ClearanceAuditEntry>(
        `/api/security/clearances/${encodeURIComponent(id)}/revocation`,
        { method: "POST", body: { reason } },
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: clearancesQueryKey }),
  });
}
