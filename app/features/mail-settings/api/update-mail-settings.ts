import type { MailSettings, UpdateMailSettingsBody } from "@shared/schemas/mail-outbound";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiFetch } from "../../../api/client";
import { notificationPreferencesQueryKey } from "../../notifications/api/notifications-keys";
import { mailSettingsQueryKey } from "./get-mail-settings";

/** PUT /api/mail/settings — changes the fields given. */
export function updateMailSettings(body: UpdateMailSettingsBody) {
  return apiFetch<MailSettings>("/api/mail/settings", { method: "PUT", body });
}

export function useUpdateMailSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateMailSettings,
    onSuccess: (settings) => {
      queryClient.setQueryData(mailSettingsQueryKey, settings);
      // The deliveries are the notification preferences: that page must read them afresh (it
      // starts its form from the first data it gets, so a stale copy must not be offered).
      queryClient.removeQueries({ queryKey: notificationPreferencesQueryKey });
    },
  });
}
