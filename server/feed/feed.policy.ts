import type { ExpressionBuilder } from "kysely";
import {
  type CommunityStanding,
  canManageCommunity,
  canReadCommunityContent,
  readableCommunityContent,
} from "../communities/communities.policy.js";
import type { DB } from "../db/schema.js";
import type { Subject } from "../policy/subject.js";

/*
 * Who reads a post: whoever reads its community's content (communities.policy.ts decides), with
 * two narrowings — a guest reads only what was released to guests, and a hidden post is seen
 * only by the community's managers. Comments and reactions follow their post. The same rule
 * exists as a SQL condition on `posts` for feeds, and as a pure function for single posts.
 */

export interface PostFacts {
  visibleToGuests: boolean;
  hidden: boolean;
}

/** Whether the subject may read a post, given their standing in its community. */
export function canReadPost(subject: Subject, standing: CommunityStanding, post: PostFacts) {
  if (!canReadCommunityContent(subject, standing)) return false;
  if (standing.role === "guest" && !post.visibleToGuests) return false;
  return !post.hidden || canManageCommunity(standing);
}

/** What the subject may do with a post they read. */
export function postAbilities(standing: CommunityStanding, post: PostFacts) {
  const isManager = canManageCommunity(standing);
  return {
    comment: !post.hidden,
    react: !post.hidden,
    pin: isManager && !post.hidden,
    moderate: isManager,
  };
}

/** The set-based form of `canReadPost`, for feeds. */
export function readablePosts(subject: Subject) {
  return (eb: ExpressionBuilder<DB, "posts">) => {
    const myRole = (role: "guest" | "manager") =>
      eb.exists(
        eb
          .selectFrom("memberships as fm")
          .select("fm.user_id")
          .whereRef("fm.community_id", "=", "posts.community_id")
          .where("fm.user_id", "=", subject.userId)
          .where("fm.role", "=", role),
      );
    return eb.and([
      eb(
        "posts.community_id",
        "in",
        eb
          .selectFrom("communities")
          .select("communities.id")
          .where(readableCommunityContent(subject)),
      ),
      eb.or([eb("posts.visible_to_guests", "=", 1), eb.not(myRole("guest"))]),
      eb.or([eb("posts.hidden_at", "is", null), myRole("manager")]),
    ]);
  };
}

/**
 * The personal feed's scope: posts of the subject's communities, of communities and people they
 * follow, and carrying tags they follow. Readability is a separate condition (`readablePosts`).
 */
export function personalFeedScope(userId: string) {
  return (eb: ExpressionBuilder<DB, "posts">) => {
    const followed = (type: "user" | "community" | "tag") =>
      eb
        .selectFrom("follows as f")
        .select("f.target_key")
        .where("f.follower_id", "=", userId)
        .where("f.target_type", "=", type);
    return eb.or([
      eb(
        "posts.community_id",
        "in",
        eb
          .selectFrom("memberships as pm")
          .select("pm.community_id")
          .where("pm.user_id", "=", userId),
      ),
      eb("posts.community_id", "in", followed("community")),
      eb("posts.author_id", "in", followed("user")),
      eb.exists(
        eb
          .selectFrom("post_tags as pt")
          .select("pt.post_id")
          .whereRef("pt.post_id", "=", "posts.id")
          .where("pt.tag", "in", followed("tag")),
      ),
    ]);
  };
}
