import type { AdminUserDetail, CreateUserBody } from "@shared/schemas/people";
import { useMutation } from "@tanstack/react-query";
import type { z } from "zod";
import { apiFetch } from "../../../api/client";
import { useStoreUpdatedUser } from "./user-cache";

export type CreateUserRequest = z.input<typeof CreateUserBody>;

/** POST /api/admin/users — creates an account (201). */
export function createUser(body: CreateUserRequest): Promise<AdminUserDetail> {
  return apiFetch<AdminUserDetail>("/api/admin/users", { method: "POST", body });
}

/** Creates an account and caches it for its detail page. */
export function useCreateUser() {
  const storeUpdatedUser = useStoreUpdatedUser();
  return useMutation({ mutationFn: createUser, onSuccess: storeUpdatedUser });
}
