import type {
  CreateRedactedVersionBody,
  ReleaseCorrespondenceBody,
  ReleaseState,
} from "@shared/schemas/partners";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import { apiFetch } from "../../../api/client";
import { releasedQueryKey } from "./released";

const stateKey = (id: string) => ["releases", "state", id] as const;
const base = (id: string) => `/api/correspondence/${encodeURIComponent(id)}`;

/**
 * GET /api/correspondence/:id/releases — 404 for whoever may not manage them, so it is asked
 * only by releasers and communicators (`enabled`); the server still decides per document.
 */
export function useReleaseState(id: string, enabled: boolean) {
  return useQuery({
    queryKey: stateKey(id),
    queryFn: ({ signal }) => apiFetch<ReleaseState>(`${base(id)}/releases`, { signal }),
    retry: false,
    enabled,
  });
}

function useRefresh(id: string) {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: stateKey(id) }),
      queryClient.invalidateQueries({ queryKey: releasedQueryKey }),
    ]);
}

/** POST /api/correspondence/:id/redactions — derives a redacted version. */
export function useCreateRedaction(id: string) {
  const refresh = useRefresh(id);
  return useMutation({
    mutationFn: (body: CreateRedactedVersionBody) =>
      apiFetch<{ id: string }>(`${base(id)}/redactions`, { method: "POST", body }),
    onSuccess: refresh,
  });
}

/** POST /api/correspondence/:id/releases — releases it (or a redacted version) to partners. */
export function useReleaseCorrespondence(id: string) {
  const refresh = useRefresh(id);
  return useMutation({
    mutationFn: (body: z.input<typeof ReleaseCorrespondenceBody>) =>
      apiFetch<{ id: string }>(`${base(id)}/releases`, { method: "POST", body }),
    onSuccess: refresh,
  });
}

/** POST /api/releases/:id/withdrawal — withdraws a release. */
export function useWithdrawRelease(id: string) {
  const refresh = useRefresh(id);
  return useMutation({
    mutationFn: (releaseId: string) =>
      apiFetch<null>(`/api/releases/${encodeURIComponent(releaseId)}/withdrawal`, {
        method: "POST",
      }),
    onSuccess: refresh,
  });
}

/** POST /api/correspondence/:id/publication and DELETE /api/publications/:id. */
export function usePublication(id: string) {
  const refresh = useRefresh(id);
  const publish = useMutation({
    mutationFn: (versionId: string | undefined) =>
      apiFetch<{ id: string }>(`${base(id)}/publication`, {
        method: "POST",
        body: versionId === undefined ? {} : { versionId },
      }),
    onSuccess: refresh,
  });
  const unpublish = useMutation({
    mutationFn: (publicationId: string) =>
      apiFetch<null>(`/api/publications/${encodeURIComponent(publicationId)}`, {
        method: "DELETE",
      }),
    onSuccess: refresh,
  });
  return { publish, unpublish };
}
