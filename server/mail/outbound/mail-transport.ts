import { createTransport } from "nodemailer";
import type { ComposedMail } from "./mail-compose.js";

/** Hands a composed mail to a relay; rejects with the relay's error. */
export interface MailTransport {
  send(mail: ComposedMail): Promise<void>;
  close(): void;
}

/** Slow relays give up well within a claim's lease, so a row is never held by a stuck sender. */
const CONNECTION_TIMEOUT_MS = 30_000;
const SOCKET_TIMEOUT_MS = 60_000;

/**
 * Nodemailer over SMTP to `smtp://[user:password@]host[:port]` (STARTTLS when the relay offers
 * it) or `smtps://…` (TLS from the start).
 */
export function smtpTransport(smtpUrl: string): MailTransport {
  const url = new URL(smtpUrl);
  const secure = url.protocol === "smtps:";
  const transporter = createTransport({
    host: url.hostname,
    port: url.port === "" ? (secure ? 465 : 25) : Number(url.port),
    secure,
    auth:
      url.username === ""
        ? undefined
        : { user: decodeURIComponent(url.username), pass: decodeURIComponent(url.password) },
    connectionTimeout: CONNECTION_TIMEOUT_MS,
    greetingTimeout: CONNECTION_TIMEOUT_MS,
    socketTimeout: SOCKET_TIMEOUT_MS,
  });
  return {
    async send(mail) {
      await transporter.sendMail({
        from: mail.from,
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        html: mail.html,
        messageId: mail.messageId,
        headers: mail.headers,
        ...(mail.replyTo ? { replyTo: mail.replyTo } : {}),
      });
    },
    close: () => transporter.close(),
  };
}

/** A relay's definitive refusal (5xx): retrying will not help past a few attempts. */
export function isPermanentRefusal(error: unknown): boolean {
  const code = (error as { responseCode?: unknown } | null)?.responseCode;
  return typeof code === "number" && code >= 500 && code < 600;
}
