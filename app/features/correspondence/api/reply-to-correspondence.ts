import type { CorrespondenceDetail } from "@shared/schemas/correspondence";
import type { ReplyBody } from "@shared/schemas/handling";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiFetch } from "../../../api/client";
import { useStoreSavedCorrespondence } from "./correspondence-cache";
import { distributionQueryKey } from "./distribution";

/**
 * POST /api/correspondence/:id/reply — starts the answer: a draft that REFs the document,
 * addressed for action to its originating unit; answers 201 with the new draft.
 */
export function replyToCorrespondence(id: string, body: ReplyBody): Promise<CorrespondenceDetail> {
  return apiFetch<CorrespondenceDetail>(`/api/correspondence/${encodeURIComponent(id)}/reply`, {
    method: "POST",
    body,
  });
}

/** Starts an answer; the new draft is cached for its editor and the handling state refreshed. */
export function useReplyToCorrespondence(id: string) {
  const queryClient = useQueryClient();
  const store = useStoreSavedCorrespondence();
  return useMutation({
    mutationFn: (body: ReplyBody) => replyToCorrespondence(id, body),
    onSuccess: async (draft) => {
      await Promise.all([
        store(draft),
        queryClient.invalidateQueries({ queryKey: distributionQueryKey(id) }),
      ]);
    },
  });
}
