/*
 * The Snowball English ("Porter2") stemmer, current algorithm (Snowball 3), written from the
 * published description and checked word by word against the reference vocabulary
 * (snowball.unit.test.ts). Input: one lower-case word. Regions R1/R2 are string offsets; each
 * step works on the end of the word the way Snowball's backward mode does.
 */

const VOWELS = new Set("aeiouy");
const isVowel = (c: string | undefined) => c !== undefined && VOWELS.has(c);
/** Non-vowels that may end a short syllable: not w, x or Y. */
const isShortEnd = (c: string | undefined) =>
  c !== undefined && !VOWELS.has(c) && c !== "w" && c !== "x" && c !== "Y";
const VALID_LI = new Set("cdeghkmnrt");
const DOUBLES = new Set(["bb", "dd", "ff", "gg", "mm", "nn", "pp", "rr", "tt"]);

const EXCEPTIONS_1 = new Map<string, string>([
  ["skis", "ski"],
  ["skies", "sky"],
  ["idly", "idl"],
  ["gently", "gentl"],
  ["ugly", "ugli"],
  ["early", "earli"],
  ["only", "onli"],
  ["singly", "singl"],
  ["sky", "sky"],
  ["news", "news"],
  ["howe", "howe"],
  ["atlas", "atlas"],
  ["cosmos", "cosmos"],
  ["bias", "bias"],
  ["andes", "andes"],
]);

/** Prefixes that make R1 start right after them (generous, communism, internal …). */
const R1_PREFIXES = [
  "arsen",
  "commun",
  "emerg",
  "gener",
  "inter",
  "later",
  "organ",
  "past",
  "univers",
];

/** Words that "-ing" or "-eed" does not end: inning, outing, proceed … (the whole word). */
const ING_WORDS = new Set(["even", "cann", "inn", "earr", "herr", "out"]);
const EED_WORDS = new Set(["succ", "proc", "exc"]);

const STEP_2: ReadonlyMap<string, string | null> = new Map([
  ["tional", "tion"],
  ["enci", "ence"],
  ["anci", "ance"],
  ["abli", "able"],
  ["entli", "ent"],
  ["izer", "ize"],
  ["ization", "ize"],
  ["ational", "ate"],
  ["ation", "ate"],
  ["ator", "ate"],
  ["alism", "al"],
  ["aliti", "al"],
  ["alli", "al"],
  ["fulness", "ful"],
  ["ousli", "ous"],
  ["ousness", "ous"],
  ["iveness", "ive"],
  ["iviti", "ive"],
  ["biliti", "ble"],
  ["bli", "ble"],
  ["ogist", "og"],
  ["fulli", "ful"],
  ["lessli", "less"],
  // Conditional: handled in step2().
  ["ogi", null],
  ["li", null],
]);

const STEP_3: ReadonlyMap<string, string | null> = new Map([
  ["tional", "tion"],
  ["ational", "ate"],
  ["alize", "al"],
  ["icate", "ic"],
  ["iciti", "ic"],
  ["ical", "ic"],
  ["ful", ""],
  ["ness", ""],
  ["ative", null],
]);

const STEP_4 = [
  "al",
  "ance",
  "ence",
  "er",
  "ic",
  "able",
  "ible",
  "ant",
  "ement",
  "ment",
  "ent",
  "ism",
  "ate",
  "iti",
  "ous",
  "ive",
  "ize",
  "ion",
];

/** The longest of `suffixes` that ends `s`, as Snowball's `among` picks it. */
export function longestSuffix(s: string, suffixes: Iterable<string>): string | null {
  let best: string | null = null;
  for (const suffix of suffixes) {
    if (s.endsWith(suffix) && (best === null || suffix.length > best.length)) best = suffix;
  }
  return best;
}

/** Offset just past the first non-vowel that follows a vowel, from `from`; -1 if none. */
function pastVowelThenConsonant(s: string, from: number): number {
  let i = from;
  while (i < s.length && !isVowel(s[i])) i++;
  i++;
  while (i < s.length && isVowel(s[i])) i++;
  return i < s.length ? i + 1 : -1;
}

/** Whether `s` ends with a short syllable. */
function endsWithShortSyllable(s: string): boolean {
  const n = s.length;
  if (n >= 3 && isShortEnd(s[n - 1]) && isVowel(s[n - 2]) && !isVowel(s[n - 3])) return true;
  if (n === 2 && !isVowel(s[1]) && isVowel(s[0])) return true;
  return s.endsWith("past");
}

const hasVowel = (s: string) => [...s].some(isVowel);

function step1a(s: string): string {
  const apostrophe = longestSuffix(s, ["'", "'s", "'s'"]);
  let w = apostrophe ? s.slice(0, -apostrophe.length) : s;
  const suffix = longestSuffix(w, ["sses", "ied", "ies", "s", "us", "ss"]);
  const start = suffix ? w.length - suffix.length : 0;
  switch (suffix) {
    case "sses":
      w = `${w.slice(0, start)}ss`;
      break;
    case "ied":
    case "ies":
      w = `${w.slice(0, start)}${start >= 2 ? "i" : "ie"}`;
      break;
    case "s":
      // The letter just before the s does not count: "gas" stays, "gaps" loses it.
      if (hasVowel(w.slice(0, Math.max(0, start - 1)))) w = w.slice(0, start);
      break;
  }
  return w;
}

function step1b(s: string, p1: number): string {
  const suffix = longestSuffix(s, ["eed", "eedly", "ed", "edly", "ing", "ingly"]);
  if (!suffix) return s;
  const start = s.length - suffix.length;
  const before = s.slice(0, start);
  if (suffix === "eed" || suffix === "eedly") {
    return start >= p1 && !EED_WORDS.has(before) ? `${before}ee` : s;
  }
  if (suffix === "ing") {
    // dying → die; inning, outing … stay.
    if (before.length === 2 && before[1] === "y" && !isVowel(before[0])) return `${before[0]}ie`;
    if (ING_WORDS.has(before)) return s;
  }
  if (!hasVowel(before)) return s;
  const w = before;
  const end = w.slice(-2);
  if (end === "at" || end === "bl" || end === "iz") return `${w}e`;
  if (DOUBLES.has(end)) {
    // "add", "ebb", "err" keep their double letter.
    return w.length === 3 && "aeo".includes(w[0] ?? "") ? w : w.slice(0, -1);
  }
  return w.length === p1 && endsWithShortSyllable(w) ? `${w}e` : w;
}

function step1c(s: string): string {
  const n = s.length;
  const last = s[n - 1];
  if ((last === "y" || last === "Y") && n > 2 && !isVowel(s[n - 2])) return `${s.slice(0, -1)}i`;
  return s;
}

function step2(s: string, p1: number): string {
  const suffix = longestSuffix(s, STEP_2.keys());
  if (!suffix) return s;
  const start = s.length - suffix.length;
  if (start < p1) return s;
  const base = s.slice(0, start);
  if (suffix === "ogi") return base.endsWith("l") ? `${base}og` : s;
  if (suffix === "li") return VALID_LI.has(base.at(-1) ?? "") ? base : s;
  return base + (STEP_2.get(suffix) ?? "");
}

function step3(s: string, p1: number, p2: number): string {
  const suffix = longestSuffix(s, STEP_3.keys());
  if (!suffix) return s;
  const start = s.length - suffix.length;
  if (start < p1) return s;
  const base = s.slice(0, start);
  if (suffix === "ative") return start >= p2 ? base : s;
  return base + (STEP_3.get(suffix) ?? "");
}

function step4(s: string, p2: number): string {
  const suffix = longestSuffix(s, STEP_4);
  if (!suffix) return s;
  const start = s.length - suffix.length;
  if (start < p2) return s;
  const base = s.slice(0, start);
  if (suffix === "ion") return base.endsWith("s") || base.endsWith("t") ? base : s;
  return base;
}

function step5(s: string, p1: number, p2: number): string {
  const n = s.length;
  const start = n - 1;
  const base = s.slice(0, start);
  if (s.endsWith("e")) {
    if (start >= p2 || (start >= p1 && !endsWithShortSyllable(base))) return base;
  } else if (s.endsWith("l")) {
    if (start >= p2 && base.endsWith("l")) return base;
  }
  return s;
}

/** The Porter2 stem of one lower-case English word. */
export function stemEnglish(word: string): string {
  const exception = EXCEPTIONS_1.get(word);
  if (exception !== undefined) return exception;
  if (word.length < 3) return word;

  let s = word.startsWith("'") ? word.slice(1) : word;
  // A y that acts as a consonant (initial, or after a vowel) becomes Y.
  const letters = [...s];
  let hasY = false;
  for (let i = 0; i < letters.length; i++) {
    if (letters[i] === "y" && (i === 0 || isVowel(letters[i - 1]))) {
      letters[i] = "Y";
      hasY = true;
    }
  }
  s = letters.join("");

  let p1 = s.length;
  let p2 = s.length;
  const exceptionalPrefix = R1_PREFIXES.find((p) => s.startsWith(p));
  const r1 = exceptionalPrefix ? exceptionalPrefix.length : pastVowelThenConsonant(s, 0);
  if (r1 >= 0) {
    p1 = r1;
    const r2 = pastVowelThenConsonant(s, r1);
    if (r2 >= 0) p2 = r2;
  }

  s = step1a(s);
  s = step1b(s, p1);
  s = step1c(s);
  s = step2(s, p1);
  s = step3(s, p1, p2);
  s = step4(s, p2);
  s = step5(s, p1, p2);
  return hasY ? s.replaceAll("Y", "y") : s;
}
