/*
 * Atom 1.0 (RFC 4287) documents for the public feeds: a feed with its id, title, updated,
 * self link and author, and one entry per published item with id, title, updated, published,
 * link, summary and content. Text is escaped, never passed as markup.
 */

export interface AtomEntry {
  id: string;
  title: string;
  updated: string;
  published: string;
  link: string;
  summary: string;
  content: string;
  categories: readonly string[];
}

export interface AtomFeed {
  id: string;
  title: string;
  updated: string;
  selfLink: string;
  alternateLink: string;
  author: string;
  entries: readonly AtomEntry[];
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: XML 1.0 forbids these characters.
const XML_FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/** Escapes text for XML content and attribute values. */
export const xmlText = (value: string) =>
  value
    .replace(XML_FORBIDDEN, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");

/** The feed as an Atom XML document. */
export function renderAtom(feed: AtomFeed): string {
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="fr">',
    `  <id>${xmlText(feed.id)}</id>`,
    `  <title type="text">${xmlText(feed.title)}</title>`,
    `  <updated>${xmlText(feed.updated)}</updated>`,
    `  <link rel="self" type="application/atom+xml" href="${xmlText(feed.selfLink)}"/>`,
    `  <link rel="alternate" type="text/html" href="${xmlText(feed.alternateLink)}"/>`,
    `  <author><name>${xmlText(feed.author)}</name></author>`,
  ];
  for (const e of feed.entries) {
    lines.push(
      "  <entry>",
      `    <id>${xmlText(e.id)}</id>`,
      `    <title type="text">${xmlText(e.title)}</title>`,
      `    <updated>${xmlText(e.updated)}</updated>`,
      `    <published>${xmlText(e.published)}</published>`,
      `    <link rel="alternate" type="text/html" href="${xmlText(e.link)}"/>`,
      ...e.categories.map((c) => `    <category term="${xmlText(c)}"/>`),
      `    <summary type="text">${xmlText(e.summary)}</summary>`,
      `    <content type="text">${xmlText(e.content)}</content>`,
      "  </entry>",
    );
  }
  lines.push("</feed>", "");
  return lines.join("\n");
}
