import type { JournalPage } from "@shared/schemas/journal";
import { keepPreviousData, useInfiniteQuery } from "@tanstack/react-query";
import type { z } from "zod";
import { apiFetch } from "../../../api/client";

export type JournalPageData = z.infer<typeof JournalPage>;
export type JournalFilters = { action?: string };

const PAGE_SIZE = 50;

/** GET /api/admin/journal — one keyset page of the operations journal, newest first. */
export function fetchJournal(
  filters: JournalFilters,
  cursor: string | null,
  signal?: AbortSignal,
): Promise<JournalPageData> {
  return apiFetch<JournalPageData>("/api/admin/journal", {
    query: { ...filters, cursor, limit: PAGE_SIZE },
    signal,
  });
}

/** The journal of operations, page after page. */
export function useJournal(filters: JournalFilters) {
  return useInfiniteQuery({
    queryKey: ["admin", "journal", filters],
    queryFn: ({ pageParam, signal }) => fetchJournal(filters, pageParam, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (lastPage) => lastPage.nextCursor,
    placeholderData: keepPreviousData,
  });
}
