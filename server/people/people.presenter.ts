import type {
  AdminUserDetail,
  AdminUserSummary,
  Assignment,
  ClearanceGrant,
  EffectiveClearance,
  PersonDetail,
  PersonSummary,
  ProfileCommunity,
  RoleGrant,
} from "../../shared/schemas/people.js";
import { LANGUAGE_CODES, type LanguageCode } from "../../shared/vocabulary.js";
import type { ClearanceTable } from "../db/schema.js";
import { presentOrganizationRef, presentUnitRef } from "../organization/organization.presenter.js";
import { effectiveClearance } from "../policy/subject.js";
import type { listAssignments, listRoles, PersonRow } from "./people.repository.js";

type AssignmentRow = Awaited<ReturnType<typeof listAssignments>>[number];
type RoleRow = Awaited<ReturnType<typeof listRoles>>[number];

/** A unit joined under `unit_*` aliases, or null when the join found none. */
function joinedUnit(row: {
  unit_id: string | null;
  unit_kind: PersonRow["unit_kind"];
  unit_name: string | null;
  unit_short_name: string | null;
  unit_country_code: string | null;
  unit_city: string | null;
}) {
  if (!row.unit_id || !row.unit_kind || !row.unit_name || !row.unit_short_name) return null;
  return presentUnitRef({
    id: row.unit_id,
    kind: row.unit_kind,
    name: row.unit_name,
    short_name: row.unit_short_name,
    country_code: row.unit_country_code,
    city: row.unit_city,
  });
}

export function presentPersonSummary(row: PersonRow): PersonSummary {
  return {
    id: row.id,
    displayName: row.display_name,
    jobTitle: row.job_title,
    organization: presentOrganizationRef({
      id: row.organization_id,
      name: row.organization_name,
      short_name: row.organization_short_name,
      kind: row.organization_kind,
    }),
    principalUnit: joinedUnit(row),
  };
}

export function presentAssignment(row: AssignmentRow): Assignment {
  const unit = joinedUnit(row);
  if (!unit) throw new Error(`assignment ${row.id} has no unit`);
  return {
    id: row.id,
    unit,
    function: row.function,
    isPrincipal: row.is_principal === 1,
    startsOn: row.starts_on,
    endsOn: row.ends_on,
  };
}

export function presentRole(row: RoleRow): RoleGrant {
  return { id: row.id, role: row.role, unit: joinedUnit(row) };
}

/** Today's clearance, derived from the grants; DR-SF also needs French nationality. */
export function presentEffectiveClearance(
  grants: readonly ClearanceTable[],
  nationality: string,
  today: string,
): EffectiveClearance {
  const { level, validUntil } = effectiveClearance(grants, today);
  return { level, validUntil, readsSpecialFrance: level === "DR" && nationality === "FR" };
}

export function presentClearanceGrant(row: ClearanceTable, today: string): ClearanceGrant {
  return {
    id: row.id,
    level: row.level,
    validFrom: row.valid_from,
    validUntil: row.valid_until,
    revokedAt: row.revoked_at,
    isCurrent: row.revoked_at === null && row.valid_from <= today && today <= row.valid_until,
  };
}

/** The languages column: ISO 639-1 codes, space-separated. */
export function parseLanguages(stored: string): LanguageCode[] {
  return stored
    .split(" ")
    .filter((code): code is LanguageCode => (LANGUAGE_CODES as readonly string[]).includes(code));
}

/** The expertise column: a JSON array of tags. */
export function parseExpertise(stored: string): string[] {
  const value: unknown = JSON.parse(stored);
  return Array.isArray(value) ? value.filter((t): t is string => typeof t === "string") : [];
}

export function presentPersonDetail(
  row: PersonRow,
  assignments: AssignmentRow[],
  roles: RoleRow[],
  communities: ProfileCommunity[],
): PersonDetail {
  return {
    ...presentPersonSummary(row),
    email: row.email,
    givenName: row.given_name,
    familyName: row.family_name,
    assignments: assignments.map(presentAssignment),
    roles: roles.map(presentRole),
    languages: parseLanguages(row.languages),
    expertise: parseExpertise(row.expertise),
    communities,
  };
}

export function presentAdminUserSummary(
  row: PersonRow,
  clearances: readonly ClearanceTable[],
  today: string,
): AdminUserSummary {
  return {
    ...presentPersonSummary(row),
    email: row.email,
    status: row.status,
    clearance: presentEffectiveClearance(clearances, row.nationality, today),
  };
}

export function presentAdminUserDetail(
  row: PersonRow,
  assignments: AssignmentRow[],
  roles: RoleRow[],
  clearances: ClearanceTable[],
  today: string,
): AdminUserDetail {
  return {
    ...presentAdminUserSummary(row, clearances, today),
    givenName: row.given_name,
    familyName: row.family_name,
    nationality: row.nationality,
    isExternal: row.organization_kind !== "ministry",
    assignments: assignments.map(presentAssignment),
    roles: roles.map(presentRole),
    clearances: clearances.map((c) => presentClearanceGrant(c, today)),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** Groups rows by their `user_id`, for presenting lists loaded in one query. */
export function groupByUser<T extends { user_id: string }>(rows: readonly T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const group = groups.get(row.user_id);
    if (group) group.push(row);
    else groups.set(row.user_id, [row]);
  }
  return groups;
}
