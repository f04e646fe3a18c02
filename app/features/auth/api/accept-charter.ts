import type { AcceptCharterBody, Me } from "@shared/schemas/people";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import { apiFetch } from "../../../api/client";
import { meQueryKey } from "./me";

type AcceptCharterRequest = z.input<typeof AcceptCharterBody>;

/** POST /api/me/charter — records that the user accepted this version of the charter. */
export function acceptCharter(request: AcceptCharterRequest): Promise<Me> {
  return apiFetch<Me>("/api/me/charter", { method: "POST", body: request });
}

/** Accepts the charter; the returned user unlocks the rest of the app. */
export function useAcceptCharter() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: acceptCharter,
    onSuccess: (me) => {
      queryClient.setQueryData(meQueryKey, me);
      return queryClient.invalidateQueries({ predicate: (query) => query.queryKey[0] !== "me" });
    },
  });
}
