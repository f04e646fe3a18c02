import { canReadUnit } from "../organization/unit.policy.js";
import { canReadPerson } from "../people/people.policy.js";
import { canApproveDisposal, canManageRecords } from "../records/records.policy.js";
import { hasRole, type Subject } from "./subject.js";

/*
 * The one entry point for "may this user do this?". Each domain states its rules in its own
 * `*.policy.ts`; this module routes a (action, resource) pair to them. Lists use the matching
 * set-based SQL filters exported by the same policy files, never this function row by row.
 */

export interface PersonResource {
  type: "person";
  id: string;
  organizationId: string;
  status: "active" | "disabled";
}
export interface UnitResource {
  type: "unit";
  id: string;
  organizationId: string;
}
export interface PlatformResource {
  type: "platform";
}

export type Resource = PersonResource | UnitResource | PlatformResource;
export type Action =
  | "read"
  | "update"
  | "administer"
  | "read_journal"
  /* records management */
  | "manage_records"
  | "approve_disposal";

/** Deny by default: answers true only where a rule grants the action. */
export function can(subject: Subject, action: Action, resource: Resource): boolean {
  const isAdmin = hasRole(subject, "platform_admin");
  switch (resource.type) {
    case "person":
      if (action === "read") return canReadPerson(subject, resource);
      return action === "update" && isAdmin;
    case "unit":
      if (action === "read") return canReadUnit(subject, resource);
      return action === "update" && isAdmin;
    case "platform":
      if (action === "administer") return isAdmin;
      if (action === "read_journal") return isAdmin || hasRole(subject, "archivist");
      /* records management */
      if (action === "manage_records") return canManageRecords(subject);
      if (action === "approve_disposal") return canApproveDisposal(subject);
      return false;
  }
}
