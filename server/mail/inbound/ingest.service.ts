import { createHash, randomUUID } from "node:crypto";
import { Readable } from "node:stream";
import type { Kysely, Transaction } from "kysely";
import { z } from "zod";
import type { DraftContent } from "../../../shared/schemas/correspondence.js";
import type { InboundReason, Marking, Precedence } from "../../../shared/vocabulary.js";
import type { BlobStore } from "../../blobs/blob-store.js";
import { insertAttachment } from "../../correspondence/attachment.repository.js";
import {
  insertDistributions,
  insertRecord,
  takeReferenceNumber,
} from "../../correspondence/circuit.repository.js";
import {
  findReadableCorrespondence,
  insertCorrespondence,
  insertVersion,
} from "../../correspondence/correspondence.repository.js";
import type { CheckedContent } from "../../correspondence/correspondence.rules.js";
import {
  distributionRows,
  formatReference,
  recordCopy,
  referencePrefix,
} from "../../correspondence/dispatch.service.js";
import type { AttachmentTable, DB, InboundMessageAddresseeTable } from "../../db/schema.js";
import { type Actor, emit } from "../../events/events.js";
import { canonicalJson } from "../../journal/journal.hash.js";
import { todayUtc } from "../../policy/subject.js";
import { type FunctionalAddressee, findFunctionalAddressees, splitAddress } from "../addresses.js";
import {
  findCommunityUnits,
  findSenderAccount,
  findTakenMessage,
  findThreadCorrespondenceIds,
  insertInboundAddressees,
  insertInboundMessage,
  listInboundAddressees,
} from "./inbound.repository.js";
import {
  type ParsedMessage,
  ParseFailure,
  parseMessage,
  subjectWithoutMarking,
} from "./parse-message.js";

/*
 * One received message, from SMTP or an import, becomes exactly one of: a dispatched
 * `formal_email` correspondence (a known sender writing to known addressees), a quarantined item
 * with its reason (unknown sender, no known addressee, unreadable, a Message-ID reused by a
 * different message), a duplicate of a message already taken (same bytes, or same Message-ID
 * and bytes), or a refusal (a classified marking: never stored). The original bytes go to the
 * blob store first; the rows, the dispatch and the journal are one transaction.
 */

type Handle = Kysely<DB> | Transaction<DB>;

export interface IngestInput {
  raw: Buffer;
  source: "smtp" | "import";
  /** SMTP only: MAIL FROM and the accepted RCPT TO addresses. */
  envelope?: { from: string | null; to: string[] };
  /** Where it came from, for the journal (the SMTP client's address). */
  ip?: string | null;
}

export type IngestOutcome =
  | { outcome: "accepted"; messageId: string; correspondenceId: string; reference: string }
  | { outcome: "quarantined"; messageId: string; reason: InboundReason; detail: string | null }
  | { outcome: "duplicate"; messageId: string }
  | { outcome: "refused"; reason: "classified_marking" };

export interface IngestContext {
  db: Kysely<DB>;
  store: BlobStore;
  mailDomain: string;
}

const MAX_PARAGRAPHS = 300;
const MAX_PARAGRAPH = 20_000;
const MAX_SUBJECT = 300;
const EXCERPT = 2_000;
const MAX_HEADER_ADDRESSES = 50;
// biome-ignore lint/suspicious/noControlCharactersInRegex: stripping them is the point.
const CONTROL_EXCEPT_WHITESPACE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;
const EmailAddress = z.email().max(254);
/** The name of the original message among a received correspondence's attachments. */
export const ORIGINAL_NAME = "message-original.eml";

/** The body as numbered paragraphs: blank-line separated, long ones cut, at most 300. */
export function paragraphsOf(text: string): string[] {
  const cleaned = text
    .replace(/\r\n?/g, "\n")
    .replace(CONTROL_EXCEPT_WHITESPACE, "")
    .toWellFormed();
  const blocks = cleaned
    .split(/\n\s*\n/)
    .map((b) => b.trim())
    .filter((b) => b !== "");
  const pieces: string[] = [];
  for (const block of blocks) {
    for (let i = 0; i < block.length; i += MAX_PARAGRAPH) {
      pieces.push(block.slice(i, i + MAX_PARAGRAPH));
    }
  }
  if (pieces.length <= MAX_PARAGRAPHS) return pieces;
  // The rest stays in the original .eml, which is the record; the last paragraph says so.
  return [...pieces.slice(0, MAX_PARAGRAPHS - 1), "[…] (suite dans le message original .eml)"];
}

function cleanSubject(subject: string): string {
  const cleaned = subjectWithoutMarking(subject)
    .replace(CONTROL_EXCEPT_WHITESPACE, "")
    .replace(/\s+/g, " ")
    .trim()
    .toWellFormed()
    .slice(0, MAX_SUBJECT);
  return cleaned === "" ? "(sans objet)" : cleaned;
}

function precedenceOf(raw: Buffer): Precedence {
  // Importance: high / X-Priority: 1 or 2 make a « priority » e-mail; nothing else is inferred.
  const head = raw.subarray(0, 64 * 1024).toString("latin1");
  const end = head.search(/\r?\n\r?\n/);
  const headers = end === -1 ? head : head.slice(0, end);
  if (/^importance:\s*high/im.test(headers) || /^x-priority:\s*[12]\b/im.test(headers)) {
    return "priority";
  }
  return "routine";
}

/**
 * The portal's addressees a message names: functional addresses in To are for action, in Cc for
 * information; an envelope recipient the headers do not show (Bcc) is for action.
 */
async function addresseesOf(
  db: Handle,
  mailDomain: string,
  headers: { to: string[]; cc: string[] },
  envelopeTo: readonly string[],
): Promise<{ addressee: FunctionalAddressee; mode: "action" | "info" }[]> {
  const ours = (addresses: readonly string[]) =>
    addresses.flatMap((a) => {
      const parts = splitAddress(a);
      return parts && parts.domain === mailDomain ? [parts.local] : [];
    });
  const to = ours(headers.to);
  const cc = ours(headers.cc);
  const bcc = ours(envelopeTo).filter((l) => !to.includes(l) && !cc.includes(l));
  const found = await findFunctionalAddressees(db, [...to, ...cc, ...bcc]);
  const result = new Map<string, { addressee: FunctionalAddressee; mode: "action" | "info" }>();
  for (const local of [...to, ...bcc]) {
    const addressee = found.get(local);
    if (addressee) result.set(local, { addressee, mode: "action" });
  }
  for (const local of cc) {
    const addressee = found.get(local);
    if (addressee && !result.has(local)) result.set(local, { addressee, mode: "info" });
  }
  return [...result.values()];
}

/** The facts the portal keeps about a message whatever becomes of it. */
export interface Reception {
  id: string;
  raw: Buffer;
  parsed: ParsedMessage | null;
  blob: { sha256: string; sha512: string; size: number };
  input: IngestInput;
  at: string;
}

function inboundRow(
  r: Reception,
  fields: {
    status: "accepted" | "quarantined";
    reason: InboundReason | null;
    messageId: string | null;
    correspondenceId: string | null;
    senderUserId: string | null;
  },
) {
  return {
    id: r.id,
    message_id: fields.messageId,
    header_message_id: r.parsed?.messageId ?? null,
    status: fields.status,
    reason: fields.reason,
    source: r.input.source,
    correspondence_id: fields.correspondenceId,
    from_address: r.parsed?.from?.address.slice(0, 254) ?? null,
    from_name: r.parsed?.from?.name.slice(0, 200) ?? null,
    sender_user_id: fields.senderUserId,
    subject: r.parsed ? cleanSubject(r.parsed.subject) : "(illisible)",
    in_reply_to: r.parsed?.inReplyTo ?? null,
    references_json: JSON.stringify(r.parsed?.references ?? []),
    envelope_from: r.input.envelope?.from ?? null,
    envelope_to_json: r.input.envelope ? JSON.stringify(r.input.envelope.to) : null,
    html_body: r.parsed?.html ?? null,
    excerpt: paragraphsOf(r.parsed?.text.slice(0, EXCERPT * 2) ?? "")
      .join("\n\n")
      .slice(0, EXCERPT),
    eml_sha256: r.blob.sha256,
    eml_sha512: r.blob.sha512,
    eml_size: r.blob.size,
    received_at: r.at,
    decided_by: null,
    decided_at: null,
    decision_comment: null,
  };
}

async function quarantine(
  db: Kysely<DB>,
  r: Reception,
  reason: InboundReason,
  detail: string | null,
  addressees: { addressee: FunctionalAddressee; mode: "action" | "info" }[],
  messageId: string | null,
): Promise<IngestOutcome> {
  await db.transaction().execute(async (trx) => {
    await insertInboundMessage(
      trx,
      inboundRow(r, {
        status: "quarantined",
        reason,
        messageId,
        correspondenceId: null,
        senderUserId: null,
      }),
    );
    await insertInboundAddressees(trx, addresseeRows(r.id, addressees));
    await emit(
      trx,
      { userId: null, ip: r.input.ip ?? null },
      {
        type: "mail.quarantined",
        target: { type: "inbound_message", id: r.id },
        details: {
          reason,
          detail,
          source: r.input.source,
          messageId: r.parsed?.messageId ?? null,
          emlSha512: r.blob.sha512,
        },
      },
    );
  });
  return { outcome: "quarantined", messageId: r.id, reason, detail };
}

function addresseeRows(
  messageId: string,
  addressees: { addressee: FunctionalAddressee; mode: "action" | "info" }[],
): InboundMessageAddresseeTable[] {
  return addressees.map((a) => ({
    message_id: messageId,
    addressee_type: a.addressee.type,
    addressee_id: a.addressee.id,
    mode: a.mode,
  }));
}

/** Receives one message: stored, then dispatched or quarantined, or found to be a duplicate. */
export async function ingestMessage(
  ctx: IngestContext,
  input: IngestInput,
  now: Date = new Date(),
): Promise<IngestOutcome> {
  let parsed: ParsedMessage | null = null;
  let failure: string | null = null;
  try {
    parsed = await parseMessage(input.raw);
  } catch (error) {
    if (!(error instanceof ParseFailure)) throw error;
    failure = error.message;
  }
  // A classified marking is refused before anything is written: such mail has no place here.
  if (parsed?.marking === "classified") return { outcome: "refused", reason: "classified_marking" };

  const sha256 = createHash("sha256").update(input.raw).digest("hex");
  const taken = await findTakenMessage(ctx.db, {
    messageId: parsed?.messageId ?? null,
    emlSha256: sha256,
  });
  if (taken?.kind === "same_bytes") return { outcome: "duplicate", messageId: taken.row.id };

  const blob = await ctx.store.put(Readable.from([input.raw]), Number.MAX_SAFE_INTEGER);
  const reception: Reception = {
    id: randomUUID(),
    raw: input.raw,
    parsed,
    blob,
    input,
    at: now.toISOString(),
  };
  const envelopeTo = input.envelope?.to ?? [];
  if (parsed === null) {
    const addressees = await addresseesOf(ctx.db, ctx.mailDomain, { to: [], cc: [] }, envelopeTo);
    return quarantine(ctx.db, reception, "unparseable", failure, addressees, null);
  }
  const addressees = await addresseesOf(
    ctx.db,
    ctx.mailDomain,
    { to: parsed.to.map((a) => a.address), cc: parsed.cc.map((a) => a.address) },
    envelopeTo,
  );
  if (taken?.kind === "same_message_id") {
    // Another message already holds this Message-ID: a reviewer tells a resend from a forgery.
    return quarantine(ctx.db, reception, "message_id_reused", parsed.messageId, addressees, null);
  }
  const messageId = parsed.messageId;
  if (addressees.length === 0) {
    return quarantine(ctx.db, reception, "no_known_addressee", null, addressees, messageId);
  }
  const sender = parsed.from
    ? await findSenderAccount(ctx.db, parsed.from.address, todayUtc(now))
    : null;
  if (!sender) {
    return quarantine(
      ctx.db,
      reception,
      "unknown_sender",
      parsed.from?.address ?? null,
      addressees,
      messageId,
    );
  }
  const originUnitId = await registeringUnit(ctx.db, sender.unitId, addressees);
  if (originUnitId === null) {
    return quarantine(ctx.db, reception, "no_registering_unit", null, addressees, messageId);
  }
  const accepted = await ctx.db.transaction().execute((trx) =>
    dispatchReceived(trx, ctx.store, reception, {
      drafterId: sender.id,
      senderUserId: sender.id,
      originUnitId,
      addressees,
      messageId,
      actor: { userId: sender.id, ip: input.ip ?? null },
    }),
  );
  return { outcome: "accepted", messageId: reception.id, ...accepted };
}

/** The unit that numbers a received message: the sender's, else the first addressed unit. */
async function registeringUnit(
  db: Handle,
  senderUnitId: string | null,
  addressees: { addressee: FunctionalAddressee; mode: "action" | "info" }[],
): Promise<string | null> {
  if (senderUnitId !== null) return senderUnitId;
  const unit = addressees.find((a) => a.addressee.type === "unit");
  if (unit) return unit.addressee.id;
  const units = await findCommunityUnits(
    db,
    addressees.map((a) => a.addressee.id),
  );
  return units.values().next().value ?? null;
}

/**
 * Writes the correspondence of a received message, already dispatched: version 1, the
 * reference number of the registering unit, the distributions, the attachments, the frozen
 * record (which names the .eml and its SHA-512), and `correspondence.dispatched` so the journal,
 * the search index and the notifications follow as for a signed document.
 */
async function dispatchReceived(
  trx: Transaction<DB>,
  store: BlobStore,
  r: Reception,
  who: {
    drafterId: string;
    /** The sender's account, when the sender is a portal user. */
    senderUserId: string | null;
    originUnitId: string;
    addressees: { addressee: FunctionalAddressee; mode: "action" | "info" }[];
    messageId: string | null;
    actor: Actor;
  },
  existingInboundId: string | null = null,
): Promise<{ correspondenceId: string; reference: string }> {
  const parsed = r.parsed;
  if (parsed === null) throw new Error("dispatchReceived needs a parsed message");
  const id = randomUUID();
  const at = r.at;
  const marking: Marking =
    parsed.marking === null || parsed.marking === "classified" ? "NP" : parsed.marking;
  const thread = await findThreadCorrespondenceIds(trx, [
    ...(parsed.inReplyTo ? [parsed.inReplyTo] : []),
    ...parsed.references,
  ]);
  const headerAddresses = (list: { address: string }[]) =>
    list
      .map((a) => a.address)
      .filter((a) => EmailAddress.safeParse(a).success)
      .slice(0, MAX_HEADER_ADDRESSES);
  const content: CheckedContent = {
    subject: cleanSubject(parsed.subject),
    summary: "",
    precedence: precedenceOf(r.raw),
    marking,
    tags: [],
    countryTags: [],
    references: thread.slice(0, 30),
    paragraphs: paragraphsOf(parsed.text).map((text) => ({ marking, text })),
    addressees: [
      ...who.addressees.filter((a) => a.mode === "action"),
      ...who.addressees.filter((a) => a.mode === "info"),
    ].map((a) => ({ type: a.addressee.type, id: a.addressee.id, mode: a.mode })),
    actionDeadline: null,
    note: null,
    email: { to: headerAddresses(parsed.to), cc: headerAddresses(parsed.cc) },
  } satisfies Omit<DraftContent, "marking" | "paragraphs"> &
    Pick<CheckedContent, "marking" | "paragraphs">;
  const json = canonicalJson(content);
  const unit = await trx
    .selectFrom("units")
    .select(["kind", "city", "short_name"])
    .where("id", "=", who.originUnitId)
    .executeTakeFirstOrThrow();
  const prefix = referencePrefix(unit);
  const year = new Date(at).getUTCFullYear();
  const reference = formatReference(prefix, year, await takeReferenceNumber(trx, { prefix, year }));
  await insertCorrespondence(trx, {
    id,
    kind: "formal_email",
    state: "dispatched",
    origin_unit_id: who.originUnitId,
    drafter_id: who.drafterId,
    subject: content.subject,
    precedence: content.precedence,
    marking,
    version: 1,
    content: json,
    reference,
    created_at: at,
    updated_at: at,
    dispatched_at: at,
  });
  await insertVersion(trx, {
    correspondence_id: id,
    version: 1,
    author_id: who.drafterId,
    content: json,
    created_at: at,
  });
  const attachments: AttachmentTable[] = [];
  // The original message is an attachment, so whoever reads the document can download
  // the .eml (through the attachment's read rule) and check it against the record's SHA-512.
  const original: AttachmentTable = {
    id: randomUUID(),
    correspondence_id: id,
    name: ORIGINAL_NAME,
    size: r.blob.size,
    content_type: "message/rfc822",
    sha256: r.blob.sha256,
    sha512: r.blob.sha512,
    uploaded_by: who.drafterId,
    created_at: at,
  };
  await insertAttachment(trx, original);
  attachments.push(original);
  for (const attachment of parsed.attachments) {
    const blob = await store.put(Readable.from([attachment.content]), Number.MAX_SAFE_INTEGER);
    const row: AttachmentTable = {
      id: randomUUID(),
      correspondence_id: id,
      name: attachment.name,
      size: blob.size,
      content_type: attachment.contentType,
      sha256: blob.sha256,
      sha512: blob.sha512,
      uploaded_by: who.drafterId,
      created_at: at,
    };
    await insertAttachment(trx, row);
    attachments.push(row);
  }
  const distributions = distributionRows(id, content, at);
  await insertDistributions(trx, distributions);
  const row = await findReadableCorrespondence(trx, (eb) => eb.lit(true), id);
  if (!row) throw new Error("the received correspondence vanished in its own transaction");
  const record = {
    ...recordCopy(row, content, { reference, at }, [], attachments),
    email: {
      messageId: parsed.messageId,
      from: parsed.from,
      inReplyTo: parsed.inReplyTo,
      references: parsed.references,
      source: r.input.source,
      envelope: r.input.envelope ?? null,
      original: { sha256: r.blob.sha256, sha512: r.blob.sha512, size: r.blob.size },
    },
  };
  const recordJson = canonicalJson(record);
  const recordSha512 = createHash("sha512").update(recordJson, "utf8").digest("hex");
  await insertRecord(trx, {
    id: randomUUID(),
    correspondence_id: id,
    captured_at: at,
    canonical_json: recordJson,
    sha512: recordSha512,
  });
  if (existingInboundId === null) {
    await insertInboundMessage(
      trx,
      inboundRow(r, {
        status: "accepted",
        reason: null,
        messageId: who.messageId,
        correspondenceId: id,
        senderUserId: who.senderUserId,
      }),
    );
    await insertInboundAddressees(trx, addresseeRows(r.id, who.addressees));
  }
  const actionCount = distributions.filter((d) => d.mode === "action").length;
  await emit(trx, who.actor, {
    type: "correspondence.dispatched",
    target: { type: "correspondence", id },
    details: {
      reference,
      marking,
      signatureStepId: null,
      distributions: distributions.length,
      action: actionCount,
      info: distributions.length - actionCount,
      excludedMemberIds: [],
      recordSha512,
      receivedBy: r.input.source,
      inboundMessageId: r.id,
      emlSha512: r.blob.sha512,
    },
  });
  return { correspondenceId: id, reference };
}

export { dispatchReceived, listInboundAddressees };
