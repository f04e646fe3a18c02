import type { PersonDetail } from "@shared/schemas/people";
import { useQuery } from "@tanstack/react-query";
import { apiFetch } from "../../../api/client";

/** GET /api/directory/people/:id — a person's directory card (404 when not visible). */
export function fetchPerson(id: string, signal?: AbortSignal): Promise<PersonDetail> {
  return apiFetch<PersonDetail>(`/api/directory/people/${encodeURIComponent(id)}`, { signal });
}

/** A person's directory card. */
export function usePerson(id: string) {
  return useQuery({
    queryKey: ["directory", "person", id],
    queryFn: ({ signal }) => fetchPerson(id, signal),
  });
}
