import type { PersonDetail, UpdateMyProfileBody } from "@shared/schemas/people";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiFetch } from "../../../api/client";
import { meQueryKey } from "../../auth/api/me";

/** PUT /api/me/profile — the languages one speaks and one's areas of expertise. */
export function updateMyProfile(body: UpdateMyProfileBody): Promise<PersonDetail> {
  return apiFetch<PersonDetail>("/api/me/profile", { method: "PUT", body });
}

/** Saves the profile, then refreshes the signed-in user and directory cards. */
export function useUpdateMyProfile() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateMyProfile,
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: meQueryKey }),
        queryClient.invalidateQueries({ queryKey: ["directory"] }),
      ]),
  });
}
