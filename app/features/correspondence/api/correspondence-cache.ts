import type { CorrespondenceWithCircuit } from "@shared/schemas/circuit";
import type { CorrespondenceDetail } from "@shared/schemas/correspondence";
import type { DistributionList } from "@shared/schemas/handling";
import { useQueryClient } from "@tanstack/react-query";
import { circuitQueryKey } from "./circuit";
import { correspondenceQueryKey } from "./correspondence";
import { distributionQueryKey } from "./distribution";
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

/**
 * After a circuit operation (submit, decide, sign): cache the document and its circuit, and
 * refresh the boxes and the distribution list (a signature dispatches the document).
 */
export function useStoreCorrespondenceWithCircuit() {
  const queryClient = useQueryClient();
  return async ({ circuit, ...detail }: CorrespondenceWithCircuit) => {
    queryClient.setQueryData(correspondenceQueryKey(detail.id), detail);
    queryClient.setQueryData(circuitQueryKey(detail.id), circuit);
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: distributionQueryKey(detail.id) }),
      queryClient.invalidateQueries({ queryKey: inboxQueryKey }),
    ]);
  };
}

/** After a handling operation (acknowledge, assign, close): cache the list, refresh the boxes. */
export function useStoreDistribution() {
  const queryClient = useQueryClient();
  return async (list: DistributionList) => {
    queryClient.setQueryData(distributionQueryKey(list.correspondenceId), list);
    await queryClient.invalidateQueries({ queryKey: inboxQueryKey });
  };
}
