import { useQuery } from "@tanstack/react-query";
import { apiFetch } from "../../../api/client";

/** GET /api/mail/address — the functional address of a unit or a community. */
export function useMailAddress(target: { unitId: string } | { communityId: string }) {
  return useQuery({
    queryKey: ["mail", "address", target] as const,
    queryFn: ({ signal }) =>
      apiFetch<{ address: string | null }>("/api/mail/address", { query: target, signal }),
    staleTime: 5 * 60_000,
  });
}
