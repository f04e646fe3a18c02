import { useMutation } from "@tanstack/react-query";
import { apiFetch } from "../../../api/client";
import { useRefreshCommunities } from "./community-cache";

/** POST /api/communities/:id/leave — leaves a community one joined. */
export function leaveCommunity(id: string): Promise<null> {
  return apiFetch<null>(`/api/communities/${encodeURIComponent(id)}/leave`, { method: "POST" });
}

/** Leaves the community; the community and the lists are refreshed. */
export function useLeaveCommunity(id: string) {
  const refresh = useRefreshCommunities();
  return useMutation({ mutationFn: () => leaveCommunity(id), onSuccess: refresh });
}
