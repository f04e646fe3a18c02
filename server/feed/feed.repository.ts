import type { Expression, ExpressionBuilder, Kysely, SqlBool, Transaction } from "kysely";
import type { MembershipRole, ReactionKind, ReactionTargetType } from "../../shared/vocabulary.js";
import type {
  CommentTable,
  DB,
  FollowTable,
  MentionTable,
  PostTable,
  ReactionTable,
} from "../db/schema.js";

type Handle = Kysely<DB> | Transaction<DB>;
type PostFilter = (eb: ExpressionBuilder<DB, "posts">) => Expression<SqlBool>;

/* ---------- communities as the feed sees them ---------- */

/** A community with the user's role in it (null when not a member), or undefined if unknown. */
export async function findCommunityStanding(db: Handle, communityId: string, userId: string) {
  const row = await db
    .selectFrom("communities")
    .leftJoin("memberships", (j) =>
      j
        .onRef("memberships.community_id", "=", "communities.id")
        .on("memberships.user_id", "=", userId),
    )
    .select(["communities.id", "communities.name", "communities.access", "memberships.role"])
    .where("communities.id", "=", communityId)
    .executeTakeFirst();
  return row && { ...row, role: row.role ?? null };
}

/** The user's role in each of the given communities where they are a member. */
export async function listRolesIn(
  db: Handle,
  userId: string,
  communityIds: readonly string[],
): Promise<Map<string, MembershipRole>> {
  if (communityIds.length === 0) return new Map();
  const rows = await db
    .selectFrom("memberships")
    .select(["community_id", "role"])
    .where("user_id", "=", userId)
    .where("community_id", "in", [...new Set(communityIds)])
    .execute();
  return new Map(rows.map((r) => [r.community_id, r.role]));
}

/* ---------- posts ---------- */

function selectPosts(db: Handle) {
  return db
    .selectFrom("posts")
    .innerJoin("communities", "communities.id", "posts.community_id")
    .innerJoin("users as author", "author.id", "posts.author_id")
    .leftJoin("users as hider", "hider.id", "posts.hidden_by")
    .selectAll("posts")
    .select([
      "communities.name as community_name",
      "communities.access as community_access",
      "author.display_name as author_name",
      "hider.display_name as hider_name",
    ]);
}

export type PostRow = Awaited<ReturnType<ReturnType<typeof selectPosts>["execute"]>>[number];

export async function findPost(db: Handle, id: string): Promise<PostRow | undefined> {
  return selectPosts(db).where("posts.id", "=", id).executeTakeFirst();
}

export interface FeedSearch {
  /** Only this person's posts (their recent activity, on their profile). */
  authorId?: string;
  filters: PostFilter[];
  /** Only this community's posts. */
  communityId?: string;
  /** Leave out pinned posts (a community feed shows them apart). */
  excludePinned?: boolean;
  after?: [string, string];
  limit: number;
}

/** Posts newest first, keyset-paginated on (created_at, id); fetches `limit + 1` rows. */
export async function listPosts(db: Handle, s: FeedSearch): Promise<PostRow[]> {
  let q = selectPosts(db)
    .orderBy("posts.created_at", "desc")
    .orderBy("posts.id", "desc")
    .limit(s.limit + 1);
  for (const filter of s.filters) q = q.where(filter);
  if (s.communityId) q = q.where("posts.community_id", "=", s.communityId);
  if (s.authorId) q = q.where("posts.author_id", "=", s.authorId);
  if (s.excludePinned) q = q.where("posts.pinned_at", "is", null);
  if (s.after) {
    const [at, id] = s.after;
    q = q.where((eb) =>
      eb.or([
        eb("posts.created_at", "<", at),
        eb.and([eb("posts.created_at", "=", at), eb("posts.id", "<", id)]),
      ]),
    );
  }
  return q.execute();
}

/** A community's pinned posts the reader may see, most recently pinned first. */
export async function listPinnedPosts(
  db: Handle,
  communityId: string,
  readable: PostFilter,
): Promise<PostRow[]> {
  return selectPosts(db)
    .where("posts.community_id", "=", communityId)
    .where("posts.pinned_at", "is not", null)
    .where(readable)
    .orderBy("posts.pinned_at", "desc")
    .orderBy("posts.id", "desc")
    .limit(20)
    .execute();
}

export async function insertPost(db: Handle, row: PostTable, tags: readonly string[]) {
  await db.insertInto("posts").values(row).execute();
  if (tags.length > 0) {
    await db
      .insertInto("post_tags")
      .values(tags.map((tag) => ({ post_id: row.id, tag })))
      .execute();
  }
}

export async function updatePost(
  db: Handle,
  id: string,
  changes: Partial<Pick<PostTable, "pinned_at" | "hidden_at" | "hidden_by" | "hidden_reason">>,
  at: string,
) {
  await db
    .updateTable("posts")
    .set({ ...changes, updated_at: at })
    .where("id", "=", id)
    .execute();
}

/** Tags of a page of posts, in one query. */
export async function listTagsOf(db: Handle, postIds: readonly string[]) {
  if (postIds.length === 0) return [];
  return db
    .selectFrom("post_tags")
    .select(["post_id", "tag"])
    .where("post_id", "in", postIds)
    .orderBy("tag")
    .execute();
}

/** Visible comments per post of a page, in one query. */
export async function countCommentsOf(db: Handle, postIds: readonly string[]) {
  if (postIds.length === 0) return new Map<string, number>();
  const rows = await db
    .selectFrom("comments")
    .select(["post_id", (eb) => eb.fn.countAll<string | number>().as("n")])
    .where("post_id", "in", postIds)
    .where("hidden_at", "is", null)
    .groupBy("post_id")
    .execute();
  return new Map(rows.map((r) => [r.post_id, Number(r.n)]));
}

/** Shared correspondence of a page of posts that the reader may read, in one query. */
export async function listSharedCorrespondence(
  db: Handle,
  ids: readonly string[],
  readable: (eb: ExpressionBuilder<DB, "correspondences">) => Expression<SqlBool>,
) {
  if (ids.length === 0) return [];
  return db
    .selectFrom("correspondences")
    .select(["id", "reference", "subject", "kind", "marking", "dispatched_at"])
    .where("id", "in", [...new Set(ids)])
    .where(readable)
    .execute();
}

/* ---------- comments ---------- */

function selectComments(db: Handle) {
  return db
    .selectFrom("comments")
    .innerJoin("users as author", "author.id", "comments.author_id")
    .leftJoin("users as hider", "hider.id", "comments.hidden_by")
    .selectAll("comments")
    .select(["author.display_name as author_name", "hider.display_name as hider_name"]);
}

export type CommentRow = Awaited<ReturnType<ReturnType<typeof selectComments>["execute"]>>[number];

export async function findComment(db: Handle, id: string): Promise<CommentRow | undefined> {
  return selectComments(db).where("comments.id", "=", id).executeTakeFirst();
}

export async function insertComment(db: Handle, row: CommentTable) {
  await db.insertInto("comments").values(row).execute();
}

/** A post's top comments oldest first, keyset-paginated; fetches `limit + 1` rows. */
export async function listTopComments(
  db: Handle,
  postId: string,
  s: { includeHidden: boolean; after?: [string, string]; limit: number },
): Promise<CommentRow[]> {
  let q = selectComments(db)
    .where("comments.post_id", "=", postId)
    .where("comments.parent_id", "is", null)
    .orderBy("comments.created_at")
    .orderBy("comments.id")
    .limit(s.limit + 1);
  if (!s.includeHidden) q = q.where("comments.hidden_at", "is", null);
  if (s.after) {
    const [at, id] = s.after;
    q = q.where((eb) =>
      eb.or([
        eb("comments.created_at", ">", at),
        eb.and([eb("comments.created_at", "=", at), eb("comments.id", ">", id)]),
      ]),
    );
  }
  return q.execute();
}

/** All replies to a page of top comments, oldest first, in one query. */
export async function listReplies(
  db: Handle,
  parentIds: readonly string[],
  includeHidden: boolean,
): Promise<CommentRow[]> {
  if (parentIds.length === 0) return [];
  let q = selectComments(db)
    .where("comments.parent_id", "in", parentIds)
    .orderBy("comments.created_at")
    .orderBy("comments.id");
  if (!includeHidden) q = q.where("comments.hidden_at", "is", null);
  return q.execute();
}

/* ---------- mentions ---------- */

export async function insertMentions(db: Handle, rows: readonly MentionTable[]) {
  if (rows.length > 0)
    await db
      .insertInto("mentions")
      .values([...rows])
      .execute();
}

/** Of the given users, those the filter lets the author see, with their current names. */
export async function listNamedUsers(
  db: Handle,
  ids: readonly string[],
  visible: (eb: ExpressionBuilder<DB, "users">) => Expression<SqlBool>,
) {
  if (ids.length === 0) return [];
  return db
    .selectFrom("users")
    .select(["id", "display_name"])
    .where("id", "in", ids)
    .where(visible)
    .execute();
}

/** Of the given communities, those the filter lets the author see, with their names. */
export async function listNamedCommunities(
  db: Handle,
  ids: readonly string[],
  visible: (eb: ExpressionBuilder<DB, "communities">) => Expression<SqlBool>,
) {
  if (ids.length === 0) return [];
  return db
    .selectFrom("communities")
    .select(["id", "name"])
    .where("id", "in", ids)
    .where(visible)
    .execute();
}

/* ---------- reactions ---------- */

/** Reaction counts per target and kind, and the reader's own reactions, for a set of targets. */
export async function loadReactions(
  db: Handle,
  targetType: ReactionTargetType,
  targetIds: readonly string[],
  userId: string,
) {
  if (targetIds.length === 0) return { counts: [], mine: [] };
  const [counts, mine] = await Promise.all([
    db
      .selectFrom("reactions")
      .select(["target_id", "kind", (eb) => eb.fn.countAll<string | number>().as("n")])
      .where("target_type", "=", targetType)
      .where("target_id", "in", targetIds)
      .groupBy(["target_id", "kind"])
      .execute(),
    db
      .selectFrom("reactions")
      .select(["target_id", "kind"])
      .where("target_type", "=", targetType)
      .where("target_id", "in", targetIds)
      .where("user_id", "=", userId)
      .execute(),
  ]);
  return { counts, mine };
}

/** Sets a reaction; false if it was already there. */
export async function insertReaction(db: Handle, row: ReactionTable): Promise<boolean> {
  const result = await db
    .insertInto("reactions")
    .values(row)
    .onConflict((oc) => oc.columns(["target_type", "target_id", "user_id", "kind"]).doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}

/** Removes a reaction; false if there was none. */
export async function deleteReaction(
  db: Handle,
  key: { target_type: ReactionTargetType; target_id: string; user_id: string; kind: ReactionKind },
): Promise<boolean> {
  const result = await db
    .deleteFrom("reactions")
    .where("target_type", "=", key.target_type)
    .where("target_id", "=", key.target_id)
    .where("user_id", "=", key.user_id)
    .where("kind", "=", key.kind)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

/* ---------- follows ---------- */

/** Adds a follow; false if it was already there. */
export async function insertFollow(db: Handle, row: FollowTable): Promise<boolean> {
  const result = await db
    .insertInto("follows")
    .values(row)
    .onConflict((oc) => oc.columns(["follower_id", "target_type", "target_key"]).doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}

/** Removes a follow; false if there was none. */
export async function deleteFollow(
  db: Handle,
  key: Pick<FollowTable, "follower_id" | "target_type" | "target_key">,
): Promise<boolean> {
  const result = await db
    .deleteFrom("follows")
    .where("follower_id", "=", key.follower_id)
    .where("target_type", "=", key.target_type)
    .where("target_key", "=", key.target_key)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

export async function isFollowing(
  db: Handle,
  key: Pick<FollowTable, "follower_id" | "target_type" | "target_key">,
): Promise<boolean> {
  const row = await db
    .selectFrom("follows")
    .select("follower_id")
    .where("follower_id", "=", key.follower_id)
    .where("target_type", "=", key.target_type)
    .where("target_key", "=", key.target_key)
    .executeTakeFirst();
  return row !== undefined;
}

/* ---------- sharing ---------- */

/**
 * The community's active members who do NOT satisfy a reader condition (the correspondence read
 * rule), by name, capped; and how many they are in all.
 */
export async function listMembersWhoCannotRead(
  db: Handle,
  communityId: string,
  readers: (eb: ExpressionBuilder<DB, "users">) => Expression<SqlBool>,
  cap: number,
) {
  const excluded = db
    .selectFrom("memberships")
    .innerJoin("users", "users.id", "memberships.user_id")
    .where("memberships.community_id", "=", communityId)
    .where("users.status", "=", "active")
    .where((eb) => eb.not(readers(eb)));
  const [people, total] = await Promise.all([
    excluded
      .select(["users.id", "users.display_name"])
      .orderBy("users.sort_key")
      .orderBy("users.id")
      .limit(cap)
      .execute(),
    excluded.select((eb) => eb.fn.countAll<string | number>().as("n")).executeTakeFirstOrThrow(),
  ]);
  return { people, total: Number(total.n) };
}

/** The roles of the given users in one community (absent: not a member). */
export async function listRolesOfUsers(
  db: Handle,
  communityId: string,
  userIds: readonly string[],
): Promise<Map<string, MembershipRole>> {
  if (userIds.length === 0) return new Map();
  const rows = await db
    .selectFrom("memberships")
    .select(["user_id", "role"])
    .where("community_id", "=", communityId)
    .where("user_id", "in", userIds)
    .execute();
  return new Map(rows.map((r) => [r.user_id, r.role]));
}

export async function updateCommentModeration(
  db: Handle,
  id: string,
  changes: Pick<CommentTable, "hidden_at" | "hidden_by" | "hidden_reason">,
) {
  await db.updateTable("comments").set(changes).where("id", "=", id).execute();
}
