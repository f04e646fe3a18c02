import { buffer } from "node:stream/consumers";
import type { Kysely } from "kysely";
import type {
  DecideQuarantineBody,
  QuarantineItem,
  QuarantinePage,
  QuarantineQuery,
} from "../../../shared/schemas/mail-inbound.js";
import type { DB } from "../../db/schema.js";
import { AppError, notFound } from "../../errors.js";
import { type Actor, emit } from "../../events/events.js";
import { decodeCursor, toPage } from "../../http/cursor.js";
import type { Subject } from "../../policy/subject.js";
import { todayUtc } from "../../policy/subject.js";
import type { FunctionalAddressee } from "../addresses.js";
import { findSenderAccount, listInboundAddressees } from "./inbound.repository.js";
import { dispatchReceived, type IngestContext } from "./ingest.service.js";
import { ParseFailure, parseMessage } from "./parse-message.js";
import { reviewableInbound } from "./quarantine.policy.js";
import { presentQuarantineItem } from "./quarantine.presenter.js";
import {
  findQuarantineRow,
  listQuarantineRows,
  loadAddresseeNames,
} from "./quarantine.repository.js";

/** The quarantine items the subject reviews, newest first, keyset-paginated. */
export async function listQuarantine(
  db: Kysely<DB>,
  subject: Subject,
  query: QuarantineQuery,
): Promise<QuarantinePage> {
  const after = decodeCursor(query.cursor, ["string", "string"] as const);
  const rows = await listQuarantineRows(db, reviewableInbound(subject), {
    status: query.status,
    after: after ? { receivedAt: after[0] ?? "", id: after[1] ?? "" } : null,
    limit: query.limit + 1,
  });
  const names = await loadAddresseeNames(
    db,
    rows.map((r) => r.id),
  );
  return toPage(
    rows,
    query.limit,
    (row) => presentQuarantineItem(row, names.get(row.id) ?? []),
    (row) => [row.received_at, row.id],
  );
}

async function loadItem(db: Kysely<DB>, subject: Subject, id: string): Promise<QuarantineItem> {
  const row = await findQuarantineRow(db, reviewableInbound(subject), id);
  if (!row) throw notFound();
  const names = await loadAddresseeNames(db, [id]);
  return presentQuarantineItem(row, names.get(id) ?? []);
}

/**
 * Accepts a quarantined message (it becomes the dispatched correspondence it would have been:
 * drafted by the sender's account if the sender is now known, otherwise registered by the
 * reviewer) or rejects it (kept, with who and why). Journaled either way; decided once.
 */
export async function decideQuarantine(
  ctx: IngestContext,
  subject: Subject,
  actor: Actor,
  id: string,
  body: DecideQuarantineBody,
  now: Date = new Date(),
): Promise<{ item: QuarantineItem; correspondenceId: string | null }> {
  const { db } = ctx;
  const visible = await findQuarantineRow(db, reviewableInbound(subject), id);
  if (!visible) throw notFound();
  if (visible.status !== "quarantined") throw new AppError("quarantine_decided");
  const at = now.toISOString();
  if (body.decision === "reject") {
    if (body.comment.trim() === "") {
      throw new AppError("invalid_input", [{ path: "/comment", problem: "required" }]);
    }
    await db.transaction().execute(async (trx) => {
      const result = await trx
        .updateTable("inbound_messages")
        .set({
          status: "rejected",
          decided_by: subject.userId,
          decided_at: at,
          decision_comment: body.comment.trim(),
        })
        .where("id", "=", id)
        .where("status", "=", "quarantined")
        .executeTakeFirst();
      if (Number(result.numUpdatedRows) !== 1) throw new AppError("quarantine_decided");
      await emit(trx, actor, {
        type: "mail.quarantine_rejected",
        target: { type: "inbound_message", id },
        details: {
          reason: visible.reason,
          comment: body.comment.trim(),
          emlSha512: visible.eml_sha512,
        },
      });
    });
    return { item: await loadItem(db, subject, id), correspondenceId: null };
  }

  const raw = await buffer(ctx.store.open(visible.eml_sha256));
  let parsed: Awaited<ReturnType<typeof parseMessage>>;
  try {
    parsed = await parseMessage(raw);
  } catch (error) {
    if (error instanceof ParseFailure) throw new AppError("conflict", { reason: "unparseable" });
    throw error;
  }
  if (parsed.marking === "classified") throw new AppError("classified_marking_refused");
  const addressees: { addressee: FunctionalAddressee; mode: "action" | "info" }[] = (
    await listInboundAddressees(db, id)
  ).map((a) => ({
    addressee: { type: a.addressee_type, id: a.addressee_id, localPart: "" },
    mode: a.mode,
  }));
  if (addressees.length === 0) throw new AppError("conflict", { reason: "no_addressee" });
  const sender = parsed.from
    ? await findSenderAccount(db, parsed.from.address, todayUtc(now))
    : null;
  const unitAddressee = addressees.find((a) => a.addressee.type === "unit");
  // An outside sender's message is registered by the unit it was addressed to.
  const originUnitId = sender?.unitId ?? unitAddressee?.addressee.id ?? subject.unitIds[0] ?? null;
  if (originUnitId === null) throw new AppError("conflict", { reason: "no_registering_unit" });
  const correspondenceId = await db.transaction().execute(async (trx) => {
    const claimed = await trx
      .updateTable("inbound_messages")
      .set({
        status: "accepted",
        decided_by: subject.userId,
        decided_at: at,
        decision_comment: body.comment.trim() || null,
        sender_user_id: sender?.id ?? null,
      })
      .where("id", "=", id)
      .where("status", "=", "quarantined")
      .executeTakeFirst();
    if (Number(claimed.numUpdatedRows) !== 1) throw new AppError("quarantine_decided");
    const dispatched = await dispatchReceived(
      trx,
      ctx.store,
      {
        id,
        raw,
        parsed,
        blob: { sha256: visible.eml_sha256, sha512: visible.eml_sha512, size: visible.eml_size },
        input: { raw, source: visible.source },
        at,
      },
      {
        drafterId: sender?.id ?? subject.userId,
        senderUserId: sender?.id ?? null,
        originUnitId,
        addressees,
        messageId: visible.message_id,
        actor,
      },
      id,
    );
    await trx
      .updateTable("inbound_messages")
      .set({ correspondence_id: dispatched.correspondenceId })
      .where("id", "=", id)
      .execute();
    await emit(trx, actor, {
      type: "mail.quarantine_accepted",
      target: { type: "inbound_message", id },
      details: {
        reason: visible.reason,
        correspondenceId: dispatched.correspondenceId,
        reference: dispatched.reference,
        emlSha512: visible.eml_sha512,
      },
    });
    return dispatched.correspondenceId;
  });
  return { item: await loadItem(db, subject, id), correspondenceId };
}
