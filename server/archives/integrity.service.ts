import type { Kysely } from "kysely";
import type { FixityRun, IntegrityStatus, JournalProofs } from "../../shared/schemas/archives.js";
import type { BlobStore } from "../blobs/blob-store.js";
import type { DB, FixityRunTable, JournalSealTable } from "../db/schema.js";
import { AppError } from "../errors.js";
import { can } from "../policy/policy.js";
import type { Subject } from "../policy/subject.js";
import { requireArchivist } from "./archivists.js";
import { findLastFixityRun, runFixityCheck } from "./fixity.service.js";
import { journalProofs, listJournalSeals, verifyJournalSeals } from "./journal-seals.service.js";

/* What the « Intégrité » page shows: the last fixity run and the journal's seals. */

function presentRun(row: FixityRunTable): FixityRun {
  return {
    id: row.id,
    startedAt: row.started_at,
    finishedAt: row.finished_at,
    checked: row.checked,
    failures: row.failures,
    items: JSON.parse(row.details) as FixityRun["items"],
  };
}

const presentSeal = (s: JournalSealTable) => ({
  day: s.day,
  firstSeq: s.first_seq,
  lastSeq: s.last_seq,
  entryCount: s.entry_count,
  merkleRoot: s.merkle_root,
  prevSealHash: s.prev_seal_hash,
  sealHash: s.seal_hash,
  sealedAt: s.sealed_at,
});

/** The last fixity run, the latest 30 seals and whether every seal still verifies. */
export async function getIntegrityStatus(
  db: Kysely<DB>,
  subject: Subject,
): Promise<IntegrityStatus> {
  requireArchivist(subject);
  const [run, seals, verification] = await Promise.all([
    findLastFixityRun(db),
    listJournalSeals(db, 30),
    verifyJournalSeals(db),
  ]);
  return {
    lastFixityRun: run ? presentRun(run) : null,
    seals: seals.map(presentSeal),
    sealsVerified: verification.ok
      ? { ok: true, seals: verification.seals, brokenDay: null, reason: null }
      : {
          ok: false,
          seals: verification.seals,
          brokenDay: verification.brokenDay,
          reason: verification.reason,
        },
  };
}

/** Inclusion proofs for auditors: whoever may read the journal (administrators, archivists). */
export async function exportJournalProofs(
  db: Kysely<DB>,
  subject: Subject,
  seqs: readonly number[],
): Promise<JournalProofs> {
  if (!can(subject, "read_journal", { type: "platform" })) throw new AppError("not_found");
  return { items: await journalProofs(db, seqs) };
}

/** Runs the fixity check at an archivist's request and answers its result. */
export async function runFixityNow(
  db: Kysely<DB>,
  store: BlobStore,
  subject: Subject,
): Promise<FixityRun> {
  requireArchivist(subject);
  const { id } = await runFixityCheck(db, store);
  const row = await db
    .selectFrom("fixity_runs")
    .selectAll()
    .where("id", "=", id)
    .executeTakeFirstOrThrow();
  return presentRun(row);
}
