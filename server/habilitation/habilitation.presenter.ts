import type { AccessRequest, ClearanceAuditEntry } from "../../shared/schemas/habilitation.js";
import type { ClearanceGrantStatus } from "../../shared/vocabulary.js";
import type { AccessRequestRow, ClearanceAuditRow } from "./habilitation.repository.js";

const personRef = (id: string | null, displayName: string | null) =>
  id !== null && displayName !== null ? { id, displayName } : null;

/** An access request as its reader sees it. */
export function presentAccessRequest(row: AccessRequestRow, canDecide: boolean): AccessRequest {
  return {
    id: row.id,
    email: row.email,
    givenName: row.given_name,
    familyName: row.family_name,
    nationality: row.nationality,
    jobTitle: row.job_title,
    unit: { id: row.unit_id, name: row.unit_name },
    reason: row.reason,
    state: row.state,
    createdAt: row.created_at,
    decidedAt: row.decided_at,
    decidedBy: personRef(row.decided_by, row.decider_name),
    decisionNote: row.decision_note,
    userId: row.user_id,
    abilities: { decide: canDecide && row.state === "pending" },
  };
}

/** A grant's status on a given day (the same rule as `clearanceStatusIs` in SQL). */
export function clearanceStatusOf(
  row: { revoked_at: string | null; valid_from: string; valid_until: string },
  today: string,
): ClearanceGrantStatus {
  if (row.revoked_at !== null) return "revoked";
  if (row.valid_from > today) return "upcoming";
  if (row.valid_until < today) return "expired";
  return "current";
}

/** A grant for the audit view. */
export function presentClearanceAudit(row: ClearanceAuditRow, today: string): ClearanceAuditEntry {
  const status = clearanceStatusOf(row, today);
  return {
    id: row.id,
    user: {
      id: row.user_id,
      displayName: row.holder_name,
      email: row.holder_email,
      nationality: row.holder_nationality,
    },
    level: row.level,
    readsSpecialFrance: row.level === "DR" && row.holder_nationality === "FR",
    validFrom: row.valid_from,
    validUntil: row.valid_until,
    status,
    reason: row.reason ?? null,
    grantedAt: row.created_at,
    grantedBy: personRef(row.granted_by, row.granter_name),
    revokedAt: row.revoked_at,
    revokedBy: personRef(row.revoked_by ?? null, row.revoker_name),
    revocationReason: row.revocation_reason ?? null,
    abilities: { revoke: status === "current" || status === "upcoming" },
  };
}
