import { randomUUID } from "node:crypto";
import type { MailOutboxTable } from "../db/schema.js";
import { escapeHtml } from "../notifications/mail-text.js";

/*
 * The e-mails of enrolment, written in French then English (the requester has no language
 * preference yet). The invitation link carries its token in the fragment, so it never reaches a
 * server log or a Referer header.
 */

interface Mail {
  userId: string | null;
  to: string;
  subject: string;
  paragraphs: string[];
}

function outboxRow(mail: Mail, at: string): MailOutboxTable {
  return {
    id: randomUUID(),
    user_id: mail.userId,
    to_address: mail.to,
    subject: mail.subject,
    text: `${mail.paragraphs.join("\n\n")}\n`,
    html: mail.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join(""),
    kind: "immediate",
    status: "queued",
    attempts: 0,
    created_at: at,
  };
}

/** The address of the page where an invited person sets their first password. */
export const invitationLink = (publicUrl: string, token: string) =>
  `${publicUrl}/activer-mon-compte#${token}`;

/** Access granted: the link to set a password (new account) or a word that it is ready. */
export function acceptedMail(
  m: { userId: string; to: string; unitName: string; link: string | null; expiresAt: string },
  at: string,
): MailOutboxTable {
  const paragraphs = [
    `Votre demande d'accès à Diplomatie (${m.unitName}) a été acceptée.`,
    m.link
      ? `Choisissez votre mot de passe avant le ${m.expiresAt.slice(0, 16).replace("T", " ")} UTC : ${m.link}`
      : "Connectez-vous avec votre compte habituel.",
    `Your request for access to Diplomatie (${m.unitName}) was accepted.`,
    m.link
      ? `Choose your password before ${m.expiresAt.slice(0, 16).replace("T", " ")} UTC: ${m.link}`
      : "Sign in with your usual account.",
  ];
  return outboxRow(
    {
      userId: m.userId,
      to: m.to,
      subject: "[Diplomatie] Accès accordé / Access granted",
      paragraphs,
    },
    at,
  );
}

/** Access refused, with the head's note when there is one. */
export function refusedMail(
  m: { to: string; unitName: string; note: string | null },
  at: string,
): MailOutboxTable {
  const paragraphs = [
    `Votre demande d'accès à Diplomatie (${m.unitName}) n'a pas été acceptée.`,
    ...(m.note ? [m.note] : []),
    `Your request for access to Diplomatie (${m.unitName}) was not accepted.`,
  ];
  return outboxRow(
    {
      userId: null,
      to: m.to,
      subject: "[Diplomatie] Demande d'accès / Access request",
      paragraphs,
    },
    at,
  );
}
