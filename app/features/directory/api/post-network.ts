import type { PostNetwork } from "@shared/schemas/organization";
import { useQuery } from "@tanstack/react-query";
import { apiFetch } from "../../../api/client";

/** GET /api/directory/posts — the embassies, consulates and permanent representations by country. */
export function fetchPostNetwork(signal?: AbortSignal): Promise<PostNetwork> {
  return apiFetch<PostNetwork>("/api/directory/posts", { signal });
}

/** The network of posts abroad. */
export function usePostNetwork() {
  return useQuery({
    queryKey: ["directory", "posts"],
    queryFn: ({ signal }) => fetchPostNetwork(signal),
    staleTime: 5 * 60_000,
  });
}
