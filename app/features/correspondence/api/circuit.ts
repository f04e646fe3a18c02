import type { Circuit } from "@shared/schemas/circuit";
import { useQuery } from "@tanstack/react-query";
import { apiFetch } from "../../../api/client";

/** Cache key of a correspondence's circuit (the circuit mutations write it too). */
export const circuitQueryKey = (id: string) => ["correspondence", "circuit", id] as const;

/** GET /api/correspondence/:id/circuit — every round's steps and decisions, in order. */
export function fetchCircuit(id: string, signal?: AbortSignal): Promise<Circuit> {
  return apiFetch<Circuit>(`/api/correspondence/${encodeURIComponent(id)}/circuit`, { signal });
}

/** The circuit of a correspondence, with whether the user decides or signs the current step. */
export function useCircuit(id: string) {
  return useQuery({
    queryKey: circuitQueryKey(id),
    queryFn: ({ signal }) => fetchCircuit(id, signal),
  });
}
