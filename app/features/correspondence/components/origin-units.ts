import type { UnitRef } from "@shared/schemas/organization";
import type { Me } from "@shared/schemas/people";

/** Today's date in the browser's calendar, "YYYY-MM-DD", as assignments are dated. */
function today(): string {
  const now = new Date();
  const month = String(now.getMonth() + 1).padStart(2, "0");
  const day = String(now.getDate()).padStart(2, "0");
  return `${now.getFullYear()}-${month}-${day}`;
}

/**
 * The units a user may draft in: those of their current assignments, the principal one first
 * (the server checks the same list and refuses any other).
 */
export function originUnitChoices(me: Me): UnitRef[] {
  const day = today();
  const current = me.user.assignments
    .filter((a) => a.startsOn <= day && (a.endsOn === null || a.endsOn >= day))
    .sort((a, b) => Number(b.isPrincipal) - Number(a.isPrincipal));
  const units: UnitRef[] = [];
  for (const assignment of current) {
    if (!units.some((unit) => unit.id === assignment.unit.id)) units.push(assignment.unit);
  }
  return units;
}
