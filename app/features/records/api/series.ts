import type {
  RetentionRuleChanged,
  SeriesTree,
  UpdateRetentionRuleBody,
} from "@shared/schemas/records";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import { apiFetch } from "../../../api/client";

export const recordsKey = ["records"] as const;

/** GET /api/records/series — the filing plan in tree order. */
export function fetchSeries(signal?: AbortSignal): Promise<SeriesTree> {
  return apiFetch<SeriesTree>("/api/records/series", { signal });
}

export function useSeries() {
  return useQuery({
    queryKey: [...recordsKey, "series"],
    queryFn: ({ signal }) => fetchSeries(signal),
  });
}

/** PUT /api/records/series/:id/retention — a new retention rule; dates are re-computed. */
export function useUpdateRetentionRule(seriesId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateRetentionRuleBody) =>
      apiFetch<z.infer<typeof RetentionRuleChanged>>(
        `/api/records/series/${encodeURIComponent(seriesId)}/retention`,
        { method: "PUT", body },
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: recordsKey }),
  });
}

/** POST /api/records/series/import — a whole plan as CSV, all lines or none. */
export function useImportSeries() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (csv: string) =>
      apiFetch<{ created: number; updated: number }>("/api/records/series/import", {
        method: "POST",
        body: { csv },
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: recordsKey }),
  });
}

/** Where the CSV export is downloaded. */
export const seriesCsvUrl = "/api/records/series.csv";
