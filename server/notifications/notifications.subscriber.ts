import type { Transaction } from "kysely";
import { z } from "zod";
import type { DB } from "../db/schema.js";
import type { Actor, DomainEvent } from "../events/events.js";
import { todayUtc } from "../policy/subject.js";
import { deliverNotifications, type NotificationDraft } from "./delivery.js";
import { listFollowerIds } from "./notifications.repository.js";
import { communityReaders, correspondenceReaders } from "./readers.js";

/*
 * Turns domain events into notifications, inside the transaction of the change (after the
 * journal, so under its lock): who gets what, never the actor, never someone the read policy
 * keeps out. Event details follow the domain-event contract; a malformed one is a bug of its
 * emitter and fails loudly.
 */

type Trx = Transaction<DB>;

const Uuid = z.string().min(1);
const Target = z.object({ type: z.string(), id: Uuid });

const MembershipRequested = z.looseObject({ userId: Uuid });
const MembershipDecided = z.looseObject({ userId: Uuid, accepted: z.boolean() });
const MembersInvited = z.looseObject({ userIds: z.array(Uuid) });
const PostCreated = z.looseObject({
  communityId: Uuid,
  authorId: Uuid,
  mentionedUserIds: z.array(Uuid),
  tags: z.array(z.string()),
  visibleToGuests: z.boolean().default(false),
});
const CommentCreated = z.looseObject({
  postId: Uuid,
  communityId: Uuid,
  authorId: Uuid,
  parentCommentId: Uuid.nullable(),
  postAuthorId: Uuid,
  parentAuthorId: Uuid.nullable(),
  mentionedUserIds: z.array(Uuid),
  postVisibleToGuests: z.boolean().default(false),
});
const StepDecided = z.looseObject({ stepId: Uuid, decision: z.string() });
// A message received by mail is dispatched without a circuit: no signature step to settle.
const Dispatched = z.looseObject({ signatureStepId: Uuid.nullable() });
const DeadlinePassed = z.looseObject({ distributionId: Uuid });

/** The in-transaction subscriber: notifications for the events that concern someone. */
export async function notifyOnEvent(
  trx: Trx,
  actor: Actor,
  event: DomainEvent,
  now: Date = new Date(),
): Promise<void> {
  const details = event.details ?? {};
  switch (event.type) {
    case "correspondence.dispatched": {
      const { signatureStepId } = Dispatched.parse(details);
      if (signatureStepId !== null) await settleStep(trx, targetOf(event).id, signatureStepId, now);
      await deliverNotifications(trx, actor, await dispatchDrafts(trx, targetOf(event), now), now);
      return;
    }
    case "correspondence.submitted":
      return notifyPendingStep(trx, actor, targetOf(event).id, now);
    case "correspondence.step_decided": {
      const { stepId, decision } = StepDecided.parse(details);
      await settleStep(trx, targetOf(event).id, stepId, now);
      if (decision === "return") return notifyDraftReturned(trx, actor, targetOf(event).id, now);
      return notifyPendingStep(trx, actor, targetOf(event).id, now);
    }
    case "distribution.deadline_passed": {
      const { distributionId } = DeadlinePassed.parse(details);
      const drafts = await deadlineDrafts(trx, targetOf(event).id, distributionId, now);
      await deliverNotifications(trx, actor, drafts, now);
      return;
    }
    case "community.membership_requested": {
      const communityId = targetOf(event).id;
      MembershipRequested.parse(details);
      const community = await communityName(trx, communityId);
      const managers = await trx
        .selectFrom("memberships")
        .select("user_id")
        .where("community_id", "=", communityId)
        .where("role", "=", "manager")
        .execute();
      await deliverNotifications(
        trx,
        actor,
        managers.map((m) => ({
          userId: m.user_id,
          type: "action",
          reason: "enrolment_request",
          target: { type: "community", id: communityId },
          groupKey: `enrolment:${communityId}`,
          communityId,
          details: { communityName: community },
        })),
        now,
      );
      return;
    }
    case "community.membership_decided": {
      const communityId = targetOf(event).id;
      const { userId, accepted } = MembershipDecided.parse(details);
      const community = await communityName(trx, communityId);
      await deliverNotifications(
        trx,
        actor,
        [
          {
            userId,
            type: "information",
            reason: "membership_decided",
            target: { type: "community", id: communityId },
            groupKey: `membership:${communityId}`,
            communityId,
            details: { communityName: community, accepted },
          },
        ],
        now,
      );
      return;
    }
    case "community.members_invited": {
      const communityId = targetOf(event).id;
      const { userIds } = MembersInvited.parse(details);
      const community = await communityName(trx, communityId);
      await deliverNotifications(
        trx,
        actor,
        userIds.map((userId) => ({
          userId,
          type: "information",
          reason: "invited",
          target: { type: "community", id: communityId },
          groupKey: `invited:${communityId}`,
          communityId,
          details: { communityName: community },
        })),
        now,
      );
      return;
    }
    case "post.created":
      await deliverNotifications(trx, actor, await postDrafts(trx, event, now), now);
      return;
    case "comment.created":
      await deliverNotifications(trx, actor, await commentDrafts(trx, event, now), now);
      return;
    default:
      return;
  }
}

function targetOf(event: DomainEvent) {
  return Target.parse(event.target);
}

async function communityName(trx: Trx, communityId: string): Promise<string | null> {
  const row = await trx
    .selectFrom("communities")
    .select("name")
    .where("id", "=", communityId)
    .executeTakeFirst();
  return row?.name ?? null;
}

/* ---------- correspondence ---------- */

/** The people behind addressees: users themselves, current members of units and communities. */
async function addresseeMembers(
  trx: Trx,
  addressees: readonly { addressee_type: string; addressee_id: string }[],
  today: string,
): Promise<Map<string, string[]>> {
  const ids = (type: string) =>
    addressees.filter((a) => a.addressee_type === type).map((a) => a.addressee_id);
  const unitIds = ids("unit");
  const communityIds = ids("community");
  const [unitMembers, communityMembers] = await Promise.all([
    unitIds.length === 0
      ? []
      : trx
          .selectFrom("assignments")
          .select(["unit_id as group_id", "user_id"])
          .where("unit_id", "in", unitIds)
          .where("starts_on", "<=", today)
          .where((eb) => eb.or([eb("ends_on", "is", null), eb("ends_on", ">=", today)]))
          .execute(),
    communityIds.length === 0
      ? []
      : trx
          .selectFrom("memberships")
          .select(["community_id as group_id", "user_id"])
          .where("community_id", "in", communityIds)
          .execute(),
  ]);
  const members = new Map<string, string[]>();
  for (const id of ids("user")) members.set(`user:${id}`, [id]);
  for (const m of unitMembers) {
    members.set(`unit:${m.group_id}`, [...(members.get(`unit:${m.group_id}`) ?? []), m.user_id]);
  }
  for (const m of communityMembers) {
    const key = `community:${m.group_id}`;
    members.set(key, [...(members.get(key) ?? []), m.user_id]);
  }
  return members;
}

const membersOf = (
  members: Map<string, string[]>,
  d: { addressee_type: string; addressee_id: string },
) => members.get(`${d.addressee_type}:${d.addressee_id}`) ?? [];

/**
 * Action addressees get an action (and an alert when flash or immediate), information
 * addressees an information; someone both for action and for information gets the action.
 * Members who may not read it (marking, nationality) get nothing: the dispatch excluded them.
 */
async function dispatchDrafts(
  trx: Trx,
  target: { id: string },
  now: Date,
): Promise<NotificationDraft[]> {
  const correspondence = await trx
    .selectFrom("correspondences")
    .select(["id", "reference", "precedence", "kind"])
    .where("id", "=", target.id)
    .executeTakeFirst();
  if (!correspondence) return [];
  const distributions = await trx
    .selectFrom("distributions")
    .select(["addressee_type", "addressee_id", "mode"])
    .where("correspondence_id", "=", target.id)
    .execute();
  const members = await addresseeMembers(trx, distributions, todayUtc(now));
  const forAction = new Set(
    distributions.filter((d) => d.mode === "action").flatMap((d) => membersOf(members, d)),
  );
  const forInfo = new Set(
    distributions
      .filter((d) => d.mode === "info")
      .flatMap((d) => membersOf(members, d))
      .filter((id) => !forAction.has(id)),
  );
  const readers = await correspondenceReaders(trx, target.id, [...forAction, ...forInfo], now);
  const details = {
    reference: correspondence.reference,
    precedence: correspondence.precedence,
    kind: correspondence.kind,
  };
  const of = (userId: string, draft: Omit<NotificationDraft, "userId" | "target">) => ({
    userId,
    target: { type: "correspondence", id: target.id },
    details,
    ...draft,
  });
  const isUrgent =
    correspondence.precedence === "flash" || correspondence.precedence === "immediate";
  const drafts: NotificationDraft[] = [];
  for (const userId of forAction) {
    if (!readers.has(userId)) continue;
    drafts.push(
      of(userId, {
        type: "action",
        reason: "correspondence_action",
        groupKey: `correspondence:${target.id}:action`,
      }),
    );
    if (isUrgent) {
      drafts.push(
        of(userId, {
          type: "alert",
          reason: "correspondence_urgent",
          groupKey: `correspondence:${target.id}:urgent`,
        }),
      );
    }
  }
  for (const userId of forInfo) {
    if (!readers.has(userId)) continue;
    drafts.push(
      of(userId, {
        type: "information",
        reason: "correspondence_info",
        groupKey: `correspondence:${target.id}:info`,
      }),
    );
  }
  return drafts;
}

/** A decided step needs nobody any more: its requests are marked read for all who got one. */
async function settleStep(trx: Trx, correspondenceId: string, stepId: string, now: Date) {
  await trx
    .updateTable("notifications")
    .set({ read_at: now.toISOString() })
    .where("group_key", "=", circuitGroupKey(correspondenceId, stepId))
    .where("read_at", "is", null)
    .execute();
}

const circuitGroupKey = (correspondenceId: string, stepId: string) =>
  `circuit:${correspondenceId}:${stepId}`;

/** The step that now has the turn: its user, or for a unit's step the unit's releasers. */
async function notifyPendingStep(trx: Trx, actor: Actor, correspondenceId: string, now: Date) {
  const step = await trx
    .selectFrom("circuit_steps")
    .select(["id", "kind", "assignee_user_id", "assignee_unit_id"])
    .where("correspondence_id", "=", correspondenceId)
    .where("status", "=", "pending")
    .executeTakeFirst();
  if (!step) return;
  let candidates: string[] = [];
  if (step.assignee_user_id) candidates = [step.assignee_user_id];
  else if (step.assignee_unit_id) {
    const releasers = await trx
      .selectFrom("user_roles")
      .select("user_id")
      .where("role", "=", "releaser")
      .where("unit_id", "=", step.assignee_unit_id)
      .execute();
    candidates = releasers.map((r) => r.user_id);
  }
  const readers = await correspondenceReaders(trx, correspondenceId, candidates, now);
  await deliverNotifications(
    trx,
    actor,
    candidates
      .filter((id) => readers.has(id))
      .map((userId) => ({
        userId,
        type: "action",
        reason: "circuit_step",
        target: { type: "correspondence", id: correspondenceId },
        groupKey: circuitGroupKey(correspondenceId, step.id),
        details: { stepKind: step.kind },
      })),
    now,
  );
}

async function notifyDraftReturned(trx: Trx, actor: Actor, correspondenceId: string, now: Date) {
  const row = await trx
    .selectFrom("correspondences")
    .select("drafter_id")
    .where("id", "=", correspondenceId)
    .executeTakeFirst();
  if (!row) return;
  await deliverNotifications(
    trx,
    actor,
    [
      {
        userId: row.drafter_id,
        type: "action",
        reason: "draft_returned",
        target: { type: "correspondence", id: correspondenceId },
        groupKey: `returned:${correspondenceId}`,
      },
    ],
    now,
  );
}

/** A passed deadline alerts the action addressee's members (and its assignee) who may read it. */
async function deadlineDrafts(
  trx: Trx,
  correspondenceId: string,
  distributionId: string,
  now: Date,
): Promise<NotificationDraft[]> {
  const row = await trx
    .selectFrom("distributions")
    .innerJoin("correspondences", "correspondences.id", "distributions.correspondence_id")
    .select([
      "distributions.addressee_type",
      "distributions.addressee_id",
      "distributions.assigned_to",
      "distributions.deadline",
      "correspondences.reference",
      "correspondences.precedence",
    ])
    .where("distributions.id", "=", distributionId)
    .where("distributions.correspondence_id", "=", correspondenceId)
    .executeTakeFirst();
  if (!row) return [];
  const members = await addresseeMembers(trx, [row], todayUtc(now));
  const candidates = row.assigned_to
    ? [row.assigned_to, ...membersOf(members, row)]
    : membersOf(members, row);
  const readers = await correspondenceReaders(trx, correspondenceId, candidates, now);
  return [...new Set(candidates)]
    .filter((id) => readers.has(id))
    .map((userId) => ({
      userId,
      type: "alert",
      reason: "deadline_passed",
      target: { type: "correspondence", id: correspondenceId },
      groupKey: `deadline:${distributionId}`,
      details: { reference: row.reference, deadline: row.deadline, precedence: row.precedence },
    }));
}

/* ---------- feed ---------- */

async function postDrafts(trx: Trx, event: DomainEvent, now: Date): Promise<NotificationDraft[]> {
  const postId = targetOf(event).id;
  const d = PostCreated.parse(event.details ?? {});
  const community = await communityName(trx, d.communityId);
  const common = {
    target: { type: "post", id: postId },
    communityId: d.communityId,
    threadId: postId,
    details: { communityName: community },
  };
  const mentioned = new Set(d.mentionedUserIds.filter((id) => id !== d.authorId));
  const followers = (
    await listFollowerIds(trx, { communityId: d.communityId, authorId: d.authorId, tags: d.tags })
  ).filter((id) => id !== d.authorId && !mentioned.has(id));
  const readers = await communityReaders(trx, d.communityId, followers, now, d.visibleToGuests);
  return [
    ...[...mentioned].map((userId) => ({
      ...common,
      userId,
      type: "information" as const,
      reason: "mention" as const,
      groupKey: `mention:post:${postId}`,
    })),
    ...followers
      .filter((id) => readers.has(id))
      .map((userId) => ({
        ...common,
        userId,
        type: "information" as const,
        reason: "followed_post" as const,
        groupKey: `followed:${d.communityId}`,
      })),
  ];
}

/** A mention beats a reply, which beats a comment on one's post: one notification each. */
async function commentDrafts(
  trx: Trx,
  event: DomainEvent,
  now: Date,
): Promise<NotificationDraft[]> {
  const commentId = targetOf(event).id;
  const d = CommentCreated.parse(event.details ?? {});
  const community = await communityName(trx, d.communityId);
  const common = {
    target: { type: "post", id: d.postId },
    communityId: d.communityId,
    threadId: d.postId,
    details: { communityName: community, commentId },
  };
  const authors = [d.postAuthorId, ...(d.parentAuthorId ? [d.parentAuthorId] : [])];
  const readers = await communityReaders(trx, d.communityId, authors, now, d.postVisibleToGuests);
  const drafts: NotificationDraft[] = [];
  const taken = new Set<string>([d.authorId]);
  for (const userId of d.mentionedUserIds) {
    if (taken.has(userId)) continue;
    taken.add(userId);
    drafts.push({
      ...common,
      userId,
      type: "information",
      reason: "mention",
      groupKey: `mention:comment:${commentId}`,
    });
  }
  if (d.parentAuthorId && d.parentCommentId && !taken.has(d.parentAuthorId)) {
    taken.add(d.parentAuthorId);
    if (readers.has(d.parentAuthorId)) {
      drafts.push({
        ...common,
        userId: d.parentAuthorId,
        type: "information",
        reason: "reply_to_comment",
        groupKey: `replies:${d.parentCommentId}`,
      });
    }
  }
  if (!taken.has(d.postAuthorId) && readers.has(d.postAuthorId)) {
    drafts.push({
      ...common,
      userId: d.postAuthorId,
      type: "information",
      reason: "comment_on_post",
      groupKey: `comments:${d.postId}`,
    });
  }
  return drafts;
}
