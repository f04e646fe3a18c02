import {
  type Expression,
  type ExpressionBuilder,
  type Insertable,
  type Kysely,
  type SqlBool,
  sql,
  type Transaction,
  type Updateable,
} from "kysely";
import type {
  AssignmentTable,
  ClearanceTable,
  DB,
  UserRoleTable,
  UserTable,
} from "../db/schema.js";
import { containsPattern } from "../search/text-fold.js";

type Handle = Kysely<DB> | Transaction<DB>;
type PeopleFilter = (eb: ExpressionBuilder<DB, "users">) => Expression<SqlBool>;

/** Whether an assignment (aliased `a`) is in force on `today`. */
const currentAssignment = (eb: ExpressionBuilder<DB, "assignments">, today: string) =>
  eb.and([
    eb("assignments.starts_on", "<=", today),
    eb.or([eb("assignments.ends_on", "is", null), eb("assignments.ends_on", ">=", today)]),
  ]);

export async function findUserByEmail(db: Handle, email: string) {
  return db
    .selectFrom("users")
    .select(["id", "password_hash", "status"])
    .where("email", "=", email)
    .executeTakeFirst();
}

export async function emailExists(db: Handle, email: string) {
  const row = await db
    .selectFrom("users")
    .select("id")
    .where("email", "=", email)
    .executeTakeFirst();
  return row !== undefined;
}

/** A user with their organisation, and their principal unit in force today, if any. */
function selectPeople(db: Handle, today: string) {
  return db
    .selectFrom("users")
    .innerJoin("organizations", "organizations.id", "users.organization_id")
    .leftJoin("assignments as pa", (join) =>
      join
        .onRef("pa.user_id", "=", "users.id")
        .on("pa.is_principal", "=", 1)
        .on("pa.starts_on", "<=", today)
        .on((eb) => eb.or([eb("pa.ends_on", "is", null), eb("pa.ends_on", ">=", today)])),
    )
    .leftJoin("units as pu", "pu.id", "pa.unit_id")
    .select([
      "users.id",
      "users.organization_id",
      "users.email",
      "users.given_name",
      "users.family_name",
      "users.display_name",
      "users.job_title",
      "users.nationality",
      "users.status",
      "users.locale",
      "users.charter_version",
      "users.charter_accepted_at",
      "users.sort_key",
      "users.created_at",
      "users.updated_at",
      "users.languages",
      "users.expertise",
      "organizations.name as organization_name",
      "organizations.short_name as organization_short_name",
      "organizations.kind as organization_kind",
      "pu.id as unit_id",
      "pu.kind as unit_kind",
      "pu.name as unit_name",
      "pu.short_name as unit_short_name",
      "pu.country_code as unit_country_code",
      "pu.city as unit_city",
    ]);
}

export type PersonRow = Awaited<ReturnType<ReturnType<typeof selectPeople>["execute"]>>[number];

export async function findPerson(db: Handle, id: string, today: string) {
  return selectPeople(db, today).where("users.id", "=", id).executeTakeFirst();
}

export interface PeopleSearch {
  tokens: string[];
  unitId?: string;
  country?: string;
  status?: "active" | "disabled";
  after?: [string, string];
  limit: number;
  today: string;
}

/** Alphabetical, keyset-paginated people search; fetches `limit + 1` rows. */
export async function searchPeople(db: Handle, readable: PeopleFilter, s: PeopleSearch) {
  let q = selectPeople(db, s.today)
    .where(readable)
    .orderBy("users.sort_key")
    .orderBy("users.id")
    .limit(s.limit + 1);
  for (const token of s.tokens) {
    q = q.where(sql<SqlBool>`users.search_text like ${containsPattern(token)} escape '\\'`);
  }
  if (s.status) q = q.where("users.status", "=", s.status);
  if (s.unitId) {
    // Driven from the unit's assignments (a small set), not by scanning people in name order.
    const unitId = s.unitId;
    q = q.where("users.id", "in", (eb) =>
      eb
        .selectFrom("assignments")
        .select("assignments.user_id")
        .where("assignments.unit_id", "=", unitId)
        .where((a) => currentAssignment(a, s.today)),
    );
  }
  if (s.country) {
    const country = s.country;
    q = q.where("users.id", "in", (eb) =>
      eb
        .selectFrom("assignments")
        .innerJoin("units", "units.id", "assignments.unit_id")
        .select("assignments.user_id")
        .where("units.country_code", "=", country)
        .where((a) => currentAssignment(a, s.today)),
    );
  }
  if (s.after) {
    const [sortKey, id] = s.after;
    q = q.where((eb) =>
      eb.or([
        eb("users.sort_key", ">", sortKey),
        eb.and([eb("users.sort_key", "=", sortKey), eb("users.id", ">", id)]),
      ]),
    );
  }
  return q.execute();
}

/** Assignments of several users at once, with their units (no query per user). */
export async function listAssignments(db: Handle, userIds: readonly string[]) {
  if (userIds.length === 0) return [];
  return db
    .selectFrom("assignments")
    .innerJoin("units", "units.id", "assignments.unit_id")
    .select([
      "assignments.id",
      "assignments.user_id",
      "assignments.function",
      "assignments.is_principal",
      "assignments.starts_on",
      "assignments.ends_on",
      "units.id as unit_id",
      "units.kind as unit_kind",
      "units.name as unit_name",
      "units.short_name as unit_short_name",
      "units.country_code as unit_country_code",
      "units.city as unit_city",
    ])
    .where("assignments.user_id", "in", userIds)
    .orderBy("assignments.is_principal", "desc")
    .orderBy("assignments.starts_on", "desc")
    .execute();
}

/** Role grants of several users at once, with the unit of unit-scoped roles. */
export async function listRoles(db: Handle, userIds: readonly string[]) {
  if (userIds.length === 0) return [];
  return db
    .selectFrom("user_roles")
    .leftJoin("units", "units.id", "user_roles.unit_id")
    .select([
      "user_roles.id",
      "user_roles.user_id",
      "user_roles.role",
      "units.id as unit_id",
      "units.kind as unit_kind",
      "units.name as unit_name",
      "units.short_name as unit_short_name",
      "units.country_code as unit_country_code",
      "units.city as unit_city",
    ])
    .where("user_roles.user_id", "in", userIds)
    .orderBy("user_roles.role")
    .execute();
}

/** Clearance grants (current and past) of several users at once, newest first. */
export async function listClearances(db: Handle, userIds: readonly string[]) {
  if (userIds.length === 0) return [];
  return db
    .selectFrom("clearances")
    .selectAll()
    .where("user_id", "in", userIds)
    .orderBy("valid_until", "desc")
    .execute();
}

/** Ids of the units where the user holds an assignment in force today. */
export async function listCurrentUnitIds(db: Handle, userId: string, today: string) {
  const rows = await db
    .selectFrom("assignments")
    .select("unit_id")
    .where("user_id", "=", userId)
    .where((eb) => currentAssignment(eb, today))
    .execute();
  return rows.map((r) => r.unit_id);
}

/** The identity facts the policy needs, or undefined for an unknown user. */
export async function findSubjectUser(db: Handle, userId: string) {
  return db
    .selectFrom("users")
    .innerJoin("organizations", "organizations.id", "users.organization_id")
    .select([
      "users.id",
      "users.organization_id",
      "users.nationality",
      "users.status",
      "users.charter_version",
      "organizations.kind as organization_kind",
    ])
    .where("users.id", "=", userId)
    .executeTakeFirst();
}

export async function insertUser(db: Handle, row: Insertable<UserTable>) {
  await db.insertInto("users").values(row).execute();
}

export async function updateUserRow(db: Handle, id: string, changes: Updateable<UserTable>) {
  await db.updateTable("users").set(changes).where("id", "=", id).execute();
}

export async function insertAssignment(db: Handle, row: AssignmentTable) {
  await db.insertInto("assignments").values(row).execute();
}

/** Makes every other current principal assignment of the user secondary. */
export async function demotePrincipalAssignments(db: Handle, userId: string) {
  await db
    .updateTable("assignments")
    .set({ is_principal: 0 })
    .where("user_id", "=", userId)
    .where("is_principal", "=", 1)
    .execute();
}

export async function deleteAssignment(db: Handle, userId: string, assignmentId: string) {
  const result = await db
    .deleteFrom("assignments")
    .where("id", "=", assignmentId)
    .where("user_id", "=", userId)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

export async function insertClearance(db: Handle, row: ClearanceTable) {
  await db.insertInto("clearances").values(row).execute();
}

export async function revokeClearanceRow(db: Handle, userId: string, id: string, at: string) {
  const result = await db
    .updateTable("clearances")
    .set({ revoked_at: at })
    .where("id", "=", id)
    .where("user_id", "=", userId)
    .where("revoked_at", "is", null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

export async function insertRole(db: Handle, row: UserRoleTable) {
  await db.insertInto("user_roles").values(row).execute();
}

export async function deleteRole(db: Handle, userId: string, roleId: string) {
  const result = await db
    .deleteFrom("user_roles")
    .where("id", "=", roleId)
    .where("user_id", "=", userId)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}
