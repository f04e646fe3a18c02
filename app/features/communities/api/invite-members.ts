import type { InviteMembersBody, InviteResult } from "@shared/schemas/communities";
import { useMutation } from "@tanstack/react-query";
import { apiFetch } from "../../../api/client";
import { useRefreshCommunities } from "./community-cache";

/** POST /api/communities/:id/invitations — adds people and whole units. */
export function inviteMembers(id: string, body: InviteMembersBody): Promise<InviteResult> {
  return apiFetch<InviteResult>(`/api/communities/${encodeURIComponent(id)}/invitations`, {
    method: "POST",
    body,
  });
}

/** Invites; the members and counts are refreshed. */
export function useInviteMembers(id: string) {
  const refresh = useRefreshCommunities();
  return useMutation({
    mutationFn: (body: InviteMembersBody) => inviteMembers(id, body),
    onSuccess: refresh,
  });
}
