import type { AdminUserDetail, UpdateUserBody } from "@shared/schemas/people";
import { useMutation } from "@tanstack/react-query";
import type { z } from "zod";
import { apiFetch } from "../../../api/client";
import { useStoreUpdatedUser } from "./user-cache";

export type UpdateUserRequest = z.input<typeof UpdateUserBody>;

/** PATCH /api/admin/users/:id — changes identity fields or the status (active / disabled). */
export function updateUser(id: string, body: UpdateUserRequest): Promise<AdminUserDetail> {
  return apiFetch<AdminUserDetail>(`/api/admin/users/${encodeURIComponent(id)}`, {
    method: "PATCH",
    body,
  });
}

/** Updates an account. */
export function useUpdateUser(id: string) {
  const storeUpdatedUser = useStoreUpdatedUser();
  return useMutation({
    mutationFn: (body: UpdateUserRequest) => updateUser(id, body),
    onSuccess: storeUpdatedUser,
  });
}
