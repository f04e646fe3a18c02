import { createHash, randomUUID } from "node:crypto";
import type { ExpressionBuilder, Kysely, Transaction } from "kysely";
import type {
  DisposalList,
  DisposalListDetail,
  DisposalTrace,
  ProposeDisposalBody,
} from "../../shared/schemas/records.js";
import type { DB, RecordSeriesTable } from "../db/schema.js";
import { AppError, notFound } from "../errors.js";
import { type Actor, emit } from "../events/events.js";
import { decodeCursor, toPage } from "../http/cursor.js";
import { canonicalJson } from "../journal/journal.hash.js";
import { journalOnly } from "../journal/journal.service.js";
import { isProtected, readableMarkings } from "../policy/marking.policy.js";
import type { Subject } from "../policy/subject.js";
import { renderDisposalCertificate } from "./disposal-certificate.js";
import { recordIsHeld } from "./holds.sql.js";
import { requireArchivist } from "./records.guard.js";
import { canApproveDisposal } from "./records.policy.js";
import { presentRecord, recordsQuery } from "./records.repository.js";

/*
 * Disposal (« élimination »). Records past their due date whose series ends in destruction,
 * still active, not held and in no pending list are proposed; an archivist gathers them in a
 * disposal list; another archivist holding `disposal_approver` approves it. Approval re-checks
 * every record in the same transaction (a hold placed meanwhile withholds it), then destroys
 * the content — the correspondence's versions, its attachments (their blobs are removed from
 * the store after commit, unless another row still uses the same bytes) — and replaces the
 * frozen copy by a minimal trace; the record becomes `disposed`. The certificate is printed
 * from the traces.
 */

type Handle = Kysely<DB> | Transaction<DB>;

/** The record is due for destruction now: active, past due, series ends in destroy, not held. */
function disposable(now: Date) {
  return (eb: ExpressionBuilder<DB & { s: RecordSeriesTable }, "records" | "s">) =>
    eb.and([
      eb("records.status", "=", "active"),
      eb("records.due_at", "<=", now.toISOString()),
      eb("s.final_action", "=", "destroy"),
      eb.not(recordIsHeld(eb as unknown as ExpressionBuilder<DB, "records">)),
    ]);
}

/** Not already in a list awaiting a decision. */
function notPending(eb: ExpressionBuilder<DB, "records">) {
  return eb.not(
    eb.exists(
      eb
        .selectFrom("disposal_list_items as di")
        .innerJoin("disposal_lists as dl", "dl.id", "di.list_id")
        .select("di.record_id")
        .whereRef("di.record_id", "=", "records.id")
        .where("dl.status", "=", "proposed"),
    ),
  );
}

/** Records to propose for disposal, earliest due first (keyset on due date and id). */
export async function listDisposalProposals(
  db: Kysely<DB>,
  subject: Subject,
  query: { cursor?: string; limit: number },
  now: Date = new Date(),
) {
  requireArchivist(subject);
  const readable = readableMarkings(subject);
  const after = decodeCursor(query.cursor, ["string", "string"]);
  let q = recordsQuery(db)
    .where(disposable(now))
    .where(notPending)
    .orderBy("records.due_at")
    .orderBy("records.id")
    .limit(query.limit + 1);
  if (after) {
    const [dueAt, id] = after as [string, string];
    q = q.where((eb) =>
      eb.or([
        eb("records.due_at", ">", dueAt),
        eb.and([eb("records.due_at", "=", dueAt), eb("records.id", ">", id)]),
      ]),
    );
  }
  const rows = await q.execute();
  return toPage(
    rows,
    query.limit,
    (r) => presentRecord(r, readable),
    (r) => [r.due_at ?? "", r.id],
  );
}

/** An archivist proposes a disposal list; every record must be a current proposal. */
export async function proposeDisposal(
  db: Kysely<DB>,
  subject: Subject,
  actor: Actor,
  body: ProposeDisposalBody,
  now: Date = new Date(),
): Promise<DisposalListDetail> {
  requireArchivist(subject);
  const ids = [...new Set(body.recordIds)];
  const id = randomUUID();
  await db.transaction().execute(async (trx) => {
    const eligible = await trx
      .selectFrom("records")
      .innerJoin("record_series as s", "s.id", "records.series_id")
      .select("records.id")
      .where("records.id", "in", ids)
      .where(disposable(now))
      .where(notPending)
      .execute();
    if (eligible.length !== ids.length) {
      const ok = new Set(eligible.map((r) => r.id));
      throw new AppError("disposal_not_eligible", { recordIds: ids.filter((r) => !ok.has(r)) });
    }
    await trx
      .insertInto("disposal_lists")
      .values({
        id,
        status: "proposed",
        note: body.note,
        proposed_by: subject.userId,
        proposed_at: now.toISOString(),
        decided_by: null,
        decided_at: null,
        decision_comment: null,
      })
      .execute();
    await trx
      .insertInto("disposal_list_items")
      .values(ids.map((recordId) => ({ list_id: id, record_id: recordId, trace: null })))
      .execute();
    await emit(trx, actor, {
      type: "disposal.proposed",
      target: { type: "disposal_list", id },
      details: { recordIds: ids, note: body.note },
    });
  });
  return getDisposalList(db, subject, id);
}

function listRows(db: Handle) {
  return db
    .selectFrom("disposal_lists as l")
    .innerJoin("users as p", "p.id", "l.proposed_by")
    .leftJoin("users as d", "d.id", "l.decided_by")
    .select((eb) => [
      "l.id",
      "l.status",
      "l.note",
      "l.proposed_by",
      "l.proposed_at",
      "l.decided_by",
      "l.decided_at",
      "l.decision_comment",
      "p.display_name as proposer_name",
      "d.display_name as decider_name",
      ...(["proposed", "disposed", "withheld"] as const).map((outcome) =>
        eb
          .selectFrom("disposal_list_items as i")
          .select((c) => c.fn.countAll<number>().as("n"))
          .whereRef("i.list_id", "=", "l.id")
          .where("i.outcome", "=", outcome)
          .as(`count_${outcome}`),
      ),
    ]);
}

type ListRow = Awaited<ReturnType<ReturnType<typeof listRows>["execute"]>>[number];

function presentList(l: ListRow, subject: Subject): DisposalList {
  return {
    id: l.id,
    status: l.status,
    note: l.note,
    proposedBy: { id: l.proposed_by, displayName: l.proposer_name },
    proposedAt: l.proposed_at,
    decidedBy:
      l.decided_by && l.decider_name ? { id: l.decided_by, displayName: l.decider_name } : null,
    decidedAt: l.decided_at,
    decisionComment: l.decision_comment,
    counts: {
      proposed: Number(l.count_proposed ?? 0),
      disposed: Number(l.count_disposed ?? 0),
      withheld: Number(l.count_withheld ?? 0),
    },
    abilities: {
      approve:
        l.status === "proposed" && canApproveDisposal(subject) && l.proposed_by !== subject.userId,
    },
  };
}

/** Disposal lists, newest first. */
export async function listDisposalLists(
  db: Kysely<DB>,
  subject: Subject,
  query: { cursor?: string; limit: number },
) {
  requireArchivist(subject);
  const after = decodeCursor(query.cursor, ["string", "string"]);
  let q = listRows(db)
    .orderBy("l.proposed_at", "desc")
    .orderBy("l.id", "desc")
    .limit(query.limit + 1);
  if (after) {
    const [at, id] = after as [string, string];
    q = q.where((eb) =>
      eb.or([
        eb("l.proposed_at", "<", at),
        eb.and([eb("l.proposed_at", "=", at), eb("l.id", "<", id)]),
      ]),
    );
  }
  const rows = await q.execute();
  return toPage(
    rows,
    query.limit,
    (l) => presentList(l, subject),
    (l) => [l.proposed_at, l.id],
  );
}

/** One disposal list with its records (and their traces once disposed of). */
export async function getDisposalList(
  db: Kysely<DB>,
  subject: Subject,
  id: string,
): Promise<DisposalListDetail> {
  requireArchivist(subject);
  const list = await listRows(db).where("l.id", "=", id).executeTakeFirst();
  if (!list) throw notFound();
  const readable = readableMarkings(subject);
  const items = await recordsQuery(db)
    .innerJoin("disposal_list_items as di", "di.record_id", "records.id")
    .select(["di.outcome", "di.trace"])
    .where("di.list_id", "=", id)
    .orderBy("c.reference")
    .orderBy("records.id")
    .execute();
  return {
    ...presentList(list, subject),
    items: items.map((r) => ({
      record: presentRecord(r, readable),
      outcome: r.outcome,
      trace: r.trace
        ? maskTrace(JSON.parse(r.trace) as { disposal: DisposalTrace }, readable)
        : null,
    })),
  };
}

/** The stored trace, its title hidden from a reader whose clearance does not cover the marking. */
function maskTrace(
  stored: { disposal: DisposalTrace },
  readable: readonly string[],
): DisposalTrace {
  const trace = stored.disposal;
  return readable.includes(trace.marking) ? trace : { ...trace, title: null };
}

/** Rejects a pending list (by an approver); its records may be proposed again. */
export async function rejectDisposal(
  db: Kysely<DB>,
  subject: Subject,
  actor: Actor,
  id: string,
  comment: string,
  now: Date = new Date(),
): Promise<DisposalListDetail> {
  requireArchivist(subject);
  await db.transaction().execute(async (trx) => {
    await claimList(trx, subject, id, "rejected", comment, now);
    await emit(trx, actor, {
      type: "disposal.rejected",
      target: { type: "disposal_list", id },
      details: { comment },
    });
  });
  return getDisposalList(db, subject, id);
}

/** Moves a pending list to its decision; only an approver who did not propose it may. */
async function claimList(
  trx: Transaction<DB>,
  subject: Subject,
  id: string,
  status: "approved" | "rejected",
  comment: string,
  now: Date,
) {
  const list = await trx
    .selectFrom("disposal_lists")
    .selectAll()
    .where("id", "=", id)
    .executeTakeFirst();
  if (!list) throw notFound();
  if (!canApproveDisposal(subject))
    throw new AppError("forbidden", { reason: "not_disposal_approver" });
  if (list.proposed_by === subject.userId) throw new AppError("disposal_own_proposal");
  if (list.status !== "proposed") throw new AppError("conflict", { status: list.status });
  const claimed = await trx
    .updateTable("disposal_lists")
    .set({
      status,
      decided_by: subject.userId,
      decided_at: now.toISOString(),
      decision_comment: comment,
    })
    .where("id", "=", id)
    .where("status", "=", "proposed")
    .executeTakeFirst();
  if (Number(claimed.numUpdatedRows) !== 1)
    throw new AppError("conflict", { status: "decided_meanwhile" });
  return list;
}

/** What a disposed correspondence keeps of its content: its subject and addressees, nothing else. */
function destroyedContent(subject: string, precedence: string, marking: string, content: string) {
  const addressees = (JSON.parse(content) as { addressees?: unknown[] }).addressees ?? [];
  return JSON.stringify({
    subject,
    summary: "",
    precedence,
    marking,
    tags: [],
    countryTags: [],
    references: [],
    paragraphs: [],
    addressees,
    actionDeadline: null,
    note: null,
    email: null,
  });
}

/**
 * Approves a disposal list and destroys, in one transaction, the content of every record still
 * disposable (the others are withheld); the blobs no longer used are removed after commit.
 */
export async function approveDisposal(
  db: Kysely<DB>,
  subject: Subject,
  actor: Actor,
  id: string,
  comment: string,
  removeBlob: (sha256: string) => Promise<void>,
  now: Date = new Date(),
): Promise<DisposalListDetail> {
  requireArchivist(subject);
  const freedBlobs = await db.transaction().execute(async (trx) => {
    const list = await claimList(trx, subject, id, "approved", comment, now);
    const proposerName = (
      await trx
        .selectFrom("users")
        .select("display_name")
        .where("id", "=", list.proposed_by)
        .executeTakeFirstOrThrow()
    ).display_name;
    const approverName = (
      await trx
        .selectFrom("users")
        .select("display_name")
        .where("id", "=", subject.userId)
        .executeTakeFirstOrThrow()
    ).display_name;
    const items = await trx
      .selectFrom("disposal_list_items")
      .select("record_id")
      .where("list_id", "=", id)
      .execute();
    const itemIds = items.map((i) => i.record_id);
    const rows = await trx
      .selectFrom("records")
      .innerJoin("record_series as s", "s.id", "records.series_id")
      .innerJoin("correspondences as c", "c.id", "records.correspondence_id")
      .innerJoin("units as u", "u.id", "c.origin_unit_id")
      .select([
        "records.id",
        "records.correspondence_id",
        "records.captured_at",
        "records.retention_start_at",
        "records.due_at",
        "records.sha512",
        "s.code as series_code",
        "s.title as series_title",
        "c.kind",
        "c.reference",
        "c.subject",
        "c.marking",
        "c.precedence",
        "c.content",
        "c.dispatched_at",
        "u.name as unit_name",
      ])
      .where("records.id", "in", itemIds.length > 0 ? itemIds : ["-"])
      .where(disposable(now))
      .execute();
    const correspondenceIds = rows.map((r) => r.correspondence_id);
    const attachments =
      correspondenceIds.length > 0
        ? await trx
            .selectFrom("attachments")
            .select(["correspondence_id", "size", "sha256", "sha512"])
            .where("correspondence_id", "in", correspondenceIds)
            .orderBy("created_at")
            .orderBy("id")
            .execute()
        : [];
    const at = now.toISOString();
    const approval = {
      listId: id,
      proposedBy: proposerName,
      proposedAt: list.proposed_at,
      approvedBy: approverName,
      approvedAt: at,
    };
    for (const r of rows) {
      const trace: DisposalTrace = {
        recordId: r.id,
        reference: r.reference,
        title: r.subject,
        kind: r.kind,
        marking: r.marking,
        originUnit: r.unit_name,
        dispatchedAt: r.dispatched_at ?? r.captured_at,
        capturedAt: r.captured_at,
        series: { code: r.series_code, title: r.series_title },
        retentionStartAt: r.retention_start_at,
        dueAt: r.due_at,
        destroyedSha512: r.sha512,
        attachments: attachments
          .filter((a) => a.correspondence_id === r.correspondence_id)
          .map((a) => ({ size: a.size, sha512: a.sha512 })),
        approval,
      };
      const json = canonicalJson({ disposal: trace });
      await trx
        .updateTable("records")
        .set({
          canonical_json: json,
          sha512: createHash("sha512").update(json, "utf8").digest("hex"),
          status: "disposed",
          disposed_at: at,
        })
        .where("id", "=", r.id)
        .execute();
      const emptied = destroyedContent(r.subject, r.precedence, r.marking, r.content);
      await trx
        .updateTable("correspondences")
        .set({ content: emptied, updated_at: at })
        .where("id", "=", r.correspondence_id)
        .execute();
      await trx
        .updateTable("correspondence_versions")
        .set({ content: emptied })
        .where("correspondence_id", "=", r.correspondence_id)
        .execute();
      await trx
        .updateTable("disposal_list_items")
        .set({ outcome: "disposed", trace: json })
        .where("list_id", "=", id)
        .where("record_id", "=", r.id)
        .execute();
    }
    const disposedIds = new Set(rows.map((r) => r.id));
    const withheld = itemIds.filter((r) => !disposedIds.has(r));
    if (withheld.length > 0) {
      await trx
        .updateTable("disposal_list_items")
        .set({ outcome: "withheld" })
        .where("list_id", "=", id)
        .where("record_id", "in", withheld)
        .execute();
    }
    if (correspondenceIds.length > 0) {
      await trx
        .deleteFrom("attachments")
        .where("correspondence_id", "in", correspondenceIds)
        .execute();
    }
    await emit(trx, actor, {
      type: "disposal.approved",
      target: { type: "disposal_list", id },
      details: {
        comment,
        recordIds: [...disposedIds],
        correspondenceIds,
        withheldRecordIds: withheld,
        destroyedSha512: rows.map((r) => r.sha512),
      },
    });
    // Bytes still used by another attachment or a community file stay.
    const candidates = [...new Set(attachments.map((a) => a.sha256))];
    if (candidates.length === 0) return [];
    const stillUsed = new Set([
      ...(
        await trx
          .selectFrom("attachments")
          .select("sha256")
          .where("sha256", "in", candidates)
          .execute()
      ).map((r) => r.sha256),
      ...(
        await trx
          .selectFrom("community_file_versions")
          .select("sha256")
          .where("sha256", "in", candidates)
          .execute()
      ).map((r) => r.sha256),
    ]);
    return candidates.filter((c) => !stillUsed.has(c));
  });
  for (const sha256 of freedBlobs) await removeBlob(sha256);
  return getDisposalList(db, subject, id);
}

/** The certificate of an approved list; printing DR titles is a journaled read. */
export async function disposalCertificate(
  db: Kysely<DB>,
  subject: Subject,
  actor: Actor,
  id: string,
): Promise<Buffer> {
  const list = await getDisposalList(db, subject, id);
  if (list.status !== "approved") throw new AppError("conflict", { status: list.status });
  const protectedTitles = list.items.filter((i) => i.trace?.title && isProtected(i.trace.marking));
  if (protectedTitles.length > 0) {
    await journalOnly(db, actor, {
      type: "content.read",
      target: { type: "disposal_list", id },
      details: { certificate: true, recordIds: protectedTitles.map((i) => i.record.id) },
    });
  }
  return renderDisposalCertificate(list);
}
