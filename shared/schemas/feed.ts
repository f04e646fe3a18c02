import { z } from "zod";
import {
  FOLLOW_TARGET_TYPES,
  MARKINGS,
  MAX_POST_TAGS,
  REACTION_KINDS,
  REACTION_TARGET_TYPES,
} from "../vocabulary.js";
import { Id, multiLine, SearchText, singleLine, Timestamp } from "./common.js";

/* ---------- rich text: a structured document, never HTML ---------- */

/*
 * Posts and comments are short rich texts stored as a small document tree: paragraphs and lists
 * of inline runs (text, bold or italic; links to http, https or mailto only; mentions of people
 * and communities). The client renders it element by element, so no markup ever reaches the page.
 */

const SAFE_LINK_PROTOCOLS = ["http:", "https:", "mailto:"];
// biome-ignore lint/suspicious/noControlCharactersInRegex: refusing control characters is the point.
const NO_SPACE_OR_CONTROL = /^[^\s\u0000-\u001F\u007F-\u009F]+$/;

/** A link target: an absolute http, https or mailto address, without spaces or control characters. */
export const SafeHref = z
  .string()
  .max(2000)
  .refine((v) => NO_SPACE_OR_CONTROL.test(v) && v.isWellFormed(), {
    message: "unsafe_link",
  })
  .refine(
    (v) => {
      try {
        return SAFE_LINK_PROTOCOLS.includes(new URL(v).protocol);
      } catch {
        return false;
      }
    },
    { message: "unsafe_link" },
  );

const runText = multiLine(5000).refine((v) => v.length > 0, { message: "empty" });

export const TextRun = z.strictObject({
  type: z.literal("text"),
  text: runText,
  bold: z.boolean().optional(),
  italic: z.boolean().optional(),
});
export const LinkRun = z.strictObject({
  type: z.literal("link"),
  href: SafeHref,
  text: runText,
});
export const MentionRun = z.strictObject({
  type: z.literal("mention"),
  target: z.enum(["user", "community"]),
  id: Id,
  /** What the author saw; the server replaces it with the current name. */
  label: singleLine(200),
});
export const InlineRun = z.discriminatedUnion("type", [TextRun, LinkRun, MentionRun]);
export type InlineRun = z.infer<typeof InlineRun>;

const Inlines = z.array(InlineRun).min(1).max(200);

export const RichBlock = z.discriminatedUnion("type", [
  z.strictObject({ type: z.literal("paragraph"), content: Inlines }),
  z.strictObject({
    type: z.literal("list"),
    ordered: z.boolean(),
    items: z.array(Inlines).min(1).max(50),
  }),
]);
export type RichBlock = z.infer<typeof RichBlock>;

export const RichDocument = z.strictObject({ blocks: z.array(RichBlock).min(1).max(100) });
export type RichDocument = z.infer<typeof RichDocument>;

const runPlainText = (run: InlineRun) => (run.type === "mention" ? `@${run.label}` : run.text);

/** The document as plain text: one line per paragraph line and per list item. */
export function plainTextOf(doc: RichDocument): string {
  return doc.blocks
    .map((b) =>
      b.type === "paragraph"
        ? b.content.map(runPlainText).join("")
        : b.items.map((item) => item.map(runPlainText).join("")).join("\n"),
    )
    .join("\n");
}

/** A rich text whose plain text is not blank and at most `max` characters. */
const richText = (max: number) =>
  RichDocument.refine((d) => plainTextOf(d).trim().length > 0, { message: "blank" }).refine(
    (d) => plainTextOf(d).length <= max,
    { message: "too_long" },
  );

export const POST_MAX_CHARS = 5000;
export const COMMENT_MAX_CHARS = 2000;
export const PostText = richText(POST_MAX_CHARS);
export const CommentText = richText(COMMENT_MAX_CHARS);

/* ---------- tags ---------- */

/** A free tag: lower-cased and trimmed; letters, digits, spaces, hyphens and underscores. */
export const PostTag = z
  .string()
  .max(40)
  .transform((v) => v.trim().toLowerCase())
  .pipe(z.string().regex(/^[\p{L}\p{N}][\p{L}\p{N} _-]{0,39}$/u, { message: "tag" }));

const PostTags = z
  .array(PostTag)
  .max(MAX_POST_TAGS)
  .refine((tags) => new Set(tags).size === tags.length, { message: "duplicate_tag" })
  .default([]);

/* ---------- requests ---------- */

export const FeedQuery = z.strictObject({
  /** A community feed instead of the personal one. */
  community: Id.optional(),
  /** One person's posts, wherever the reader may read them (their recent public activity). */
  author: Id.optional(),
  cursor: z.string().max(512).optional(),
  limit: z.coerce.number().int().min(1).max(50).default(20),
});
export type FeedQuery = z.infer<typeof FeedQuery>;

export const CreatePostBody = z.strictObject({
  communityId: Id,
  body: PostText,
  tags: PostTags,
  isQuestion: z.boolean().default(false),
  visibleToGuests: z.boolean().default(false),
});
export type CreatePostBody = z.input<typeof CreatePostBody>;

export const CreateCommentBody = z.strictObject({
  body: CommentText,
  /** The comment answered; a reply to a reply attaches to its top comment. */
  parentId: Id.nullable().default(null),
});
export type CreateCommentBody = z.input<typeof CreateCommentBody>;

export const CommentsQuery = z.strictObject({
  cursor: z.string().max(512).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
});

export const ReactBody = z.strictObject({
  targetType: z.enum(REACTION_TARGET_TYPES),
  targetId: Id,
  kind: z.enum(REACTION_KINDS),
  /** Take the reaction back instead of setting it. */
  remove: z.boolean().default(false),
});
export type ReactBody = z.input<typeof ReactBody>;

export const ReactionsQuery = z.strictObject({
  targetType: z.enum(REACTION_TARGET_TYPES),
  targetId: Id,
});

export const ShareCorrespondenceBody = z.strictObject({
  correspondenceId: Id,
  communityId: Id,
  body: PostText,
  tags: PostTags,
});
export type ShareCorrespondenceBody = z.input<typeof ShareCorrespondenceBody>;

export const FollowTarget = z.discriminatedUnion("targetType", [
  z.strictObject({ targetType: z.literal("user"), targetKey: Id }),
  z.strictObject({ targetType: z.literal("community"), targetKey: Id }),
  z.strictObject({ targetType: z.literal("tag"), targetKey: PostTag }),
]);
export type FollowTarget = z.input<typeof FollowTarget>;
export const FollowTargetTypeSchema = z.enum(FOLLOW_TARGET_TYPES);

export const PinPostBody = z.strictObject({ pinned: z.boolean() });
export type PinPostBody = z.infer<typeof PinPostBody>;

export const ModeratePostBody = z
  .strictObject({ hidden: z.boolean(), reason: singleLine(300).optional() })
  .refine((b) => !b.hidden || b.reason !== undefined, {
    message: "reason_required",
    path: ["reason"],
  });
export type ModeratePostBody = z.infer<typeof ModeratePostBody>;

export const MentionQuery = z.strictObject({
  q: SearchText.refine((v) => v.trim().length > 0, { message: "blank" }),
});

/* ---------- responses ---------- */

export const ReactionSummary = z.object({
  counts: z.object({
    like: z.number().int(),
    useful: z.number().int(),
    not_useful: z.number().int(),
  }),
  mine: z.array(z.enum(REACTION_KINDS)),
});
export type ReactionSummary = z.infer<typeof ReactionSummary>;

const PersonRef = z.object({ id: Id, displayName: z.string() });

export const SharedCorrespondenceRef = z.object({
  id: Id,
  reference: z.string().nullable(),
  subject: z.string(),
  kind: z.string(),
  marking: z.enum(MARKINGS),
  dispatchedAt: z.string().nullable(),
});

export const Moderation = z.object({
  at: Timestamp,
  by: PersonRef.nullable(),
  reason: z.string().nullable(),
});

export const Post = z.object({
  id: Id,
  community: z.object({ id: Id, name: z.string() }),
  author: PersonRef,
  body: RichDocument,
  tags: z.array(z.string()),
  isQuestion: z.boolean(),
  visibleToGuests: z.boolean(),
  /**
   * The correspondence shared by this post; null when none, or when the reader may not read it
   * (`sharesCorrespondence` then still says that one was shared).
   */
  sharedCorrespondence: SharedCorrespondenceRef.nullable(),
  sharesCorrespondence: z.boolean(),
  pinnedAt: z.string().nullable(),
  /** Present only for the community's managers, who alone see hidden posts. */
  hidden: Moderation.nullable(),
  createdAt: Timestamp,
  commentCount: z.number().int(),
  reactions: ReactionSummary,
  abilities: z.object({
    comment: z.boolean(),
    react: z.boolean(),
    pin: z.boolean(),
    moderate: z.boolean(),
  }),
});
export type Post = z.infer<typeof Post>;

export const FeedPage = z.object({
  /** Pinned posts of a community feed, on its first page only; always empty in the personal feed. */
  pinned: z.array(Post),
  items: z.array(Post),
  nextCursor: z.string().nullable(),
});
export type FeedPage = z.infer<typeof FeedPage>;

const CommentBase = z.object({
  id: Id,
  postId: Id,
  parentId: Id.nullable(),
  author: PersonRef,
  body: RichDocument,
  hidden: Moderation.nullable(),
  createdAt: Timestamp,
  reactions: ReactionSummary,
});
export const Comment = CommentBase.extend({ replies: z.array(CommentBase) });
export type Comment = z.infer<typeof Comment>;
export type CommentReply = z.infer<typeof CommentBase>;

/** Top comments oldest first, each with all its replies. */
export const CommentPage = z.object({ items: z.array(Comment), nextCursor: z.string().nullable() });
export type CommentPage = z.infer<typeof CommentPage>;

export const FollowStatus = z.object({ following: z.boolean() });
export type FollowStatus = z.infer<typeof FollowStatus>;

export const MentionSuggestions = z.object({
  people: z.array(z.object({ id: Id, displayName: z.string(), jobTitle: z.string().nullable() })),
  communities: z.array(z.object({ id: Id, name: z.string() })),
});
export type MentionSuggestions = z.infer<typeof MentionSuggestions>;

/** Details of a refused share: who in the community could not read the correspondence. */
export const ShareRefusal = z.object({
  people: z.array(PersonRef),
  /** How many could not read it in all (the list is capped). */
  total: z.number().int(),
});
export type ShareRefusal = z.infer<typeof ShareRefusal>;
