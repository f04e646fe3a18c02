import { type Expression, type RawBuilder, sql } from "kysely";
import type { Dialect } from "../db/database.js";

/*
 * The date arithmetic of retention, per dialect, on the portable ISO-8601 UTC text instants
 * ("2026-11-28T20:50:00.000Z") and calendar dates ("2026-11-28"). Known difference: adding
 * months to a day that the target month lacks (31 January + 1 month) overflows into the next
 * month on SQLite (3 March) and stops at the month's end on PostgreSQL (28 February).
 */

/** `start` + `months` months, as an ISO instant; null when either is null. */
export function addMonthsSql(
  dialect: Dialect,
  start: Expression<string | null>,
  months: Expression<number | null>,
): RawBuilder<string | null> {
  switch (dialect) {
    case "sqlite":
      return sql`strftime('%Y-%m-%dT%H:%M:%fZ', ${start}, '+' || ${months} || ' months')`;
    case "postgres":
      return sql`to_char(((${start})::timestamptz at time zone 'UTC') + make_interval(months => ${months}), 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
  }
}

/** The calendar date `years` years after the instant `start`. */
export function addYearsDateSql(
  dialect: Dialect,
  start: Expression<string | null>,
  years: Expression<number | null>,
): RawBuilder<string | null> {
  switch (dialect) {
    case "sqlite":
      return sql`date(${start}, '+' || ${years} || ' years')`;
    case "postgres":
      return sql`to_char(((${start})::timestamptz at time zone 'UTC') + make_interval(years => ${years}), 'YYYY-MM-DD')`;
  }
}

/** The first instant of the year after the instant's year: « fin d'année ». Same SQL on both. */
export function yearEndSql(start: Expression<string | null>): RawBuilder<string | null> {
  return sql`cast(cast(substr(${start}, 1, 4) as integer) + 1 as text) || '-01-01T00:00:00.000Z'`;
}
