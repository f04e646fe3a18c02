import type { CorrespondenceDetail, UpdateDraftBody } from "@shared/schemas/correspondence";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { ApiError, apiFetch } from "../../../api/client";
import { useStoreSavedCorrespondence } from "./correspondence-cache";
import { versionsQueryKey } from "./versions";

/**
 * PUT /api/correspondence/:id/draft — saves the draft as a new version. Answers 409 `conflict`
 * when someone saved a newer version on top of `baseVersion` meanwhile.
 */
export function updateDraft(id: string, body: UpdateDraftBody): Promise<CorrespondenceDetail> {
  return apiFetch<CorrespondenceDetail>(`/api/correspondence/${encodeURIComponent(id)}/draft`, {
    method: "PUT",
    body,
  });
}

/**
 * Saves a draft; its page, versions and the boxes are refreshed. After a conflict the versions
 * are refreshed too, so the list shows the newer version that someone else saved.
 */
export function useUpdateDraft(id: string) {
  const queryClient = useQueryClient();
  const store = useStoreSavedCorrespondence();
  return useMutation({
    mutationFn: (body: UpdateDraftBody) => updateDraft(id, body),
    onSuccess: store,
    onError: async (error) => {
      if (error instanceof ApiError && error.status === 409) {
        await queryClient.invalidateQueries({ queryKey: versionsQueryKey(id) });
      }
    },
  });
}
