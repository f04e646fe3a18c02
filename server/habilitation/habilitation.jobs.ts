import type { FastifyBaseLogger } from "fastify";
import type { Kysely } from "kysely";
import { CLEARANCE_EXPIRY_NOTICE_DAYS } from "../../shared/vocabulary.js";
import { syncHierarchicalMemberships } from "../communities/membership-sync.service.js";
import type { DB } from "../db/schema.js";
import { type Actor, emit } from "../events/events.js";
import { todayUtc } from "../policy/subject.js";
import {
  deleteRoleById,
  listEndedUnsyncedAssignments,
  listExpiringClearances,
  listOrphanedUnitRoles,
  markAssignmentEndSynced,
  markExpiryNotified,
} from "./habilitation.repository.js";

/** The platform itself, for changes no user made. */
const SYSTEM: Actor = { userId: null, ip: null };
const BATCH = 200;
const DAY_MS = 24 * 3600 * 1000;

/**
 * Announces DR clearances that end within the notice period (once each: the mark is taken with
 * the event in one transaction, so several processes or re-runs announce nothing twice). The
 * subscriber tells the holder and the security officers. Returns how many were announced.
 */
export async function announceExpiringClearances(
  db: Kysely<DB>,
  now: Date = new Date(),
): Promise<number> {
  const today = todayUtc(now);
  const horizon = todayUtc(new Date(now.getTime() + CLEARANCE_EXPIRY_NOTICE_DAYS * DAY_MS));
  let announced = 0;
  for (;;) {
    const expiring = await listExpiringClearances(db, today, horizon, BATCH);
    if (expiring.length === 0) return announced;
    announced += await db.transaction().execute(async (trx) => {
      let count = 0;
      for (const c of expiring) {
        if (!(await markExpiryNotified(trx, c.id, now.toISOString()))) continue;
        await emit(trx, SYSTEM, {
          type: "clearance.expiring",
          target: { type: "user", id: c.user_id },
          details: {
            clearanceId: c.id,
            level: c.level,
            validUntil: c.valid_until,
            personName: c.display_name,
          },
        });
        count += 1;
      }
      return count;
    });
    if (expiring.length < BATCH) return announced;
  }
}

/**
 * Takes away what ended assignments gave: the communities of the unit (through
 * `syncHierarchicalMemberships`) and the unit's release authority when the person no longer
 * holds a post there. Reading as an addressee of the unit already stops with the assignment
 * (subjects are built from assignments in force). One transaction per assignment, marked done
 * with its event. Returns how many assignments were processed.
 */
export async function syncEndedAssignments(
  db: Kysely<DB>,
  now: Date = new Date(),
): Promise<number> {
  const today = todayUtc(now);
  let processed = 0;
  for (;;) {
    const ended = await listEndedUnsyncedAssignments(db, today, BATCH);
    for (const a of ended) {
      await db.transaction().execute(async (trx) => {
        if (!(await markAssignmentEndSynced(trx, a.id, now.toISOString()))) return;
        const orphaned = (await listOrphanedUnitRoles(trx, a.user_id, today)).filter(
          (r) => r.unit_id === a.unit_id,
        );
        for (const role of orphaned) await deleteRoleById(trx, role.id);
        await emit(trx, SYSTEM, {
          type: "assignment.ended",
          target: { type: "user", id: a.user_id },
          details: {
            assignmentId: a.id,
            unitId: a.unit_id,
            endsOn: a.ends_on,
            removedRoles: orphaned.map((r) => ({ roleId: r.id, role: r.role, unitId: r.unit_id })),
          },
        });
        await syncHierarchicalMemberships(trx, a.user_id, SYSTEM);
        processed += 1;
      });
    }
    if (ended.length < BATCH) return processed;
  }
}

const HOURLY_MS = 3600_000;

/**
 * Starts the habilitation jobs of a server process: expiring clearances and ended assignments,
 * a first pass soon after start-up then every hour (each is idempotent, so hourly runs of a
 * daily matter cost little and survive restarts). Returns the stopper.
 */
export function startHabilitationJobs(db: Kysely<DB>, log: FastifyBaseLogger): () => void {
  const run = () => {
    announceExpiringClearances(db)
      .then(() => syncEndedAssignments(db))
      .catch((error: unknown) => log.error({ err: error }, "habilitation jobs failed"));
  };
  const firstPass = setTimeout(run, 15_000);
  const hourly = setInterval(run, HOURLY_MS);
  firstPass.unref();
  hourly.unref();
  return () => {
    clearTimeout(firstPass);
    clearInterval(hourly);
  };
}
