import type { CorrespondenceDetail } from "@shared/schemas/correspondence";
import { useQueryClient } from "@tanstack/react-query";
import { correspondenceQueryKey } from "./correspondence";
import { inboxQueryKey } from "./inbox";
import { versionsQueryKey } from "./versions";

/** After a write: cache the answer for its pages, refresh its versions and every box. */
export function useStoreSavedCorrespondence() {
  const queryClient = useQueryClient();
  return async (detail: CorrespondenceDetail) => {
    queryClient.setQueryData(correspondenceQueryKey(detail.id), detail);
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: versionsQueryKey(detail.id) }),
      queryClient.invalidateQueries({ queryKey: inboxQueryKey }),
    ]);
  };
}
