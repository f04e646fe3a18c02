import type { MailSettings } from "@shared/schemas/mail-outbound";
import { useQuery } from "@tanstack/react-query";
import { apiFetch } from "../../../api/client";

export const mailSettingsQueryKey = ["mail-settings"] as const;

/** GET /api/mail/settings — the address mail goes to, the digest, how each type is mailed. */
export function fetchMailSettings(signal?: AbortSignal) {
  return apiFetch<MailSettings>("/api/mail/settings", { signal });
}

export function useMailSettings() {
  return useQuery({
    queryKey: mailSettingsQueryKey,
    queryFn: ({ signal }) => fetchMailSettings(signal),
    // The preferences page changes the same deliveries: the form starts from a fresh read.
    refetchOnMount: "always",
  });
}
