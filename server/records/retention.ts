import type { Expression, SqlBool, Transaction } from "kysely";
import { type ExpressionBuilder, type RawBuilder, sql } from "kysely";
import type { RetentionStartEvent } from "../../shared/vocabulary.js";
import type { Dialect } from "../db/database.js";
import { dialectOf } from "../db/dialect.js";
import type { DB } from "../db/schema.js";
import { addMonthsSql, addYearsDateSql, yearEndSql } from "./retention.sql.js";

/*
 * A record's retention dates, always computed in SQL from its series' rule, so that capture,
 * refiling and a change of rule give the same dates:
 *   retention_start_at = captured_at (dispatch) | 1 January of the next year (year_end)
 *                        | action_closed_at (action_closed: null while an action is open);
 *   due_at             = retention_start_at + retention_months (null while either is unknown);
 *   communicable_from  = the document's date + access_delay_years (the Code du patrimoine counts
 *                        communicability from the document's date).
 * Only active records are recomputed: disposed or transferred ones keep their history.
 */

type RecordScope = (eb: ExpressionBuilder<DB, "records">) => Expression<SqlBool>;

/** Re-computes the retention dates of the active records in scope; returns how many. */
export async function recomputeRetention(
  trx: Transaction<DB>,
  scope: RecordScope,
): Promise<number> {
  const dialect = dialectOf(trx);
  const captured = sql.ref<string>("records.captured_at");
  await trx
    .updateTable("records")
    .set((eb) => ({
      retention_start_at: eb
        .selectFrom("record_series as s")
        .select(
          sql<string | null>`case s.retention_start
            when 'dispatch' then records.captured_at
            when 'year_end' then ${yearEndSql(captured)}
            else records.action_closed_at end`.as("start"),
        )
        .whereRef("s.id", "=", "records.series_id"),
    }))
    .where("status", "=", "active")
    .where(scope)
    .execute();
  const result = await trx
    .updateTable("records")
    .set((eb) => ({
      due_at: eb
        .selectFrom("record_series as s")
        .select(
          addMonthsSql(
            dialect,
            sql.ref("records.retention_start_at"),
            sql.ref("s.retention_months"),
          ).as("due"),
        )
        .whereRef("s.id", "=", "records.series_id"),
      communicable_from: eb
        .selectFrom("record_series as s")
        .select(addYearsDateSql(dialect, captured, sql.ref("s.access_delay_years")).as("from"))
        .whereRef("s.id", "=", "records.series_id"),
    }))
    .where("status", "=", "active")
    .where(scope)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/**
 * The same dates for one record whose series' rule is already known (filing at capture): the
 * rule's values are parameters instead of a join, so the record is filed and dated in one
 * UPDATE. `actionClosedAt` is the value being written to `records.action_closed_at`.
 */
export function retentionDatesFor(
  dialect: Dialect,
  rule: { months: number | null; start: RetentionStartEvent; accessDelayYears: number },
  actionClosedAt: string | null,
): {
  retention_start_at: RawBuilder<string | null>;
  due_at: RawBuilder<string | null>;
  communicable_from: RawBuilder<string | null>;
} {
  const captured = sql.ref<string>("records.captured_at");
  const start: RawBuilder<string | null> =
    rule.start === "dispatch"
      ? sql<string | null>`${captured}`
      : rule.start === "year_end"
        ? yearEndSql(captured)
        : sql<string | null>`${actionClosedAt}`;
  return {
    retention_start_at: start,
    due_at: addMonthsSql(dialect, start, sql<number | null>`${rule.months}`),
    communicable_from: addYearsDateSql(dialect, captured, sql<number>`${rule.accessDelayYears}`),
  };
}
