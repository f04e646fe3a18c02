import { createHash, randomUUID } from "node:crypto";
import type { Kysely } from "kysely";
import type { BlobStore } from "../blobs/blob-store.js";
import type { DB } from "../db/schema.js";
import { emit } from "../events/events.js";
import { deliverNotifications } from "../notifications/delivery.js";
import { listArchivistIds } from "./archivists.js";

/*
 * Fixity: re-reads what the portal keeps for the long term and checks each SHA-512 recorded at
 * capture — the records' frozen canonical JSON (active or awaiting transfer; transferred and
 * disposed ones keep only a trace), the correspondence attachments not purged, and the
 * versions of community files. A run is journaled; a mismatch (or a missing file) is journaled
 * on its own and raises an alert notification to every archivist.
 */

export type FixityItemKind = "record" | "attachment" | "community_file_version";

export interface FixityFailure {
  kind: FixityItemKind;
  id: string;
  expected: string;
  /** The digest found now, or null when the file is missing. */
  found: string | null;
}

export interface FixityRunResult {
  id: string;
  checked: number;
  failures: FixityFailure[];
}

const BATCH = 500;
/** How many failures a run stores and journals in full. */
const FAILURES_KEPT = 100;
const SYSTEM = { userId: null, ip: null };

const sha512 = (text: string) => createHash("sha512").update(text, "utf8").digest("hex");

/** Runs one fixity pass over everything kept; `now` dates the run (tests pass their own). */
export async function runFixityCheck(
  db: Kysely<DB>,
  store: BlobStore,
  now: Date = new Date(),
): Promise<FixityRunResult> {
  const startedAt = now.toISOString();
  const failures: FixityFailure[] = [];
  let checked = 0;

  let after = "";
  for (;;) {
    const rows = await db
      .selectFrom("records")
      .select(["id", "canonical_json", "sha512"])
      .where("status", "in", ["active", "transferring"])
      .where("id", ">", after)
      .orderBy("id")
      .limit(BATCH)
      .execute();
    for (const row of rows) {
      const found = sha512(row.canonical_json);
      if (found !== row.sha512)
        failures.push({ kind: "record", id: row.id, expected: row.sha512, found });
    }
    checked += rows.length;
    if (rows.length < BATCH) break;
    after = rows[rows.length - 1]?.id ?? after;
  }

  const blobSources = [
    {
      kind: "attachment" as const,
      page: (afterId: string) =>
        db
          .selectFrom("attachments")
          .select(["id", "sha256", "sha512"])
          .where("purged_at", "is", null)
          .where("id", ">", afterId)
          .orderBy("id")
          .limit(BATCH)
          .execute(),
    },
    {
      kind: "community_file_version" as const,
      page: (afterId: string) =>
        db
          .selectFrom("community_file_versions")
          .select(["id", "sha256", "sha512"])
          .where("id", ">", afterId)
          .orderBy("id")
          .limit(BATCH)
          .execute(),
    },
  ];
  for (const source of blobSources) {
    let afterId = "";
    for (;;) {
      const rows = await source.page(afterId);
      for (const row of rows) {
        const digest = await store.digest(row.sha256);
        if (digest?.sha512 !== row.sha512) {
          failures.push({
            kind: source.kind,
            id: row.id,
            expected: row.sha512,
            found: digest?.sha512 ?? null,
          });
        }
      }
      checked += rows.length;
      if (rows.length < BATCH) break;
      afterId = rows[rows.length - 1]?.id ?? afterId;
    }
  }

  const id = randomUUID();
  const kept = failures.slice(0, FAILURES_KEPT);
  const finishedAt = new Date(Math.max(Date.now(), now.getTime())).toISOString();
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto("fixity_runs")
      .values({
        id,
        started_at: startedAt,
        finished_at: finishedAt,
        checked,
        failures: failures.length,
        details: JSON.stringify(kept),
      })
      .execute();
    await emit(trx, SYSTEM, {
      type: "fixity.checked",
      target: { type: "fixity_run", id },
      details: { checked, failures: failures.length },
    });
    if (failures.length === 0) return;
    await emit(trx, SYSTEM, {
      type: "fixity.mismatch",
      target: { type: "fixity_run", id },
      details: { failures: failures.length, items: kept },
    });
    const archivists = await listArchivistIds(trx);
    await deliverNotifications(
      trx,
      SYSTEM,
      archivists.map((userId) => ({
        userId,
        type: "alert" as const,
        reason: "fixity_mismatch" as const,
        target: { type: "fixity_run", id },
        groupKey: `fixity:${id}`,
        details: { failures: failures.length },
      })),
      now,
    );
  });
  return { id, checked, failures };
}

/** The most recent fixity run, or undefined before the first. */
export function findLastFixityRun(db: Kysely<DB>) {
  return db
    .selectFrom("fixity_runs")
    .selectAll()
    .orderBy("started_at", "desc")
    .orderBy("id", "desc")
    .limit(1)
    .executeTakeFirst();
}
