import type { DecideMembershipBody } from "@shared/schemas/communities";
import { useMutation } from "@tanstack/react-query";
import { apiFetch } from "../../../api/client";
import { useRefreshCommunities } from "./community-cache";

/** POST /api/communities/:id/membership-requests/:requestId/decision — accept or refuse. */
export function decideMembership(
  id: string,
  requestId: string,
  body: DecideMembershipBody,
): Promise<null> {
  return apiFetch<null>(
    `/api/communities/${encodeURIComponent(id)}/membership-requests/${encodeURIComponent(requestId)}/decision`,
    { method: "POST", body },
  );
}

/** Decides a request; the requests, members and counts are refreshed. */
export function useDecideMembership(id: string) {
  const refresh = useRefreshCommunities();
  return useMutation({
    mutationFn: ({ requestId, ...body }: DecideMembershipBody & { requestId: string }) =>
      decideMembership(id, requestId, body),
    onSuccess: refresh,
  });
}
