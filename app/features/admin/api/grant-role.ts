import type { AdminUserDetail, GrantRoleBody } from "@shared/schemas/people";
import { useMutation } from "@tanstack/react-query";
import type { z } from "zod";
import { apiFetch } from "../../../api/client";
import { useStoreUpdatedUser } from "./user-cache";

export type GrantRoleRequest = z.input<typeof GrantRoleBody>;

/** POST /api/admin/users/:id/roles — grants a role, scoped to a unit for `releaser` (201). */
export function grantRole(userId: string, body: GrantRoleRequest): Promise<AdminUserDetail> {
  return apiFetch<AdminUserDetail>(`/api/admin/users/${encodeURIComponent(userId)}/roles`, {
    method: "POST",
    body,
  });
}

/** Grants a role to a user. */
export function useGrantRole(userId: string) {
  const storeUpdatedUser = useStoreUpdatedUser();
  return useMutation({
    mutationFn: (body: GrantRoleRequest) => grantRole(userId, body),
    onSuccess: storeUpdatedUser,
  });
}
