import type { FastifyBaseLogger } from "fastify";
import type { Kysely } from "kysely";
import type { Config } from "../config.js";
import type { DB } from "../db/schema.js";
import { todayUtc } from "../policy/subject.js";
import { raiseDeadlineAlerts } from "./deadline-alerts.job.js";
import { queueDigests } from "./digest.job.js";

/** How often the digest clock looks whether a digest is due. */
const DIGEST_CHECK_MS = 5 * 60_000;

/**
 * Starts the periodic notification jobs of a server process: passed-deadline alerts every
 * `deadlineAlertIntervalSeconds`, and at `digestHourUtc` the daily digests (weekly ones on
 * Mondays). Both jobs are safe to run from several processes at once. Returns the stopper.
 */
export function startNotificationJobs(
  db: Kysely<DB>,
  config: Config,
  log: FastifyBaseLogger,
): () => void {
  let lastDigestDay: string | null = null;
  const alertDeadlines = () => {
    raiseDeadlineAlerts(db).catch((error: unknown) =>
      log.error({ err: error }, "deadline alerts failed"),
    );
  };
  // A first pass soon after start-up, then at the configured interval.
  const firstPass = setTimeout(alertDeadlines, 10_000);
  const deadlines = setInterval(alertDeadlines, config.deadlineAlertIntervalSeconds * 1000);
  const digests = setInterval(() => {
    const now = new Date();
    const today = todayUtc(now);
    if (now.getUTCHours() !== config.digestHourUtc || lastDigestDay === today) return;
    lastDigestDay = today;
    const isMonday = now.getUTCDay() === 1;
    queueDigests(db, "daily", now)
      .then(() => (isMonday ? queueDigests(db, "weekly", now) : 0))
      .catch((error: unknown) => log.error({ err: error }, "digests failed"));
  }, DIGEST_CHECK_MS);
  firstPass.unref();
  deadlines.unref();
  digests.unref();
  return () => {
    clearTimeout(firstPass);
    clearInterval(deadlines);
    clearInterval(digests);
  };
}
