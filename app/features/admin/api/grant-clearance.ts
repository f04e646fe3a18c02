import type { AdminUserDetail, GrantClearanceBody } from "@shared/schemas/people";
import { useMutation } from "@tanstack/react-query";
import type { z } from "zod";
import { apiFetch } from "../../../api/client";
import { useStoreUpdatedUser } from "./user-cache";

export type GrantClearanceRequest = z.input<typeof GrantClearanceBody>;

/** POST /api/admin/users/:id/clearances — grants a clearance for a period (201). */
export function grantClearance(
  userId: string,
  body: GrantClearanceRequest,
): Promise<AdminUserDetail> {
  return apiFetch<AdminUserDetail>(`/api/admin/users/${encodeURIComponent(userId)}/clearances`, {
    method: "POST",
    body,
  });
}

/** Grants a clearance to a user. */
export function useGrantClearance(userId: string) {
  const storeUpdatedUser = useStoreUpdatedUser();
  return useMutation({
    mutationFn: (body: GrantClearanceRequest) => grantClearance(userId, body),
    onSuccess: storeUpdatedUser,
  });
}
