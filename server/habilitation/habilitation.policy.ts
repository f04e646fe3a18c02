import { hasRole, type Subject } from "../policy/subject.js";

/*
 * Who does what in enrolment and habilitation. Deny by default; what one may not see answers
 * 404 like what does not exist.
 */

/** The head of a unit (its release authority) decides the access requests naming it. */
export const canDecideAccessRequest = (subject: Subject, unitId: string) =>
  !subject.isExternal && hasRole(subject, "releaser", unitId);

/** Security officers grant, revoke and audit clearances, and read every access request. */
export const isSecurityOfficer = (subject: Subject) =>
  !subject.isExternal && hasRole(subject, "security_officer");

/** The units whose requests a subject reads: null for all (security officer). */
export function readableRequestUnits(subject: Subject): readonly string[] | null {
  if (isSecurityOfficer(subject)) return null;
  if (subject.isExternal) return [];
  return subject.roles
    .filter((r) => r.role === "releaser" && r.unitId)
    .map((r) => r.unitId as string);
}

/** Whether a subject may read one access request. */
export function canReadAccessRequest(subject: Subject, unitId: string) {
  const units = readableRequestUnits(subject);
  return units === null || units.includes(unitId);
}

/** Whether the habilitation page has something for the subject (the client's ability). */
export const canManageHabilitation = (subject: Subject) =>
  isSecurityOfficer(subject) ||
  (!subject.isExternal && subject.roles.some((r) => r.role === "releaser"));
