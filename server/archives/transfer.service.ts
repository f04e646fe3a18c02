import { randomUUID } from "node:crypto";
import type { Kysely, Transaction } from "kysely";
import type {
  CreateTransferBody,
  EligibleRecordsQuery,
  TransferSummary,
} from "../../shared/schemas/archives.js";
import type { BlobStore } from "../blobs/blob-store.js";
import type { DB } from "../db/schema.js";
import { AppError } from "../errors.js";
import { type Actor, emit } from "../events/events.js";
import { decodeCursor, toPage } from "../http/cursor.js";
import { canonicalJson } from "../journal/journal.hash.js";
import { readableMarkings } from "../policy/marking.policy.js";
import type { Subject } from "../policy/subject.js";
import { correspondenceDocuments } from "../search/correspondence-document.js";
import { upsertSearchDocument } from "../search/search-index.js";
import { requireArchivist } from "./archivists.js";
import { InvalidTransferReply, parseArchiveTransferReply } from "./seda-reply.js";
import {
  eligibleAmong,
  findTransfer,
  insertTransfer,
  listDueRecordIds,
  listEligibleRecords,
  listTransferMembers,
  listTransfers,
  setRecordStatus,
} from "./transfer.repository.js";
import { archiveUnitId } from "./transfer-package.js";

/*
 * Transfers (« versements ») to the State archives: an archivist gathers records to keep for
 * good into a transfer (they become `transferring`), downloads its SEDA package, and imports the
 * archive's reply: accepted, the records become `transferred` with the archive's identifiers and
 * their content is purged from the portal (a trace stays); rejected, they go back to `active`.
 */

/** How many records one transfer carries at most (the « due » selection is cut there). */
export const MAX_TRANSFER_RECORDS = 100_000;

type TransferRow = NonNullable<Awaited<ReturnType<typeof findTransfer>>>;

function presentTransfer(row: TransferRow): TransferSummary {
  return {
    id: row.id,
    messageIdentifier: row.message_identifier,
    status: row.status,
    comment: row.comment,
    recordCount: row.record_count,
    createdAt: row.created_at,
    createdBy: { id: row.created_by, displayName: row.creator_name ?? "?" },
    replyCode: row.reply_code,
    repliedAt: row.replied_at,
  };
}

/** Records an archivist may put in a transfer, oldest first (all, or only those due by now). */
export async function listTransferableRecords(
  db: Kysely<DB>,
  subject: Subject,
  query: EligibleRecordsQuery,
  now: Date = new Date(),
) {
  requireArchivist(subject);
  const [capturedAt, id] = decodeCursor(query.cursor, ["string", "string"]) ?? [];
  const rows = await listEligibleRecords(db, {
    markings: readableMarkings(subject),
    dueBy: query.due ? now.toISOString() : undefined,
    after: capturedAt !== undefined && id !== undefined ? { capturedAt, id } : undefined,
    limit: query.limit,
  });
  return toPage(
    rows,
    query.limit,
    (r) => ({
      id: r.id,
      correspondenceId: r.correspondence_id,
      reference: r.reference ?? "",
      subject: r.subject,
      kind: r.kind,
      marking: r.marking,
      capturedAt: r.captured_at,
      dueAt: r.due_at,
      series: { code: r.series_code, title: r.series_title },
    }),
    (r) => [r.captured_at, r.id],
  );
}

/**
 * Creates a transfer from chosen records (each must be eligible, else 409 `record_not_eligible`
 * naming them) or from every eligible record due by `now`; journaled as `transfer.created`.
 */
export async function createTransfer(
  db: Kysely<DB>,
  subject: Subject,
  actor: Actor,
  body: CreateTransferBody,
  now: Date = new Date(),
): Promise<TransferSummary> {
  requireArchivist(subject);
  const markings = readableMarkings(subject);
  const id = randomUUID();
  await db.transaction().execute(async (trx) => {
    let recordIds: string[];
    if (body.recordIds) {
      recordIds = [...new Set(body.recordIds)];
      const eligible = await eligibleAmong(trx, markings, recordIds);
      const refused = recordIds.filter((r) => !eligible.has(r));
      if (refused.length > 0) {
        throw new AppError("record_not_eligible", { recordIds: refused.slice(0, 100) });
      }
    } else {
      // One statement (one sort) for every due record, not a page loop: a page loop re-sorts
      // the eligible set for every page, quadratic on a large backlog.
      recordIds = await listDueRecordIds(trx, markings, now.toISOString(), MAX_TRANSFER_RECORDS);
      if (recordIds.length === 0) throw new AppError("record_not_eligible", { recordIds: [] });
    }
    const at = now.toISOString();
    const messageIdentifier = `MEAE-VERSEMENT-${at.slice(0, 10).replace(/-/g, "")}-${id.slice(0, 8)}`;
    await insertTransfer(
      trx,
      {
        id,
        message_identifier: messageIdentifier,
        comment: body.comment ?? "",
        record_count: recordIds.length,
        created_by: subject.userId,
        created_at: at,
        reply_code: null,
        reply_identifier: null,
        replied_at: null,
        replied_by: null,
      },
      recordIds.map((recordId) => ({
        transfer_id: id,
        record_id: recordId,
        archive_identifier: null,
      })),
    );
    // Guarded by status = 'active': a record taken by a concurrent transfer fails this one.
    if (
      (await setRecordStatus(trx, recordIds, "active", { status: "transferring" })) !==
      recordIds.length
    ) {
      throw new AppError("conflict", { reason: "records_changed" });
    }
    await emit(trx, actor, {
      type: "transfer.created",
      target: { type: "transfer", id },
      details: { messageIdentifier, records: recordIds.length },
    });
  });
  return getTransfer(db, subject, id);
}

/** One transfer (archivists only; 404 otherwise). */
export async function getTransfer(
  db: Kysely<DB>,
  subject: Subject,
  id: string,
): Promise<TransferSummary> {
  requireArchivist(subject);
  const row = await findTransfer(db, id);
  if (!row) throw new AppError("not_found");
  return presentTransfer(row);
}

/** Transfers, newest first. */
export async function listTransferPage(
  db: Kysely<DB>,
  subject: Subject,
  query: { cursor?: string; limit: number },
) {
  requireArchivist(subject);
  const [createdAt, id] = decodeCursor(query.cursor, ["string", "string"]) ?? [];
  const rows = await listTransfers(db, {
    before: createdAt !== undefined && id !== undefined ? { createdAt, id } : undefined,
    limit: query.limit,
  });
  return toPage(rows, query.limit, presentTransfer, (r) => [r.created_at, r.id]);
}

/**
 * Authorises the download of a transfer's package and journals it: the archivist must read
 * every record's marking (the package holds the full content).
 */
export async function prepareTransferPackage(
  db: Kysely<DB>,
  subject: Subject,
  actor: Actor,
  id: string,
) {
  requireArchivist(subject);
  const row = await findTransfer(db, id);
  if (!row) throw new AppError("not_found");
  const members = await listTransferMembers(db, id);
  const markings = new Set(readableMarkings(subject));
  if (members.some((m) => !markings.has(m.marking))) throw new AppError("not_found");
  if (row.status === "accepted") throw new AppError("conflict", { reason: "content_purged" });
  await db.transaction().execute((trx) =>
    emit(trx, actor, {
      type: "transfer.package_downloaded",
      target: { type: "transfer", id },
      details: {
        records: members.length,
        protected: members.filter((m) => m.marking !== "NP").length,
      },
    }),
  );
  return {
    transferId: row.id,
    messageIdentifier: row.message_identifier,
    comment: row.comment,
    createdAt: row.created_at,
  };
}

/** What stays of a correspondence's content once the archive holds it: its metadata only. */
function purgedContent(json: string): string {
  const content = JSON.parse(json) as Record<string, unknown>;
  return canonicalJson({ ...content, summary: "", paragraphs: [] });
}

/**
 * Purges the content of transferred records, in the caller's transaction: the correspondence's
 * text in every version, the record's frozen copy (replaced by a trace keeping its reference,
 * title, dates, hash and the archive's identifier), the attachments (rows kept as the trace,
 * marked purged). Returns the blobs no longer referenced, to delete once committed.
 */
async function purgeTransferredContent(
  trx: Transaction<DB>,
  records: readonly { recordId: string; archiveIdentifier: string }[],
  transferId: string,
  at: string,
): Promise<string[]> {
  const blobs = new Set<string>();
  for (let i = 0; i < records.length; i += 200) {
    const batch = records.slice(i, i + 200);
    const rows = await trx
      .selectFrom("records")
      .innerJoin("correspondences", "correspondences.id", "records.correspondence_id")
      .select([
        "records.id",
        "records.sha512",
        "records.captured_at",
        "correspondences.id as correspondence_id",
        "correspondences.reference",
        "correspondences.subject",
        "correspondences.kind",
        "correspondences.marking",
        "correspondences.content",
        "correspondences.created_at",
        "correspondences.dispatched_at",
      ])
      .where(
        "records.id",
        "in",
        batch.map((r) => r.recordId),
      )
      .execute();
    const archiveIdOf = new Map(batch.map((r) => [r.recordId, r.archiveIdentifier]));
    const correspondenceIds = rows.map((r) => r.correspondence_id);
    for (const row of rows) {
      const trace = canonicalJson({
        purged: {
          reason: "transferred",
          at,
          transferId,
          archiveIdentifier: archiveIdOf.get(row.id),
        },
        correspondence: {
          id: row.correspondence_id,
          kind: row.kind,
          reference: row.reference,
          subject: row.subject,
          marking: row.marking,
          createdAt: row.created_at,
          dispatchedAt: row.dispatched_at,
        },
        capturedAt: row.captured_at,
        sha512: row.sha512,
      });
      await trx
        .updateTable("records")
        .set({ canonical_json: trace })
        .where("id", "=", row.id)
        .execute();
      const content = purgedContent(row.content);
      await trx
        .updateTable("correspondences")
        .set({ content })
        .where("id", "=", row.correspondence_id)
        .execute();
      await trx
        .updateTable("correspondence_versions")
        .set({ content })
        .where("correspondence_id", "=", row.correspondence_id)
        .execute();
    }
    if (correspondenceIds.length === 0) continue;
    const attachments = await trx
      .selectFrom("attachments")
      .select(["id", "sha256"])
      .where("correspondence_id", "in", correspondenceIds)
      .where("purged_at", "is", null)
      .execute();
    if (attachments.length > 0) {
      await trx
        .updateTable("attachments")
        .set({ purged_at: at })
        .where(
          "id",
          "in",
          attachments.map((a) => a.id),
        )
        .execute();
      for (const a of attachments) blobs.add(a.sha256);
    }
    // The search index forgets the purged text.
    for (const doc of await correspondenceDocuments(trx, correspondenceIds)) {
      await upsertSearchDocument(trx, doc);
    }
  }
  // A blob still used by a live attachment or a community file stays (content-addressed store).
  const stillUsed = new Set<string>();
  const candidates = [...blobs];
  for (let i = 0; i < candidates.length; i += 500) {
    const slice = candidates.slice(i, i + 500);
    const live = await trx
      .selectFrom("attachments")
      .select("sha256")
      .where("sha256", "in", slice)
      .where("purged_at", "is", null)
      .union(
        trx.selectFrom("community_file_versions").select("sha256").where("sha256", "in", slice),
      )
      .execute();
    for (const l of live) stillUsed.add(l.sha256);
  }
  return candidates.filter((b) => !stillUsed.has(b));
}

/**
 * Imports the archive's ArchiveTransferReply for a pending transfer. Accepted: records become
 * `transferred` with the archive's identifiers and their content is purged; rejected: they go
 * back to `active`. Each step is journaled.
 */
export async function importTransferReply(
  db: Kysely<DB>,
  store: BlobStore,
  subject: Subject,
  actor: Actor,
  id: string,
  xml: string,
  now: Date = new Date(),
): Promise<TransferSummary> {
  requireArchivist(subject);
  let reply: ReturnType<typeof parseArchiveTransferReply>;
  try {
    reply = parseArchiveTransferReply(xml);
  } catch (error) {
    if (error instanceof InvalidTransferReply) {
      throw new AppError("transfer_reply_invalid", { reason: error.message });
    }
    throw error;
  }
  const at = now.toISOString();
  const orphanBlobs = await db.transaction().execute(async (trx) => {
    const transfer = await findTransfer(trx, id);
    if (!transfer) throw new AppError("not_found");
    if (reply.messageRequestIdentifier !== transfer.message_identifier) {
      throw new AppError("transfer_reply_mismatch", {
        expected: transfer.message_identifier,
        found: reply.messageRequestIdentifier,
      });
    }
    const updated = await trx
      .updateTable("transfers")
      .set({
        status: reply.accepted ? "accepted" : "rejected",
        reply_code: reply.replyCode,
        reply_identifier: reply.messageIdentifier,
        replied_at: at,
        replied_by: subject.userId,
      })
      .where("id", "=", id)
      .where("status", "=", "pending")
      .executeTakeFirst();
    if (Number(updated.numUpdatedRows) !== 1) throw new AppError("transfer_not_pending");
    const members = await listTransferMembers(trx, id);
    const recordIds = members.map((m) => m.record_id);
    await emit(trx, actor, {
      type: "transfer.reply_imported",
      target: { type: "transfer", id },
      details: {
        replyCode: reply.replyCode,
        replyIdentifier: reply.messageIdentifier,
        accepted: reply.accepted,
        grantDate: reply.grantDate,
      },
    });
    if (!reply.accepted) {
      await setRecordStatus(trx, recordIds, "transferring", { status: "active" });
      await emit(trx, actor, {
        type: "transfer.rejected",
        target: { type: "transfer", id },
        details: { records: recordIds.length, replyCode: reply.replyCode },
      });
      return [];
    }
    const identified = members.map((m) => ({
      recordId: m.record_id,
      archiveIdentifier:
        reply.unitIdentifiers.get(archiveUnitId(m.record_id)) ??
        `${reply.messageIdentifier}/${archiveUnitId(m.record_id)}`,
    }));
    for (const r of identified) {
      await trx
        .updateTable("transfer_records")
        .set({ archive_identifier: r.archiveIdentifier })
        .where("transfer_id", "=", id)
        .where("record_id", "=", r.recordId)
        .execute();
    }
    const moved = await setRecordStatus(trx, recordIds, "transferring", {
      status: "transferred",
      transferredAt: at,
    });
    if (moved !== recordIds.length) throw new AppError("conflict", { reason: "records_changed" });
    await emit(trx, actor, {
      type: "transfer.accepted",
      target: { type: "transfer", id },
      details: { records: recordIds.length, replyIdentifier: reply.messageIdentifier },
    });
    const blobs = await purgeTransferredContent(trx, identified, id, at);
    await emit(trx, actor, {
      type: "records.content_purged",
      target: { type: "transfer", id },
      details: { reason: "transferred", records: recordIds.length, blobs: blobs.length },
    });
    return blobs;
  });
  // Files go once the purge is committed; a crash in between leaves unreferenced blobs only.
  for (const blob of orphanBlobs) await store.remove(blob);
  return getTransfer(db, subject, id);
}
