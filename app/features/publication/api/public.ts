import type { PublicFeedPage, PublicItem, SocialPosts } from "@shared/schemas/publication";
import { useQuery } from "@tanstack/react-query";
import type { z } from "zod";
import { apiFetch } from "../../../api/client";

type Page = z.infer<typeof PublicFeedPage>;

/** GET /api/public/publications — the public list by country and theme (no login). */
export function usePublicFeed(filter: { country: string; theme: string }) {
  return useQuery({
    queryKey: ["public", "feed", filter],
    queryFn: ({ signal }) =>
      apiFetch<Page>("/api/public/publications", {
        query: { country: filter.country || null, theme: filter.theme || null, limit: 50 },
        signal,
      }),
  });
}

/** GET /api/public/topics — the countries and themes published. */
export function usePublicTopics() {
  return useQuery({
    queryKey: ["public", "topics"],
    queryFn: ({ signal }) =>
      apiFetch<{ countries: string[]; themes: string[] }>("/api/public/topics", { signal }),
  });
}

/** GET /api/public/publications/:id — one published item (no login). */
export function usePublicItem(id: string) {
  return useQuery({
    queryKey: ["public", "item", id],
    queryFn: ({ signal }) =>
      apiFetch<PublicItem>(`/api/public/publications/${encodeURIComponent(id)}`, { signal }),
    retry: false,
  });
}

/** GET /api/correspondence/:id/social — the text cut for social networks (communicators). */
export function useSocialPosts(id: string) {
  return useQuery({
    queryKey: ["public", "social", id],
    queryFn: ({ signal }) =>
      apiFetch<SocialPosts>(`/api/correspondence/${encodeURIComponent(id)}/social`, { signal }),
    retry: false,
  });
}

/** Where the Atom feeds of a country and a theme are. */
export const atomFeedUrl = (kind: "country" | "theme", value: string) =>
  `/api/public/feeds/${kind}/${encodeURIComponent(value)}`;
