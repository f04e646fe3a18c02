import type { AdminUserDetail } from "@shared/schemas/people";
import { useQuery } from "@tanstack/react-query";
import { apiFetch } from "../../../api/client";
import { adminUserQueryKey } from "./user-cache";

/** GET /api/admin/users/:id — an account with its assignments, clearances and roles. */
export function fetchAdminUser(id: string, signal?: AbortSignal): Promise<AdminUserDetail> {
  return apiFetch<AdminUserDetail>(`/api/admin/users/${encodeURIComponent(id)}`, { signal });
}

/** An account as administrators see it. */
export function useAdminUser(id: string) {
  return useQuery({
    queryKey: adminUserQueryKey(id),
    queryFn: ({ signal }) => fetchAdminUser(id, signal),
  });
}
