import type { FixityRun, IntegrityStatus } from "@shared/schemas/archives";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { apiFetch } from "../../../api/client";

const KEY = ["archives", "integrity"] as const;

/** GET /api/archives/integrity — the last fixity run and the journal's seals. */
export function useIntegrityStatus() {
  return useQuery({
    queryKey: KEY,
    queryFn: ({ signal }) => apiFetch<IntegrityStatus>("/api/archives/integrity", { signal }),
  });
}

/** POST /api/archives/fixity-runs — run the fixity check now. */
export function useRunFixityCheck() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => apiFetch<FixityRun>("/api/archives/fixity-runs", { method: "POST" }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: KEY }),
  });
}
