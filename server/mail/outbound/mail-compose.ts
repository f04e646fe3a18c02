import type { Kysely } from "kysely";
import {
  type Marking,
  NOTIFICATION_TYPES,
  type NotificationType,
} from "../../../shared/vocabulary.js";
import type { DB, MailOutboxTable } from "../../db/schema.js";
import { postReplyAddress } from "../reply-address.js";
import { type MailItem, OutboxPayload } from "./mail-payload.js";
import { escapeHtml, type MailLocale, mailLocale, mailText } from "./mail-text.js";
import { unsubscribeToken } from "./unsubscribe-token.js";

/*
 * Renders an outbox row when it is sent: the recipient's language of the day, a link back to
 * the portal for every item, the one-click unsubscribe (RFC 8058) of the types it carries. The
 * only document facts a mail ever holds are read here, by `documentFacts`: a reference, and a
 * subject when the document is not protected. Document text (summary, paragraphs, versions)
 * is never selected, so no mail can contain it.
 */

/** What the sender hands to SMTP. */
export interface ComposedMail {
  from: string;
  to: string;
  subject: string;
  text: string;
  html: string;
  /** `<outbox id@mail domain>`: the same on every attempt, so a relay can recognise a retry. */
  messageId: string;
  headers: Record<string, string>;
  /**
   * Where replies go: for a notification about a post (or a comment in its thread), the
   * recipient's own `reply+<token>@` address, so that a reply by mail becomes a comment
   * (server/mail/reply-address.ts); null otherwise.
   */
  replyTo: string | null;
  language: MailLocale;
}

export interface PortalMailSettings {
  publicUrl: string;
  mailFrom: string;
  mailDomain: string;
}

/** The recipient as the sender finds them at send time. */
export interface MailRecipient {
  /** Null when the account was deleted: the mail goes to the address it was queued for. */
  userId: string | null;
  address: string;
  locale: string;
}

/** A document as a mail may name it. */
export interface DocumentFacts {
  reference: string | null;
  /** Null when the document is protected (DR, DR-SF): its subject is then not mailed. */
  subject: string | null;
}

/** A subject may travel by e-mail only when the document is not protected. */
export function mailableSubject(marking: Marking, subject: string): string | null {
  return marking === "NP" ? subject : null;
}

/** The facts of the documents some items name: reference, and subject when not protected. */
export async function documentFacts(
  db: Kysely<DB>,
  items: readonly MailItem[],
): Promise<Map<string, DocumentFacts>> {
  const ids = [
    ...new Set(items.filter((i) => i.target.type === "correspondence").map((i) => i.target.id)),
  ];
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom("correspondences")
    .select(["id", "reference", "subject", "marking"])
    .where("id", "in", ids)
    .execute();
  return new Map(
    rows.map((r) => [
      r.id,
      { reference: r.reference, subject: mailableSubject(r.marking, r.subject) },
    ]),
  );
}

/** The portal page of an item (the same paths as app/paths.ts). */
export function itemLink(publicUrl: string, item: MailItem): string {
  if (item.target.type === "correspondence") {
    return `${publicUrl}/correspondance/documents/${encodeURIComponent(item.target.id)}`;
  }
  const community = item.communityId ?? (item.target.type === "community" ? item.target.id : null);
  if (community !== null) return `${publicUrl}/communautes/${encodeURIComponent(community)}`;
  return `${publicUrl}/notifications`;
}

export const unsubscribeUrl = (publicUrl: string, token: string) =>
  `${publicUrl}/api/mail/unsubscribe/${token}`;

interface Line {
  text: string;
  subject: string | null;
  link: string;
}

interface Section {
  heading: string;
  threads: Line[][];
}

/** The post a single notification is about (a post, or a comment in a post's thread). */
function postOf(payload: OutboxPayload): string | null {
  if (payload.format !== "notification") return null;
  const { item } = payload;
  return item.target.type === "post" ? item.target.id : item.threadId;
}

async function replyAddressOf(
  db: Kysely<DB>,
  portal: PortalMailSettings,
  payload: OutboxPayload,
  recipient: MailRecipient,
): Promise<string | null> {
  const postId = postOf(payload);
  if (postId === null || recipient.userId === null) return null;
  return postReplyAddress(db, postId, recipient.userId, portal.mailDomain);
}

/** Renders an outbox row for its recipient. */
export async function composeMail(
  db: Kysely<DB>,
  portal: PortalMailSettings,
  unsubscribeKey: Buffer,
  row: Pick<MailOutboxTable, "id" | "payload" | "notification_types">,
  recipient: MailRecipient,
): Promise<ComposedMail> {
  const payload = OutboxPayload.parse(JSON.parse(row.payload));
  const locale = mailLocale(recipient.locale);
  const words = mailText[locale];
  const base = {
    from: portal.mailFrom,
    to: recipient.address,
    messageId: `<${row.id}@${portal.mailDomain}>`,
    replyTo: await replyAddressOf(db, portal, payload, recipient),
    language: locale,
  };
  if (payload.format === "prerendered") {
    return {
      ...base,
      subject: payload.subject,
      text: payload.text,
      html: payload.html,
      headers: {},
    };
  }
  const items = payload.format === "digest" ? payload.items : [payload.item];
  const facts = await documentFacts(db, items);
  const lineOf = (item: MailItem): Line => {
    const fact = item.target.type === "correspondence" ? facts.get(item.target.id) : undefined;
    const details = fact?.reference ? { ...item.details, reference: fact.reference } : item.details;
    return {
      text: words.reason({ ...item, details }),
      subject: fact?.subject ?? null,
      link: itemLink(portal.publicUrl, item),
    };
  };
  const userId = recipient.userId;
  // Without an account there is nothing to unsubscribe from.
  const types = userId === null ? [] : typesOfRow(row);
  const unsubscribe = types.map((type) => ({
    label: words.unsubscribe(words.typeName[type]),
    url: unsubscribeUrl(portal.publicUrl, unsubscribeToken(unsubscribeKey, userId ?? "", [type])),
  }));
  const headers: Record<string, string> =
    types.length === 0
      ? {}
      : {
          "List-Unsubscribe": `<${unsubscribeUrl(portal.publicUrl, unsubscribeToken(unsubscribeKey, userId ?? "", types))}>`,
          "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
        };
  const settingsUrl = `${portal.publicUrl}/profil/courriels`;

  let subject: string;
  let sections: Section[];
  let intro: string | null;
  if (payload.format === "notification") {
    const line = lineOf(payload.item);
    subject = `[Diplomatie] ${words.typeName[payload.item.type]} — ${line.text}`;
    sections = [{ heading: words.typeName[payload.item.type], threads: [[line]] }];
    intro = null;
  } else {
    sections = groupDigest(words, payload.items, lineOf);
    const total = payload.items.reduce((sum, i) => sum + i.count, 0);
    subject = words.digestSubject(payload.frequency, total);
    intro = words.digestIntro(payload.frequency);
  }
  return {
    ...base,
    subject,
    text: textBody(words, intro, sections, unsubscribe, settingsUrl),
    html: htmlBody(words, locale, intro, sections, unsubscribe, settingsUrl),
    headers,
  };
}

type Words = (typeof mailText)[MailLocale];

/** Sections per community (correspondence and the rest apart), threads in order of first event. */
function groupDigest(words: Words, items: readonly MailItem[], lineOf: (i: MailItem) => Line) {
  const sections = new Map<string, { heading: string; threads: Map<string, Line[]> }>();
  for (const item of items) {
    const isCorrespondence = item.target.type === "correspondence";
    const key = item.communityId ?? (isCorrespondence ? "~correspondence" : "~other");
    const name = item.details.communityName;
    const heading =
      item.communityId !== null
        ? typeof name === "string" && name !== ""
          ? name
          : words.otherHeading
        : isCorrespondence
          ? words.correspondenceHeading
          : words.otherHeading;
    const section = sections.get(key) ?? { heading, threads: new Map<string, Line[]>() };
    const thread = item.threadId ?? item.notificationId;
    section.threads.set(thread, [...(section.threads.get(thread) ?? []), lineOf(item)]);
    sections.set(key, section);
  }
  return [...sections.values()].map((s) => ({
    heading: s.heading,
    threads: [...s.threads.values()],
  }));
}

interface UnsubscribeLink {
  label: string;
  url: string;
}

function textBody(
  words: Words,
  intro: string | null,
  sections: readonly Section[],
  unsubscribe: readonly UnsubscribeLink[],
  settingsUrl: string,
): string {
  const lineText = (l: Line) => [
    `  • ${l.text}`,
    ...(l.subject ? [`    ${words.subjectOf(l.subject)}`] : []),
    `    ${words.labelled(words.open, l.link)}`,
  ];
  return [
    ...(intro ? [intro, ""] : []),
    ...sections.flatMap((s) => [
      `== ${s.heading} ==`,
      ...s.threads.flatMap((lines) => [...lines.flatMap(lineText), ""]),
    ]),
    "-- ",
    words.footer,
    words.labelled(words.settings, settingsUrl),
    ...unsubscribe.map((u) => words.labelled(u.label, u.url)),
    "",
  ].join("\n");
}

function htmlBody(
  words: Words,
  locale: MailLocale,
  intro: string | null,
  sections: readonly Section[],
  unsubscribe: readonly UnsubscribeLink[],
  settingsUrl: string,
): string {
  const e = escapeHtml;
  const lineHtml = (l: Line) =>
    `<li>${e(l.text)}${l.subject ? `<br>${e(words.subjectOf(l.subject))}` : ""}<br><a href="${e(l.link)}">${e(words.open)}</a></li>`;
  return [
    "<!doctype html>",
    `<html lang="${locale}"><head><meta charset="utf-8"><title>Diplomatie</title></head><body>`,
    ...(intro ? [`<p>${e(intro)}</p>`] : []),
    ...sections.map(
      (s) =>
        `<h2>${e(s.heading)}</h2>${s.threads.map((lines) => `<ul>${lines.map(lineHtml).join("")}</ul>`).join("")}`,
    ),
    `<hr><p><small>${e(words.footer)}<br><a href="${e(settingsUrl)}">${e(words.settings)}</a>${unsubscribe
      .map((u) => `<br><a href="${e(u.url)}">${e(u.label)}</a>`)
      .join("")}</small></p>`,
    "</body></html>",
  ].join("\n");
}

/** The notification types an unsubscribe for this row turns off. */
export const typesOfRow = (row: Pick<MailOutboxTable, "notification_types">): NotificationType[] =>
  NOTIFICATION_TYPES.filter((t) => (row.notification_types ?? "").split(",").includes(t));
