import type {
  DisposalList,
  DisposalListDetail,
  ProposeDisposalBody,
  RecordSummary,
} from "@shared/schemas/records";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { apiFetch } from "../../../api/client";
import { recordsKey } from "./series";

/** GET /api/records/disposal-proposals — records due for destruction (first 100). */
export function useDisposalProposals() {
  return useQuery({
    queryKey: [...recordsKey, "proposals"],
    queryFn: ({ signal }) =>
      apiFetch<{ items: RecordSummary[]; nextCursor: string | null }>(
        "/api/records/disposal-proposals",
        {
          query: { limit: 100 },
          signal,
        },
      ),
  });
}

/** GET /api/records/disposals — disposal lists, newest first (first 100). */
export function useDisposalLists() {
  return useQuery({
    queryKey: [...recordsKey, "disposals"],
    queryFn: ({ signal }) =>
      apiFetch<{ items: DisposalList[]; nextCursor: string | null }>("/api/records/disposals", {
        query: { limit: 100 },
        signal,
      }),
  });
}

/** GET /api/records/disposals/:id — one list with its records and traces. */
export function useDisposalList(id: string) {
  return useQuery({
    queryKey: [...recordsKey, "disposals", id],
    queryFn: ({ signal }) =>
      apiFetch<DisposalListDetail>(`/api/records/disposals/${encodeURIComponent(id)}`, { signal }),
  });
}

/** POST /api/records/disposals — proposes a disposal list. */
export function useProposeDisposal() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ProposeDisposalBody) =>
      apiFetch<DisposalListDetail>("/api/records/disposals", { method: "POST", body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: recordsKey }),
  });
}

/** POST /api/records/disposals/:id/approve|reject — the approver's decision. */
export function useDecideDisposal(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ decision, comment }: { decision: "approve" | "reject"; comment: string }) =>
      apiFetch<DisposalListDetail>(`/api/records/disposals/${encodeURIComponent(id)}/${decision}`, {
        method: "POST",
        body: { comment },
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: recordsKey }),
  });
}

/** Where an approved list's certificate is downloaded. */
export const certificateUrl = (id: string) =>
  `/api/records/disposals/${encodeURIComponent(id)}/certificate`;
