import type { ExpressionBuilder } from "kysely";
import type { CommunityAccess, MembershipRole } from "../../shared/vocabulary.js";
import type { DB } from "../db/schema.js";
import type { Subject } from "../policy/subject.js";

/*
 * Who sees a community and who reads inside it. Two questions, two SQL conditions, used by
 * lists (filtered in SQL) and single reads alike:
 *
 * - visible (its name, description, member count; its page answers instead of 404): members
 *   always; internal agents for every community that is not secret; external users only for the
 *   communities they are guests of.
 * - content (feed, files, member list, shared correspondence): members (managers, members; guests
 *   see only what is released to guests — the content domains add that condition) and, for open
 *   communities, every internal agent, who may read before joining.
 */

type CommunityScope = ExpressionBuilder<DB, "communities">;

const memberOf = (eb: CommunityScope, userId: string) =>
  eb.exists(
    eb
      .selectFrom("memberships as m")
      .select("m.user_id")
      .whereRef("m.community_id", "=", "communities.id")
      .where("m.user_id", "=", userId),
  );

/** Communities whose existence the subject may know of. */
export function visibleCommunities(subject: Subject) {
  return (eb: CommunityScope) =>
    subject.isExternal
      ? memberOf(eb, subject.userId)
      : eb.or([eb("communities.access", "!=", "secret"), memberOf(eb, subject.userId)]);
}

/** Communities whose content (feed, files, members) the subject may read. */
export function readableCommunityContent(subject: Subject) {
  return (eb: CommunityScope) =>
    subject.isExternal
      ? memberOf(eb, subject.userId)
      : eb.or([eb("communities.access", "=", "open"), memberOf(eb, subject.userId)]);
}

/** The single-row form of the same rules, for a community already loaded with the subject's role. */
export interface CommunityStanding {
  access: CommunityAccess;
  /** The subject's role in it, or null when not a member. */
  role: MembershipRole | null;
}

export function canSeeCommunity(subject: Subject, c: CommunityStanding): boolean {
  if (c.role !== null) return true;
  return !subject.isExternal && c.access !== "secret";
}

export function canReadCommunityContent(subject: Subject, c: CommunityStanding): boolean {
  if (c.role !== null) return true;
  return !subject.isExternal && c.access === "open";
}

/** Managers moderate, decide enrolments, invite and remove; nobody else does. */
export function canManageCommunity(c: CommunityStanding): boolean {
  return c.role === "manager";
}

/** Members and managers post; guests only read (and comment where released to guests). */
export function canPostInCommunity(c: CommunityStanding): boolean {
  return c.role === "manager" || c.role === "member";
}
