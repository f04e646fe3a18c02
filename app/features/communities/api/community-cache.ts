import { useQueryClient } from "@tanstack/react-query";
import { meQueryKey } from "../../auth/api/me";

/** Every cached query about communities (lists, pages, members, requests) starts with this. */
export const communitiesQueryKey = ["communities"] as const;

/** After an enrolment change: refresh every community query, and the signed-in user's communities. */
export function useRefreshCommunities() {
  const queryClient = useQueryClient();
  return async () => {
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: communitiesQueryKey }),
      queryClient.invalidateQueries({ queryKey: meQueryKey }),
    ]);
  };
}
