import type { Kysely } from "kysely";
import type { FollowStatus } from "../../shared/schemas/feed.js";
import type { FollowTargetType } from "../../shared/vocabulary.js";
import { visibleCommunities } from "../communities/communities.policy.js";
import type { DB } from "../db/schema.js";
import { AppError, notFound } from "../errors.js";
import { type Actor, emit } from "../events/events.js";
import { readablePeople } from "../people/people.policy.js";
import type { Subject } from "../policy/subject.js";
import {
  deleteFollow,
  insertFollow,
  isFollowing,
  listNamedCommunities,
  listNamedUsers,
} from "./feed.repository.js";

export interface FollowKey {
  targetType: FollowTargetType;
  targetKey: string;
}

/**
 * Follows a person (one the directory shows the subject), a community (one they may know of) or
 * a tag; their posts then come into the personal feed, where readable. Idempotent.
 */
export async function follow(
  db: Kysely<DB>,
  subject: Subject,
  actor: Actor,
  target: FollowKey,
  now: Date = new Date(),
): Promise<FollowStatus> {
  await db.transaction().execute(async (trx) => {
    if (target.targetType === "user") {
      if (target.targetKey === subject.userId) {
        throw new AppError("invalid_input", [{ path: "/targetKey", problem: "self" }]);
      }
      const found = await listNamedUsers(trx, [target.targetKey], readablePeople(subject));
      if (found.length === 0) throw notFound();
    } else if (target.targetType === "community") {
      const found = await listNamedCommunities(
        trx,
        [target.targetKey],
        visibleCommunities(subject),
      );
      if (found.length === 0) throw notFound();
    }
    const added = await insertFollow(trx, {
      follower_id: subject.userId,
      target_type: target.targetType,
      target_key: target.targetKey,
      created_at: now.toISOString(),
    });
    if (added) await emit(trx, actor, { type: "follow.added", details: { ...target } });
  });
  return { following: true };
}

/** Stops following; idempotent. */
export async function unfollow(
  db: Kysely<DB>,
  subject: Subject,
  actor: Actor,
  target: FollowKey,
): Promise<FollowStatus> {
  await db.transaction().execute(async (trx) => {
    const removed = await deleteFollow(trx, {
      follower_id: subject.userId,
      target_type: target.targetType,
      target_key: target.targetKey,
    });
    if (removed) await emit(trx, actor, { type: "follow.removed", details: { ...target } });
  });
  return { following: false };
}

/** Whether the subject follows a target. */
export async function followStatus(
  db: Kysely<DB>,
  subject: Subject,
  target: FollowKey,
): Promise<FollowStatus> {
  return {
    following: await isFollowing(db, {
      follower_id: subject.userId,
      target_type: target.targetType,
      target_key: target.targetKey,
    }),
  };
}
