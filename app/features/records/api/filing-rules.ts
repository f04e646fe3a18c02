import type {
  FilingRule,
  FilingTestResult,
  TestFilingRuleBody,
  UpdateFilingRuleBody,
} from "@shared/schemas/records";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { apiFetch } from "../../../api/client";
import { recordsKey } from "./series";

/** GET /api/records/filing-rules — the rules in evaluation order. */
export function useFilingRules() {
  return useQuery({
    queryKey: [...recordsKey, "rules"],
    queryFn: ({ signal }) =>
      apiFetch<{ items: FilingRule[] }>("/api/records/filing-rules", { signal }),
  });
}

/** PATCH /api/records/filing-rules/:id — edits, moves, enables or disables a rule. */
export function useUpdateFilingRule() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: UpdateFilingRuleBody }) =>
      apiFetch<FilingRule>(`/api/records/filing-rules/${encodeURIComponent(id)}`, {
        method: "PATCH",
        body,
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [...recordsKey, "rules"] }),
  });
}

/** POST /api/records/filing-rules/test — where a document would be filed, and why. */
export function useTestFilingRule() {
  return useMutation({
    mutationFn: (body: TestFilingRuleBody) =>
      apiFetch<FilingTestResult>("/api/records/filing-rules/test", { method: "POST", body }),
  });
}
