import { randomUUID } from "node:crypto";
import type { Kysely, Transaction } from "kysely";
import type {
  CommunityAbilities,
  CommunityDetail,
  CommunityListQuery,
  CommunityMemberPage,
  CommunityPage,
  CreateCommunityBody,
  DecideMembershipBody,
  InviteMembersBody,
  InviteResult,
  MembershipRequestPage,
  RequestMembershipBody,
} from "../../shared/schemas/communities.js";
import type { MembershipRole } from "../../shared/vocabulary.js";
import type { DB } from "../db/schema.js";
import { AppError, notFound } from "../errors.js";
import { type Actor, emit } from "../events/events.js";
import { decodeCursor, toPage } from "../http/cursor.js";
import type { Subject } from "../policy/subject.js";
import { todayUtc } from "../policy/subject.js";
import { queryTokens } from "../search/text-fold.js";
import {
  canManageCommunity,
  canPostInCommunity,
  canReadCommunityContent,
  canSeeCommunity,
  visibleCommunities,
} from "./communities.policy.js";
import {
  presentCommunityDetail,
  presentCommunitySummary,
  presentMember,
  presentRequest,
} from "./communities.presenter.js";
import {
  addMembership,
  type CommunityRow,
  countManagers,
  decideRequest,
  filterMembers,
  findCommunityWithStanding,
  findMembership,
  findPendingRequest,
  findRequest,
  insertCommunity,
  insertRequest,
  listCommunitiesWithStanding,
  listMembers,
  listPendingRequests,
  listPeopleAssignedTo,
  listUserStandings,
  removeMembership,
} from "./communities.repository.js";

type Handle = Kysely<DB> | Transaction<DB>;

const standingOf = (row: CommunityRow) => ({ access: row.access, role: row.my_role ?? null });

/** The community as the subject may know it, or 404 (unknown and invisible look the same). */
export async function loadVisible(db: Handle, subject: Subject, id: string): Promise<CommunityRow> {
  const row = await findCommunityWithStanding(db, id, subject.userId);
  if (!row || !canSeeCommunity(subject, standingOf(row))) throw notFound();
  return row;
}

/** A community the subject manages: 404 if invisible, 403 if visible but not theirs to manage. */
async function loadManaged(db: Handle, subject: Subject, id: string): Promise<CommunityRow> {
  const row = await loadVisible(db, subject, id);
  if (!canManageCommunity(standingOf(row))) throw new AppError("forbidden");
  return row;
}

/**
 * What the subject may do with a community. Only transverse communities are entered by hand;
 * an assignment membership is left only by leaving the post; the last manager stays.
 */
export function communityAbilities(
  subject: Subject,
  row: CommunityRow,
  managerCount: number,
): CommunityAbilities {
  const standing = standingOf(row);
  const isMember = standing.role !== null;
  const entersByHand = !isMember && !subject.isExternal && row.kind === "transverse";
  const isLastManager = standing.role === "manager" && managerCount <= 1;
  return {
    join: entersByHand && row.access === "open",
    request: entersByHand && row.access === "on_request" && !row.request_id,
    leave: isMember && row.my_origin === "direct" && !isLastManager,
    manage: canManageCommunity(standing),
    post: canPostInCommunity(standing),
    readContent: canReadCommunityContent(subject, standing),
    readFiles: canReadCommunityContent(subject, standing) && standing.role !== "guest",
  };
}

/** The community page header with abilities, or 404. */
export async function getCommunity(
  db: Handle,
  subject: Subject,
  id: string,
): Promise<CommunityDetail> {
  const row = await loadVisible(db, subject, id);
  return presentCommunityDetail(
    row,
    communityAbilities(subject, row, await countManagers(db, row.id)),
  );
}

/** The communities the subject may see, by name; secret ones only to their members. */
export async function listCommunities(
  db: Kysely<DB>,
  subject: Subject,
  query: CommunityListQuery,
): Promise<CommunityPage> {
  const after = decodeCursor(query.cursor, ["string", "string"]) as [string, string] | undefined;
  const rows = await listCommunitiesWithStanding(db, visibleCommunities(subject), subject.userId, {
    mine: query.mine === true,
    kind: query.kind,
    tokens: queryTokens(query.q),
    after,
    limit: query.limit,
  });
  return toPage(rows, query.limit, presentCommunitySummary, (r) => [r.sort_key, r.id]);
}

/** Any internal agent creates a transverse community and becomes its manager. */
export async function createCommunity(
  db: Kysely<DB>,
  subject: Subject,
  actor: Actor,
  body: CreateCommunityBody,
): Promise<CommunityDetail> {
  if (subject.isExternal) throw new AppError("forbidden", { reason: "external_user" });
  return db.transaction().execute(async (trx) => {
    const id = randomUUID();
    const at = new Date().toISOString();
    await insertCommunity(trx, {
      id,
      name: body.name,
      description: body.description,
      kind: "transverse",
      unit_id: null,
      access: body.access,
      created_by: subject.userId,
      created_at: at,
      updated_at: at,
    });
    await addMembership(
      trx,
      { communityId: id, userId: subject.userId, role: "manager", origin: "direct" },
      at,
    );
    await emit(trx, actor, {
      type: "community.created",
      target: { type: "community", id },
      details: { kind: "transverse", access: body.access },
    });
    return getCommunity(trx, subject, id);
  });
}

/**
 * Asks to join: an open community is joined at once, an on-request one gets a pending request
 * for its managers. Invitation-only and hierarchical communities refuse (secret ones are 404 to
 * non-members, like any community one may not see).
 */
export async function requestMembership(
  db: Kysely<DB>,
  subject: Subject,
  actor: Actor,
  id: string,
  body: RequestMembershipBody,
): Promise<CommunityDetail> {
  return db.transaction().execute(async (trx) => {
    const row = await loadVisible(trx, subject, id);
    if (row.my_role) throw new AppError("already_member");
    if (row.kind === "hierarchical") throw new AppError("membership_follows_assignment");
    const at = new Date().toISOString();
    const target = { type: "community", id };
    switch (row.access) {
      case "open":
        await addMembership(
          trx,
          { communityId: id, userId: subject.userId, role: "member", origin: "direct" },
          at,
        );
        await emit(trx, actor, {
          type: "community.member_joined",
          target,
          details: { userId: subject.userId },
        });
        break;
      case "on_request": {
        if (await findPendingRequest(trx, id, subject.userId)) {
          throw new AppError("membership_request_pending");
        }
        await insertRequest(trx, {
          id: randomUUID(),
          communityId: id,
          userId: subject.userId,
          message: body.message,
          at,
        });
        await emit(trx, actor, {
          type: "community.membership_requested",
          target,
          details: { userId: subject.userId, message: body.message },
        });
        break;
      }
      case "invitation":
      case "secret":
        throw new AppError("community_invitation_only");
    }
    return getCommunity(trx, subject, id);
  });
}

/** A manager accepts (the requester becomes a member) or refuses a pending request, with a message. */
export async function decideMembership(
  db: Kysely<DB>,
  subject: Subject,
  actor: Actor,
  id: string,
  requestId: string,
  body: DecideMembershipBody,
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await loadManaged(trx, subject, id);
    const request = await findRequest(trx, id, requestId);
    if (!request) throw notFound();
    const at = new Date().toISOString();
    const decided = await decideRequest(trx, requestId, {
      accepted: body.accept,
      message: body.message,
      by: subject.userId,
      at,
    });
    if (!decided) throw new AppError("membership_request_decided");
    if (body.accept && !(await findMembership(trx, id, request.user_id))) {
      await addMembership(
        trx,
        { communityId: id, userId: request.user_id, role: "member", origin: "direct" },
        at,
      );
    }
    await emit(trx, actor, {
      type: "community.membership_decided",
      target: { type: "community", id },
      details: { userId: request.user_id, accepted: body.accept, message: body.message },
    });
  });
}

/**
 * A manager invites people and whole units (the people assigned to them today). Invitations
 * need no acceptance: invitees become members at once; external users only ever as guests.
 * Those already in keep their role; their pending requests are settled as accepted.
 */
export async function inviteMembers(
  db: Kysely<DB>,
  subject: Subject,
  actor: Actor,
  id: string,
  body: InviteMembersBody,
): Promise<InviteResult> {
  return db.transaction().execute(async (trx) => {
    await loadManaged(trx, subject, id);
    const unitIds = [...new Set(body.unitIds)];
    if (unitIds.length > 0) {
      const known = await trx.selectFrom("units").select("id").where("id", "in", unitIds).execute();
      if (known.length !== unitIds.length) {
        throw new AppError("invalid_input", [{ path: "/unitIds", problem: "unknown_unit" }]);
      }
    }
    const named = [...new Set(body.userIds)];
    const standings = await listUserStandings(trx, named);
    if (standings.length !== named.length) {
      throw new AppError("invalid_input", [{ path: "/userIds", problem: "unknown_user" }]);
    }
    const fromUnits = await listPeopleAssignedTo(trx, unitIds, todayUtc());
    const everyone = [...new Set([...named, ...fromUnits])];
    const already = await filterMembers(trx, id, everyone);
    const newcomers = everyone.filter((u) => !already.has(u));
    const isExternal = new Map(
      (await listUserStandings(trx, newcomers)).map((u) => [
        u.id,
        u.organization_kind !== "ministry",
      ]),
    );
    const at = new Date().toISOString();
    for (const userId of newcomers) {
      const role: MembershipRole = isExternal.get(userId) ? "guest" : body.role;
      await addMembership(trx, { communityId: id, userId, role, origin: "direct" }, at);
      const pending = await findPendingRequest(trx, id, userId);
      if (pending) {
        await decideRequest(trx, pending.id, {
          accepted: true,
          message: "",
          by: subject.userId,
          at,
        });
      }
    }
    if (newcomers.length > 0) {
      await emit(trx, actor, {
        type: "community.members_invited",
        target: { type: "community", id },
        details: { userIds: newcomers },
      });
    }
    return { addedUserIds: newcomers };
  });
}

/** Refuses a departure that would leave the community without a manager. */
async function keepAManager(trx: Handle, id: string, role: MembershipRole) {
  if (role === "manager" && (await countManagers(trx, id)) <= 1) {
    throw new AppError("last_manager");
  }
}

/** A manager removes a member (not the last manager; not an assignment membership). */
export async function removeMember(
  db: Kysely<DB>,
  subject: Subject,
  actor: Actor,
  id: string,
  userId: string,
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await loadManaged(trx, subject, id);
    const membership = await findMembership(trx, id, userId);
    if (!membership) throw notFound();
    if (membership.origin === "assignment") throw new AppError("membership_follows_assignment");
    await keepAManager(trx, id, membership.role);
    await removeMembership(trx, id, userId, new Date().toISOString());
    await emit(trx, actor, {
      type: "community.member_removed",
      target: { type: "community", id },
      details: { userId },
    });
  });
}

/** The subject leaves a community they joined (not one they hold through their post). */
export async function leaveCommunity(
  db: Kysely<DB>,
  subject: Subject,
  actor: Actor,
  id: string,
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const row = await loadVisible(trx, subject, id);
    if (!row.my_role) throw new AppError("not_member");
    if (row.my_origin === "assignment") throw new AppError("membership_follows_assignment");
    await keepAManager(trx, id, row.my_role);
    await removeMembership(trx, id, subject.userId, new Date().toISOString());
    await emit(trx, actor, {
      type: "community.member_left",
      target: { type: "community", id },
      details: { userId: subject.userId },
    });
  });
}

/** The members, by name, for those who may read the community's content. */
export async function listCommunityMembers(
  db: Kysely<DB>,
  subject: Subject,
  id: string,
  query: { cursor?: string | undefined; limit: number },
): Promise<CommunityMemberPage> {
  const row = await loadVisible(db, subject, id);
  if (!canReadCommunityContent(subject, standingOf(row))) throw new AppError("forbidden");
  const after = decodeCursor(query.cursor, ["string", "string"]) as [string, string] | undefined;
  const rows = await listMembers(db, id, { after, limit: query.limit });
  return toPage(rows, query.limit, presentMember, (r) => [r.sort_key, r.id]);
}

/** The pending requests to join, oldest first, for the managers. */
export async function listMembershipRequests(
  db: Kysely<DB>,
  subject: Subject,
  id: string,
  query: { cursor?: string | undefined; limit: number },
): Promise<MembershipRequestPage> {
  await loadManaged(db, subject, id);
  const after = decodeCursor(query.cursor, ["string", "string"]) as [string, string] | undefined;
  const rows = await listPendingRequests(db, id, { after, limit: query.limit });
  return toPage(rows, query.limit, presentRequest, (r) => [r.created_at, r.id]);
}
