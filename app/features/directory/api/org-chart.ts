import type { OrgChart } from "@shared/schemas/organization";
import { useQuery } from "@tanstack/react-query";
import { apiFetch } from "../../../api/client";

/** GET /api/directory/organizations/:organizationId/chart — the tree of an organisation's units. */
export function fetchOrgChart(organizationId: string, signal?: AbortSignal): Promise<OrgChart> {
  return apiFetch<OrgChart>(
    `/api/directory/organizations/${encodeURIComponent(organizationId)}/chart`,
    { signal },
  );
}

/** An organisation chart. */
export function useOrgChart(organizationId: string) {
  return useQuery({
    queryKey: ["directory", "org-chart", organizationId],
    queryFn: ({ signal }) => fetchOrgChart(organizationId, signal),
  });
}
