import { longestSuffix } from "./snowball-english.js";

/*
 * The Snowball French stemmer, current algorithm (Snowball 3: elisions, "-oux", ë/ï kept apart
 * as "He"/"Hi"), written from the published description and checked word by word against the
 * reference vocabulary (snowball.unit.test.ts). Input: one lower-case word. Upper-case U, I, Y
 * mark the letters u, i, y acting as consonants, H marks a diaeresis; the postlude undoes them.
 * Some steps change the word and then fail on purpose (Snowball's `fail(...)`): the next step
 * then sees the changed word, so steps return both the word and whether they succeeded.
 */

const VOWELS = new Set("aeiouyâàëéêèïîôûù");
const isVowel = (c: string | undefined) => c !== undefined && VOWELS.has(c);
const KEEP_WITH_S = new Set("aiouès");
const OUX_ENDING = new Set("bhjlnp");

interface Regions {
  pV: number;
  p1: number;
  p2: number;
}
interface StepResult {
  word: string;
  ok: boolean;
}

function prelude(word: string): string {
  const s = [...word];
  let i = 0;
  while (i < s.length) {
    const c = s[i];
    const next = s[i + 1];
    let changed = true;
    if (isVowel(c) && next === "u" && isVowel(s[i + 2])) s[i + 1] = "U";
    else if (isVowel(c) && next === "i" && isVowel(s[i + 2])) s[i + 1] = "I";
    else if (isVowel(c) && next === "y") s[i + 1] = "Y";
    else if (c === "ë") s.splice(i, 1, "H", "e");
    else if (c === "ï") s.splice(i, 1, "H", "i");
    else if (c === "y" && isVowel(next)) s[i] = "Y";
    else if (c === "q" && next === "u") s[i + 1] = "U";
    else changed = false;
    if (!changed) i++;
  }
  return s.join("");
}

function pastVowelThenConsonant(s: string, from: number): number {
  let i = from;
  while (i < s.length && !isVowel(s[i])) i++;
  i++;
  while (i < s.length && isVowel(s[i])) i++;
  return i < s.length ? i + 1 : -1;
}

function markRegions(s: string): Regions {
  const n = s.length;
  let pV = n;
  if (isVowel(s[0]) && isVowel(s[1]) && n >= 3) pV = 3;
  else if (s.startsWith("par") || s.startsWith("col") || s.startsWith("tap")) pV = 3;
  else if (s.startsWith("ni") && isVowel(s[2])) pV = 3;
  else {
    for (let i = 1; i < n; i++) {
      if (isVowel(s[i])) {
        pV = i + 1;
        break;
      }
    }
  }
  let p1 = n;
  let p2 = n;
  const r1 = pastVowelThenConsonant(s, 0);
  if (r1 >= 0) {
    p1 = r1;
    const r2 = pastVowelThenConsonant(s, r1);
    if (r2 >= 0) p2 = r2;
  }
  return { pV, p1, p2 };
}

const STANDARD_SUFFIXES = [
  "ance",
  "iqUe",
  "isme",
  "able",
  "iste",
  "eux",
  "ances",
  "iqUes",
  "ismes",
  "ables",
  "istes",
  "atrice",
  "ateur",
  "ation",
  "atrices",
  "ateurs",
  "ations",
  "logie",
  "logies",
  "usion",
  "ution",
  "usions",
  "utions",
  "ence",
  "ences",
  "ement",
  "ements",
  "ité",
  "ités",
  "if",
  "ive",
  "ifs",
  "ives",
  "eaux",
  "aux",
  "oux",
  "euse",
  "euses",
  "issement",
  "issements",
  "amment",
  "emment",
  "ment",
  "ments",
];
const PLAIN_R2 = new Set([
  "ance",
  "iqUe",
  "isme",
  "able",
  "iste",
  "eux",
  "ances",
  "iqUes",
  "ismes",
  "ables",
  "istes",
]);

/** Removes `suffix` from the end of `s`. */
const cut = (s: string, length: number) => s.slice(0, s.length - length);

function standardSuffix(s: string, { pV, p1, p2 }: Regions): StepResult {
  const suffix = longestSuffix(s, STANDARD_SUFFIXES);
  const fail = { word: s, ok: false };
  if (!suffix) return fail;
  const start = s.length - suffix.length;
  const base = s.slice(0, start);
  const inR2 = start >= p2;
  if (PLAIN_R2.has(suffix)) return inR2 ? { word: base, ok: true } : fail;
  switch (suffix) {
    case "atrice":
    case "ateur":
    case "ation":
    case "atrices":
    case "ateurs":
    case "ations": {
      if (!inR2) return fail;
      let w = base;
      if (w.endsWith("ic")) w = w.length - 2 >= p2 ? cut(w, 2) : `${cut(w, 2)}iqU`;
      return { word: w, ok: true };
    }
    case "logie":
    case "logies":
      return inR2 ? { word: `${base}log`, ok: true } : fail;
    case "usion":
    case "ution":
    case "usions":
    case "utions":
      return inR2 ? { word: `${base}u`, ok: true } : fail;
    case "ence":
    case "ences":
      return inR2 ? { word: `${base}ent`, ok: true } : fail;
    case "ement":
    case "ements": {
      if (start < pV) return fail;
      let w = base;
      const next = longestSuffix(w, ["iv", "eus", "abl", "iqU", "ièr", "Ièr"]);
      const at = w.length - (next?.length ?? 0);
      if (next === "iv") {
        if (at >= p2) {
          w = cut(w, 2);
          if (w.endsWith("at") && w.length - 2 >= p2) w = cut(w, 2);
        }
      } else if (next === "eus") {
        if (at >= p2) w = cut(w, 3);
        else if (at >= p1) w = `${cut(w, 3)}eux`;
      } else if (next === "abl" || next === "iqU") {
        if (at >= p2) w = cut(w, 3);
      } else if (next === "ièr" || next === "Ièr") {
        if (at >= pV) w = `${cut(w, 3)}i`;
      }
      return { word: w, ok: true };
    }
    case "ité":
    case "ités": {
      if (!inR2) return fail;
      let w = base;
      const next = longestSuffix(w, ["abil", "ic", "iv"]);
      const at = w.length - (next?.length ?? 0);
      if (next === "abil") w = at >= p2 ? cut(w, 4) : `${cut(w, 4)}abl`;
      else if (next === "ic") w = at >= p2 ? cut(w, 2) : `${cut(w, 2)}iqU`;
      else if (next === "iv" && at >= p2) w = cut(w, 2);
      return { word: w, ok: true };
    }
    case "if":
    case "ive":
    case "ifs":
    case "ives": {
      if (!inR2) return fail;
      let w = base;
      if (w.endsWith("at") && w.length - 2 >= p2) {
        w = cut(w, 2);
        if (w.endsWith("ic")) w = w.length - 2 >= p2 ? cut(w, 2) : `${cut(w, 2)}iqU`;
      }
      return { word: w, ok: true };
    }
    case "eaux":
      return { word: `${base}eau`, ok: true };
    case "aux":
      return start >= p1 ? { word: `${base}al`, ok: true } : fail;
    case "oux":
      return OUX_ENDING.has(base.at(-1) ?? "") ? { word: `${base}ou`, ok: true } : fail;
    case "euse":
    case "euses":
      if (inR2) return { word: base, ok: true };
      return start >= p1 ? { word: `${base}eux`, ok: true } : fail;
    case "issement":
    case "issements":
      return start >= p1 && start > 0 && !isVowel(base.at(-1)) ? { word: base, ok: true } : fail;
    // The next three change the word and fail so the verb steps still run (-ment follows a
    // past participle: « confusément »).
    case "amment":
      return { word: start >= pV ? `${base}ant` : s, ok: false };
    case "emment":
      return { word: start >= pV ? `${base}ent` : s, ok: false };
    default: {
      // "ment", "ments" after a vowel in RV.
      const before = start - 1;
      return { word: before >= pV && isVowel(s[before]) ? base : s, ok: false };
    }
  }
}

const I_VERB_SUFFIXES = [
  "îmes",
  "ît",
  "îtes",
  "i",
  "ie",
  "ies",
  "ir",
  "ira",
  "irai",
  "iraIent",
  "irais",
  "irait",
  "iras",
  "irent",
  "irez",
  "iriez",
  "irions",
  "irons",
  "iront",
  "is",
  "issaIent",
  "issais",
  "issait",
  "issant",
  "issante",
  "issantes",
  "issants",
  "isse",
  "issent",
  "isses",
  "issez",
  "issiez",
  "issions",
  "issons",
  "it",
];

/** The longest suffix lying wholly in RV. */
function longestSuffixInRv(s: string, suffixes: readonly string[], pV: number): string | null {
  return longestSuffix(
    s,
    suffixes.filter((x) => s.length - x.length >= pV),
  );
}

function iVerbSuffix(s: string, { pV }: Regions): StepResult {
  const suffix = longestSuffixInRv(s, I_VERB_SUFFIXES, pV);
  if (!suffix) return { word: s, ok: false };
  const before = s.length - suffix.length - 1;
  if (before >= pV && s[before] !== "H" && !isVowel(s[before])) {
    return { word: cut(s, suffix.length), ok: true };
  }
  return { word: s, ok: false };
}

const VERB_DELETE = [
  "é",
  "ée",
  "ées",
  "és",
  "èrent",
  "er",
  "era",
  "erai",
  "eraIent",
  "erais",
  "erait",
  "eras",
  "erez",
  "eriez",
  "erions",
  "erons",
  "eront",
  "ez",
  "iez",
  "eais",
];
const VERB_A = [
  "âmes",
  "ât",
  "âtes",
  "a",
  "ai",
  "aIent",
  "ait",
  "ant",
  "ante",
  "antes",
  "ants",
  "as",
  "asse",
  "assent",
  "asses",
  "assiez",
  "assions",
];
/** "-ais(e)(s)": nationality adjectives and verb forms alike, except after a short "…al" (palais). */
const VERB_AIS = ["ais", "aise", "aises"];
const VERB_SUFFIXES = ["ions", ...VERB_DELETE, ...VERB_A, ...VERB_AIS];

function verbSuffix(s: string, { pV, p2 }: Regions): StepResult {
  const suffix = longestSuffixInRv(s, VERB_SUFFIXES, pV);
  if (!suffix) return { word: s, ok: false };
  const start = s.length - suffix.length;
  if (suffix === "ions") {
    return start >= p2 ? { word: s.slice(0, start), ok: true } : { word: s, ok: false };
  }
  if (VERB_DELETE.includes(suffix)) return { word: s.slice(0, start), ok: true };
  if (VERB_AIS.includes(suffix)) {
    const before = s.slice(0, start);
    const kept =
      before.endsWith("épl") || before.endsWith("auv") || (before.endsWith("al") && start === 3);
    return kept ? { word: s, ok: false } : { word: before, ok: true };
  }
  const withE = start - 1 >= pV && s[start - 1] === "e";
  return { word: s.slice(0, withE ? start - 1 : start), ok: true };
}

function residualSuffix(s: string, { pV, p2 }: Regions): string {
  let w = s;
  if (w.endsWith("s")) {
    const at = w.length - 1;
    if (
      (at >= 2 && w.slice(at - 2, at) === "Hi") ||
      (at >= 1 && !KEEP_WITH_S.has(w[at - 1] ?? ""))
    ) {
      w = w.slice(0, at);
    }
  }
  const suffix = longestSuffixInRv(w, ["ion", "ier", "ière", "Ier", "Ière", "e"], pV);
  if (!suffix) return w;
  const start = w.length - suffix.length;
  if (suffix === "ion") {
    const before = w[start - 1];
    return start >= p2 && start - 1 >= pV && (before === "s" || before === "t")
      ? w.slice(0, start)
      : w;
  }
  if (suffix === "e") return w.slice(0, start);
  return `${w.slice(0, start)}i`;
}

function unDouble(s: string): string {
  return ["enn", "onn", "ett", "ell", "eill"].some((e) => s.endsWith(e)) ? s.slice(0, -1) : s;
}

function unAccent(s: string): string {
  let i = s.length - 1;
  while (i >= 0 && !isVowel(s[i])) i--;
  if (i === s.length - 1 || i < 0) return s;
  return s[i] === "é" || s[i] === "è" ? `${s.slice(0, i)}e${s.slice(i + 1)}` : s;
}

const POSTLUDE: Record<string, string> = { I: "i", U: "u", Y: "y" };

function postlude(s: string): string {
  return s.replace(/H[ei]|H|[IUY]/g, (m) => {
    if (m === "He") return "ë";
    if (m === "Hi") return "ï";
    if (m === "H") return "";
    return POSTLUDE[m] ?? m;
  });
}

/** The Snowball stem of one lower-case French word. */
export function stemFrench(word: string): string {
  let s = word;
  const elision = /^(?:[cdjlmnst]|qu)'/.exec(s);
  if (elision && s.length > elision[0].length) s = s.slice(elision[0].length);
  s = prelude(s);
  const regions = markRegions(s);

  let result = standardSuffix(s, regions);
  if (!result.ok) result = iVerbSuffix(result.word, regions);
  if (!result.ok) result = verbSuffix(result.word, regions);
  if (result.ok) {
    s = result.word;
    if (s.endsWith("Y")) s = `${s.slice(0, -1)}i`;
    else if (s.endsWith("ç")) s = `${s.slice(0, -1)}c`;
  } else {
    s = residualSuffix(result.word, regions);
  }
  s = unDouble(s);
  s = unAccent(s);
  return postlude(s);
}
