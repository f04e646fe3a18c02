import { type Kysely, sql, type Transaction } from "kysely";
import {
  type CommunityStanding,
  canReadCommunityContent,
} from "../communities/communities.policy.js";
import { readableCorrespondence } from "../correspondence/correspondence.policy.js";
import type { DB } from "../db/schema.js";
import { listClearances, listRoles } from "../people/people.repository.js";
import { effectiveClearance, type Subject, todayUtc } from "../policy/subject.js";

/*
 * Who, among candidate recipients, may read the thing a notification points at. Never
 * re-derives a rule: the recipients become Subjects (loaded for the whole set at once) and go
 * through the owning domain's policy — the correspondence read condition in SQL, the community
 * single-row rule.
 */

type Handle = Kysely<DB> | Transaction<DB>;

/** Policy subjects of several active users at once (four queries, whatever their number). */
export async function loadSubjects(
  db: Handle,
  userIds: readonly string[],
  now: Date,
): Promise<Subject[]> {
  const ids = [...new Set(userIds)];
  if (ids.length === 0) return [];
  const today = todayUtc(now);
  const [users, clearances, roles, assignments] = await Promise.all([
    db
      .selectFrom("users")
      .innerJoin("organizations", "organizations.id", "users.organization_id")
      .select([
        "users.id",
        "users.organization_id",
        "users.nationality",
        "organizations.kind as organization_kind",
      ])
      .where("users.id", "in", ids)
      .where("users.status", "=", "active")
      .execute(),
    listClearances(db, ids),
    listRoles(db, ids),
    db
      .selectFrom("assignments")
      .select(["user_id", "unit_id"])
      .where("user_id", "in", ids)
      .where("starts_on", "<=", today)
      .where((eb) => eb.or([eb("ends_on", "is", null), eb("ends_on", ">=", today)]))
      .execute(),
  ]);
  return users.map((u) => ({
    userId: u.id,
    organizationId: u.organization_id,
    isExternal: u.organization_kind !== "ministry",
    nationality: u.nationality,
    clearance: effectiveClearance(
      clearances.filter((c) => c.user_id === u.id),
      today,
    ).level,
    roles: roles
      .filter((r) => r.user_id === u.id)
      .map((r) => ({ role: r.role, unitId: r.unit_id })),
    unitIds: assignments.filter((a) => a.user_id === u.id).map((a) => a.unit_id),
    // Recipients are asked what they are entitled to; opening the item needs their own session.
    mfa: true,
  }));
}

/** SQLite caps compound SELECTs at 500 terms; one query checks this many readers at once. */
const READERS_PER_QUERY = 100;

/** Of the candidates, those `readableCorrespondence` lets read it (one query per hundred). */
export async function correspondenceReaders(
  db: Handle,
  correspondenceId: string,
  candidateIds: readonly string[],
  now: Date,
): Promise<Set<string>> {
  const subjects = await loadSubjects(db, candidateIds, now);
  const readers = new Set<string>();
  for (let i = 0; i < subjects.length; i += READERS_PER_QUERY) {
    const queries = subjects
      .slice(i, i + READERS_PER_QUERY)
      .map((subject) =>
        db
          .selectFrom("correspondences")
          .select(sql<string>`cast(${subject.userId} as text)`.as("user_id"))
          .where("correspondences.id", "=", correspondenceId)
          .where(readableCorrespondence(subject)),
      );
    const [first, ...rest] = queries;
    if (!first) continue;
    const rows = await rest.reduce((union, q) => union.unionAll(q), first).execute();
    for (const row of rows) readers.add(row.user_id);
  }
  return readers;
}

/**
 * Of the candidates, those the community rule lets read a post (and its comments). Guests read
 * only what was released to guests: they count only when `releasedToGuests` says it was.
 */
export async function communityReaders(
  db: Handle,
  communityId: string,
  candidateIds: readonly string[],
  now: Date,
  releasedToGuests = false,
): Promise<Set<string>> {
  const community = await db
    .selectFrom("communities")
    .select("access")
    .where("id", "=", communityId)
    .executeTakeFirst();
  if (!community || candidateIds.length === 0) return new Set();
  const [subjects, memberships] = await Promise.all([
    loadSubjects(db, candidateIds, now),
    db
      .selectFrom("memberships")
      .select(["user_id", "role"])
      .where("community_id", "=", communityId)
      .where("user_id", "in", [...new Set(candidateIds)])
      .execute(),
  ]);
  const roleOf = new Map(memberships.map((m) => [m.user_id, m.role]));
  return new Set(
    subjects
      .filter((subject) => {
        if (roleOf.get(subject.userId) === "guest" && !releasedToGuests) return false;
        const standing: CommunityStanding = {
          access: community.access,
          role: roleOf.get(subject.userId) ?? null,
        };
        return canReadCommunityContent(subject, standing);
      })
      .map((s) => s.userId),
  );
}
