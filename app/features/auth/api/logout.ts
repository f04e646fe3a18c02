import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiFetch } from "../../../api/client";
import { meQueryKey } from "./me";

/**
 * POST /api/auth/logout — closes the session. After an OpenID Connect sign-in the server answers
 * the provider's logout address, so the provider's session ends too.
 */
export function logout(): Promise<{ endSessionUrl: string } | undefined> {
  return apiFetch<{ endSessionUrl: string } | undefined>("/api/auth/logout", {
    method: "POST",
    redirectOnUnauthenticated: false,
  });
}

/** Signs out and forgets every cached answer, even if the server could not be reached. */
export function useLogout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: logout,
    onSuccess: (answer) => {
      if (answer?.endSessionUrl) window.location.assign(answer.endSessionUrl);
    },
    onSettled: () => {
      queryClient.removeQueries();
      queryClient.setQueryData(meQueryKey, null);
    },
  });
}
