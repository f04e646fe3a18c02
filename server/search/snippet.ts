import type { TextSegment } from "../../shared/schemas/search.js";
import { indexTerm, type Language, words } from "./analyzer.js";

/*
 * Highlighting without HTML: a text becomes segments flagged `highlight` where a word's stem is
 * one the query looked for (or starts with one of its prefixes). The client renders segments as
 * text, so nothing in a document can become markup.
 */

export interface Highlight {
  terms: readonly string[];
  prefixes: readonly string[];
}

const SNIPPET_BEFORE = 60;
const SNIPPET_LENGTH = 240;

function matches(text: string, language: Language, highlight: Highlight) {
  const terms = new Set(highlight.terms);
  return words(text).filter((w) => {
    const stem = indexTerm(w.word, language);
    if (stem === "") return false;
    return terms.has(stem) || highlight.prefixes.some((p) => stem.startsWith(p));
  });
}

function segmentsOf(
  text: string,
  ranges: readonly { start: number; end: number }[],
  from: number,
  to: number,
): TextSegment[] {
  const segments: TextSegment[] = [];
  let at = from;
  for (const r of ranges) {
    if (r.start < at || r.end > to) continue;
    if (r.start > at) segments.push({ text: text.slice(at, r.start), highlight: false });
    segments.push({ text: text.slice(r.start, r.end), highlight: true });
    at = r.end;
  }
  if (at < to) segments.push({ text: text.slice(at, to), highlight: false });
  return segments;
}

/** The whole text, its matching words highlighted. */
export function highlightAll(
  text: string,
  language: Language,
  highlight: Highlight,
): TextSegment[] {
  return segmentsOf(text, matches(text, language, highlight), 0, text.length);
}

/** A window of the text around its first matching word (its start when none matches). */
export function snippet(text: string, language: Language, highlight: Highlight): TextSegment[] {
  const found = matches(text, language, highlight);
  const first = found[0];
  let from = first ? Math.max(0, first.start - SNIPPET_BEFORE) : 0;
  // Start and end on word boundaries.
  while (from > 0 && !/\s/u.test(text[from - 1] ?? " ")) from--;
  let to = Math.min(text.length, from + SNIPPET_LENGTH);
  while (to < text.length && !/\s/u.test(text[to] ?? " ")) to++;
  const segments = segmentsOf(text, found, from, to);
  if (from > 0) segments.unshift({ text: "… ", highlight: false });
  if (to < text.length) segments.push({ text: " …", highlight: false });
  return segments;
}
