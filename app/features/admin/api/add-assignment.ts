import type { AddAssignmentBody, AdminUserDetail } from "@shared/schemas/people";
import { useMutation } from "@tanstack/react-query";
import type { z } from "zod";
import { apiFetch } from "../../../api/client";
import { useStoreUpdatedUser } from "./user-cache";

export type AddAssignmentRequest = z.input<typeof AddAssignmentBody>;

/** POST /api/admin/users/:id/assignments — assigns the user to a unit with a function (201). */
export function addAssignment(
  userId: string,
  body: AddAssignmentRequest,
): Promise<AdminUserDetail> {
  return apiFetch<AdminUserDetail>(`/api/admin/users/${encodeURIComponent(userId)}/assignments`, {
    method: "POST",
    body,
  });
}

/** Adds an assignment to a user. */
export function useAddAssignment(userId: string) {
  const storeUpdatedUser = useStoreUpdatedUser();
  return useMutation({
    mutationFn: (body: AddAssignmentRequest) => addAssignment(userId, body),
    onSuccess: storeUpdatedUser,
  });
}
