import type { AdminUserDetail } from "@shared/schemas/people";
import { useMutation } from "@tanstack/react-query";
import { apiFetch } from "../../../api/client";
import { useStoreUpdatedUser } from "./user-cache";

/** POST /api/admin/users/:id/clearances/:clearanceId/revoke — revokes a clearance now. */
export function revokeClearance(userId: string, clearanceId: string): Promise<AdminUserDetail> {
  return apiFetch<AdminUserDetail>(
    `/api/admin/users/${encodeURIComponent(userId)}/clearances/${encodeURIComponent(clearanceId)}/revoke`,
    { method: "POST" },
  );
}

/** Revokes one of a user's clearances (it stays in the history, marked revoked). */
export function useRevokeClearance(userId: string) {
  const storeUpdatedUser = useStoreUpdatedUser();
  return useMutation({
    mutationFn: (clearanceId: string) => revokeClearance(userId, clearanceId),
    onSuccess: storeUpdatedUser,
  });
}
