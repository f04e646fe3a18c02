import type { LoginBody, Me } from "@shared/schemas/people";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiFetch } from "../../../api/client";
import { meQueryKey } from "./me";

/** POST /api/auth/login — opens a session (cookie) and answers the user. */
export function login(body: LoginBody): Promise<Me> {
  return apiFetch<Me>("/api/auth/login", {
    method: "POST",
    body,
    redirectOnUnauthenticated: false,
  });
}

/** Signs in; on success the user is stored as the current `me`, so every guard sees it at once. */
export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: login,
    onSuccess: (me) => {
      queryClient.removeQueries();
      queryClient.setQueryData(meQueryKey, me);
    },
  });
}
