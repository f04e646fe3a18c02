import { type ExpressionBuilder, sql } from "kysely";
import type { DB } from "../db/schema.js";

/**
 * The record under `records` is frozen: an unreleased hold lists it, or holds its whole series.
 * Disposal and transfer both exclude what this condition matches, in SQL.
 */
export function recordIsHeld(eb: ExpressionBuilder<DB, "records">) {
  return eb.exists(
    eb
      .selectFrom("record_holds as h")
      .select(sql.lit(1).as("one"))
      .where("h.released_at", "is", null)
      .where((w) =>
        w.or([
          w("h.series_id", "=", w.ref("records.series_id")),
          w.exists(
            w
              .selectFrom("record_hold_items as hi")
              .select(sql.lit(1).as("one"))
              .whereRef("hi.hold_id", "=", "h.id")
              .whereRef("hi.record_id", "=", "records.id"),
          ),
        ]),
      ),
  );
}
