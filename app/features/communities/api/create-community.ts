import type { CommunityDetail, CreateCommunityBody } from "@shared/schemas/communities";
import { useMutation } from "@tanstack/react-query";
import { apiFetch } from "../../../api/client";
import { useRefreshCommunities } from "./community-cache";

/** POST /api/communities — creates a transverse community; its creator manages it. */
export function createCommunity(body: CreateCommunityBody): Promise<CommunityDetail> {
  return apiFetch<CommunityDetail>("/api/communities", { method: "POST", body });
}

/** Creates a community, then refreshes the lists. */
export function useCreateCommunity() {
  const refresh = useRefreshCommunities();
  return useMutation({ mutationFn: createCommunity, onSuccess: refresh });
}
