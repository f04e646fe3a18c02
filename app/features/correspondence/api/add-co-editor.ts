import type { CorrespondenceDetail } from "@shared/schemas/correspondence";
import { useMutation } from "@tanstack/react-query";
import { apiFetch } from "../../../api/client";
import { useStoreSavedCorrespondence } from "./correspondence-cache";

/** POST /api/correspondence/:id/editors — the drafter invites a colleague to co-edit. */
export function addCoEditor(id: string, userId: string): Promise<CorrespondenceDetail> {
  return apiFetch<CorrespondenceDetail>(`/api/correspondence/${encodeURIComponent(id)}/editors`, {
    method: "POST",
    body: { userId },
  });
}

/** Invites a co-editor (409 `conflict` when they already are one). */
export function useAddCoEditor(id: string) {
  const store = useStoreSavedCorrespondence();
  return useMutation({
    mutationFn: (userId: string) => addCoEditor(id, userId),
    onSuccess: store,
  });
}
