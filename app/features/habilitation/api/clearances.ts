import type { ClearanceAuditPage } from "@shared/schemas/habilitation";
import type { ClearanceGrantStatus } from "@shared/vocabulary";
import { useQuery } from "@tanstack/react-query";
import { apiFetch } from "../../../api/client";

export const clearancesQueryKey = ["security-clearances"] as const;

/** GET /api/security/clearances — the audit view (404 for anyone but a security officer). */
export function useClearances(status: ClearanceGrantStatus | "") {
  return useQuery({
    queryKey: [...clearancesQueryKey, status],
    queryFn: ({ signal }) =>
      apiFetch<ClearanceAuditPage>("/api/security/clearances", {
        signal,
        query: { status, limit: 100 },
      }),
    retry: false,
  });
}
