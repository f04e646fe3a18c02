import { randomUUID } from "node:crypto";
import type { Kysely } from "kysely";
import type { Hold, PlaceHoldBody } from "../../shared/schemas/records.js";
import type { DB } from "../db/schema.js";
import { AppError, notFound } from "../errors.js";
import { type Actor, emit } from "../events/events.js";
import { readableMarkings } from "../policy/marking.policy.js";
import type { Subject } from "../policy/subject.js";
import { requireArchivist } from "./records.guard.js";
import { recordsFilterCondition } from "./records.repository.js";

/*
 * Holds (« gel »): an archivist freezes one or more records, a whole series (its records now
 * and those filed into it while the hold lasts) or the result of a records search (the list as
 * it is at placement), for a reason. Frozen records are never disposed of nor transferred
 * (`recordIsHeld`). Placing and releasing are journaled.
 */

/** Freezes records for a reason; answers the hold. */
export async function placeHold(
  db: Kysely<DB>,
  subject: Subject,
  actor: Actor,
  body: PlaceHoldBody,
  now: Date = new Date(),
): Promise<Hold> {
  requireArchivist(subject);
  const id = randomUUID();
  await db.transaction().execute(async (trx) => {
    const target = body.target;
    const seriesId = "seriesId" in target ? target.seriesId : null;
    if (seriesId) {
      const series = await trx
        .selectFrom("record_series")
        .select("id")
        .where("id", "=", seriesId)
        .executeTakeFirst();
      if (!series) throw notFound();
    }
    await trx
      .insertInto("record_holds")
      .values({
        id,
        reason: body.reason.trim(),
        series_id: seriesId,
        placed_by: subject.userId,
        placed_at: now.toISOString(),
        released_by: null,
        released_at: null,
        release_reason: null,
      })
      .execute();
    let recordCount = 0;
    if ("recordIds" in target) {
      const ids = [...new Set(target.recordIds)];
      const found = await trx.selectFrom("records").select("id").where("id", "in", ids).execute();
      if (found.length !== ids.length) throw notFound();
      await trx
        .insertInto("record_hold_items")
        .values(ids.map((recordId) => ({ hold_id: id, record_id: recordId })))
        .execute();
      recordCount = ids.length;
    } else if ("search" in target) {
      const result = await trx
        .insertInto("record_hold_items")
        .columns(["hold_id", "record_id"])
        .expression((eb) =>
          eb
            .selectFrom("records")
            .innerJoin("correspondences as c", "c.id", "records.correspondence_id")
            .select((s) => [s.val(id).as("hold_id"), "records.id"])
            .where(recordsFilterCondition(target.search, readableMarkings(subject))),
        )
        .executeTakeFirst();
      recordCount = Number(result.numInsertedOrUpdatedRows ?? 0);
      if (recordCount === 0) throw new AppError("hold_empty");
    }
    await emit(trx, actor, {
      type: "record_hold.placed",
      target: { type: "record_hold", id },
      details: {
        reason: body.reason,
        seriesId,
        ...("search" in target ? { search: target.search } : {}),
        recordCount,
      },
    });
  });
  const hold = (await listHoldRows(db, id))[0];
  if (!hold) throw notFound();
  return hold;
}

/** Releases a hold, for a reason; its records may be disposed of or transferred again. */
export async function releaseHold(
  db: Kysely<DB>,
  subject: Subject,
  actor: Actor,
  id: string,
  reason: string,
  now: Date = new Date(),
): Promise<Hold> {
  requireArchivist(subject);
  await db.transaction().execute(async (trx) => {
    const hold = await trx
      .selectFrom("record_holds")
      .select(["id", "released_at"])
      .where("id", "=", id)
      .executeTakeFirst();
    if (!hold) throw notFound();
    if (hold.released_at !== null) throw new AppError("hold_released");
    await trx
      .updateTable("record_holds")
      .set({
        released_at: now.toISOString(),
        released_by: subject.userId,
        release_reason: reason.trim(),
      })
      .where("id", "=", id)
      .where("released_at", "is", null)
      .execute();
    await emit(trx, actor, {
      type: "record_hold.released",
      target: { type: "record_hold", id },
      details: { reason },
    });
  });
  const hold = (await listHoldRows(db, id))[0];
  if (!hold) throw notFound();
  return hold;
}

async function listHoldRows(
  db: Kysely<DB>,
  onlyId: string | null,
  activeOnly?: boolean,
): Promise<Hold[]> {
  let q = db
    .selectFrom("record_holds as h")
    .innerJoin("users as p", "p.id", "h.placed_by")
    .leftJoin("users as r", "r.id", "h.released_by")
    .leftJoin("record_series as s", "s.id", "h.series_id")
    .select((eb) => [
      "h.id",
      "h.reason",
      "h.placed_at",
      "h.released_at",
      "h.release_reason",
      "h.placed_by",
      "p.display_name as placed_by_name",
      "h.released_by",
      "r.display_name as released_by_name",
      "s.id as series_id",
      "s.code as series_code",
      "s.title as series_title",
      eb
        .case()
        .when("h.series_id", "is not", null)
        .then(
          eb
            .selectFrom("records")
            .select((c) => c.fn.countAll<number>().as("n"))
            .whereRef("records.series_id", "=", "h.series_id"),
        )
        .else(
          eb
            .selectFrom("record_hold_items as hi")
            .select((c) => c.fn.countAll<number>().as("n"))
            .whereRef("hi.hold_id", "=", "h.id"),
        )
        .end()
        .as("record_count"),
    ])
    .orderBy("h.placed_at", "desc")
    .orderBy("h.id", "desc")
    .limit(500);
  if (onlyId) q = q.where("h.id", "=", onlyId);
  if (activeOnly === true) q = q.where("h.released_at", "is", null);
  if (activeOnly === false) q = q.where("h.released_at", "is not", null);
  const rows = await q.execute();
  return rows.map((h) => ({
    id: h.id,
    reason: h.reason,
    series:
      h.series_id && h.series_code && h.series_title
        ? { id: h.series_id, code: h.series_code, title: h.series_title }
        : null,
    recordCount: Number(h.record_count ?? 0),
    placedBy: { id: h.placed_by, displayName: h.placed_by_name },
    placedAt: h.placed_at,
    releasedBy:
      h.released_by && h.released_by_name
        ? { id: h.released_by, displayName: h.released_by_name }
        : null,
    releasedAt: h.released_at,
    releaseReason: h.release_reason,
  }));
}

/** Holds, newest first (the 500 latest; holds are few). */
export async function listHolds(
  db: Kysely<DB>,
  subject: Subject,
  query: { active?: "true" | "false" },
) {
  requireArchivist(subject);
  const active = query.active === undefined ? undefined : query.active === "true";
  return { items: await listHoldRows(db, null, active) };
}
