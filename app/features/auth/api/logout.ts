import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiFetch } from "../../../api/client";
import { meQueryKey } from "./me";

/** POST /api/auth/logout — closes the session. */
export function logout(): Promise<void> {
  return apiFetch<void>("/api/auth/logout", { method: "POST", redirectOnUnauthenticated: false });
}

/** Signs out and forgets every cached answer, even if the server could not be reached. */
export function useLogout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: logout,
    onSettled: () => {
      queryClient.removeQueries();
      queryClient.setQueryData(meQueryKey, null);
    },
  });
}
