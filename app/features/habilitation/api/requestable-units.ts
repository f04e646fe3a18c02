import type { RequestableUnit } from "@shared/schemas/habilitation";
import { useQuery } from "@tanstack/react-query";
import { apiFetch } from "../../../api/client";

/** GET /api/access-requests/units — the units one may name on the public form. */
export function useRequestableUnits() {
  return useQuery({
    queryKey: ["requestable-units"],
    queryFn: ({ signal }) =>
      apiFetch<{ items: RequestableUnit[] }>("/api/access-requests/units", {
        signal,
        redirectOnUnauthenticated: false,
      }),
  });
}
