import type { AcceptInvitationBody } from "@shared/schemas/habilitation";
import { useMutation } from "@tanstack/react-query";
import { apiFetch } from "../../../api/client";

/** POST /api/invitations/password — sets one's first password from an invitation link. */
export function useAcceptInvitation() {
  return useMutation({
    mutationFn: (body: AcceptInvitationBody) =>
      apiFetch<void>("/api/invitations/password", {
        method: "POST",
        body,
        redirectOnUnauthenticated: false,
      }),
  });
}
