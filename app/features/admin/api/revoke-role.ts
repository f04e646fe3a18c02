import type { AdminUserDetail } from "@shared/schemas/people";
import { useMutation } from "@tanstack/react-query";
import { apiFetch } from "../../../api/client";
import { useStoreUpdatedUser } from "./user-cache";

/** DELETE /api/admin/users/:id/roles/:roleId — withdraws a role. */
export function revokeRole(userId: string, roleId: string): Promise<AdminUserDetail> {
  return apiFetch<AdminUserDetail>(
    `/api/admin/users/${encodeURIComponent(userId)}/roles/${encodeURIComponent(roleId)}`,
    { method: "DELETE" },
  );
}

/** Withdraws one of a user's roles. */
export function useRevokeRole(userId: string) {
  const storeUpdatedUser = useStoreUpdatedUser();
  return useMutation({
    mutationFn: (roleId: string) => revokeRole(userId, roleId),
    onSuccess: storeUpdatedUser,
  });
}
