import type { ExpressionBuilder, Kysely, Transaction } from "kysely";
import type { AccessRequestState, ClearanceGrantStatus } from "../../shared/vocabulary.js";
import type { AccessRequestTable, DB, PasswordInvitationTable } from "../db/schema.js";

type Handle = Kysely<DB> | Transaction<DB>;

/* ---------- access requests ---------- */

/** Units one may name on the public form: those of State organisations, by name. */
export async function listRequestableUnits(db: Handle) {
  return db
    .selectFrom("units")
    .innerJoin("organizations", "organizations.id", "units.organization_id")
    .select(["units.id", "units.name", "organizations.short_name as organization_name"])
    .where("organizations.kind", "=", "ministry")
    .orderBy("units.sort_key")
    .orderBy("units.id")
    .execute();
}

/** A unit that can receive access requests, or undefined. */
export async function findRequestableUnit(db: Handle, unitId: string) {
  return db
    .selectFrom("units")
    .innerJoin("organizations", "organizations.id", "units.organization_id")
    .select(["units.id", "units.name", "units.organization_id"])
    .where("units.id", "=", unitId)
    .where("organizations.kind", "=", "ministry")
    .executeTakeFirst();
}

export async function hasPendingRequest(db: Handle, email: string) {
  const row = await db
    .selectFrom("access_requests")
    .select("id")
    .where("email", "=", email)
    .where("state", "=", "pending")
    .executeTakeFirst();
  return row !== undefined;
}

export async function insertAccessRequest(db: Handle, row: AccessRequestTable) {
  await db.insertInto("access_requests").values(row).execute();
}

const selectAccessRequests = (db: Handle) =>
  db
    .selectFrom("access_requests")
    .innerJoin("units", "units.id", "access_requests.unit_id")
    .leftJoin("users as decider", "decider.id", "access_requests.decided_by")
    .selectAll("access_requests")
    .select(["units.name as unit_name", "decider.display_name as decider_name"]);

export type AccessRequestRow = Awaited<
  ReturnType<ReturnType<typeof selectAccessRequests>["execute"]>
>[number];

export async function findAccessRequest(db: Handle, id: string) {
  return selectAccessRequests(db).where("access_requests.id", "=", id).executeTakeFirst();
}

/**
 * A page of requests, newest first; `unitIds` narrows to the units the reader heads (null: all,
 * for the security officer).
 */
export async function listAccessRequests(
  db: Handle,
  s: {
    unitIds: readonly string[] | null;
    state: AccessRequestState;
    after?: [string, string];
    limit: number;
  },
) {
  let query = selectAccessRequests(db).where("access_requests.state", "=", s.state);
  if (s.unitIds !== null) {
    if (s.unitIds.length === 0) return [];
    query = query.where("access_requests.unit_id", "in", s.unitIds);
  }
  if (s.after) {
    const [createdAt, id] = s.after;
    query = query.where((eb) =>
      eb.or([
        eb("access_requests.created_at", "<", createdAt),
        eb.and([
          eb("access_requests.created_at", "=", createdAt),
          eb("access_requests.id", "<", id),
        ]),
      ]),
    );
  }
  return query
    .orderBy("access_requests.created_at", "desc")
    .orderBy("access_requests.id", "desc")
    .limit(s.limit + 1)
    .execute();
}

/** Records the decision if the request is still pending; false when someone decided first. */
export async function decideAccessRequestRow(
  db: Handle,
  id: string,
  decision: {
    state: AccessRequestState;
    decided_by: string;
    decided_at: string;
    decision_note: string | null;
    user_id: string | null;
  },
) {
  const result = await db
    .updateTable("access_requests")
    .set(decision)
    .where("id", "=", id)
    .where("state", "=", "pending")
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** The holders of the release authority of a unit: its heads. */
export async function listUnitHeads(db: Handle, unitId: string) {
  const rows = await db
    .selectFrom("user_roles")
    .select("user_id")
    .where("role", "=", "releaser")
    .where("unit_id", "=", unitId)
    .execute();
  return rows.map((r) => r.user_id);
}

/** Every security officer. */
export async function listSecurityOfficers(db: Handle) {
  const rows = await db
    .selectFrom("user_roles")
    .select("user_id")
    .where("role", "=", "security_officer")
    .execute();
  return [...new Set(rows.map((r) => r.user_id))];
}

/* ---------- invitations ---------- */

export async function insertInvitation(db: Handle, row: PasswordInvitationTable) {
  await db.insertInto("password_invitations").values(row).execute();
}

/** Takes a live invitation (unused, not expired) once; undefined if none. */
export async function consumeInvitation(db: Handle, tokenHash: string, at: string) {
  const invitation = await db
    .selectFrom("password_invitations")
    .select(["user_id", "expires_at"])
    .where("token_hash", "=", tokenHash)
    .where("used_at", "is", null)
    .where("expires_at", ">", at)
    .executeTakeFirst();
  if (!invitation) return undefined;
  const result = await db
    .updateTable("password_invitations")
    .set({ used_at: at })
    .where("token_hash", "=", tokenHash)
    .where("used_at", "is", null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1 ? invitation.user_id : undefined;
}

/* ---------- clearances ---------- */

/** The SQL form of a grant's status on a given day. */
export function clearanceStatusIs(
  eb: ExpressionBuilder<DB, "clearances">,
  status: ClearanceGrantStatus,
  today: string,
) {
  switch (status) {
    case "revoked":
      return eb("clearances.revoked_at", "is not", null);
    case "current":
      return eb.and([
        eb("clearances.revoked_at", "is", null),
        eb("clearances.valid_from", "<=", today),
        eb("clearances.valid_until", ">=", today),
      ]);
    case "upcoming":
      return eb.and([
        eb("clearances.revoked_at", "is", null),
        eb("clearances.valid_from", ">", today),
      ]);
    case "expired":
      return eb.and([
        eb("clearances.revoked_at", "is", null),
        eb("clearances.valid_until", "<", today),
      ]);
  }
}

const selectClearanceAudit = (db: Handle) =>
  db
    .selectFrom("clearances")
    .innerJoin("users as holder", "holder.id", "clearances.user_id")
    .leftJoin("users as granter", "granter.id", "clearances.granted_by")
    .leftJoin("users as revoker", "revoker.id", "clearances.revoked_by")
    .selectAll("clearances")
    .select([
      "holder.display_name as holder_name",
      "holder.email as holder_email",
      "holder.nationality as holder_nationality",
      "granter.display_name as granter_name",
      "revoker.display_name as revoker_name",
    ]);

export type ClearanceAuditRow = Awaited<
  ReturnType<ReturnType<typeof selectClearanceAudit>["execute"]>
>[number];

/** A page of grants for the audit view, latest grant first, filtered in SQL. */
export async function listClearanceAudit(
  db: Handle,
  s: {
    today: string;
    status?: ClearanceGrantStatus;
    level?: "NP" | "DR";
    userId?: string;
    after?: [string, string];
    limit: number;
  },
) {
  let query = selectClearanceAudit(db);
  if (s.status) {
    const status = s.status;
    query = query.where((eb) => clearanceStatusIs(eb, status, s.today));
  }
  if (s.level) query = query.where("clearances.level", "=", s.level);
  if (s.userId) query = query.where("clearances.user_id", "=", s.userId);
  if (s.after) {
    const [createdAt, id] = s.after;
    query = query.where((eb) =>
      eb.or([
        eb("clearances.created_at", "<", createdAt),
        eb.and([eb("clearances.created_at", "=", createdAt), eb("clearances.id", "<", id)]),
      ]),
    );
  }
  return query
    .orderBy("clearances.created_at", "desc")
    .orderBy("clearances.id", "desc")
    .limit(s.limit + 1)
    .execute();
}

export async function findClearanceAudit(db: Handle, id: string) {
  return selectClearanceAudit(db).where("clearances.id", "=", id).executeTakeFirst();
}

/** Revokes a grant still in force or to come; false when it was already revoked or is unknown. */
export async function revokeClearanceWithReason(
  db: Handle,
  id: string,
  change: { revoked_at: string; revoked_by: string; revocation_reason: string },
) {
  const result = await db
    .updateTable("clearances")
    .set(change)
    .where("id", "=", id)
    .where("revoked_at", "is", null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/**
 * DR grants in force that end within the notice period and were not announced yet, unless a
 * later grant of the same holder already takes over.
 */
export async function listExpiringClearances(
  db: Handle,
  today: string,
  horizon: string,
  limit: number,
) {
  return db
    .selectFrom("clearances")
    .innerJoin("users", "users.id", "clearances.user_id")
    .select([
      "clearances.id",
      "clearances.user_id",
      "clearances.level",
      "clearances.valid_until",
      "users.display_name",
    ])
    .where("clearances.level", "=", "DR")
    .where("clearances.revoked_at", "is", null)
    .where("clearances.expiry_notified_at", "is", null)
    .where("clearances.valid_from", "<=", today)
    .where("clearances.valid_until", ">=", today)
    .where("clearances.valid_until", "<=", horizon)
    .where("users.status", "=", "active")
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom("clearances as later")
            .select("later.id")
            .whereRef("later.user_id", "=", "clearances.user_id")
            .where("later.level", "=", "DR")
            .where("later.revoked_at", "is", null)
            .whereRef("later.valid_until", ">", "clearances.valid_until")
            .whereRef("later.valid_from", "<=", "clearances.valid_until"),
        ),
      ),
    )
    .orderBy("clearances.valid_until")
    .orderBy("clearances.id")
    .limit(limit)
    .execute();
}

/** Marks an expiry notice as given; false when another run gave it first. */
export async function markExpiryNotified(db: Handle, id: string, at: string) {
  const result = await db
    .updateTable("clearances")
    .set({ expiry_notified_at: at })
    .where("id", "=", id)
    .where("expiry_notified_at", "is", null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/* ---------- ended assignments ---------- */

/** Assignments whose end date has passed and whose accesses were not yet taken away. */
export async function listEndedUnsyncedAssignments(db: Handle, today: string, limit: number) {
  return db
    .selectFrom("assignments")
    .select(["id", "user_id", "unit_id", "ends_on"])
    .where("ends_on", "<", today)
    .where("end_synced_at", "is", null)
    .orderBy("ends_on")
    .orderBy("id")
    .limit(limit)
    .execute();
}

export async function markAssignmentEndSynced(db: Handle, id: string, at: string) {
  const result = await db
    .updateTable("assignments")
    .set({ end_synced_at: at })
    .where("id", "=", id)
    .where("end_synced_at", "is", null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Release authorities a user holds on units they are no longer assigned to today. */
export async function listOrphanedUnitRoles(db: Handle, userId: string, today: string) {
  return db
    .selectFrom("user_roles")
    .select(["id", "role", "unit_id"])
    .where("user_id", "=", userId)
    .where("role", "=", "releaser")
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom("assignments")
            .select("assignments.id")
            .where("assignments.user_id", "=", userId)
            .whereRef("assignments.unit_id", "=", "user_roles.unit_id")
            .where("assignments.starts_on", "<=", today)
            .where((inner) =>
              inner.or([
                inner("assignments.ends_on", "is", null),
                inner("assignments.ends_on", ">=", today),
              ]),
            ),
        ),
      ),
    )
    .execute();
}

export async function deleteRoleById(db: Handle, id: string) {
  await db.deleteFrom("user_roles").where("id", "=", id).execute();
}
