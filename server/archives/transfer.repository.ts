import { type ExpressionBuilder, type Kysely, sql, type Transaction } from "kysely";
import type { Marking } from "../../shared/vocabulary.js";
import type { DB, TransferRecordTable, TransferTable } from "../db/schema.js";
import { recordIsHeld } from "../records/holds.sql.js";

type Handle = Kysely<DB> | Transaction<DB>;

/**
 * A record may go into a transfer: active, of a series whose final action is `keep`, not held,
 * in no transfer awaiting its reply, of a marking the archivist may read.
 */
export function transferable(markings: readonly Marking[]) {
  return (eb: ExpressionBuilder<DB, "records" | "correspondences" | "record_series">) =>
    eb.and([
      eb("records.status", "=", "active"),
      eb("record_series.final_action", "=", "keep"),
      eb("correspondences.marking", "in", markings.length > 0 ? [...markings] : ["-" as Marking]),
      eb.not(recordIsHeld(eb as unknown as ExpressionBuilder<DB, "records">)),
      eb.not(
        eb.exists(
          eb
            .selectFrom("transfer_records as tr")
            .innerJoin("transfers as t", "t.id", "tr.transfer_id")
            .select(sql.lit(1).as("one"))
            .whereRef("tr.record_id", "=", "records.id")
            .where("t.status", "=", "pending"),
        ),
      ),
    ]);
}

function recordsWithSeries(db: Handle) {
  return db
    .selectFrom("records")
    .innerJoin("correspondences", "correspondences.id", "records.correspondence_id")
    .innerJoin("record_series", "record_series.id", "records.series_id");
}

export interface EligibleFilter {
  markings: readonly Marking[];
  /** Only records whose retention has run out by this instant. */
  dueBy?: string;
  after?: { capturedAt: string; id: string };
  limit: number;
}

/** Records eligible for a transfer, oldest capture first (keyset on captured_at, id). */
export function listEligibleRecords(db: Handle, f: EligibleFilter) {
  let q = recordsWithSeries(db)
    .select([
      "records.id",
      "records.captured_at",
      "records.due_at",
      "correspondences.id as correspondence_id",
      "correspondences.reference",
      "correspondences.subject",
      "correspondences.kind",
      "correspondences.marking",
      "record_series.code as series_code",
      "record_series.title as series_title",
    ])
    .where(transferable(f.markings))
    .orderBy("records.captured_at")
    .orderBy("records.id")
    .limit(f.limit + 1);
  if (f.dueBy !== undefined) q = q.where("records.due_at", "<=", f.dueBy);
  if (f.after) {
    const { capturedAt, id } = f.after;
    q = q.where((eb) =>
      eb.or([
        eb("records.captured_at", ">", capturedAt),
        eb.and([eb("records.captured_at", "=", capturedAt), eb("records.id", ">", id)]),
      ]),
    );
  }
  return q.execute();
}

/** The ids of every eligible record due by `dueBy`, oldest capture first, at most `limit`. */
export async function listDueRecordIds(
  db: Handle,
  markings: readonly Marking[],
  dueBy: string,
  limit: number,
): Promise<string[]> {
  const rows = await recordsWithSeries(db)
    .select("records.id")
    .where(transferable(markings))
    .where("records.due_at", "<=", dueBy)
    .orderBy("records.captured_at")
    .orderBy("records.id")
    .limit(limit)
    .execute();
  return rows.map((r) => r.id);
}

/** Of these record ids, those eligible for a transfer. */
export async function eligibleAmong(
  db: Handle,
  markings: readonly Marking[],
  recordIds: readonly string[],
): Promise<Set<string>> {
  const eligible = new Set<string>();
  for (let i = 0; i < recordIds.length; i += 500) {
    const rows = await recordsWithSeries(db)
      .select("records.id")
      .where("records.id", "in", recordIds.slice(i, i + 500))
      .where(transferable(markings))
      .execute();
    for (const r of rows) eligible.add(r.id);
  }
  return eligible;
}

export async function insertTransfer(
  db: Handle,
  transfer: Omit<TransferTable, "status" | "comment"> & { comment: string },
  records: readonly TransferRecordTable[],
) {
  await db.insertInto("transfers").values(transfer).execute();
  for (let i = 0; i < records.length; i += 500) {
    await db
      .insertInto("transfer_records")
      .values(records.slice(i, i + 500))
      .execute();
  }
}

/** Moves records between statuses, guarded by the status they must have; returns how many moved. */
export async function setRecordStatus(
  db: Handle,
  recordIds: readonly string[],
  from: "active" | "transferring",
  to: { status: "active" | "transferring" | "transferred"; transferredAt?: string },
): Promise<number> {
  let moved = 0;
  for (let i = 0; i < recordIds.length; i += 500) {
    const result = await db
      .updateTable("records")
      .set({ status: to.status, ...(to.transferredAt ? { transferred_at: to.transferredAt } : {}) })
      .where("id", "in", recordIds.slice(i, i + 500))
      .where("status", "=", from)
      .executeTakeFirst();
    moved += Number(result.numUpdatedRows);
  }
  return moved;
}

export function findTransfer(db: Handle, id: string) {
  return db
    .selectFrom("transfers")
    .leftJoin("users", "users.id", "transfers.created_by")
    .selectAll("transfers")
    .select("users.display_name as creator_name")
    .where("transfers.id", "=", id)
    .executeTakeFirst();
}

/** Transfers, newest first (keyset on created_at, id). */
export function listTransfers(
  db: Handle,
  f: { before?: { createdAt: string; id: string }; limit: number },
) {
  let q = db
    .selectFrom("transfers")
    .leftJoin("users", "users.id", "transfers.created_by")
    .selectAll("transfers")
    .select("users.display_name as creator_name")
    .orderBy("transfers.created_at", "desc")
    .orderBy("transfers.id", "desc")
    .limit(f.limit + 1);
  if (f.before) {
    const { createdAt, id } = f.before;
    q = q.where((eb) =>
      eb.or([
        eb("transfers.created_at", "<", createdAt),
        eb.and([eb("transfers.created_at", "=", createdAt), eb("transfers.id", "<", id)]),
      ]),
    );
  }
  return q.execute();
}

/** The (record, correspondence) pairs of a transfer, in record id order. */
export function listTransferMembers(db: Handle, transferId: string) {
  return db
    .selectFrom("transfer_records")
    .innerJoin("records", "records.id", "transfer_records.record_id")
    .innerJoin("correspondences", "correspondences.id", "records.correspondence_id")
    .select([
      "records.id as record_id",
      "records.correspondence_id",
      "correspondences.marking",
      "correspondences.reference",
    ])
    .where("transfer_records.transfer_id", "=", transferId)
    .orderBy("records.id")
    .execute();
}

/**
 * Everything the package needs of a batch of a transfer's records, keyed on the membership's own
 * index (transfer, record): ordering by records.id instead sorted every remaining member at each
 * batch (quadratic over a 100,000-record transfer).
 */
export function listPackageRecords(db: Handle, transferId: string, afterId: string, limit: number) {
  return db
    .selectFrom("transfer_records")
    .innerJoin("records", "records.id", "transfer_records.record_id")
    .innerJoin("correspondences", "correspondences.id", "records.correspondence_id")
    .leftJoin("record_series", "record_series.id", "records.series_id")
    .select([
      "records.id",
      "records.correspondence_id",
      "records.captured_at",
      "records.canonical_json",
      "records.sha512",
      "records.retention_start_at",
      "records.due_at",
      "records.communicable_from",
      "correspondences.marking",
      "record_series.code as series_code",
      "record_series.retention_months",
      "record_series.final_action",
      "record_series.access_delay_years",
    ])
    .where("transfer_records.transfer_id", "=", transferId)
    .where("transfer_records.record_id", ">", afterId)
    .orderBy("transfer_records.record_id")
    .limit(limit)
    .execute();
}

/** For each of these correspondences, the documents it answers (its action addressees' answer). */
export async function listAnswered(db: Handle, correspondenceIds: readonly string[]) {
  if (correspondenceIds.length === 0) return [];
  return db
    .selectFrom("distributions")
    .select(["answer_id", "correspondence_id"])
    .distinct()
    .where("answer_id", "in", [...correspondenceIds])
    .execute();
}

/** Reference numbers of correspondences, by id. */
export async function referencesOf(db: Handle, ids: readonly string[]) {
  if (ids.length === 0) return new Map<string, string>();
  const rows = await db
    .selectFrom("correspondences")
    .select(["id", "reference"])
    .where("id", "in", [...ids])
    .execute();
  return new Map(rows.flatMap((r) => (r.reference ? [[r.id, r.reference] as const] : [])));
}

/** Display names of addressees (units, users, communities), by id. */
export async function addresseeNamesOf(
  db: Handle,
  ids: { units: string[]; users: string[]; communities: string[] },
) {
  const names = new Map<string, string>();
  if (ids.units.length > 0) {
    for (const r of await db
      .selectFrom("units")
      .select(["id", "name"])
      .where("id", "in", ids.units)
      .execute())
      names.set(r.id, r.name);
  }
  if (ids.users.length > 0) {
    for (const r of await db
      .selectFrom("users")
      .select(["id", "display_name"])
      .where("id", "in", ids.users)
      .execute())
      names.set(r.id, r.display_name);
  }
  if (ids.communities.length > 0) {
    for (const r of await db
      .selectFrom("communities")
      .select(["id", "name"])
      .where("id", "in", ids.communities)
      .execute())
      names.set(r.id, r.name);
  }
  return names;
}
