import type {
  CreateTransferBody,
  EligibleRecordPage,
  TransferPage,
  TransferSummary,
} from "@shared/schemas/archives";
import type { ErrorBody } from "@shared/schemas/common";
import { useInfiniteQuery, useMutation, useQueryClient } from "@tanstack/react-query";
import { ApiError, apiFetch } from "../../../api/client";

const KEY = ["archives", "transfers"] as const;
const ELIGIBLE_KEY = ["archives", "eligible"] as const;

/** GET /api/archives/transfers — transfers, newest first. */
export function useTransfers() {
  return useInfiniteQuery({
    queryKey: KEY,
    queryFn: ({ pageParam, signal }) =>
      apiFetch<TransferPage>("/api/archives/transfers", {
        query: { cursor: pageParam ?? undefined, limit: 20 },
        signal,
      }),
    initialPageParam: null as string | null,
    getNextPageParam: (lastPage) => lastPage.nextCursor,
  });
}

/** GET /api/archives/transfers/eligible — records that may go into a transfer. */
export function useEligibleRecords(dueOnly: boolean) {
  return useInfiniteQuery({
    queryKey: [...ELIGIBLE_KEY, dueOnly],
    queryFn: ({ pageParam, signal }) =>
      apiFetch<EligibleRecordPage>("/api/archives/transfers/eligible", {
        query: { cursor: pageParam ?? undefined, limit: 50, due: dueOnly ? "true" : undefined },
        signal,
      }),
    initialPageParam: null as string | null,
    getNextPageParam: (lastPage) => lastPage.nextCursor,
  });
}

function useRefreshArchives() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: KEY }),
      queryClient.invalidateQueries({ queryKey: ELIGIBLE_KEY }),
    ]);
}

/** POST /api/archives/transfers */
export function useCreateTransfer() {
  const refresh = useRefreshArchives();
  return useMutation({
    mutationFn: (body: CreateTransferBody) =>
      apiFetch<TransferSummary>("/api/archives/transfers", { method: "POST", body }),
    onSuccess: refresh,
  });
}

/** Where the browser downloads a transfer's ZIP (GET /api/archives/transfers/:id/package). */
export const transferPackageUrl = (id: string) =>
  `/api/archives/transfers/${encodeURIComponent(id)}/package`;

/** POST /api/archives/transfers/:id/reply — the archive's ArchiveTransferReply, sent as XML. */
async function sendTransferReply(id: string, file: File): Promise<TransferSummary> {
  const response = await fetch(`/api/archives/transfers/${encodeURIComponent(id)}/reply`, {
    method: "POST",
    headers: { Accept: "application/json", "Content-Type": "application/xml" },
    credentials: "same-origin",
    body: await file.text(),
  });
  const payload: unknown = await response.json().catch(() => undefined);
  if (response.ok) return payload as TransferSummary;
  const error = (payload as ErrorBody | undefined)?.error;
  throw new ApiError(response.status, error?.code ?? "http_error", error?.message ?? "");
}

export function useImportTransferReply() {
  const refresh = useRefreshArchives();
  return useMutation({
    mutationFn: ({ id, file }: { id: string; file: File }) => sendTransferReply(id, file),
    onSuccess: refresh,
  });
}
