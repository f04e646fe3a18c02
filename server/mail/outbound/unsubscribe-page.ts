import type { NotificationType } from "../../../shared/vocabulary.js";
import { escapeHtml, type MailLocale, mailText } from "./mail-text.js";

/*
 * The pages behind an unsubscribe link, served by the API itself (the link must answer GET and
 * POST at one address, RFC 8058): a confirmation form, the result, or « link not valid ». Plain
 * HTML with no script, in the recipient's language, usable on a phone.
 */

const words = {
  fr: {
    title: "Ne plus recevoir ces courriels — Diplomatie",
    heading: "Ne plus recevoir ces courriels",
    ask: (types: string) =>
      `Vous ne recevrez plus par courriel les notifications : ${types}. Elles restent visibles dans le portail.`,
    confirm: "Confirmer le désabonnement",
    doneHeading: "C’est fait",
    done: (types: string) => `Vous ne recevrez plus par courriel les notifications : ${types}.`,
    invalidHeading: "Lien non valide",
    invalid: "Ce lien de désabonnement n’est pas valide. Réglez vos courriels depuis votre profil.",
    settings: "Régler tous vos courriels",
  },
  en: {
    title: "Stop these e-mails — Diplomatie",
    heading: "Stop these e-mails",
    ask: (types: string) =>
      `You will no longer receive e-mails for these notifications: ${types}. They stay visible in the portal.`,
    confirm: "Confirm unsubscribing",
    doneHeading: "Done",
    done: (types: string) =>
      `You will no longer receive e-mails for these notifications: ${types}.`,
    invalidHeading: "Link not valid",
    invalid: "This unsubscribe link is not valid. Change your e-mail settings from your profile.",
    settings: "All your e-mail settings",
  },
} as const;

const SETTINGS_PATH = "/profil/courriels";

function page(locale: MailLocale, heading: string, body: string): string {
  const w = words[locale];
  return [
    "<!doctype html>",
    `<html lang="${locale}"><head><meta charset="utf-8">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(w.title)}</title>`,
    "<style>body{font-family:Marianne,Arial,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem;line-height:1.5;color:#161616}button{font:inherit;padding:.5rem 1.5rem;background:#000091;color:#fff;border:0;cursor:pointer}a{color:#000091}</style>",
    `</head><body><main><h1>${escapeHtml(heading)}</h1>${body}`,
    `<p><a href="${SETTINGS_PATH}">${escapeHtml(w.settings)}</a></p></main></body></html>`,
  ].join("\n");
}

const typeNames = (locale: MailLocale, types: readonly NotificationType[]) =>
  types.map((t) => mailText[locale].typeName[t]).join(", ");

/** The confirmation form: the same address, POSTed as a one-click unsubscribe would be. */
export function confirmPage(locale: MailLocale, types: readonly NotificationType[]): string {
  const w = words[locale];
  return page(
    locale,
    w.heading,
    `<p>${escapeHtml(w.ask(typeNames(locale, types)))}</p><form method="post"><input type="hidden" name="List-Unsubscribe" value="One-Click"><button type="submit">${escapeHtml(w.confirm)}</button></form>`,
  );
}

export function donePage(locale: MailLocale, types: readonly NotificationType[]): string {
  const w = words[locale];
  return page(locale, w.doneHeading, `<p>${escapeHtml(w.done(typeNames(locale, types)))}</p>`);
}

export function invalidLinkPage(locale: MailLocale): string {
  const w = words[locale];
  return page(locale, w.invalidHeading, `<p>${escapeHtml(w.invalid)}</p>`);
}
