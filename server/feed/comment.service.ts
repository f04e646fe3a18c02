import { randomUUID } from "node:crypto";
import type { Kysely } from "kysely";
import {
  type Comment,
  type CommentPage,
  plainTextOf,
  type RichDocument,
} from "../../shared/schemas/feed.js";
import { canManageCommunity } from "../communities/communities.policy.js";
import type { DB } from "../db/schema.js";
import { AppError, notFound } from "../errors.js";
import { type Actor, emit } from "../events/events.js";
import { decodeCursor, toPage } from "../http/cursor.js";
import type { Subject } from "../policy/subject.js";
import { indexReactions, presentComment, presentReply } from "./feed.presenter.js";
import {
  findComment,
  insertComment,
  insertMentions,
  listReplies,
  listTopComments,
  loadReactions,
  updateCommentModeration,
} from "./feed.repository.js";
import { mentionedReaders, resolveMentions } from "./mention.service.js";
import { loadReadablePost } from "./post.service.js";

/**
 * Comments on a post anyone who reads it (a guest reads only posts released to guests), not on
 * a hidden post. Threads are one level deep: a reply to a reply attaches to its top comment, and
 * the author it answered is named in the event. Returns the new comment's id.
 */
export async function createComment(
  db: Kysely<DB>,
  subject: Subject,
  actor: Actor,
  postId: string,
  input: { body: RichDocument; parentId: string | null },
  now: Date = new Date(),
): Promise<string> {
  return db.transaction().execute(async (trx) => {
    const { row: post, standing } = await loadReadablePost(trx, subject, postId);
    if (post.hidden_at !== null) throw new AppError("conflict", { reason: "hidden" });
    let parent: { topId: string; authorId: string } | null = null;
    if (input.parentId !== null) {
      const replied = await findComment(trx, input.parentId);
      const visible =
        replied !== undefined &&
        replied.post_id === postId &&
        (replied.hidden_at === null || canManageCommunity(standing));
      if (!visible) throw notFound();
      parent = { topId: replied.parent_id ?? replied.id, authorId: replied.author_id };
    }
    const mentions = await resolveMentions(trx, subject, input.body);
    const id = randomUUID();
    const at = now.toISOString();
    await insertComment(trx, {
      id,
      post_id: postId,
      community_id: post.community_id,
      parent_id: parent?.topId ?? null,
      author_id: subject.userId,
      body: JSON.stringify(mentions.doc),
      body_text: plainTextOf(mentions.doc),
      hidden_at: null,
      hidden_by: null,
      hidden_reason: null,
      created_at: at,
    });
    await insertMentions(trx, [
      ...mentions.userIds.map((target_id) => ({
        source_type: "comment" as const,
        source_id: id,
        target_type: "user" as const,
        target_id,
        created_at: at,
      })),
      ...mentions.communityIds.map((target_id) => ({
        source_type: "comment" as const,
        source_id: id,
        target_type: "community" as const,
        target_id,
        created_at: at,
      })),
    ]);
    const readers = await mentionedReaders(
      trx,
      mentions.userIds,
      { id: post.community_id, access: post.community_access },
      { visibleToGuests: post.visible_to_guests === 1, hidden: false },
    );
    await emit(trx, actor, {
      type: "comment.created",
      target: { type: "comment", id },
      details: {
        postId,
        communityId: post.community_id,
        authorId: subject.userId,
        parentCommentId: parent?.topId ?? null,
        postAuthorId: post.author_id,
        parentAuthorId: parent?.authorId ?? null,
        mentionedUserIds: readers,
        postVisibleToGuests: post.visible_to_guests === 1,
      },
    });
    return id;
  });
}

/** One comment as its post's readers see it (replies not included). */
export async function getComment(db: Kysely<DB>, subject: Subject, id: string): Promise<Comment> {
  const row = await findComment(db, id);
  if (!row) throw notFound();
  const { standing } = await loadReadablePost(db, subject, row.post_id);
  if (row.hidden_at !== null && !canManageCommunity(standing)) throw notFound();
  const reactions = indexReactions(await loadReactions(db, "comment", [id], subject.userId));
  return presentComment(row, reactions(id), []);
}

/**
 * A post's comments: top comments oldest first (keyset-paginated), each with all its replies.
 * Hidden comments are shown to the community's managers only.
 */
export async function listComments(
  db: Kysely<DB>,
  subject: Subject,
  postId: string,
  query: { cursor?: string; limit: number },
): Promise<CommentPage> {
  const { standing } = await loadReadablePost(db, subject, postId);
  const includeHidden = canManageCommunity(standing);
  const after = decodeCursor(query.cursor, ["string", "string"]) as [string, string] | undefined;
  const tops = await listTopComments(db, postId, { includeHidden, after, limit: query.limit });
  const page = toPage(
    tops,
    query.limit,
    (r) => r,
    (r) => [r.created_at, r.id],
  );
  const replies = await listReplies(
    db,
    page.items.map((r) => r.id),
    includeHidden,
  );
  const reactions = indexReactions(
    await loadReactions(
      db,
      "comment",
      [...page.items, ...replies].map((r) => r.id),
      subject.userId,
    ),
  );
  return {
    items: page.items.map((top) =>
      presentComment(
        top,
        reactions(top.id),
        replies.filter((r) => r.parent_id === top.id).map((r) => presentReply(r, reactions(r.id))),
      ),
    ),
    nextCursor: page.nextCursor,
  };
}

/** Hides a comment (and so its place in the thread) from all but the managers, or shows it again. */
export async function moderateComment(
  db: Kysely<DB>,
  subject: Subject,
  actor: Actor,
  id: string,
  body: { hidden: boolean; reason?: string },
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const comment = await findComment(trx, id);
    if (!comment) throw notFound();
    const { standing } = await loadReadablePost(trx, subject, comment.post_id);
    if (!canManageCommunity(standing)) {
      if (comment.hidden_at !== null) throw notFound();
      throw new AppError("forbidden", { reason: "not_a_manager" });
    }
    if (body.hidden === (comment.hidden_at !== null)) return;
    await updateCommentModeration(
      trx,
      id,
      body.hidden
        ? {
            hidden_at: new Date().toISOString(),
            hidden_by: subject.userId,
            hidden_reason: body.reason ?? null,
          }
        : { hidden_at: null, hidden_by: null, hidden_reason: null },
    );
    await emit(trx, actor, {
      type: body.hidden ? "comment.hidden" : "comment.restored",
      target: { type: "comment", id },
      details: {
        postId: comment.post_id,
        communityId: comment.community_id,
        reason: body.reason ?? null,
      },
    });
  });
}
