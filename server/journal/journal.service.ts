import type { Kysely, Transaction } from "kysely";
import type { JournalEntry } from "../../shared/schemas/journal.js";
import type { Marking } from "../../shared/vocabulary.js";
import { dialectOf } from "../db/dialect.js";
import type { DB } from "../db/schema.js";
import type { Actor, DomainEvent } from "../events/events.js";
import { decodeCursor, toPage } from "../http/cursor.js";
import { isProtected } from "../policy/marking.policy.js";
import { canonicalJson, GENESIS_HASH, hashEntry } from "./journal.hash.js";
import {
  findJournalHead,
  insertJournalEntry,
  listJournalBatch,
  listJournalPage,
} from "./journal.repository.js";
import { lockJournalHead } from "./journal.sql.js";

/** Appends one entry to the hash chain, inside the caller's transaction. */
export async function appendToJournal(
  trx: Transaction<DB>,
  actor: Actor,
  event: DomainEvent,
  at: Date = new Date(),
): Promise<void> {
  const lock = lockJournalHead(dialectOf(trx));
  if (lock) await lock.execute(trx);
  const head = await findJournalHead(trx);
  const fields = {
    seq: (head?.seq ?? 0) + 1,
    at: at.toISOString(),
    actor_id: actor.userId,
    action: event.type,
    target_type: event.target?.type ?? null,
    target_id: event.target?.id ?? null,
    ip: actor.ip,
    details: canonicalJson(event.details ?? {}),
    prev_hash: head?.hash ?? GENESIS_HASH,
  };
  await insertJournalEntry(trx, { ...fields, hash: hashEntry(fields) });
}

/** Appends an entry in a transaction of its own (for events with no other write, like a read). */
export async function journalOnly(db: Kysely<DB>, actor: Actor, event: DomainEvent): Promise<void> {
  await db.transaction().execute((trx) => appendToJournal(trx, actor, event));
}

/**
 * Journals a read of protected content (DR, DR-SF); NP reads are not journaled. Every read path
 * of a content domain (page, API, export, archive) calls this after the policy allowed the read.
 */
export async function journalProtectedRead(
  db: Kysely<DB>,
  actor: Actor,
  content: { type: string; id: string; marking: Marking },
): Promise<void> {
  if (!isProtected(content.marking)) return;
  await journalOnly(db, actor, {
    type: "content.read",
    target: { type: content.type, id: content.id },
    details: { marking: content.marking },
  });
}

export type JournalVerification =
  | { ok: true; entries: number; headHash: string }
  | { ok: false; entries: number; brokenAt: number; reason: string };

/** Re-computes the whole chain in batches and reports the first broken link. */
export async function verifyJournal(
  db: Kysely<DB>,
  batchSize = 2000,
): Promise<JournalVerification> {
  let expectedSeq = 1;
  let prevHash = GENESIS_HASH;
  for (;;) {
    const batch = await listJournalBatch(db, expectedSeq - 1, batchSize);
    for (const row of batch) {
      const broken = (reason: string): JournalVerification => ({
        ok: false,
        entries: expectedSeq - 1,
        brokenAt: row.seq,
        reason,
      });
      if (row.seq !== expectedSeq) return broken(`entry ${expectedSeq} is missing`);
      if (row.prev_hash !== prevHash) return broken("does not point at the previous entry's hash");
      if (hashEntry(row) !== row.hash) return broken("its content does not match its hash");
      prevHash = row.hash;
      expectedSeq += 1;
    }
    if (batch.length < batchSize) return { ok: true, entries: expectedSeq - 1, headHash: prevHash };
  }
}

export interface JournalPageRequest {
  cursor?: string;
  limit: number;
  action?: string;
  actorId?: string;
  targetId?: string;
}

/** One page of the journal, newest first. */
export async function readJournalPage(db: Kysely<DB>, request: JournalPageRequest) {
  const [beforeSeq] = decodeCursor(request.cursor, ["number"]) ?? [];
  const rows = await listJournalPage(db, { ...request, beforeSeq });
  return toPage(rows, request.limit, presentJournalRow, (row) => [row.seq]);
}

function presentJournalRow(row: Awaited<ReturnType<typeof listJournalPage>>[number]): JournalEntry {
  return {
    seq: row.seq,
    at: row.at,
    actor: row.actor_id ? { id: row.actor_id, displayName: row.actor_name ?? "?" } : null,
    action: row.action,
    targetType: row.target_type,
    targetId: row.target_id,
    ip: row.ip,
    details: JSON.parse(row.details) as Record<string, unknown>,
    hash: row.hash,
  };
}
