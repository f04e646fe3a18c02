import type { RequestAccessBody } from "@shared/schemas/habilitation";
import { useMutation } from "@tanstack/react-query";
import { apiFetch } from "../../../api/client";

/** POST /api/access-requests — asks for access, without an account. */
export function useRequestAccess() {
  return useMutation({
    mutationFn: (body: RequestAccessBody) =>
      apiFetch<{ received: true }>("/api/access-requests", {
        method: "POST",
        body,
        redirectOnUnauthenticated: false,
      }),
  });
}
