import type { OrganizationList } from "@shared/schemas/organization";
import { useQuery } from "@tanstack/react-query";
import type { z } from "zod";
import { apiFetch } from "../../../api/client";

export type OrganizationListData = z.infer<typeof OrganizationList>;

/** GET /api/directory/organizations — every organisation the user may browse. */
export function fetchOrganizations(signal?: AbortSignal): Promise<OrganizationListData> {
  return apiFetch<OrganizationListData>("/api/directory/organizations", { signal });
}

/** The organisations (ministries, partner administrations, companies). */
export function useOrganizations() {
  return useQuery({
    queryKey: ["directory", "organizations"],
    queryFn: ({ signal }) => fetchOrganizations(signal),
    staleTime: 5 * 60_000,
  });
}
