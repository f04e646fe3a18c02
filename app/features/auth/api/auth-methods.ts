import { useQuery } from "@tanstack/react-query";
import { apiFetch } from "../../../api/client";

/** GET /api/auth/methods — which sign-in methods the portal offers (ProConnect or not). */
export function useAuthMethods() {
  return useQuery({
    queryKey: ["auth-methods"],
    queryFn: ({ signal }) =>
      apiFetch<{ oidc: boolean }>("/api/auth/methods", {
        signal,
        redirectOnUnauthenticated: false,
      }),
    staleTime: Number.POSITIVE_INFINITY,
  });
}
