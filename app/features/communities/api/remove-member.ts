import { useMutation } from "@tanstack/react-query";
import { apiFetch } from "../../../api/client";
import { useRefreshCommunities } from "./community-cache";

/** DELETE /api/communities/:id/members/:userId — a manager removes a member. */
export function removeMember(id: string, userId: string): Promise<null> {
  return apiFetch<null>(
    `/api/communities/${encodeURIComponent(id)}/members/${encodeURIComponent(userId)}`,
    { method: "DELETE" },
  );
}

/** Removes a member; the members and counts are refreshed. */
export function useRemoveMember(id: string) {
  const refresh = useRefreshCommunities();
  return useMutation({
    mutationFn: (userId: string) => removeMember(id, userId),
    onSuccess: refresh,
  });
}
