import type { InlineRun, RichBlock, RichDocument } from "./schemas/feed.js";

/*
 * The composer's source syntax, a small Markdown-like language turned into the structured
 * document the server validates and stores:
 *   **bold**  *italic*  [text](https://…)  @[Name](user:<id>)  @[Community](community:<id>)
 *   lines starting with "- " make a bullet list, "1. " a numbered list; a blank line separates
 *   paragraphs. Anything else is text, shown as typed: no markup is ever interpreted as HTML.
 */

const INLINE =
  /\*\*([^*\n]+)\*\*|\*([^*\n]+)\*|@\[([^\]\n]+)\]\((user|community):([0-9a-fA-F-]{36})\)|\[([^\]\n]+)\]\(([^)\s]+)\)/g;

const isSafeHref = (href: string) => {
  try {
    return ["http:", "https:", "mailto:"].includes(new URL(href).protocol);
  } catch {
    return false;
  }
};

/** Parses one line (or paragraph) of source into inline runs. */
export function parseInline(source: string): InlineRun[] {
  const runs: InlineRun[] = [];
  const pushText = (text: string, marks: { bold?: boolean; italic?: boolean } = {}) => {
    if (text.length === 0) return;
    const last = runs.at(-1);
    if (last?.type === "text" && !last.bold && !last.italic && !marks.bold && !marks.italic) {
      last.text += text;
    } else {
      runs.push({ type: "text", text, ...marks });
    }
  };
  let at = 0;
  for (const m of source.matchAll(INLINE)) {
    pushText(source.slice(at, m.index));
    const [whole, bold, italic, mentionLabel, mentionTarget, mentionId, linkText, href] = m;
    if (bold !== undefined) pushText(bold, { bold: true });
    else if (italic !== undefined) pushText(italic, { italic: true });
    else if (mentionLabel !== undefined && mentionId !== undefined) {
      runs.push({
        type: "mention",
        target: mentionTarget === "community" ? "community" : "user",
        id: mentionId.toLowerCase(),
        label: mentionLabel,
      });
    } else if (linkText !== undefined && href !== undefined && isSafeHref(href)) {
      runs.push({ type: "link", href, text: linkText });
    } else pushText(whole);
    at = m.index + whole.length;
  }
  pushText(source.slice(at));
  return runs;
}

const BULLET = /^\s*[-*]\s+(.*)$/;
const NUMBERED = /^\s*\d{1,3}[.)]\s+(.*)$/;

/** Parses composer source into a document (possibly with no block when the source is blank). */
export function parseRichSource(source: string): RichDocument {
  const blocks: RichBlock[] = [];
  let paragraph: string[] = [];
  let list: { ordered: boolean; items: string[] } | null = null;
  const flushParagraph = () => {
    const text = paragraph.join("\n");
    if (text.trim().length > 0) blocks.push({ type: "paragraph", content: parseInline(text) });
    paragraph = [];
  };
  const flushList = () => {
    if (list) {
      const items = list.items.map(parseInline).filter((runs) => runs.length > 0);
      if (items.length > 0) blocks.push({ type: "list", ordered: list.ordered, items });
    }
    list = null;
  };
  for (const line of source.replace(/\r\n?/g, "\n").split("\n")) {
    const bullet = BULLET.exec(line);
    const numbered = bullet ? null : NUMBERED.exec(line);
    const item = bullet ?? numbered;
    if (item) {
      flushParagraph();
      const ordered = numbered !== null;
      if (list && list.ordered !== ordered) flushList();
      list ??= { ordered, items: [] };
      list.items.push(item[1] ?? "");
    } else if (line.trim().length === 0) {
      flushParagraph();
      flushList();
    } else {
      flushList();
      paragraph.push(line);
    }
  }
  flushParagraph();
  flushList();
  return { blocks };
}

/** Source text for a plain string: what a paragraph of inert text looks like. */
export const plainDocument = (text: string): RichDocument => ({
  blocks: [{ type: "paragraph", content: [{ type: "text", text }] }],
});
