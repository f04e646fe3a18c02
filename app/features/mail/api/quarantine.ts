import type {
  DecideQuarantineBody,
  QuarantineItem,
  QuarantinePage,
} from "@shared/schemas/mail-inbound";
import type { InboundStatus } from "@shared/vocabulary";
import { useInfiniteQuery, useMutation, useQueryClient } from "@tanstack/react-query";
import { apiFetch } from "../../../api/client";

const KEY = ["mail", "quarantine"] as const;

/** GET /api/mail/quarantine — held messages I review, newest first, page after page. */
export function useQuarantine(status: InboundStatus) {
  return useInfiniteQuery({
    queryKey: [...KEY, status] as const,
    queryFn: ({ pageParam, signal }) =>
      apiFetch<QuarantinePage>("/api/mail/quarantine", {
        query: { status, cursor: pageParam, limit: 20 },
        signal,
      }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
  });
}

/** POST /api/mail/quarantine/:id/decision — accept or reject a held message. */
export function useDecideQuarantine() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: DecideQuarantineBody }) =>
      apiFetch<{ item: QuarantineItem; correspondenceId: string | null }>(
        `/api/mail/quarantine/${encodeURIComponent(id)}/decision`,
        { method: "POST", body },
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: KEY }),
  });
}

/** The address of a held message's original .eml (a download, never rendered). */
export const quarantinedOriginalUrl = (id: string) =>
  `/api/mail/quarantine/${encodeURIComponent(id)}/original`;
