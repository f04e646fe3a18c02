import type { AccessRequest, DecideAccessRequestBody } from "@shared/schemas/habilitation";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiFetch } from "../../../api/client";
import { accessRequestsQueryKey } from "./access-requests";

/** POST /api/access-requests/:id/decision — the head accepts or refuses. */
export function useDecideAccessRequest() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: DecideAccessRequestBody }) =>
      apiFetch<AccessRequest>(`/api/access-requests/${encodeURIComponent(id)}/decision`, {
        method: "POST",
        body,
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: accessRequestsQueryKey }),
  });
}
