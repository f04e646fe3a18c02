import { randomUUID } from "node:crypto";
import type { Kysely, Transaction } from "kysely";
import type {
  FeedPage,
  FeedQuery,
  ModeratePostBody,
  Post,
  RichDocument,
} from "../../shared/schemas/feed.js";
import { plainTextOf } from "../../shared/schemas/feed.js";
import {
  type CommunityStanding,
  canManageCommunity,
  canPostInCommunity,
  canReadCommunityContent,
  canSeeCommunity,
} from "../communities/communities.policy.js";
import { readableCorrespondence } from "../correspondence/correspondence.policy.js";
import type { DB } from "../db/schema.js";
import { AppError, notFound } from "../errors.js";
import { type Actor, emit } from "../events/events.js";
import { decodeCursor, toPage } from "../http/cursor.js";
import type { Subject } from "../policy/subject.js";
import { canReadPost, personalFeedScope, postAbilities, readablePosts } from "./feed.policy.js";
import { indexReactions, presentPost } from "./feed.presenter.js";
import {
  countCommentsOf,
  findCommunityStanding,
  findPost,
  insertMentions,
  insertPost,
  listPinnedPosts,
  listPosts,
  listRolesIn,
  listSharedCorrespondence,
  listTagsOf,
  loadReactions,
  type PostRow,
  updatePost,
} from "./feed.repository.js";
import { mentionedReaders, resolveMentions } from "./mention.service.js";

type Handle = Kysely<DB> | Transaction<DB>;

/** What a new post carries once validated (createPost, or a share of correspondence). */
export interface NewPost {
  communityId: string;
  body: RichDocument;
  tags: string[];
  isQuestion: boolean;
  visibleToGuests: boolean;
  sharedCorrespondenceId: string | null;
}

const factsOf = (row: { visible_to_guests: number; hidden_at: string | null }) => ({
  visibleToGuests: row.visible_to_guests === 1,
  hidden: row.hidden_at !== null,
});

/**
 * The community a post goes to, if the subject may post there: 404 when they may not even see
 * it, 403 when they see it but are not a member or manager (guests only read and comment).
 */
export async function loadPostableCommunity(trx: Handle, subject: Subject, communityId: string) {
  const community = await findCommunityStanding(trx, communityId, subject.userId);
  if (!community || !canSeeCommunity(subject, community)) throw notFound();
  if (!canPostInCommunity(community)) throw new AppError("forbidden", { reason: "not_a_member" });
  return community;
}

/** Writes a post in the caller's transaction and emits `post.created`; returns its id. */
export async function createPostIn(
  trx: Transaction<DB>,
  subject: Subject,
  actor: Actor,
  input: NewPost,
  now: Date = new Date(),
): Promise<string> {
  const community = await loadPostableCommunity(trx, subject, input.communityId);
  const mentions = await resolveMentions(trx, subject, input.body);
  const id = randomUUID();
  const at = now.toISOString();
  await insertPost(
    trx,
    {
      id,
      community_id: community.id,
      author_id: subject.userId,
      body: JSON.stringify(mentions.doc),
      body_text: plainTextOf(mentions.doc),
      is_question: input.isQuestion ? 1 : 0,
      visible_to_guests: input.visibleToGuests ? 1 : 0,
      shared_correspondence_id: input.sharedCorrespondenceId,
      pinned_at: null,
      hidden_at: null,
      hidden_by: null,
      hidden_reason: null,
      created_at: at,
      updated_at: at,
    },
    input.tags,
  );
  await insertMentions(trx, [
    ...mentions.userIds.map((target_id) => ({
      source_type: "post" as const,
      source_id: id,
      target_type: "user" as const,
      target_id,
      created_at: at,
    })),
    ...mentions.communityIds.map((target_id) => ({
      source_type: "post" as const,
      source_id: id,
      target_type: "community" as const,
      target_id,
      created_at: at,
    })),
  ]);
  const readers = await mentionedReaders(trx, mentions.userIds, community, {
    visibleToGuests: input.visibleToGuests,
    hidden: false,
  });
  await emit(trx, actor, {
    type: "post.created",
    target: { type: "post", id },
    details: {
      communityId: community.id,
      authorId: subject.userId,
      mentionedUserIds: readers,
      mentionedCommunityIds: mentions.communityIds,
      tags: input.tags,
      sharedCorrespondenceId: input.sharedCorrespondenceId,
      visibleToGuests: input.visibleToGuests,
    },
  });
  return id;
}

/** Publishes a post in a community where the subject is a member or manager. */
export async function createPost(
  db: Kysely<DB>,
  subject: Subject,
  actor: Actor,
  input: Omit<NewPost, "sharedCorrespondenceId">,
  now: Date = new Date(),
): Promise<string> {
  return db
    .transaction()
    .execute((trx) =>
      createPostIn(trx, subject, actor, { ...input, sharedCorrespondenceId: null }, now),
    );
}

/** A post the subject may read, with their standing in its community; 404 otherwise. */
export async function loadReadablePost(db: Handle, subject: Subject, id: string) {
  const row = await findPost(db, id);
  if (!row) throw notFound();
  const role = (await listRolesIn(db, subject.userId, [row.community_id])).get(row.community_id);
  const standing: CommunityStanding = { access: row.community_access, role: role ?? null };
  if (!canReadPost(subject, standing, factsOf(row))) throw notFound();
  return { row, standing };
}

/** Presents a page of posts: tags, comment counts, reactions and shared correspondence in one query each. */
export async function presentPosts(
  db: Handle,
  subject: Subject,
  rows: readonly PostRow[],
): Promise<Post[]> {
  const ids = rows.map((r) => r.id);
  const sharedIds = rows.flatMap((r) =>
    r.shared_correspondence_id === null ? [] : [r.shared_correspondence_id],
  );
  const [tags, comments, reactions, shared, roles] = await Promise.all([
    listTagsOf(db, ids),
    countCommentsOf(db, ids),
    loadReactions(db, "post", ids, subject.userId),
    listSharedCorrespondence(db, sharedIds, readableCorrespondence(subject)),
    listRolesIn(
      db,
      subject.userId,
      rows.map((r) => r.community_id),
    ),
  ]);
  const tagsOf = new Map<string, string[]>();
  for (const t of tags) tagsOf.set(t.post_id, [...(tagsOf.get(t.post_id) ?? []), t.tag]);
  const reactionsOf = indexReactions(reactions);
  const sharedById = new Map(shared.map((s) => [s.id, s]));
  return rows.map((row) =>
    presentPost(row, {
      tags: tagsOf.get(row.id) ?? [],
      commentCount: comments.get(row.id) ?? 0,
      reactions: reactionsOf(row.id),
      shared:
        row.shared_correspondence_id === null
          ? undefined
          : sharedById.get(row.shared_correspondence_id),
      abilities: postAbilities(
        { access: row.community_access, role: roles.get(row.community_id) ?? null },
        factsOf(row),
      ),
    }),
  );
}

/** One post the subject may read. */
export async function getPost(db: Kysely<DB>, subject: Subject, id: string): Promise<Post> {
  const { row } = await loadReadablePost(db, subject, id);
  const [post] = await presentPosts(db, subject, [row]);
  if (!post) throw notFound();
  return post;
}

/**
 * The personal feed (the subject's communities, followed communities, people and tags), or one
 * community's feed with its pinned posts first; newest first, keyset-paginated.
 */
export async function listFeed(
  db: Kysely<DB>,
  subject: Subject,
  query: FeedQuery,
): Promise<FeedPage> {
  const after = decodeCursor(query.cursor, ["string", "string"]) as [string, string] | undefined;
  const readable = readablePosts(subject);
  let rows: PostRow[];
  let pinned: PostRow[] = [];
  if (query.community !== undefined) {
    const community = await findCommunityStanding(db, query.community, subject.userId);
    if (!community || !canReadCommunityContent(subject, community)) throw notFound();
    [rows, pinned] = await Promise.all([
      listPosts(db, {
        filters: [readable],
        communityId: community.id,
        excludePinned: true,
        after,
        limit: query.limit,
      }),
      after === undefined ? listPinnedPosts(db, community.id, readable) : Promise.resolve([]),
    ]);
  } else if (query.author !== undefined) {
    rows = await listPosts(db, {
      filters: [readable],
      authorId: query.author,
      after,
      limit: query.limit,
    });
  } else {
    rows = await listPosts(db, {
      filters: [readable, personalFeedScope(subject.userId)],
      after,
      limit: query.limit,
    });
  }
  const page = toPage(
    rows,
    query.limit,
    (r) => r,
    (r) => [r.created_at, r.id],
  );
  const presented = await presentPosts(db, subject, [...pinned, ...page.items]);
  return {
    pinned: presented.slice(0, pinned.length),
    items: presented.slice(pinned.length),
    nextCursor: page.nextCursor,
  };
}

function requireManager(standing: CommunityStanding) {
  if (!canManageCommunity(standing)) throw new AppError("forbidden", { reason: "not_a_manager" });
}

/** Pins a post at the top of its community's feed, or unpins it (managers only). */
export async function pinPost(
  db: Kysely<DB>,
  subject: Subject,
  actor: Actor,
  id: string,
  pinned: boolean,
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const { row, standing } = await loadReadablePost(trx, subject, id);
    requireManager(standing);
    if (pinned && row.hidden_at !== null) throw new AppError("conflict", { reason: "hidden" });
    if (pinned === (row.pinned_at !== null)) return;
    const at = new Date().toISOString();
    await updatePost(trx, id, { pinned_at: pinned ? at : null }, at);
    await emit(trx, actor, {
      type: pinned ? "post.pinned" : "post.unpinned",
      target: { type: "post", id },
      details: { communityId: row.community_id },
    });
  });
}

/** Hides a post from everyone but the community's managers, with a reason; or shows it again. */
export async function moderatePost(
  db: Kysely<DB>,
  subject: Subject,
  actor: Actor,
  id: string,
  body: ModeratePostBody,
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const { row, standing } = await loadReadablePost(trx, subject, id);
    requireManager(standing);
    if (body.hidden === (row.hidden_at !== null)) return;
    const at = new Date().toISOString();
    await updatePost(
      trx,
      id,
      body.hidden
        ? { hidden_at: at, hidden_by: subject.userId, hidden_reason: body.reason ?? null }
        : { hidden_at: null, hidden_by: null, hidden_reason: null },
      at,
    );
    await emit(trx, actor, {
      type: body.hidden ? "post.hidden" : "post.restored",
      target: { type: "post", id },
      details: { communityId: row.community_id, reason: body.reason ?? null },
    });
  });
}
