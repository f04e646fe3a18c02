import type { SessionList } from "@shared/schemas/auth";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { apiFetch } from "../../../api/client";

export const mySessionsQueryKey = ["my-sessions"] as const;

/** GET /api/me/sessions — my open sessions. */
export function useMySessions() {
  return useQuery({
    queryKey: mySessionsQueryKey,
    queryFn: ({ signal }) => apiFetch<SessionList>("/api/me/sessions", { signal }),
  });
}

/** DELETE /api/me/sessions/:id — ends one of my sessions. */
export function useRevokeSession() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (sessionId: string) =>
      apiFetch<void>(`/api/me/sessions/${encodeURIComponent(sessionId)}`, { method: "DELETE" }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: mySessionsQueryKey }),
  });
}
