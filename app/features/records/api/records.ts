import type { RecordSummary, RecordsFilter } from "@shared/schemas/records";
import { keepPreviousData, useInfiniteQuery } from "@tanstack/react-query";
import { apiFetch } from "../../../api/client";
import { recordsKey } from "./series";

const PAGE_SIZE = 50;
type RecordPage = { items: RecordSummary[]; nextCursor: string | null };

/** GET /api/records — records, newest first, filtered. */
export function fetchRecords(filter: RecordsFilter, cursor: string | null, signal?: AbortSignal) {
  return apiFetch<RecordPage>("/api/records", {
    query: { ...filter, cursor, limit: PAGE_SIZE },
    signal,
  });
}

export function useRecords(filter: RecordsFilter) {
  return useInfiniteQuery({
    queryKey: [...recordsKey, "list", filter],
    queryFn: ({ pageParam, signal }) => fetchRecords(filter, pageParam, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    placeholderData: keepPreviousData,
  });
}
