import type { AccessRequestPage } from "@shared/schemas/habilitation";
import { useQuery } from "@tanstack/react-query";
import { apiFetch } from "../../../api/client";

export const accessRequestsQueryKey = ["access-requests"] as const;

/** GET /api/access-requests — pending requests of the units I head (all, for an officer). */
export function useAccessRequests() {
  return useQuery({
    queryKey: accessRequestsQueryKey,
    queryFn: ({ signal }) =>
      apiFetch<AccessRequestPage>("/api/access-requests", {
        signal,
        query: { state: "pending", limit: 100 },
      }),
  });
}
