import { useMutation, useQuery } from "@tanstack/react-query";
import { apiFetch } from "../../../api/client";

type Invitation = {
  organisationName: string;
  displayName: string;
  email: string;
  expiresAt: string;
};
const url = (token: string) => `/api/invitations/${encodeURIComponent(token)}`;

/** GET /api/invitations/:token — what a link is for (410 once used or expired). */
export function useInvitation(token: string) {
  return useQuery({
    queryKey: ["invitation", token],
    queryFn: ({ signal }) => apiFetch<Invitation>(url(token), { signal }),
    retry: false,
  });
}

/** POST /api/invitations/:token/accept — sets the password and activates the account. */
export function useAcceptInvitation(token: string) {
  return useMutation({
    mutationFn: (password: string) =>
      apiFetch<null>(`${url(token)}/accept`, { method: "POST", body: { password } }),
  });
}
