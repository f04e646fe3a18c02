import { escapeHtml } from "../mail/outbound/mail-text.js";
import type { RenderedMail } from "../mail/outbound/rendered-mail.js";

/*
 * The e-mails of enrolment, written in French then English (the requester has no language
 * preference yet). The invitation link carries its token in the fragment, so it never reaches a
 * server log or a Referer header.
 */

interface Mail {
  to: string;
  subject: string;
  paragraphs: string[];
}

function rendered(mail: Mail): RenderedMail {
  return {
    to: mail.to,
    subject: mail.subject,
    text: `${mail.paragraphs.join("\n\n")}\n`,
    html: mail.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join(""),
  };
}

/** The address of the page where an invited person sets their first password. */
export const invitationLink = (publicUrl: string, token: string) =>
  `${publicUrl}/activer-mon-compte#${token}`;

/** Access granted: the link to set a password (new account) or a word that it is ready. */
export function acceptedMail(m: {
  to: string;
  unitName: string;
  link: string | null;
  expiresAt: string;
}): RenderedMail {
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
  return rendered({ to: m.to, subject: "[Diplomatie] Accès accordé / Access granted", paragraphs });
}

/** Access refused, with the head's note when there is one. */
export function refusedMail(m: {
  to: string;
  unitName: string;
  note: string | null;
}): RenderedMail {
  const paragraphs = [
    `Votre demande d'accès à Diplomatie (${m.unitName}) n'a pas été acceptée.`,
    ...(m.note ? [m.note] : []),
    `Your request for access to Diplomatie (${m.unitName}) was not accepted.`,
  ];
  return rendered({
    to: m.to,
    subject: "[Diplomatie] Demande d'accès / Access request",
    paragraphs,
  });
}
