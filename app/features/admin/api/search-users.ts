import type { AdminUserPage } from "@shared/schemas/people";
import type { UserStatus } from "@shared/vocabulary";
import { keepPreviousData, useInfiniteQuery } from "@tanstack/react-query";
import type { z } from "zod";
import { apiFetch } from "../../../api/client";

export type AdminUserPageData = z.infer<typeof AdminUserPage>;
export type AdminUserFilters = { q?: string; status?: UserStatus };

const PAGE_SIZE = 25;

/** GET /api/admin/users — one keyset page of accounts, by name or e-mail and status. */
export function searchUsers(
  filters: AdminUserFilters,
  cursor: string | null,
  signal?: AbortSignal,
): Promise<AdminUserPageData> {
  return apiFetch<AdminUserPageData>("/api/admin/users", {
    query: { ...filters, cursor, limit: PAGE_SIZE },
    signal,
  });
}

/** Accounts matching the filters, page after page. */
export function useUserSearch(filters: AdminUserFilters) {
  return useInfiniteQuery({
    queryKey: ["admin", "users", filters],
    queryFn: ({ pageParam, signal }) => searchUsers(filters, pageParam, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (lastPage) => lastPage.nextCursor,
    placeholderData: keepPreviousData,
  });
}
