import type { FastifyBaseLogger } from "fastify";
import type { Kysely } from "kysely";
import { SMTPServer, type SMTPServerDataStream, type SMTPServerSession } from "smtp-server";
import type { BlobStore } from "../../blobs/blob-store.js";
import type { DB } from "../../db/schema.js";
import { ensureMailAddresses, findFunctionalAddressees, splitAddress } from "../addresses.js";
import { findReplyToken, REPLY_TOKEN_PATTERN } from "../reply-address.js";
import { type IngestOutcome, ingestMessage } from "./ingest.service.js";
import { receiveReply } from "./reply.service.js";

/*
 * The portal's SMTP receiver (smtp-server). RCPT is accepted only for a functional address of
 * the configured domain or a live reply address, everything else is 550; the message is read
 * whole (up to the size limit), then handed to the ingest service, and only once it is stored
 * and committed does the client get 250 — a failure on our side answers 451, so the sending
 * server keeps the message and retries: nothing is dropped.
 */

export interface SmtpReceiverOptions {
  db: Kysely<DB>;
  store: BlobStore;
  mailDomain: string;
  port: number;
  host: string;
  maxBytes: number;
  /** Messages per sender address per minute before 451. */
  perSenderPerMinute: number;
  /** PEM key and certificate: STARTTLS is offered when both are set. */
  tls: { key: Buffer; cert: Buffer } | null;
  log: Pick<FastifyBaseLogger, "info" | "warn" | "error">;
}

export interface SmtpReceiver {
  port: number;
  close(): Promise<void>;
}

class SmtpError extends Error {
  constructor(
    message: string,
    readonly responseCode: number,
  ) {
    super(message);
  }
}

/** A fixed-window counter per key: enough to stop one sender from flooding the portal. */
function rateLimiter(perMinute: number) {
  const windows = new Map<string, { start: number; count: number }>();
  return (key: string, now = Date.now()): boolean => {
    const current = windows.get(key);
    if (!current || now - current.start >= 60_000) {
      if (windows.size > 10_000) windows.clear();
      windows.set(key, { start: now, count: 1 });
      return true;
    }
    current.count += 1;
    return current.count <= perMinute;
  };
}

async function readAll(stream: SMTPServerDataStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** Starts listening; resolves once the port is bound. */
export async function startSmtpReceiver(options: SmtpReceiverOptions): Promise<SmtpReceiver> {
  const { db, mailDomain, log } = options;
  await ensureMailAddresses(db);
  const allow = rateLimiter(options.perSenderPerMinute);

  const acceptsRecipient = async (address: string): Promise<boolean> => {
    const parts = splitAddress(address);
    if (!parts || parts.domain !== mailDomain) return false;
    if (REPLY_TOKEN_PATTERN.test(parts.local))
      return (await findReplyToken(db, parts.local)) !== null;
    if ((await findFunctionalAddressees(db, [parts.local])).size > 0) return true;
    // A unit or community created since the last look gets its address now.
    if ((await ensureMailAddresses(db)) === 0) return false;
    return (await findFunctionalAddressees(db, [parts.local])).size > 0;
  };

  const server = new SMTPServer({
    name: mailDomain,
    banner: "Diplomatie",
    size: options.maxBytes,
    authOptional: true,
    disabledCommands: options.tls ? ["AUTH"] : ["AUTH", "STARTTLS"],
    ...(options.tls ? { key: options.tls.key, cert: options.tls.cert } : {}),
    logger: false,
    onMailFrom(address, session, callback) {
      const key = address.address.toLowerCase() || `<>@${session.remoteAddress}`;
      if (!allow(key)) {
        callback(new SmtpError("4.7.1 Too many messages from this sender, try later", 451));
        return;
      }
      callback();
    },
    onRcptTo(address, _session, callback) {
      acceptsRecipient(address.address).then(
        (ok) => (ok ? callback() : callback(new SmtpError("5.1.1 No such recipient here", 550))),
        (error: unknown) => {
          log.error({ err: error }, "smtp: recipient look-up failed");
          callback(new SmtpError("4.3.0 Temporary failure, try later", 451));
        },
      );
    },
    onData(stream, session, callback) {
      receive(stream, session).then(
        (message) => callback(null, message),
        (error: unknown) => {
          if (error instanceof SmtpError) {
            callback(error);
            return;
          }
          log.error({ err: error }, "smtp: message could not be stored");
          callback(new SmtpError("4.3.0 Temporary failure, try later", 451));
        },
      );
    },
  });

  const receive = async (stream: SMTPServerDataStream, session: SMTPServerSession) => {
    const raw = await readAll(stream);
    if (stream.sizeExceeded) throw new SmtpError("5.3.4 Message too big", 552);
    const recipients = session.envelope.rcptTo.map((r) => r.address.toLowerCase());
    const replies = recipients.filter((r) =>
      REPLY_TOKEN_PATTERN.test(splitAddress(r)?.local ?? ""),
    );
    const functional = recipients.filter((r) => !replies.includes(r));
    const ip = session.remoteAddress ?? null;
    const answers: string[] = [];
    for (const reply of replies) {
      const outcome = await receiveReply(db, splitAddress(reply)?.local ?? "", raw, ip);
      if (outcome.outcome === "refused" && functional.length === 0 && replies.length === 1) {
        throw new SmtpError(`5.7.1 Reply not accepted (${outcome.reason})`, 550);
      }
      answers.push(
        outcome.outcome === "commented" ? "comment added" : `reply refused (${outcome.reason})`,
      );
    }
    if (functional.length > 0) {
      const mailFrom = session.envelope.mailFrom;
      const outcome: IngestOutcome = await ingestMessage(
        { db, store: options.store, mailDomain },
        {
          raw,
          source: "smtp",
          envelope: { from: mailFrom ? mailFrom.address : null, to: functional },
          ip,
        },
      );
      if (outcome.outcome === "refused") {
        throw new SmtpError("5.7.1 Classified markings are not accepted by this portal", 554);
      }
      log.info({ outcome: outcome.outcome, inbound: outcome.messageId }, "smtp: message received");
      answers.push(
        outcome.outcome === "accepted"
          ? `registered as ${outcome.reference}`
          : outcome.outcome === "quarantined"
            ? `held for review (${outcome.reason})`
            : "already received",
      );
    }
    return `OK ${answers.join("; ")}`;
  };

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, options.host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  server.on("error", (error) => log.warn({ err: error }, "smtp: connection error"));
  const bound = server.server.address();
  const port = typeof bound === "object" && bound !== null ? bound.port : options.port;
  log.info({ port, host: options.host }, "smtp: receiver listening");
  return {
    port,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
