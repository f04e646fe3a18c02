/*
 * Folding used by directory search until the full analyser (stemming, stop words) arrives:
 * lower case, accents removed, punctuation to spaces, whitespace collapsed. Stored columns
 * (`search_text`, `sort_key`) and query tokens go through the same function.
 */

/** Folds a text for matching and sorting. */
export function foldText(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}@.]+/gu, " ")
    .trim()
    .replace(/\s+/g, " ");
}

/** The folded words of a query, at most `max`, each usable in a LIKE pattern. */
export function queryTokens(query: string | undefined, max = 6): string[] {
  if (!query) return [];
  return foldText(query).split(" ").filter(Boolean).slice(0, max);
}

/** A LIKE pattern matching `token` anywhere, with `\` as the escape character. */
export function containsPattern(token: string): string {
  return `%${token.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
