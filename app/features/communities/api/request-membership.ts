import type { CommunityDetail, RequestMembershipBody } from "@shared/schemas/communities";
import { useMutation } from "@tanstack/react-query";
import { apiFetch } from "../../../api/client";
import { useRefreshCommunities } from "./community-cache";

/** POST /api/communities/:id/membership-requests — joins an open community, or asks to join. */
export function requestMembership(
  id: string,
  body: RequestMembershipBody,
): Promise<CommunityDetail> {
  return apiFetch<CommunityDetail>(
    `/api/communities/${encodeURIComponent(id)}/membership-requests`,
    { method: "POST", body },
  );
}

/** Joins or asks to join; the community and the lists are refreshed. */
export function useRequestMembership(id: string) {
  const refresh = useRefreshCommunities();
  return useMutation({
    mutationFn: (body: RequestMembershipBody) => requestMembership(id, body),
    onSuccess: refresh,
  });
}
