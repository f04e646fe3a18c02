import { fileTypeFromBuffer } from "file-type";
import { type AddressObject, simpleParser } from "mailparser";
import sanitizeHtml from "sanitize-html";
import { MARKINGS, type Marking } from "../../../shared/vocabulary.js";
import { safeFileName } from "../../correspondence/attachment.service.js";
import { isClassifiedMarking } from "../../policy/marking.policy.js";
import { foldText } from "../../search/text-fold.js";

/*
 * An e-mail as the portal keeps it: mailparser decodes headers in any charset (RFC 2047
 * encoded words, RFC 2231 parameters), bodies and attachments; the HTML body is sanitised
 * before it is ever stored; attachment names lose any path and control character; a message
 * attached to the message stays an attachment (.eml). Parsing never throws on a malformed
 * message: what cannot be read becomes a `ParseFailure` with its reason.
 */

export interface MailAddress {
  /** Lower case. */
  address: string;
  name: string;
}

export interface ParsedAttachment {
  name: string;
  contentType: string;
  content: Buffer;
}

export interface ParsedMessage {
  /** Without angle brackets; null when the message had none. */
  messageId: string | null;
  inReplyTo: string | null;
  references: string[];
  from: MailAddress | null;
  to: MailAddress[];
  cc: MailAddress[];
  subject: string;
  text: string;
  /** Sanitised; null when the message had no HTML part. */
  html: string | null;
  attachments: ParsedAttachment[];
  /** From the marking header or the subject prefix; null when neither says anything. */
  marking: Marking | "classified" | null;
}

export class ParseFailure extends Error {
  override name = "ParseFailure";
}

/** The header that carries a protection marking, as the ministry's mail clients set it. */
export const MARKING_HEADER = "x-diplomatie-marking";

const MESSAGE_ID = /<([^<>\s]{1,900})>/g;

/** Message-IDs in a header value, without brackets (bare ones are accepted too). */
export function messageIdsOf(value: unknown): string[] {
  const text = Array.isArray(value) ? value.join(" ") : typeof value === "string" ? value : "";
  const bracketed = [...text.matchAll(MESSAGE_ID)].map((m) => m[1] ?? "");
  if (bracketed.length > 0) return bracketed.filter((id) => id !== "");
  const bare = text.trim();
  return bare !== "" && bare.length <= 900 && !/\s/.test(bare) ? [bare] : [];
}

function addressesOf(value: AddressObject | AddressObject[] | undefined): MailAddress[] {
  const objects = value === undefined ? [] : Array.isArray(value) ? value : [value];
  const out: MailAddress[] = [];
  const walk = (entries: AddressObject["value"]) => {
    for (const entry of entries) {
      if (entry.group) walk(entry.group);
      else if (entry.address?.includes("@")) {
        out.push({ address: entry.address.trim().toLowerCase(), name: entry.name ?? "" });
      }
    }
  };
  for (const object of objects) walk(object.value);
  return out;
}

/** A marking named in a header value or a subject prefix: NP, DR, DR-SF, or classified. */
export function markingOf(value: string): Marking | "classified" | null {
  const trimmed = value.trim();
  if (trimmed === "") return null;
  if (isClassifiedMarking(trimmed)) return "classified";
  const folded = foldText(trimmed)
    .toUpperCase()
    .replace(/[\s_]+/g, "-");
  if (folded === "DIFFUSION-RESTREINTE") return "DR";
  if (folded === "DIFFUSION-RESTREINTE-SPECIAL-FRANCE" || folded === "DR-SPECIAL-FRANCE") {
    return "DR-SF";
  }
  if (folded === "NON-PROTEGE") return "NP";
  return MARKINGS.find((m) => m === folded) ?? null;
}

const SUBJECT_PREFIX = /^\s*\[([^\]]{1,40})\]\s*/;

function markingFromSubject(subject: string): Marking | "classified" | null {
  const match = SUBJECT_PREFIX.exec(subject);
  return match ? markingOf(match[1] ?? "") : null;
}

const SANITIZE: sanitizeHtml.IOptions = {
  // No img: remote images would tell the sender who read the message, and when.
  allowedTags: sanitizeHtml.defaults.allowedTags.filter((tag) => tag !== "img"),
  allowedAttributes: {
    a: ["href", "title"],
    td: ["colspan", "rowspan"],
    th: ["colspan", "rowspan"],
  },
  allowedSchemes: ["http", "https", "mailto"],
  allowProtocolRelative: false,
  disallowedTagsMode: "discard",
};

/** HTML that can be shown: no script, style, event handler, frame, form or remote image. */
export function sanitizeMailHtml(html: string): string {
  return sanitizeHtml(html, SANITIZE);
}

const EXTENSIONS: Record<string, string> = {
  "message/rfc822": ".eml",
  "text/plain": ".txt",
  "text/html": ".html",
  "application/pdf": ".pdf",
  "image/png": ".png",
  "image/jpeg": ".jpg",
  "image/gif": ".gif",
};

async function attachmentOf(
  attachment: { filename?: string; contentType: string; content: Buffer },
  index: number,
): Promise<ParsedAttachment> {
  const declared = attachment.contentType.toLowerCase();
  const fallback = `piece-jointe-${index + 1}${EXTENSIONS[declared] ?? ""}`;
  const name = safeFileName(attachment.filename ?? fallback);
  // The type is sniffed from the bytes; a message attached to the message is recognised by
  // its MIME type, as no magic number says "e-mail".
  const sniffed = await fileTypeFromBuffer(attachment.content.subarray(0, 4100));
  const contentType =
    declared === "message/rfc822"
      ? "message/rfc822"
      : (sniffed?.mime ??
        (declared.startsWith("text/") ? "text/plain" : "application/octet-stream"));
  const finalName =
    declared === "message/rfc822" && !/\.eml$/i.test(name) ? safeFileName(`${name}.eml`) : name;
  return { name: finalName, contentType, content: attachment.content };
}

/** Parses a raw message; throws `ParseFailure` with a reason when it cannot be read at all. */
export async function parseMessage(raw: Buffer): Promise<ParsedMessage> {
  if (raw.length === 0) throw new ParseFailure("empty message");
  let mail: Awaited<ReturnType<typeof simpleParser>>;
  try {
    mail = await simpleParser(raw, {
      skipImageLinks: true,
      skipTextToHtml: true,
      skipTextLinks: true,
      keepDeliveryStatus: true,
    });
  } catch (error) {
    throw new ParseFailure(`unreadable MIME structure: ${(error as Error).message}`.slice(0, 500));
  }
  if (mail.headers.size === 0) throw new ParseFailure("no header");
  const subject = (mail.subject ?? "").replace(/\s+/g, " ").trim();
  const headerMarking = mail.headers.get(MARKING_HEADER);
  const marking =
    markingOf(typeof headerMarking === "string" ? headerMarking : "") ??
    markingFromSubject(subject);
  const html =
    typeof mail.html === "string" && mail.html !== "" ? sanitizeMailHtml(mail.html) : null;
  const text =
    mail.text && mail.text.trim() !== ""
      ? mail.text
      : html !== null
        ? sanitizeHtml(html, { allowedTags: [], allowedAttributes: {} })
        : "";
  const attachments: ParsedAttachment[] = [];
  for (const [index, attachment] of mail.attachments.entries()) {
    attachments.push(await attachmentOf(attachment, index));
  }
  return {
    messageId: messageIdsOf(mail.messageId)[0] ?? null,
    inReplyTo: messageIdsOf(mail.inReplyTo)[0] ?? null,
    references: messageIdsOf(mail.references).slice(-50),
    from: addressesOf(mail.from)[0] ?? null,
    to: addressesOf(mail.to),
    cc: addressesOf(mail.cc),
    subject,
    text,
    html,
    attachments,
    marking,
  };
}

/** Strips the marking prefix ("[DR] ") from a subject. */
export function subjectWithoutMarking(subject: string): string {
  const match = SUBJECT_PREFIX.exec(subject);
  return match && markingOf(match[1] ?? "") !== null ? subject.slice(match[0].length) : subject;
}
