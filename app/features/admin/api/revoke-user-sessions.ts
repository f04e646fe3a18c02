import { useMutation } from "@tanstack/react-query";
import { apiFetch } from "../../../api/client";

/** DELETE /api/admin/users/:id/sessions — ends every session of a user (journaled). */
export function revokeUserSessions(userId: string): Promise<{ revoked: number }> {
  return apiFetch<{ revoked: number }>(`/api/admin/users/${encodeURIComponent(userId)}/sessions`, {
    method: "DELETE",
  });
}

export function useRevokeUserSessions(userId: string) {
  return useMutation({ mutationFn: () => revokeUserSessions(userId) });
}
