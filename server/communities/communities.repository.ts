import { randomUUID } from "node:crypto";
import {
  type Expression,
  type ExpressionBuilder,
  type Insertable,
  type Kysely,
  type SqlBool,
  sql,
  type Transaction,
} from "kysely";
import type {
  CommunityKind,
  MembershipChange,
  MembershipOrigin,
  MembershipRole,
} from "../../shared/vocabulary.js";
import type { CommunityTable, DB, MembershipTable } from "../db/schema.js";
import { containsPattern, foldText } from "../search/text-fold.js";

type Handle = Kysely<DB> | Transaction<DB>;
export type CommunityFilter = (eb: ExpressionBuilder<DB, "communities">) => Expression<SqlBool>;

/** The communities a user belongs to, with their role in each. */
export async function listCommunitiesOfUser(db: Handle, userId: string) {
  return db
    .selectFrom("memberships")
    .innerJoin("communities", "communities.id", "memberships.community_id")
    .select([
      "communities.id",
      "communities.name",
      "communities.kind",
      "communities.access",
      "memberships.role",
    ])
    .where("memberships.user_id", "=", userId)
    .orderBy("communities.sort_key")
    .orderBy("communities.id")
    .execute();
}

/** The communities of `userId` that also pass `filter` (what a viewer may see of them). */
export async function listVisibleCommunitiesOfUser(
  db: Handle,
  filter: CommunityFilter,
  userId: string,
) {
  return db
    .selectFrom("memberships")
    .innerJoin("communities", "communities.id", "memberships.community_id")
    .select([
      "communities.id",
      "communities.name",
      "communities.kind",
      "communities.access",
      "memberships.role",
    ])
    .where("memberships.user_id", "=", userId)
    .where(filter)
    .orderBy("communities.sort_key")
    .orderBy("communities.id")
    .execute();
}

/** Writes a community; its sort key is derived from its name here, for every caller. */
export async function insertCommunity(
  db: Handle,
  row: Omit<Insertable<CommunityTable>, "sort_key">,
) {
  await db
    .insertInto("communities")
    .values({ ...row, sort_key: foldText(row.name) })
    .execute();
}

export async function insertMemberships(db: Handle, rows: MembershipTable[]) {
  if (rows.length > 0) await db.insertInto("memberships").values(rows).execute();
}

/* ---------- reading communities with the viewer's standing ---------- */

/** Columns of a community as a viewer sees it: member count, their role, their pending request. */
function selectWithStanding(db: Handle, userId: string) {
  return db
    .selectFrom("communities")
    .leftJoin("memberships as mine", (join) =>
      join.onRef("mine.community_id", "=", "communities.id").on("mine.user_id", "=", userId),
    )
    .leftJoin("membership_requests as req", (join) =>
      join
        .onRef("req.community_id", "=", "communities.id")
        .on("req.user_id", "=", userId)
        .on("req.state", "=", "pending"),
    )
    .select((eb) => [
      "communities.id",
      "communities.name",
      "communities.description",
      "communities.kind",
      "communities.access",
      "communities.unit_id",
      "communities.sort_key",
      "communities.created_at",
      "mine.role as my_role",
      "mine.origin as my_origin",
      "req.id as request_id",
      "req.created_at as request_created_at",
      eb
        .selectFrom("memberships as m")
        .select((e) => e.fn.countAll<number | string>().as("n"))
        .whereRef("m.community_id", "=", "communities.id")
        .as("member_count"),
    ]);
}

export type CommunityRow = Awaited<ReturnType<typeof findCommunityWithStanding>> & {};

/** One community with the viewer's standing, whatever the visibility (the caller decides). */
export async function findCommunityWithStanding(db: Handle, id: string, userId: string) {
  return selectWithStanding(db, userId)
    .leftJoin("units", "units.id", "communities.unit_id")
    .select("units.name as unit_name")
    .where("communities.id", "=", id)
    .executeTakeFirst();
}

/** A page of the communities passing `filter`, by name. */
export async function listCommunitiesWithStanding(
  db: Handle,
  filter: CommunityFilter,
  userId: string,
  s: {
    mine: boolean;
    kind: CommunityKind | undefined;
    tokens: string[];
    after: [string, string] | undefined;
    limit: number;
  },
) {
  let q = selectWithStanding(db, userId).where(filter);
  if (s.mine) q = q.where("mine.user_id", "is not", null);
  if (s.kind) q = q.where("communities.kind", "=", s.kind);
  for (const token of s.tokens) {
    q = q.where(sql<SqlBool>`communities.sort_key like ${containsPattern(token)} escape '\\'`);
  }
  if (s.after) {
    const [key, id] = s.after;
    q = q.where((eb) =>
      eb.or([
        eb("communities.sort_key", ">", key),
        eb.and([eb("communities.sort_key", "=", key), eb("communities.id", ">", id)]),
      ]),
    );
  }
  return q
    .orderBy("communities.sort_key")
    .orderBy("communities.id")
    .limit(s.limit + 1)
    .execute();
}

/* ---------- memberships ---------- */

export async function findMembership(db: Handle, communityId: string, userId: string) {
  return db
    .selectFrom("memberships")
    .selectAll()
    .where("community_id", "=", communityId)
    .where("user_id", "=", userId)
    .executeTakeFirst();
}

/** Adds a membership and its line of history. */
export async function addMembership(
  db: Handle,
  m: { communityId: string; userId: string; role: MembershipRole; origin: MembershipOrigin },
  at: string,
) {
  await db
    .insertInto("memberships")
    .values({
      community_id: m.communityId,
      user_id: m.userId,
      role: m.role,
      origin: m.origin,
      created_at: at,
    })
    .execute();
  await recordChange(db, m.communityId, m.userId, "joined", at);
}

/** Removes a membership and writes its line of history; false if there was none. */
export async function removeMembership(
  db: Handle,
  communityId: string,
  userId: string,
  at: string,
): Promise<boolean> {
  const result = await db
    .deleteFrom("memberships")
    .where("community_id", "=", communityId)
    .where("user_id", "=", userId)
    .executeTakeFirst();
  if (Number(result.numDeletedRows) === 0) return false;
  await recordChange(db, communityId, userId, "left", at);
  return true;
}

async function recordChange(
  db: Handle,
  communityId: string,
  userId: string,
  change: MembershipChange,
  at: string,
) {
  await db
    .insertInto("membership_changes")
    .values({ id: randomUUID(), community_id: communityId, user_id: userId, change, at })
    .execute();
}

export async function countManagers(db: Handle, communityId: string): Promise<number> {
  const row = await db
    .selectFrom("memberships")
    .select((eb) => eb.fn.countAll<number | string>().as("n"))
    .where("community_id", "=", communityId)
    .where("role", "=", "manager")
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** A page of members, by family name. */
export async function listMembers(
  db: Handle,
  communityId: string,
  s: { after: [string, string] | undefined; limit: number },
) {
  let q = db
    .selectFrom("memberships")
    .innerJoin("users", "users.id", "memberships.user_id")
    .select([
      "users.id",
      "users.display_name",
      "users.job_title",
      "users.sort_key",
      "memberships.role",
      "memberships.origin",
      "memberships.created_at",
    ])
    .where("memberships.community_id", "=", communityId);
  if (s.after) {
    const [key, id] = s.after;
    q = q.where((eb) =>
      eb.or([
        eb("users.sort_key", ">", key),
        eb.and([eb("users.sort_key", "=", key), eb("users.id", ">", id)]),
      ]),
    );
  }
  return q
    .orderBy("users.sort_key")
    .orderBy("users.id")
    .limit(s.limit + 1)
    .execute();
}

/** Of `userIds`, those that are already members. */
export async function filterMembers(db: Handle, communityId: string, userIds: readonly string[]) {
  if (userIds.length === 0) return new Set<string>();
  const rows = await db
    .selectFrom("memberships")
    .select("user_id")
    .where("community_id", "=", communityId)
    .where("user_id", "in", userIds)
    .execute();
  return new Set(rows.map((r) => r.user_id));
}

/* ---------- requests to join ---------- */

export async function findPendingRequest(db: Handle, communityId: string, userId: string) {
  return db
    .selectFrom("membership_requests")
    .selectAll()
    .where("community_id", "=", communityId)
    .where("user_id", "=", userId)
    .where("state", "=", "pending")
    .executeTakeFirst();
}

export async function findRequest(db: Handle, communityId: string, requestId: string) {
  return db
    .selectFrom("membership_requests")
    .selectAll()
    .where("community_id", "=", communityId)
    .where("id", "=", requestId)
    .executeTakeFirst();
}

export async function insertRequest(
  db: Handle,
  r: { id: string; communityId: string; userId: string; message: string; at: string },
) {
  await db
    .insertInto("membership_requests")
    .values({
      id: r.id,
      community_id: r.communityId,
      user_id: r.userId,
      message: r.message,
      state: "pending",
      decision_message: null,
      decided_by: null,
      decided_at: null,
      created_at: r.at,
    })
    .execute();
}

/** Decides a pending request; false if it was decided meanwhile. */
export async function decideRequest(
  db: Handle,
  requestId: string,
  d: { accepted: boolean; message: string; by: string; at: string },
): Promise<boolean> {
  const result = await db
    .updateTable("membership_requests")
    .set({
      state: d.accepted ? "accepted" : "refused",
      decision_message: d.message,
      decided_by: d.by,
      decided_at: d.at,
    })
    .where("id", "=", requestId)
    .where("state", "=", "pending")
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Pending requests of a community, oldest first. */
export async function listPendingRequests(
  db: Handle,
  communityId: string,
  s: { after: [string, string] | undefined; limit: number },
) {
  let q = db
    .selectFrom("membership_requests as r")
    .innerJoin("users", "users.id", "r.user_id")
    .select([
      "r.id",
      "r.message",
      "r.state",
      "r.created_at",
      "users.id as user_id",
      "users.display_name",
      "users.job_title",
    ])
    .where("r.community_id", "=", communityId)
    .where("r.state", "=", "pending");
  if (s.after) {
    const [at, id] = s.after;
    q = q.where((eb) =>
      eb.or([
        eb("r.created_at", ">", at),
        eb.and([eb("r.created_at", "=", at), eb("r.id", ">", id)]),
      ]),
    );
  }
  return q
    .orderBy("r.created_at")
    .orderBy("r.id")
    .limit(s.limit + 1)
    .execute();
}

/* ---------- hierarchical communities ---------- */

/** The hierarchical communities mirroring any of `unitIds`. */
export async function listHierarchicalCommunitiesOfUnits(db: Handle, unitIds: readonly string[]) {
  if (unitIds.length === 0) return [];
  return db
    .selectFrom("communities")
    .select(["id", "unit_id"])
    .where("kind", "=", "hierarchical")
    .where("unit_id", "in", unitIds)
    .execute();
}

/** The memberships of a user that came from an assignment. */
export async function listAssignmentMemberships(db: Handle, userId: string) {
  return db
    .selectFrom("memberships")
    .select(["community_id", "role"])
    .where("user_id", "=", userId)
    .where("origin", "=", "assignment")
    .execute();
}

/** The active users assigned today to any of `unitIds`. */
export async function listPeopleAssignedTo(db: Handle, unitIds: readonly string[], today: string) {
  if (unitIds.length === 0) return [];
  const rows = await db
    .selectFrom("assignments")
    .innerJoin("users", "users.id", "assignments.user_id")
    .select("users.id")
    .distinct()
    .where("assignments.unit_id", "in", unitIds)
    .where("assignments.starts_on", "<=", today)
    .where((eb) =>
      eb.or([eb("assignments.ends_on", "is", null), eb("assignments.ends_on", ">=", today)]),
    )
    .where("users.status", "=", "active")
    .execute();
  return rows.map((r) => r.id);
}

/** Which of `userIds` are active users, and whether each is external (not of a ministry). */
export async function listUserStandings(db: Handle, userIds: readonly string[]) {
  if (userIds.length === 0) return [];
  return db
    .selectFrom("users")
    .innerJoin("organizations", "organizations.id", "users.organization_id")
    .select(["users.id", "organizations.kind as organization_kind"])
    .where("users.id", "in", userIds)
    .where("users.status", "=", "active")
    .execute();
}
