import {
  type Expression,
  type ExpressionBuilder,
  type Kysely,
  type SqlBool,
  sql,
  type Transaction,
} from "kysely";
import type { RecordSummary, RecordsFilter } from "../../shared/schemas/records.js";
import type { Marking } from "../../shared/vocabulary.js";
import type { CorrespondenceTable, DB } from "../db/schema.js";
import { recordIsHeld } from "./holds.sql.js";

/*
 * Records as archivists list them: the record joined to its correspondence (kind, reference,
 * subject, marking, unit) and its series, with the held flag computed by `recordIsHeld`.
 */

type Handle = Kysely<DB> | Transaction<DB>;

/** The SQL condition of a records filter (shared by the list and by a hold on a search result). */
export function recordsFilterCondition(filter: RecordsFilter, readable: readonly Marking[]) {
  return (
    eb: ExpressionBuilder<DB & { c: CorrespondenceTable }, "records" | "c">,
  ): Expression<SqlBool> => {
    const conditions: Expression<SqlBool>[] = [];
    if (filter.seriesId) conditions.push(eb("records.series_id", "=", filter.seriesId));
    if (filter.unfiled === "true") conditions.push(eb("records.series_id", "is", null));
    if (filter.unfiled === "false") conditions.push(eb("records.series_id", "is not", null));
    if (filter.status) conditions.push(eb("records.status", "=", filter.status));
    if (filter.dueBefore)
      conditions.push(eb("records.due_at", "<", `${filter.dueBefore}T00:00:00.000Z`));
    if (filter.held === "true")
      conditions.push(recordIsHeld(eb as unknown as ExpressionBuilder<DB, "records">));
    if (filter.held === "false")
      conditions.push(eb.not(recordIsHeld(eb as unknown as ExpressionBuilder<DB, "records">)));
    const q = filter.q?.trim();
    if (q) {
      const pattern = `%${q.toLowerCase().replace(/[\\%_]/g, (m) => `\\${m}`)}%`;
      const like = (column: "c.reference" | "c.subject") =>
        sql<SqlBool>`lower(${sql.ref(column)}) like ${pattern} escape '\\'`;
      // A subject the archivist may not read is not searched either.
      const subject =
        readable.length > 0
          ? eb.and([eb("c.marking", "in", [...readable]), like("c.subject")])
          : eb.lit(false);
      conditions.push(eb.or([like("c.reference"), subject]));
    }
    return eb.and(conditions);
  };
}

/** The base query: records with their correspondence, series and held flag. */
export function recordsQuery(db: Handle) {
  return db
    .selectFrom("records")
    .innerJoin("correspondences as c", "c.id", "records.correspondence_id")
    .innerJoin("units as u", "u.id", "c.origin_unit_id")
    .leftJoin("record_series as s", "s.id", "records.series_id")
    .select((eb) => [
      "records.id",
      "records.correspondence_id",
      "records.captured_at",
      "records.filed_by",
      "records.retention_start_at",
      "records.due_at",
      "records.communicable_from",
      "records.status",
      "records.disposed_at",
      "c.kind",
      "c.reference",
      "c.subject",
      "c.marking",
      "c.origin_unit_id",
      "u.name as unit_name",
      "s.id as series_id",
      "s.code as series_code",
      "s.title as series_title",
      "s.final_action",
      recordIsHeld(eb as unknown as ExpressionBuilder<DB, "records">).as("held"),
    ]);
}

export type RecordRow = Awaited<ReturnType<ReturnType<typeof recordsQuery>["execute"]>>[number];

/** Row → API; the subject only when the reader's clearance covers the marking. */
export function presentRecord(r: RecordRow, readable: readonly Marking[]): RecordSummary {
  return {
    id: r.id,
    correspondenceId: r.correspondence_id,
    kind: r.kind,
    reference: r.reference,
    subject: readable.includes(r.marking) ? r.subject : null,
    marking: r.marking,
    originUnit: { id: r.origin_unit_id, name: r.unit_name },
    capturedAt: r.captured_at,
    series:
      r.series_id !== null && r.series_code !== null && r.series_title !== null
        ? { id: r.series_id, code: r.series_code, title: r.series_title }
        : null,
    filedBy: r.filed_by,
    retentionStartAt: r.retention_start_at,
    dueAt: r.due_at,
    communicableFrom: r.communicable_from,
    finalAction: r.final_action,
    status: r.status,
    held: Boolean(Number(r.held)),
    disposedAt: r.disposed_at,
  };
}
