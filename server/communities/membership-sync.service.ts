import type { Transaction } from "kysely";
import type { DB } from "../db/schema.js";
import { type Actor, emit } from "../events/events.js";
import { listCurrentUnitIds } from "../people/people.repository.js";
import { todayUtc } from "../policy/subject.js";
import {
  addMembership,
  findMembership,
  listAssignmentMemberships,
  listHierarchicalCommunitiesOfUnits,
  removeMembership,
} from "./communities.repository.js";

const SYSTEM: Actor = { userId: null, ip: null };

/**
 * Makes a user's hierarchical memberships follow their assignments in force today: joins the
 * communities of the units they hold, leaves those of units they no longer hold. Memberships
 * decided by hand (origin "direct") are left alone. Call it in the transaction that changes
 * the assignments, so that leaving a post and losing its communities happen together.
 */
export async function syncHierarchicalMemberships(
  trx: Transaction<DB>,
  userId: string,
  actor: Actor = SYSTEM,
): Promise<void> {
  const unitIds = await listCurrentUnitIds(trx, userId, todayUtc());
  const due = new Set((await listHierarchicalCommunitiesOfUnits(trx, unitIds)).map((c) => c.id));
  const held = await listAssignmentMemberships(trx, userId);
  const at = new Date().toISOString();
  for (const m of held) {
    if (due.has(m.community_id)) continue;
    await removeMembership(trx, m.community_id, userId, at);
    await emit(trx, actor, {
      type: "community.membership_synced",
      target: { type: "community", id: m.community_id },
      details: { userId, change: "left" },
    });
  }
  for (const communityId of due) {
    if (await findMembership(trx, communityId, userId)) continue;
    await addMembership(trx, { communityId, userId, role: "member", origin: "assignment" }, at);
    await emit(trx, actor, {
      type: "community.membership_synced",
      target: { type: "community", id: communityId },
      details: { userId, change: "joined" },
    });
  }
}
