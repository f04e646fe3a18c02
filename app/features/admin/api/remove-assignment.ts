import type { AdminUserDetail } from "@shared/schemas/people";
import { useMutation } from "@tanstack/react-query";
import { apiFetch } from "../../../api/client";
import { useStoreUpdatedUser } from "./user-cache";

/** DELETE /api/admin/users/:id/assignments/:assignmentId — ends an assignment. */
export function removeAssignment(userId: string, assignmentId: string): Promise<AdminUserDetail> {
  return apiFetch<AdminUserDetail>(
    `/api/admin/users/${encodeURIComponent(userId)}/assignments/${encodeURIComponent(assignmentId)}`,
    { method: "DELETE" },
  );
}

/** Removes one of a user's assignments. */
export function useRemoveAssignment(userId: string) {
  const storeUpdatedUser = useStoreUpdatedUser();
  return useMutation({
    mutationFn: (assignmentId: string) => removeAssignment(userId, assignmentId),
    onSuccess: storeUpdatedUser,
  });
}
