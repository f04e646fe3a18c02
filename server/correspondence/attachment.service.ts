import { randomUUID } from "node:crypto";
import type { Readable } from "node:stream";
import { fileTypeFromBuffer } from "file-type";
import type { Kysely } from "kysely";
import type { BlobStore } from "../blobs/blob-store.js";
import type { AttachmentTable, DB } from "../db/schema.js";
import { AppError, notFound } from "../errors.js";
import { type Actor, emit } from "../events/events.js";
import { journalProtectedRead } from "../journal/journal.service.js";
import type { Subject } from "../policy/subject.js";
import { findAttachment, insertAttachment } from "./attachment.repository.js";
import { canEditDraft, readableCorrespondence } from "./correspondence.policy.js";
import { findReadableCorrespondence, listEditorIds } from "./correspondence.repository.js";
import { findReadableOrStepUp } from "./step-up.js";

/*
 * Attachments are stored as they came, never opened, unpacked or rendered by the server: a zip
 * bomb stays a megabyte, a script in an SVG never runs here. Their type is sniffed from the
 * bytes; they are always served for download.
 */

// biome-ignore lint/suspicious/noControlCharactersInRegex: stripping them is the point.
const CONTROL_CHARS = /[\u0000-\u001F\u007F-\u009F]/g;

/** A file name stripped of any path, control characters and leading dots; never empty. */
export function safeFileName(raw: string): string {
  const base = raw.split(/[\\/]/).pop() ?? "";
  const cleaned = base
    .normalize("NFC")
    .replace(CONTROL_CHARS, "")
    .replace(/^[.\s]+/, "")
    .trim()
    .slice(0, 200);
  return cleaned.isWellFormed() && cleaned !== "" ? cleaned : "piece-jointe";
}

/** Content-Disposition for a download, with an ASCII fallback and the UTF-8 name (RFC 6266). */
export function attachmentDisposition(name: string): string {
  const ascii = name
    .normalize("NFKD")
    .replace(/[^\x20-\x7E]/g, "_")
    .replace(/["\\]/g, "_");
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

async function loadEditableDraft(db: Kysely<DB>, subject: Subject, correspondenceId: string) {
  const row = await findReadableOrStepUp(db, subject, correspondenceId);
  const editorIds = await listEditorIds(db, correspondenceId);
  if (!canEditDraft(subject, { state: row.state, drafterId: row.drafter_id, editorIds })) {
    throw new AppError("forbidden");
  }
  return row;
}

/** Adds a file to a draft: streamed into the blob store, typed by sniffing, journaled. */
export async function uploadAttachment(
  db: Kysely<DB>,
  store: BlobStore,
  subject: Subject,
  actor: Actor,
  correspondenceId: string,
  file: { filename: string; stream: Readable },
  maxBytes: number,
): Promise<AttachmentTable> {
  try {
    await loadEditableDraft(db, subject, correspondenceId);
  } catch (error) {
    file.stream.resume();
    throw error;
  }
  const blob = await store.put(file.stream, maxBytes);
  const sniffed = await fileTypeFromBuffer(blob.head);
  const row: AttachmentTable = {
    id: randomUUID(),
    correspondence_id: correspondenceId,
    name: safeFileName(file.filename),
    size: blob.size,
    content_type: sniffed?.mime ?? "application/octet-stream",
    sha256: blob.sha256,
    sha512: blob.sha512,
    uploaded_by: subject.userId,
    created_at: new Date().toISOString(),
  };
  await db.transaction().execute(async (trx) => {
    // Still a draft the uploader may edit: the upload may have taken a while.
    const current = await findReadableCorrespondence(
      trx,
      readableCorrespondence(subject),
      correspondenceId,
    );
    if (current?.state !== "draft") throw new AppError("conflict", { state: "not_a_draft" });
    await insertAttachment(trx, row);
    await emit(trx, actor, {
      type: "attachment.added",
      target: { type: "correspondence", id: correspondenceId },
      details: { attachmentId: row.id, name: row.name, size: row.size, sha512: row.sha512 },
    });
  });
  return row;
}

/** An attachment of a correspondence the user may read (404 otherwise); DR reads journaled. */
export async function openAttachment(
  db: Kysely<DB>,
  store: BlobStore,
  subject: Subject,
  actor: Actor,
  correspondenceId: string,
  attachmentId: string,
) {
  const row = await findReadableOrStepUp(db, subject, correspondenceId);
  const attachment = await findAttachment(db, correspondenceId, attachmentId);
  // Purged after a transfer to the archives: the row is a trace, the content is gone.
  if (!attachment || attachment.purged_at) throw notFound();
  await journalProtectedRead(db, actor, {
    type: "attachment",
    id: attachmentId,
    marking: row.marking,
  });
  return { attachment, stream: store.open(attachment.sha256) };
}
