import type {
  Comment,
  CommentReply,
  Post,
  ReactionSummary,
  RichDocument,
} from "../../shared/schemas/feed.js";
import type { Marking, ReactionKind } from "../../shared/vocabulary.js";
import type { CommentRow, PostRow } from "./feed.repository.js";

/** Reactions of one target: counts per kind and the reader's own. */
export function presentReactions(
  counts: ReadonlyMap<ReactionKind, number> | undefined,
  mine: readonly ReactionKind[] | undefined,
): ReactionSummary {
  return {
    counts: {
      like: counts?.get("like") ?? 0,
      useful: counts?.get("useful") ?? 0,
      not_useful: counts?.get("not_useful") ?? 0,
    },
    mine: [...(mine ?? [])],
  };
}

/** Groups reaction rows by target: counts per kind, and the reader's kinds. */
export function indexReactions(loaded: {
  counts: { target_id: string; kind: ReactionKind; n: string | number }[];
  mine: { target_id: string; kind: ReactionKind }[];
}) {
  const counts = new Map<string, Map<ReactionKind, number>>();
  for (const c of loaded.counts) {
    const perKind = counts.get(c.target_id) ?? new Map<ReactionKind, number>();
    perKind.set(c.kind, Number(c.n));
    counts.set(c.target_id, perKind);
  }
  const mine = new Map<string, ReactionKind[]>();
  for (const m of loaded.mine) mine.set(m.target_id, [...(mine.get(m.target_id) ?? []), m.kind]);
  return (id: string) => presentReactions(counts.get(id), mine.get(id));
}

const parseBody = (json: string) => JSON.parse(json) as RichDocument;

function moderationOf(row: {
  hidden_at: string | null;
  hidden_by: string | null;
  hidden_reason: string | null;
  hider_name: string | null;
}) {
  if (row.hidden_at === null) return null;
  return {
    at: row.hidden_at,
    by: row.hidden_by === null ? null : { id: row.hidden_by, displayName: row.hider_name ?? "" },
    reason: row.hidden_reason,
  };
}

export interface SharedRef {
  id: string;
  reference: string | null;
  subject: string;
  kind: string;
  marking: Marking;
  dispatched_at: string | null;
}

/** A post row and what was loaded for its page → API JSON. */
export function presentPost(
  row: PostRow,
  extras: {
    tags: readonly string[];
    commentCount: number;
    reactions: ReactionSummary;
    shared: SharedRef | undefined;
    abilities: Post["abilities"];
  },
): Post {
  return {
    id: row.id,
    community: { id: row.community_id, name: row.community_name },
    author: { id: row.author_id, displayName: row.author_name },
    body: parseBody(row.body),
    tags: [...extras.tags],
    isQuestion: row.is_question === 1,
    visibleToGuests: row.visible_to_guests === 1,
    sharedCorrespondence: extras.shared
      ? {
          id: extras.shared.id,
          reference: extras.shared.reference,
          subject: extras.shared.subject,
          kind: extras.shared.kind,
          marking: extras.shared.marking,
          dispatchedAt: extras.shared.dispatched_at,
        }
      : null,
    sharesCorrespondence: row.shared_correspondence_id !== null,
    pinnedAt: row.pinned_at,
    hidden: moderationOf(row),
    createdAt: row.created_at,
    commentCount: extras.commentCount,
    reactions: extras.reactions,
    abilities: extras.abilities,
  };
}

/** A comment row → API JSON (replies are attached by the caller). */
export function presentReply(row: CommentRow, reactions: ReactionSummary): CommentReply {
  return {
    id: row.id,
    postId: row.post_id,
    parentId: row.parent_id,
    author: { id: row.author_id, displayName: row.author_name },
    body: parseBody(row.body),
    hidden: moderationOf(row),
    createdAt: row.created_at,
    reactions,
  };
}

export function presentComment(
  row: CommentRow,
  reactions: ReactionSummary,
  replies: CommentReply[],
): Comment {
  return { ...presentReply(row, reactions), replies };
}
