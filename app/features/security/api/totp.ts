import type { ConfirmTotpBody, TotpConfirmed, TotpEnrollment } from "@shared/schemas/auth";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiFetch } from "../../../api/client";
import { meQueryKey } from "../../auth/api/me";

/** POST /api/me/totp — a new secret and its QR code (shown during enrolment only). */
export function enrollTotp(): Promise<TotpEnrollment> {
  return apiFetch<TotpEnrollment>("/api/me/totp", { method: "POST" });
}

export function useEnrollTotp() {
  return useMutation({ mutationFn: enrollTotp });
}

/** POST /api/me/totp/confirm — first code; answers recovery codes and a two-factor session. */
export function confirmTotp(body: ConfirmTotpBody): Promise<TotpConfirmed> {
  return apiFetch<TotpConfirmed>("/api/me/totp/confirm", { method: "POST", body });
}

export function useConfirmTotp() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: confirmTotp,
    onSuccess: async (confirmed) => {
      queryClient.setQueryData(meQueryKey, confirmed.me);
      await queryClient.invalidateQueries({ predicate: (q) => q.queryKey[0] !== meQueryKey[0] });
    },
  });
}
