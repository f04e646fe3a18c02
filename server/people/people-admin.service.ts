import { randomUUID } from "node:crypto";
import type { Kysely, Transaction } from "kysely";
import type { z } from "zod";
import {
  type AddAssignmentBody,
  type AdminUserDetail,
  type AdminUserQuery,
  CreateUserBody,
  type GrantClearanceBody,
  type GrantRoleBody,
  type UpdateUserBody,
} from "../../shared/schemas/people.js";
import { UNIT_SCOPED_ROLES } from "../../shared/vocabulary.js";
import { hashPassword } from "../auth/password.js";
import { checkNewPassword } from "../auth/password-policy.js";
import { deleteSessionsOfUser } from "../auth/session.repository.js";
import { syncHierarchicalMemberships } from "../communities/membership-sync.service.js";
import type { DB } from "../db/schema.js";
import { AppError, notFound } from "../errors.js";
import { type Actor, emit } from "../events/events.js";
import { decodeCursor, toPage } from "../http/cursor.js";
import {
  findOrganization,
  findUnit,
  insertOrganization,
  listOrganizations,
} from "../organization/organization.repository.js";
import { can } from "../policy/policy.js";
import { type Subject, todayUtc } from "../policy/subject.js";
import { foldText, queryTokens } from "../search/text-fold.js";
import { readablePeople } from "./people.policy.js";
import {
  groupByUser,
  parseExpertise,
  presentAdminUserDetail,
  presentAdminUserSummary,
} from "./people.presenter.js";
import {
  deleteAssignment,
  deleteRole,
  demotePrincipalAssignments,
  emailExists,
  findPerson,
  insertAssignment,
  insertClearance,
  insertRole,
  insertUser,
  listAssignments,
  listClearances,
  listRoles,
  revokeClearanceRow,
  searchPeople,
  updateUserRow,
} from "./people.repository.js";

type Handle = Kysely<DB> | Transaction<DB>;

/** The admin area is invisible to others: they get "not found", not "forbidden". */
function requireAdministrator(subject: Subject) {
  if (!can(subject, "administer", { type: "platform" })) throw notFound();
}

/** What people search matches a user on. */
export function personSearchText(p: {
  givenName: string;
  familyName: string;
  email: string;
  jobTitle: string | null;
  expertise?: readonly string[];
}): string {
  return foldText(
    [p.givenName, p.familyName, p.email, p.jobTitle ?? "", ...(p.expertise ?? [])].join(" "),
  );
}

/** The row of a new active account that has not yet accepted the conditions of use. */
function newUserRow(id: string, body: CreateUserBody, passwordHash: string, now: string) {
  return {
    id,
    organization_id: body.organizationId,
    email: body.email,
    given_name: body.givenName,
    family_name: body.familyName,
    display_name: `${body.givenName} ${body.familyName}`,
    job_title: body.jobTitle,
    nationality: body.nationality,
    status: "active" as const,
    password_hash: passwordHash,
    locale: "fr",
    charter_version: null,
    charter_accepted_at: null,
    search_text: personSearchText(body),
    sort_key: foldText(`${body.familyName} ${body.givenName}`),
    created_at: now,
    updated_at: now,
  };
}

/** Lists accounts for administration, with their effective clearance. */
export async function listUsersForAdmin(
  db: Kysely<DB>,
  subject: Subject,
  query: z.infer<typeof AdminUserQuery>,
) {
  requireAdministrator(subject);
  const today = todayUtc();
  const after = decodeCursor(query.cursor, ["string", "string"]) as [string, string] | undefined;
  const rows = await searchPeople(db, readablePeople(subject), {
    tokens: queryTokens(query.q),
    status: query.status,
    after,
    limit: query.limit,
    today,
  });
  const clearances = groupByUser(
    await listClearances(
      db,
      rows.map((r) => r.id),
    ),
  );
  return toPage(
    rows,
    query.limit,
    (row) => presentAdminUserSummary(row, clearances.get(row.id) ?? [], today),
    (row) => [row.sort_key, row.id],
  );
}

/** One account with everything an administrator manages on it. */
export async function getUserForAdmin(
  db: Handle,
  subject: Subject,
  userId: string,
): Promise<AdminUserDetail> {
  requireAdministrator(subject);
  const today = todayUtc();
  const row = await findPerson(db, userId, today);
  if (!row) throw notFound();
  const [assignments, roles, clearances] = await Promise.all([
    listAssignments(db, [userId]),
    listRoles(db, [userId]),
    listClearances(db, [userId]),
  ]);
  return presentAdminUserDetail(row, assignments, roles, clearances, today);
}

/** Runs an admin change on one user in a transaction and returns the user as it now stands. */
async function changeUser(
  db: Kysely<DB>,
  subject: Subject,
  userId: string,
  change: (trx: Transaction<DB>) => Promise<void>,
): Promise<AdminUserDetail> {
  requireAdministrator(subject);
  return db.transaction().execute(async (trx) => {
    if (!(await findPerson(trx, userId, todayUtc()))) throw notFound();
    await change(trx);
    return getUserForAdmin(trx, subject, userId);
  });
}

/** Creates an account with an initial password. */
export async function createUser(
  db: Kysely<DB>,
  subject: Subject,
  actor: Actor,
  body: CreateUserBody,
): Promise<AdminUserDetail> {
  requireAdministrator(subject);
  checkNewPassword(body.password);
  const passwordHash = await hashPassword(body.password);
  return db.transaction().execute(async (trx) => {
    if (!(await findOrganization(trx, body.organizationId))) {
      throw new AppError("invalid_input", { organizationId: "unknown" });
    }
    if (await emailExists(trx, body.email)) throw new AppError("email_taken");
    const id = randomUUID();
    const now = new Date().toISOString();
    await insertUser(trx, newUserRow(id, body, passwordHash, now));
    const { password: _secret, ...journaled } = body;
    await emit(trx, actor, {
      type: "user.created",
      target: { type: "user", id },
      details: journaled,
    });
    return getUserForAdmin(trx, subject, id);
  });
}

/** Edits identity fields or the status; disabling an account ends its sessions. */
export async function updateUser(
  db: Kysely<DB>,
  subject: Subject,
  actor: Actor,
  userId: string,
  body: UpdateUserBody,
): Promise<AdminUserDetail> {
  return changeUser(db, subject, userId, async (trx) => {
    const current = await findPerson(trx, userId, todayUtc());
    if (!current) throw notFound();
    if (body.status === "disabled" && userId === subject.userId) {
      throw new AppError("conflict", { status: "cannot_disable_self" });
    }
    const next = {
      givenName: body.givenName ?? current.given_name,
      familyName: body.familyName ?? current.family_name,
      jobTitle: body.jobTitle === undefined ? current.job_title : body.jobTitle,
      email: current.email,
      expertise: parseExpertise(current.expertise),
    };
    await updateUserRow(trx, userId, {
      given_name: next.givenName,
      family_name: next.familyName,
      display_name: `${next.givenName} ${next.familyName}`,
      job_title: next.jobTitle,
      nationality: body.nationality ?? current.nationality,
      status: body.status ?? current.status,
      search_text: personSearchText(next),
      sort_key: foldText(`${next.familyName} ${next.givenName}`),
      updated_at: new Date().toISOString(),
    });
    if (body.status === "disabled") await deleteSessionsOfUser(trx, userId);
    await emit(trx, actor, {
      type: "user.updated",
      target: { type: "user", id: userId },
      details: body,
    });
  });
}

/** Gives a user a function in a unit; a new principal assignment demotes the previous one. */
export async function addAssignment(
  db: Kysely<DB>,
  subject: Subject,
  actor: Actor,
  userId: string,
  body: AddAssignmentBody,
): Promise<AdminUserDetail> {
  return changeUser(db, subject, userId, async (trx) => {
    if (!(await findUnit(trx, body.unitId)))
      throw new AppError("invalid_input", { unitId: "unknown" });
    if (body.isPrincipal) await demotePrincipalAssignments(trx, userId);
    const id = randomUUID();
    await insertAssignment(trx, {
      id,
      user_id: userId,
      unit_id: body.unitId,
      function: body.function,
      is_principal: body.isPrincipal ? 1 : 0,
      starts_on: body.startsOn,
      ends_on: body.endsOn,
      created_at: new Date().toISOString(),
    });
    await emit(trx, actor, {
      type: "assignment.added",
      target: { type: "user", id: userId },
      details: { assignmentId: id, ...body },
    });
    await syncHierarchicalMemberships(trx, userId, actor);
  });
}

/** Removes an assignment made in error (ending one is done by setting its end date). */
export async function removeAssignment(
  db: Kysely<DB>,
  subject: Subject,
  actor: Actor,
  userId: string,
  assignmentId: string,
): Promise<AdminUserDetail> {
  return changeUser(db, subject, userId, async (trx) => {
    if (!(await deleteAssignment(trx, userId, assignmentId))) throw notFound();
    await emit(trx, actor, {
      type: "assignment.removed",
      target: { type: "user", id: userId },
      details: { assignmentId },
    });
    await syncHierarchicalMemberships(trx, userId, actor);
  });
}

/** Grants a clearance (habilitation) for a validity period. */
export async function grantClearance(
  db: Kysely<DB>,
  subject: Subject,
  actor: Actor,
  userId: string,
  body: GrantClearanceBody,
): Promise<AdminUserDetail> {
  return changeUser(db, subject, userId, async (trx) => {
    const id = randomUUID();
    await insertClearance(trx, {
      id,
      user_id: userId,
      level: body.level,
      valid_from: body.validFrom,
      valid_until: body.validUntil,
      revoked_at: null,
      granted_by: subject.userId,
      created_at: new Date().toISOString(),
    });
    await emit(trx, actor, {
      type: "clearance.granted",
      target: { type: "user", id: userId },
      details: { clearanceId: id, ...body },
    });
  });
}

/** Revokes a clearance at once; the grant stays in the history. */
export async function revokeClearance(
  db: Kysely<DB>,
  subject: Subject,
  actor: Actor,
  userId: string,
  clearanceId: string,
): Promise<AdminUserDetail> {
  return changeUser(db, subject, userId, async (trx) => {
    if (!(await revokeClearanceRow(trx, userId, clearanceId, new Date().toISOString()))) {
      throw notFound();
    }
    await emit(trx, actor, {
      type: "clearance.revoked",
      target: { type: "user", id: userId },
      details: { clearanceId },
    });
  });
}

/** Grants a role; unit-scoped roles (release authority) name their unit, others must not. */
export async function grantRole(
  db: Kysely<DB>,
  subject: Subject,
  actor: Actor,
  userId: string,
  body: GrantRoleBody,
): Promise<AdminUserDetail> {
  return changeUser(db, subject, userId, async (trx) => {
    const scoped = UNIT_SCOPED_ROLES.includes(body.role);
    if (scoped !== (body.unitId !== null)) {
      throw new AppError("invalid_input", {
        unitId: scoped ? "required_for_role" : "not_allowed_for_role",
      });
    }
    if (body.unitId && !(await findUnit(trx, body.unitId))) {
      throw new AppError("invalid_input", { unitId: "unknown" });
    }
    const existing = await listRoles(trx, [userId]);
    if (existing.some((r) => r.role === body.role && r.unit_id === body.unitId)) {
      throw new AppError("conflict", { role: "already_granted" });
    }
    const id = randomUUID();
    await insertRole(trx, {
      id,
      user_id: userId,
      role: body.role,
      unit_id: body.unitId,
      granted_at: new Date().toISOString(),
      granted_by: subject.userId,
    });
    await emit(trx, actor, {
      type: "role.granted",
      target: { type: "user", id: userId },
      details: { roleId: id, ...body },
    });
  });
}

/** Withdraws a role. */
export async function revokeRole(
  db: Kysely<DB>,
  subject: Subject,
  actor: Actor,
  userId: string,
  roleId: string,
): Promise<AdminUserDetail> {
  return changeUser(db, subject, userId, async (trx) => {
    const grant = (await listRoles(trx, [userId])).find((r) => r.id === roleId);
    if (!grant) throw notFound();
    // The platform must never be left without the administrator who is holding the keys.
    if (grant.role === "platform_admin" && userId === subject.userId) {
      throw new AppError("conflict", { role: "cannot_revoke_own_administration" });
    }
    await deleteRole(trx, userId, roleId);
    await emit(trx, actor, {
      type: "role.revoked",
      target: { type: "user", id: userId },
      details: { roleId },
    });
  });
}

/**
 * Creates a platform administrator from the command line, for a deployment without the demo:
 * the first account of an empty database, or a rescue when no administrator is left. The
 * foreign ministry organisation is created if the database has none.
 */
export async function createAdministratorFromCli(
  db: Kysely<DB>,
  input: { email: string; givenName: string; familyName: string; password: string },
): Promise<string> {
  const body = CreateUserBody.parse({
    ...input,
    organizationId: randomUUID(),
    jobTitle: null,
    nationality: "FR",
  });
  checkNewPassword(body.password);
  const passwordHash = await hashPassword(body.password);
  const actor: Actor = { userId: null, ip: null };
  return db.transaction().execute(async (trx) => {
    if (await emailExists(trx, body.email)) throw new AppError("email_taken");
    const now = new Date().toISOString();
    let organization = (
      await listOrganizations(trx, (eb) => eb("organizations.kind", "=", "ministry"))
    )[0];
    if (!organization) {
      organization = {
        id: randomUUID(),
        kind: "ministry",
        name: "Ministère de l'Europe et des Affaires étrangères",
        short_name: "MEAE",
        created_at: now,
        updated_at: now,
      };
      await insertOrganization(trx, organization);
      await emit(trx, actor, {
        type: "organization.created",
        target: { type: "organization", id: organization.id },
        details: { name: organization.name, via: "cli" },
      });
    }
    const id = randomUUID();
    await insertUser(
      trx,
      newUserRow(id, { ...body, organizationId: organization.id }, passwordHash, now),
    );
    const roleId = randomUUID();
    await insertRole(trx, {
      id: roleId,
      user_id: id,
      role: "platform_admin",
      unit_id: null,
      granted_at: now,
      granted_by: null,
    });
    await emit(trx, actor, {
      type: "user.created",
      target: { type: "user", id },
      details: {
        email: body.email,
        givenName: body.givenName,
        familyName: body.familyName,
        via: "cli",
      },
    });
    await emit(trx, actor, {
      type: "role.granted",
      target: { type: "user", id },
      details: { roleId, role: "platform_admin", unitId: null, via: "cli" },
    });
    return id;
  });
}
