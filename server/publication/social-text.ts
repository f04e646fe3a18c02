import { SOCIAL_NETWORKS, type SocialNetwork } from "../../shared/vocabulary.js";

/*
 * « Préparer pour les réseaux sociaux »: the text of a published item cut to each network's
 * usual length, with its public link and hashtags made from its tags. Pure, so it is tested
 * without a database.
 */

/** A tag as a hashtag: words joined in CamelCase, letters and digits only ("#CommerceExtérieur"). */
export function hashtagOf(tag: string): string | null {
  const words = tag.split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 0);
  if (words.length === 0) return null;
  return `#${words.map((w) => (w[0]?.toUpperCase() ?? "") + w.slice(1)).join("")}`;
}

/** Cuts a text at a word boundary so that it fits `max` characters, ellipsis included. */
export function cutText(text: string, max: number): string {
  const chars = [...text];
  if (chars.length <= max) return text;
  if (max <= 1) return "…".slice(0, max);
  const head = chars.slice(0, max - 1).join("");
  const space = head.search(/\s\S*$/u);
  const cut = space > max / 2 ? head.slice(0, space) : head;
  return `${cut.trimEnd()}…`;
}

const length = (s: string) => [...s].length;

/** One post per network: body cut to fit, then the link, then as many hashtags as fit. */
export function socialPosts(item: {
  title: string;
  summary: string;
  url: string;
  tags: readonly string[];
}): { hashtags: string[]; posts: { network: SocialNetwork; limit: number; text: string }[] } {
  const hashtags = [...new Set(item.tags.map(hashtagOf).filter((h): h is string => h !== null))];
  const body = item.summary.trim() ? `${item.title}\n\n${item.summary.trim()}` : item.title;
  const posts = (Object.entries(SOCIAL_NETWORKS) as [SocialNetwork, number][]).map(
    ([network, limit]) => {
      const tail = `\n\n${item.url}`;
      let tags = [...hashtags];
      // Hashtags give way first, so the message and its link always fit.
      const tagsLine = () => (tags.length > 0 ? `\n${tags.join(" ")}` : "");
      while (tags.length > 0 && length(tail) + length(tagsLine()) > limit / 3)
        tags = tags.slice(0, -1);
      const room = limit - length(tail) - length(tagsLine());
      return { network, limit, text: `${cutText(body, Math.max(room, 0))}${tail}${tagsLine()}` };
    },
  );
  return { hashtags, posts };
}
