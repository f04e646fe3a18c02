import type { ClearanceLevel, Role } from "../../shared/vocabulary.js";

/**
 * The signed-in user as the policy sees them: everything a rule may look at, loaded once per
 * request. Rules are pure functions of a Subject and a resource.
 */
export interface Subject {
  userId: string;
  organizationId: string;
  /** Belongs to a company or other non-State organisation. */
  isExternal: boolean;
  /** ISO alpha-2; DR-SF needs "FR". */
  nationality: string;
  /** Today's clearance: the highest valid, unrevoked grant; NP when none. */
  clearance: ClearanceLevel;
  roles: readonly { role: Role; unitId: string | null }[];
  /** Units of the user's current assignments. */
  unitIds: readonly string[];
  /**
   * The session proved two factors (TOTP, or an identity provider asserting MFA). Protected
   * markings are read only so. Subjects loaded outside a request (recipients, assignees) ask
   * what the person is entitled to, and count as strong.
   */
  mfa: boolean;
}

/** Whether the subject holds a role (for unit-scoped roles, optionally on a given unit). */
export function hasRole(subject: Subject, role: Role, unitId?: string): boolean {
  return subject.roles.some(
    (r) => r.role === role && (unitId === undefined || r.unitId === unitId),
  );
}

/** Picks the clearance that counts on a given day from a user's grants. */
export function effectiveClearance(
  grants: readonly {
    level: ClearanceLevel;
    valid_from: string;
    valid_until: string;
    revoked_at: string | null;
  }[],
  today: string,
): { level: ClearanceLevel; validUntil: string | null } {
  const current = grants.filter(
    (g) => g.revoked_at === null && g.valid_from <= today && today <= g.valid_until,
  );
  const dr = current
    .filter((g) => g.level === "DR")
    .sort((a, b) => (a.valid_until < b.valid_until ? 1 : -1))[0];
  if (dr) return { level: "DR", validUntil: dr.valid_until };
  const np = current[0];
  return { level: "NP", validUntil: np ? np.valid_until : null };
}

/** Today's date in UTC, "YYYY-MM-DD": clearances are valid per calendar day. */
export const todayUtc = (now: Date = new Date()) => now.toISOString().slice(0, 10);
