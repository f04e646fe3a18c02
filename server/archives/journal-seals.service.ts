import { createHash } from "node:crypto";
import type { Kysely } from "kysely";
import type { DB, JournalSealTable } from "../db/schema.js";
import { type Actor, emit } from "../events/events.js";
import { GENESIS_HASH, hashEntry } from "../journal/journal.hash.js";
import { inclusionProof, merkleRoot, type ProofStep, verifyInclusion } from "./merkle.js";

/*
 * Daily seals of the journal. Each UTC day's entries (by sequence: from the previous seal's last
 * entry to the last entry written before midnight) are summed in a Merkle root, and the seal
 * hashes that root with the previous seal's hash: a seal vouches for every day before it. A
 * forger who rewrites the hash chain from some entry on still cannot match the sealed roots.
 */

const DAY_MS = 86_400_000;
const dayOf = (at: Date) => at.toISOString().slice(0, 10);
const nextDay = (day: string) => dayOf(new Date(Date.parse(`${day}T00:00:00Z`) + DAY_MS));

type SealFields = Omit<JournalSealTable, "seal_hash" | "sealed_at">;

/** SHA-256 over the fields a seal vouches for, its predecessor's hash included. */
export function hashSeal(s: SealFields): string {
  const material = JSON.stringify([
    s.day,
    s.first_seq,
    s.last_seq,
    s.entry_count,
    s.merkle_root,
    s.prev_seal_hash,
  ]);
  return createHash("sha256").update(material, "utf8").digest("hex");
}

async function entryHashes(db: Kysely<DB>, firstSeq: number, lastSeq: number) {
  const rows = await db
    .selectFrom("journal")
    .select(["seq", "hash"])
    .where("seq", ">=", firstSeq)
    .where("seq", "<=", lastSeq)
    .orderBy("seq")
    .execute();
  return rows;
}

/**
 * Seals every complete UTC day before `now` that has no seal yet (from the journal's first day,
 * or the day after the last seal). Safe to run from several processes: a day is sealed once
 * (its primary key), a concurrent sealer's insert fails and is ignored. Returns the days sealed.
 */
export async function sealJournal(db: Kysely<DB>, now: Date = new Date()): Promise<string[]> {
  const today = dayOf(now);
  const sealed: string[] = [];
  for (;;) {
    const last = await db
      .selectFrom("journal_seals")
      .selectAll()
      .orderBy("day", "desc")
      .limit(1)
      .executeTakeFirst();
    let day: string;
    if (last) {
      day = nextDay(last.day);
    } else {
      const first = await db
        .selectFrom("journal")
        .select("at")
        .orderBy("seq")
        .limit(1)
        .executeTakeFirst();
      if (!first) return sealed;
      day = first.at.slice(0, 10);
    }
    if (day >= today) return sealed;
    const lastSealedSeq = await lastSealedSequence(db);
    const end = await db
      .selectFrom("journal")
      .select((eb) => eb.fn.max("seq").as("seq"))
      .where("seq", ">", lastSealedSeq)
      .where("at", "<", `${nextDay(day)}T00:00:00.000Z`)
      .executeTakeFirst();
    const lastSeq = end?.seq === null || end?.seq === undefined ? null : Number(end.seq);
    const hashes = lastSeq === null ? [] : await entryHashes(db, lastSealedSeq + 1, lastSeq);
    const fields: SealFields = {
      day,
      first_seq: lastSeq === null ? null : lastSealedSeq + 1,
      last_seq: lastSeq,
      entry_count: hashes.length,
      merkle_root: merkleRoot(hashes.map((h) => h.hash)),
      prev_seal_hash: last?.seal_hash ?? GENESIS_HASH,
    };
    const seal = { ...fields, seal_hash: hashSeal(fields), sealed_at: now.toISOString() };
    const inserted = await db
      .transaction()
      .execute(async (trx) => {
        await trx.insertInto("journal_seals").values(seal).execute();
        await emit(trx, { userId: null, ip: null } satisfies Actor, {
          type: "journal.sealed",
          target: { type: "journal_seal", id: day },
          details: {
            entries: seal.entry_count,
            merkleRoot: seal.merkle_root,
            sealHash: seal.seal_hash,
          },
        });
        return true;
      })
      .catch(async (error: unknown) => {
        // Another process sealed this day first: carry on from its seal.
        const exists = await db
          .selectFrom("journal_seals")
          .select("day")
          .where("day", "=", day)
          .executeTakeFirst();
        if (exists) return false;
        throw error;
      });
    if (inserted) sealed.push(day);
  }
}

async function lastSealedSequence(db: Kysely<DB>): Promise<number> {
  const row = await db
    .selectFrom("journal_seals")
    .select((eb) => eb.fn.max("last_seq").as("seq"))
    .executeTakeFirst();
  return row?.seq === null || row?.seq === undefined ? 0 : Number(row.seq);
}

export type SealVerification =
  | { ok: true; seals: number; lastDay: string | null }
  | { ok: false; seals: number; brokenDay: string; reason: string };

/**
 * Re-computes every seal from the journal as it is now: the chain of seal hashes, each day's
 * entry range, and its Merkle root over the entries' hashes re-computed from their content.
 */
export async function verifyJournalSeals(db: Kysely<DB>): Promise<SealVerification> {
  const seals = await db.selectFrom("journal_seals").selectAll().orderBy("day").execute();
  let prevHash = GENESIS_HASH;
  let nextSeq = 1;
  let checked = 0;
  for (const seal of seals) {
    const broken = (reason: string): SealVerification => ({
      ok: false,
      seals: checked,
      brokenDay: seal.day,
      reason,
    });
    if (seal.prev_seal_hash !== prevHash) return broken("does not point at the previous seal");
    if (hashSeal(seal) !== seal.seal_hash) return broken("its fields do not match its hash");
    if (seal.first_seq !== null && seal.last_seq !== null) {
      if (seal.first_seq !== nextSeq)
        return broken("its entries do not follow the previous seal's");
      // Leaves re-computed from each entry's content, not its stored hash: an edited row
      // breaks its day's root even if the hash chain were rebuilt around it.
      const rows = await db
        .selectFrom("journal")
        .selectAll()
        .where("seq", ">=", seal.first_seq)
        .where("seq", "<=", seal.last_seq)
        .orderBy("seq")
        .execute();
      if (rows.length !== seal.entry_count) return broken("entries are missing");
      if (merkleRoot(rows.map((r) => hashEntry(r))) !== seal.merkle_root) {
        return broken("the day's entries do not match its Merkle root");
      }
      nextSeq = seal.last_seq + 1;
    } else if (seal.entry_count !== 0) {
      return broken("an empty seal counts entries");
    }
    prevHash = seal.seal_hash;
    checked += 1;
  }
  return { ok: true, seals: checked, lastDay: seals.at(-1)?.day ?? null };
}

export interface EntryProof {
  entry: {
    seq: number;
    at: string;
    action: string;
    targetType: string | null;
    targetId: string | null;
    hash: string;
    /** The entry's hash re-computed from its fields now. */
    contentMatches: boolean;
  };
  seal: { day: string; merkleRoot: string; sealHash: string; prevSealHash: string };
  proof: ProofStep[];
  /** The proof leads from the entry's hash to the sealed root. */
  verified: boolean;
}

/**
 * Inclusion proofs of chosen journal entries in their day's seal, for an auditor to check
 * outside the portal. Entries not yet sealed (today's) are left out.
 */
export async function journalProofs(
  db: Kysely<DB>,
  seqs: readonly number[],
): Promise<EntryProof[]> {
  const proofs: EntryProof[] = [];
  for (const seq of [...new Set(seqs)].sort((a, b) => a - b)) {
    const seal = await db
      .selectFrom("journal_seals")
      .selectAll()
      .where("first_seq", "<=", seq)
      .where("last_seq", ">=", seq)
      .executeTakeFirst();
    if (!seal || seal.first_seq === null || seal.last_seq === null) continue;
    const entry = await db
      .selectFrom("journal")
      .selectAll()
      .where("seq", "=", seq)
      .executeTakeFirst();
    if (!entry) continue;
    const leaves = (await entryHashes(db, seal.first_seq, seal.last_seq)).map((r) => r.hash);
    const proof = inclusionProof(leaves, seq - seal.first_seq);
    proofs.push({
      entry: {
        seq: entry.seq,
        at: entry.at,
        action: entry.action,
        targetType: entry.target_type,
        targetId: entry.target_id,
        hash: entry.hash,
        contentMatches: hashEntry(entry) === entry.hash,
      },
      seal: {
        day: seal.day,
        merkleRoot: seal.merkle_root,
        sealHash: seal.seal_hash,
        prevSealHash: seal.prev_seal_hash,
      },
      proof,
      verified: verifyInclusion(entry.hash, proof, seal.merkle_root),
    });
  }
  return proofs;
}

/** The latest seals, newest first. */
export function listJournalSeals(db: Kysely<DB>, limit: number) {
  return db.selectFrom("journal_seals").selectAll().orderBy("day", "desc").limit(limit).execute();
}
