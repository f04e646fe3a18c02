import type { Kysely } from "kysely";
import type { DB } from "../db/schema.js";
import { type Actor, emit } from "../events/events.js";
import { todayUtc } from "../policy/subject.js";

/** The platform itself, for changes no user made. */
const SYSTEM: Actor = { userId: null, ip: null };

const BATCH = 200;

/**
 * Raises one alert per action distribution whose deadline has passed while it is neither
 * answered nor closed — once: the `deadline_alerts` row is the mark, taken with the event in one
 * transaction, so concurrent runs (several processes) and re-runs raise nothing twice. The
 * alert itself is the subscriber's answer to `distribution.deadline_passed`. Returns how many.
 */
export async function raiseDeadlineAlerts(db: Kysely<DB>, now: Date = new Date()): Promise<number> {
  const today = todayUtc(now);
  let raised = 0;
  for (;;) {
    const overdue = await db
      .selectFrom("distributions")
      .innerJoin("correspondences", "correspondences.id", "distributions.correspondence_id")
      .select(["distributions.id", "distributions.correspondence_id", "distributions.deadline"])
      .where("distributions.mode", "=", "action")
      .where("distributions.deadline", "<", today)
      .where("distributions.handling", "not in", ["answered", "closed"])
      .where("correspondences.state", "=", "dispatched")
      .where((eb) =>
        eb.not(
          eb.exists(
            eb
              .selectFrom("deadline_alerts")
              .select("deadline_alerts.distribution_id")
              .whereRef("deadline_alerts.distribution_id", "=", "distributions.id"),
          ),
        ),
      )
      .orderBy("distributions.deadline")
      .orderBy("distributions.id")
      .limit(BATCH)
      .execute();
    if (overdue.length === 0) return raised;
    raised += await db.transaction().execute(async (trx) => {
      let count = 0;
      for (const d of overdue) {
        const inserted = await trx
          .insertInto("deadline_alerts")
          .values({ distribution_id: d.id, alerted_at: now.toISOString() })
          .onConflict((oc) => oc.column("distribution_id").doNothing())
          .executeTakeFirst();
        if (Number(inserted.numInsertedOrUpdatedRows ?? 0n) === 0) continue;
        await emit(trx, SYSTEM, {
          type: "distribution.deadline_passed",
          target: { type: "correspondence", id: d.correspondence_id },
          details: { distributionId: d.id, deadline: d.deadline },
        });
        count += 1;
      }
      return count;
    });
    if (overdue.length < BATCH) return raised;
  }
}
