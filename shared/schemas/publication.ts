import { z } from "zod";
import { CORRESPONDENCE_KINDS } from "../vocabulary.js";
import { CountryCode, Id, PageQuery, page } from "./common.js";

/* Public diplomacy: published items, the public list and feeds, social network drafts. */

export const PublishCorrespondenceBody = z.strictObject({
  /** A redacted version of this correspondence to publish instead of the correspondence itself. */
  versionId: Id.optional(),
});

/** A theme is a free tag, as written on documents (lower case). */
export const Theme = z
  .string()
  .min(1)
  .max(40)
  .regex(/^[\p{L}\p{N}][\p{L}\p{N} '’_-]*$/u, { message: "theme" });

export const PublicFeedQuery = PageQuery.extend({
  country: CountryCode.optional(),
  theme: Theme.optional(),
});

export const PublicItemSummary = z.object({
  id: Id,
  kind: z.enum(CORRESPONDENCE_KINDS),
  title: z.string(),
  summary: z.string(),
  countryTags: z.array(z.string()),
  tags: z.array(z.string()),
  publishedAt: z.string(),
});
export type PublicItemSummary = z.infer<typeof PublicItemSummary>;
export const PublicFeedPage = page(PublicItemSummary);

export const PublicItem = PublicItemSummary.extend({
  paragraphs: z.array(z.string()),
  url: z.string(),
});
export type PublicItem = z.infer<typeof PublicItem>;

export const AtomCountryParams = z.strictObject({ code: CountryCode });
export const AtomThemeParams = z.strictObject({ theme: Theme });

export const SocialPosts = z.object({
  url: z.string(),
  hashtags: z.array(z.string()),
  posts: z.array(
    z.object({
      network: z.enum(["x", "mastodon", "linkedin"]),
      limit: z.number(),
      text: z.string(),
    }),
  ),
});
export type SocialPosts = z.infer<typeof SocialPosts>;
