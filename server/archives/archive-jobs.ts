import type { FastifyBaseLogger } from "fastify";
import type { Kysely } from "kysely";
import type { BlobStore } from "../blobs/blob-store.js";
import type { DB } from "../db/schema.js";
import { findLastFixityRun, runFixityCheck } from "./fixity.service.js";
import { sealJournal } from "./journal-seals.service.js";

/** How often the archive clock looks whether a seal or a fixity run is due. */
const CHECK_MS = 15 * 60_000;
/** A fixity run re-reads everything: once a day. */
const FIXITY_EVERY_MS = 24 * 3_600_000;

/**
 * One tick of the archive jobs at `now`: seals the complete days of the journal not sealed yet,
 * and runs the fixity check when the last run is a day old (or there was none). Safe from
 * several processes: a day is sealed once; a second fixity run is merely redundant.
 */
export async function runArchiveJobs(
  db: Kysely<DB>,
  store: BlobStore,
  now: Date = new Date(),
): Promise<{ sealedDays: string[]; fixityRun: string | null }> {
  const sealedDays = await sealJournal(db, now);
  const last = await findLastFixityRun(db);
  const isDue = !last || now.getTime() - Date.parse(last.started_at) >= FIXITY_EVERY_MS;
  const fixityRun = isDue ? (await runFixityCheck(db, store, now)).id : null;
  return { sealedDays, fixityRun };
}

/** Starts the archive jobs of a server process (seals, fixity); returns the stopper. */
export function startArchiveJobs(
  db: Kysely<DB>,
  store: BlobStore,
  log: FastifyBaseLogger,
): () => void {
  let running = false;
  const tick = () => {
    if (running) return;
    running = true;
    runArchiveJobs(db, store)
      .then(({ sealedDays, fixityRun }) => {
        if (sealedDays.length > 0) log.info({ sealedDays }, "journal sealed");
        if (fixityRun) log.info({ fixityRun }, "fixity check done");
      })
      .catch((error: unknown) => log.error({ err: error }, "archive jobs failed"))
      .finally(() => {
        running = false;
      });
  };
  const first = setTimeout(tick, 30_000);
  const every = setInterval(tick, CHECK_MS);
  first.unref();
  every.unref();
  return () => {
    clearTimeout(first);
    clearInterval(every);
  };
}
