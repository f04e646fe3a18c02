import type { ExpressionBuilder } from "kysely";
import type { DB } from "../db/schema.js";
import type { Subject } from "../policy/subject.js";

/** Directory rule for units: external users see only their own organisation's units. */
export function canReadUnit(subject: Subject, unit: { organizationId: string }): boolean {
  return !subject.isExternal || unit.organizationId === subject.organizationId;
}

/** The same rule as `canReadUnit`, as a SQL condition on `units`. */
export function readableUnits(subject: Subject) {
  return (eb: ExpressionBuilder<DB, "units">) =>
    subject.isExternal ? eb("units.organization_id", "=", subject.organizationId) : eb.lit(true);
}

/** Organisations whose directory the subject may browse. */
export function readableOrganizations(subject: Subject) {
  return (eb: ExpressionBuilder<DB, "organizations">) =>
    subject.isExternal ? eb("organizations.id", "=", subject.organizationId) : eb.lit(true);
}
