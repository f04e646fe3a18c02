import type { InviteOrganisationBody, PartnerOrganisationPage } from "@shared/schemas/partners";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import { apiFetch } from "../../../api/client";

type Page = z.infer<typeof PartnerOrganisationPage>;
const key = ["partners", "organisations"] as const;

/** GET /api/partners/organisations — the first 100 partner organisations by name. */
export function usePartnerOrganisations(enabled = true) {
  return useQuery({
    queryKey: key,
    queryFn: ({ signal }) =>
      apiFetch<Page>("/api/partners/organisations", { query: { limit: 100 }, signal }),
    enabled,
  });
}

/** POST /api/partners/organisations — creates an organisation and e-mails its invitations. */
export function useInviteOrganisation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: InviteOrganisationBody) =>
      apiFetch<{ id: string }>("/api/partners/organisations", { method: "POST", body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: key }),
  });
}

/** GET /api/partners/contacts — a partner's named contacts at the ministry. */
export function useMyContacts(enabled: boolean) {
  return useQuery({
    queryKey: ["partners", "contacts"],
    queryFn: ({ signal }) =>
      apiFetch<{ items: { id: string; displayName: string }[] }>("/api/partners/contacts", {
        signal,
      }),
    enabled,
  });
}
