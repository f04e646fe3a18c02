import { stemEnglish } from "./snowball-english.js";
import { stemFrench } from "./snowball-french.js";
import { ENGLISH_STOP_WORDS, FRENCH_STOP_WORDS } from "./stop-words.js";

/*
 * The text analyser, written once: what the index stores and what queries look for are the
 * same tokens on SQLite FTS5 and PostgreSQL. For each word of a text:
 *   1. lower case; French elisions (l', d', qu', jusqu' … with ' or ’) and the English
 *      possessive 's removed;
 *   2. split on anything that is not a Unicode letter, mark or digit (WASHINGTON-2026-0042 gives
 *      three adjacent tokens: the whole reference is the phrase of its parts);
 *   3. stop words dropped (French and English lists together, compared accent-folded, so a word
 *      is either always indexed or never, whatever the language);
 *   4. stemmed with the document's language (Snowball French or English; tokens with digits are
 *      kept whole), then accent-folded: the stemmers need the accents, the index does not.
 * Queries are stemmed with both stemmers and match either stem (see query.ts).
 * Pure: no I/O, usable by the web app.
 */

export type Language = "fr" | "en";

/** One indexed token, with where its word sits in the original text (for snippets). */
export interface Token {
  term: string;
  start: number;
  end: number;
}

/** Lower case, accents and other combining marks removed (NFKD). */
export function fold(text: string): string {
  return text.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase();
}

/**
 * A word as an index term: folded, and only letters and digits kept (compatibility
 * decomposition can bring others in: "⅛" becomes "1⁄8"), at most MAX_TERM_LENGTH long.
 */
export function termOf(word: string): string {
  return fold(word)
    .replace(/[^\p{L}\p{N}]+/gu, "")
    .slice(0, MAX_TERM_LENGTH);
}

const toSet = (words: string) => new Set(words.split(/\s+/).filter(Boolean).map(fold));
const FRENCH_STOPS = toSet(FRENCH_STOP_WORDS);
const ENGLISH_STOPS = toSet(ENGLISH_STOP_WORDS);

/** Whether a (lower-case) word is a stop word in French or English. */
export function isStopWord(word: string): boolean {
  const folded = fold(word);
  return FRENCH_STOPS.has(folded) || ENGLISH_STOPS.has(folded);
}

/** Tokens longer than this are cut: both engines then see the same bounded terms. */
export const MAX_TERM_LENGTH = 64;

// A word: letters, marks and digits, possibly joined by apostrophes (l'ambassade, aujourd'hui).
const WORD = /[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}\p{N}]+)*/gu;
const ELISION = /^(?:l|d|qu|j|n|s|c|m|t|jusqu|lorsqu|puisqu)['’]/;
const POSSESSIVE = /['’]s$/;
const PART = /[\p{L}\p{M}\p{N}]+/gu;
const HAS_DIGIT = /\p{N}/u;

/** The stem of one lower-case word in a language, accent-folded. */
export function stemWord(word: string, language: Language): string {
  const composed = word.normalize("NFC");
  const stem = HAS_DIGIT.test(composed)
    ? composed
    : language === "fr"
      ? stemFrench(composed)
      : stemEnglish(composed);
  const term = termOf(stem);
  return term === "" ? termOf(composed) : term;
}

/** The words of a text after elision, with their offsets, stop words included. */
export function words(text: string): { word: string; start: number; end: number }[] {
  const out: { word: string; start: number; end: number }[] = [];
  for (const match of text.matchAll(WORD)) {
    let raw = match[0];
    let start = match.index;
    const lower = raw.toLowerCase();
    const elided = ELISION.exec(lower);
    if (elided && elided[0].length < raw.length) {
      start += elided[0].length;
      raw = raw.slice(elided[0].length);
    }
    if (POSSESSIVE.test(raw) && raw.length > 2) raw = raw.slice(0, -2);
    for (const part of raw.matchAll(PART)) {
      out.push({
        word: part[0].toLowerCase(),
        start: start + part.index,
        end: start + part.index + part[0].length,
      });
    }
  }
  return out;
}

/** The indexed tokens of a text in a language, in order. */
export function analyze(text: string, language: Language): Token[] {
  const tokens: Token[] = [];
  for (const w of words(text)) {
    const term = indexTerm(w.word, language);
    if (term !== "") tokens.push({ term, start: w.start, end: w.end });
  }
  return tokens;
}

// Documents repeat their vocabulary: remembering the last words' terms makes indexing several
// times faster. Bounded; emptied when full.
const MEMO_LIMIT = 50_000;
const memo = { fr: new Map<string, string>(), en: new Map<string, string>() };

/** The index term of a lower-case word in a language; "" for a stop word. */
export function indexTerm(word: string, language: Language): string {
  const known = memo[language].get(word);
  if (known !== undefined) return known;
  const term = isStopWord(word) ? "" : stemWord(word, language);
  if (memo[language].size >= MEMO_LIMIT) memo[language].clear();
  memo[language].set(word, term);
  return term;
}

/**
 * The language of a text: English when it holds more English-only than French-only stop words,
 * French otherwise (the ministry writes in French by default). A note states its language and
 * skips this.
 */
export function detectLanguage(text: string): Language {
  let french = 0;
  let english = 0;
  for (const { word } of words(text)) {
    const folded = fold(word);
    const isFrench = FRENCH_STOPS.has(folded);
    const isEnglish = ENGLISH_STOPS.has(folded);
    if (isFrench && !isEnglish) french += 1;
    else if (isEnglish && !isFrench) english += 1;
  }
  return english > french ? "en" : "fr";
}
