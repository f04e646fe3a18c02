import { randomUUID } from "node:crypto";
import type { FastifyBaseLogger } from "fastify";
import type { Kysely } from "kysely";
import type { Config } from "../../config.js";
import type { DB, MailOutboxTable } from "../../db/schema.js";
import { type ComposedMail, composeMail, type PortalMailSettings } from "./mail-compose.js";
import {
  claimMail,
  listDueMail,
  listMailRecipients,
  settleMail,
} from "./mail-outbox.repository.js";
import { isPermanentRefusal, type MailTransport, smtpTransport } from "./mail-transport.js";
import { unsubscribeKey } from "./unsubscribe-token.js";

/** Rows a sender takes at once. */
const BATCH = 20;
/** How long a claim holds: far above the transport's timeouts. */
const LEASE_MS = 5 * 60_000;
/** First retry after a minute, then twice as long each time, never more than an hour apart. */
const FIRST_RETRY_MS = 60_000;
const RETRY_CAP_MS = 60 * 60_000;
/** A relay that refuses a message (5xx) this many times makes it `failed`, for administrators. */
export const MAX_REFUSALS = 5;
/** How often a process looks for due mail. */
const POLL_MS = 5_000;
const ERROR_KEPT = 1000;

export interface SendReport {
  sent: number;
  retried: number;
  failed: number;
}

/** The wait before the next attempt after `attempts` failed ones. */
export function retryDelayMs(attempts: number): number {
  return Math.min(FIRST_RETRY_MS * 2 ** Math.max(0, attempts - 1), RETRY_CAP_MS);
}

export const portalMailSettings = (config: Config): PortalMailSettings => ({
  publicUrl: config.publicUrl,
  mailFrom: config.mailFrom,
  mailDomain: config.mailDomain,
});

/**
 * Sends what is due in the outbox, batch after batch, until nothing due is left. Each row is
 * claimed first (two processes never send one row twice), rendered for its recipient as they
 * are now, and handed to the relay. A relay that cannot be reached or answers 4xx leaves the
 * row queued for a later attempt (back-off doubling to an hour): a message is never dropped
 * because the relay is down. A relay that refuses it (5xx) `MAX_REFUSALS` times, a recipient
 * whose account was disabled, or a payload that cannot be read marks it `failed`, with the
 * reason, for the administrators' outbox view.
 */
export async function sendQueuedMail(
  db: Kysely<DB>,
  transport: MailTransport,
  portal: PortalMailSettings,
  now: () => Date = () => new Date(),
): Promise<SendReport> {
  const report: SendReport = { sent: 0, retried: 0, failed: 0 };
  let key: Buffer | null = null;
  for (;;) {
    const at = now();
    const due = await listDueMail(db, at.toISOString(), BATCH);
    if (due.length === 0) return report;
    const token = randomUUID();
    const rows = await claimMail(
      db,
      due.map((d) => d.id),
      {
        token,
        at: at.toISOString(),
        until: new Date(at.getTime() + LEASE_MS).toISOString(),
      },
    );
    key ??= await unsubscribeKey(db);
    const recipients = new Map(
      (
        await listMailRecipients(
          db,
          rows.flatMap((r) => (r.user_id ? [r.user_id] : [])),
        )
      ).map((r) => [r.id, r]),
    );
    for (const row of rows) {
      const outcome = await sendOne(db, transport, portal, key, row, recipients, now());
      report[outcome] += 1;
    }
    if (due.length < BATCH) return report;
  }
}

async function sendOne(
  db: Kysely<DB>,
  transport: MailTransport,
  portal: PortalMailSettings,
  key: Buffer,
  row: MailOutboxTable,
  recipients: Map<string, Awaited<ReturnType<typeof listMailRecipients>>[number]>,
  at: Date,
): Promise<keyof SendReport> {
  const token = row.claim_token ?? "";
  const user = row.user_id ? recipients.get(row.user_id) : undefined;
  if (user && user.status !== "active") {
    await settleMail(db, row.id, token, {
      status: "failed",
      last_error: "recipient account disabled",
    });
    return "failed";
  }
  let mail: ComposedMail;
  try {
    mail = await composeMail(db, portal, key, row, {
      userId: user?.id ?? null,
      address: user ? (user.address ?? user.email) : row.to_address,
      locale: user?.locale ?? "fr",
    });
  } catch (error) {
    await settleMail(db, row.id, token, {
      status: "failed",
      last_error: `unreadable payload: ${describe(error)}`,
    });
    return "failed";
  }
  try {
    await transport.send(mail);
  } catch (error) {
    const attempts = row.attempts + 1;
    const refused = isPermanentRefusal(error);
    // Refusals are counted on the same `attempts`: a message refused after transient failures
    // gives up sooner, which is right, the relay has now seen it.
    const givesUp = refused && attempts >= MAX_REFUSALS;
    await settleMail(db, row.id, token, {
      attempts,
      last_error: describe(error),
      status: givesUp ? "failed" : "queued",
      next_attempt_at: new Date(at.getTime() + retryDelayMs(attempts)).toISOString(),
    });
    return givesUp ? "failed" : "retried";
  }
  await settleMail(db, row.id, token, {
    status: "sent",
    attempts: row.attempts + 1,
    sent_at: new Date().toISOString(),
    message_id: mail.messageId,
    to_address: mail.to,
    last_error: null,
  });
  return "sent";
}

const describe = (error: unknown) =>
  (error instanceof Error ? error.message : String(error)).slice(0, ERROR_KEPT);

/**
 * Starts the sender of a server process (when `SMTP_URL` is set): every few seconds it sends
 * what is due. Several processes may run it on one PostgreSQL. Returns the stopper.
 */
export function startMailSender(
  db: Kysely<DB>,
  config: Config & { smtpUrl: string },
  log: FastifyBaseLogger,
): () => void {
  const transport = smtpTransport(config.smtpUrl);
  const portal = portalMailSettings(config);
  let running = false;
  const tick = () => {
    if (running) return;
    running = true;
    sendQueuedMail(db, transport, portal)
      .then((report) => {
        if (report.retried + report.failed > 0) log.warn(report, "mail relay trouble");
      })
      .catch((error: unknown) => log.error({ err: error }, "mail sender failed"))
      .finally(() => {
        running = false;
      });
  };
  const timer = setInterval(tick, POLL_MS);
  timer.unref();
  return () => {
    clearInterval(timer);
    transport.close();
  };
}
