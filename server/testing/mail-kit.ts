import type { AddressInfo } from "node:net";
import type { Kysely } from "kysely";
import { type ParsedMail, simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";
import type { Config } from "../config.js";
import type { DB, MailOutboxTable } from "../db/schema.js";
import { type ComposedMail, composeMail } from "../mail/outbound/mail-compose.js";
import { listMailRecipients } from "../mail/outbound/mail-outbox.repository.js";
import { portalMailSettings } from "../mail/outbound/mail-sender.job.js";
import { unsubscribeKey } from "../mail/outbound/unsubscribe-token.js";

/* A real SMTP sink on loopback for the mail gateway's tests, and the renderer at hand. */

export interface ReceivedMail {
  envelopeTo: string[];
  raw: string;
  parsed: ParsedMail;
}

export interface SmtpSink {
  /** smtp://127.0.0.1:<port> */
  url: string;
  port: number;
  received: ReceivedMail[];
  /** Until `accept()`, every message is refused with this SMTP reply (e.g. 550). */
  refuse(code: number, message: string): void;
  accept(): void;
  /** Closes the listener: the relay is down (connections refused) until `start()`. */
  stop(): Promise<void>;
  start(): Promise<void>;
}

/** Starts an SMTP server on a free loopback port (the same port across stop/start). */
export async function startSmtpSink(): Promise<SmtpSink> {
  const received: ReceivedMail[] = [];
  let refusal: { code: number; message: string } | null = null;
  let port = 0;
  let server: SMTPServer | null = null;
  const listen = () =>
    new Promise<void>((resolve, reject) => {
      const s = new SMTPServer({
        authOptional: true,
        disabledCommands: ["STARTTLS", "AUTH"],
        logger: false,
        // No reverse DNS of 127.0.0.1 per connection: it costs ~100 ms on a closed network.
        disableReverseLookup: true,
        onData(stream, session, callback) {
          const chunks: Buffer[] = [];
          stream.on("data", (c: Buffer) => chunks.push(c));
          stream.on("end", () => {
            if (refusal) {
              const error = Object.assign(new Error(refusal.message), {
                responseCode: refusal.code,
              });
              callback(error);
              return;
            }
            const raw = Buffer.concat(chunks);
            simpleParser(raw)
              .then((parsed) => {
                received.push({
                  envelopeTo: session.envelope.rcptTo.map((r) => r.address),
                  raw: raw.toString("utf8"),
                  parsed,
                });
                callback();
              })
              .catch((error: Error) => callback(error));
          });
        },
      });
      s.on("error", () => {});
      s.listen(port, "127.0.0.1", () => {
        const address = s.server.address() as AddressInfo;
        port = address.port;
        server = s;
        resolve();
      });
      s.server.once("error", reject);
    });
  await listen();
  return {
    get url() {
      return `smtp://127.0.0.1:${port}`;
    },
    get port() {
      return port;
    },
    received,
    refuse(code, message) {
      refusal = { code, message };
    },
    accept() {
      refusal = null;
    },
    stop: () =>
      new Promise<void>((resolve) => {
        const s = server;
        server = null;
        if (!s) resolve();
        else s.close(() => resolve());
      }),
    start: listen,
  };
}

/** Renders a queued row as the sender would, for the recipient as they are now. */
export async function renderQueued(
  db: Kysely<DB>,
  config: Config,
  row: MailOutboxTable,
): Promise<ComposedMail> {
  const [user] = await listMailRecipients(db, row.user_id ? [row.user_id] : []);
  return composeMail(db, portalMailSettings(config), await unsubscribeKey(db), row, {
    userId: user?.id ?? null,
    address: user ? (user.address ?? user.email) : row.to_address,
    locale: user?.locale ?? "fr",
  });
}
