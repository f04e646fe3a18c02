import { z } from "zod";
import { CORRESPONDENCE_KINDS, HANDLING_STATES, MARKINGS, PRECEDENCES } from "../vocabulary.js";
import { CountryCode, Id, IsoDate, SearchText, singleLine } from "./common.js";

/*
 * Search over what the user may read. `q` uses the query language of server/search/query.ts;
 * without `q` the filters alone list documents by date. Snippets are text segments with a
 * highlight flag, never HTML: the client renders them as text.
 */

export const SEARCH_SORTS = ["relevance", "date"] as const;
/** The types of document search finds; results come grouped by type. */
export const SEARCH_TYPES = [
  "correspondence",
  "post",
  "comment",
  "file",
  "person",
  "community",
] as const;
export type SearchType = (typeof SEARCH_TYPES)[number];
/** Every type but correspondence: found by text only, listed in `groups` or paged in `hits`. */
export const OTHER_SEARCH_TYPES = ["post", "comment", "file", "person", "community"] as const;
export type OtherSearchType = (typeof OTHER_SEARCH_TYPES)[number];
export const ADDRESSED_FILTERS = ["me", "my_units"] as const;

export const SearchQuery = z.strictObject({
  q: SearchText.optional(),
  kind: z.enum(CORRESPONDENCE_KINDS).optional(),
  precedence: z.enum(PRECEDENCES).optional(),
  marking: z.enum(MARKINGS).optional(),
  originUnit: Id.optional(),
  country: CountryCode.optional(),
  tag: singleLine(40).optional(),
  from: IsoDate.optional(),
  to: IsoDate.optional(),
  addressed: z.enum(ADDRESSED_FILTERS).optional(),
  actionState: z.enum(HANDLING_STATES).optional(),
  sort: z.enum(SEARCH_SORTS).optional(),
  /** One type only, paged with the cursor; without it, correspondence and the other groups. */
  type: z.enum(SEARCH_TYPES).optional(),
  cursor: z.string().max(512).optional(),
  limit: z.coerce.number().int().min(1).max(50).default(20),
});
export type SearchQuery = z.infer<typeof SearchQuery>;

export const TextSegment = z.object({ text: z.string(), highlight: z.boolean() });
export type TextSegment = z.infer<typeof TextSegment>;

export const SearchResult = z.object({
  type: z.literal("correspondence"),
  id: Id,
  reference: z.string().nullable(),
  kind: z.enum(CORRESPONDENCE_KINDS),
  precedence: z.enum(PRECEDENCES),
  marking: z.enum(MARKINGS),
  /** The reference number typed (or a part of it) is this document's. */
  directHit: z.boolean(),
  subject: z.array(TextSegment),
  snippet: z.array(TextSegment),
  originUnit: z.object({ id: Id, name: z.string() }),
  dispatchedAt: z.string(),
  tags: z.array(z.string()),
  countryTags: z.array(z.string()),
});
export type SearchResult = z.infer<typeof SearchResult>;

export const FacetCount = z.object({
  value: z.string(),
  /** A human name when the value is an id (originating unit). */
  label: z.string().nullable(),
  count: z.number().int(),
});

/** A post, comment, file, person or community found: its title and snippet highlighted. */
export const SearchHit = z.object({
  type: z.enum(OTHER_SEARCH_TYPES),
  id: Id,
  title: z.array(TextSegment),
  snippet: z.array(TextSegment),
  /** Posted, uploaded or last updated. */
  date: z.string(),
  /** Where a post, comment or file lives. */
  community: z.object({ id: Id, name: z.string() }).nullable(),
  /** The post itself, or the post a comment answers. */
  postId: Id.nullable(),
  author: z.string().nullable(),
});
export type SearchHit = z.infer<typeof SearchHit>;

/** One type's group: how many readable documents match, and the best few. */
export const SearchGroup = z.object({
  type: z.enum(OTHER_SEARCH_TYPES),
  total: z.number().int(),
  items: z.array(SearchHit),
});
export type SearchGroup = z.infer<typeof SearchGroup>;

/*
 * Without `type`: `items`, `total`, `facets` and `nextCursor` are correspondence's, and `groups`
 * holds every other type's count and best hits (when there is text and no correspondence-only
 * filter). With `type` = another type: `hits`, `total` and `nextCursor` page through it.
 */
export const SearchResponse = z.object({
  items: z.array(SearchResult),
  hits: z.array(SearchHit),
  groups: z.array(SearchGroup),
  nextCursor: z.string().nullable(),
  total: z.number().int(),
  /**
   * More documents match than a search counts (a common word): `total` and `facets` are then
   * those of the first ones in the page's order, and the total is « more than » it.
   */
  countsCapped: z.boolean(),
  facets: z.object({
    kind: z.array(FacetCount),
    precedence: z.array(FacetCount),
    marking: z.array(FacetCount),
    originUnit: z.array(FacetCount),
    country: z.array(FacetCount),
    tag: z.array(FacetCount),
  }),
});
export type SearchResponse = z.infer<typeof SearchResponse>;

export const SuggestQuery = z.strictObject({
  q: SearchText.refine((v) => v.trim().length > 0, { message: "blank" }),
  limit: z.coerce.number().int().min(1).max(20).default(8),
});
export type SuggestQuery = z.infer<typeof SuggestQuery>;

export const SUGGESTION_TYPES = ["correspondence", "person", "community"] as const;

export const Suggestion = z.object({
  type: z.enum(SUGGESTION_TYPES),
  id: Id,
  title: z.string(),
  reference: z.string().nullable(),
});

export const SuggestResponse = z.object({ items: z.array(Suggestion) });
export type SuggestResponse = z.infer<typeof SuggestResponse>;

/* ---------- saved searches ---------- */

export const MAX_SAVED_SEARCHES = 50;

/** What a saved search keeps of a search: the text, the filters and the sort, no page. */
export const SavedSearchQuery = SearchQuery.omit({ cursor: true, limit: true, type: true });
export type SavedSearchQuery = z.infer<typeof SavedSearchQuery>;

export const SaveSearchBody = z.strictObject({
  name: singleLine(80).refine((v) => v.trim().length > 0, { message: "blank" }),
  query: SavedSearchQuery,
  alert: z.boolean(),
});
export type SaveSearchBody = z.infer<typeof SaveSearchBody>;

/** Renaming a saved search or switching its alert; at least one of the two. */
export const UpdateSavedSearchBody = z
  .strictObject({
    name: singleLine(80)
      .refine((v) => v.trim().length > 0, { message: "blank" })
      .optional(),
    alert: z.boolean().optional(),
  })
  .refine((b) => b.name !== undefined || b.alert !== undefined, { message: "nothing_to_change" });
export type UpdateSavedSearchBody = z.infer<typeof UpdateSavedSearchBody>;

export const SavedSearch = z.object({
  id: Id,
  name: z.string(),
  query: SavedSearchQuery,
  alert: z.boolean(),
  createdAt: z.string(),
});
export type SavedSearch = z.infer<typeof SavedSearch>;

export const SavedSearchList = z.object({ items: z.array(SavedSearch) });
export type SavedSearchList = z.infer<typeof SavedSearchList>;
