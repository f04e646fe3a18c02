import { AppError } from "../errors.js";
import { isStopWord, type Language, stemWord, termOf, words } from "./analyzer.js";

/*
 * The query language users type: words (all must match), "exact phrase", -excluded, OR between
 * two terms (binding tighter than the implicit AND: `a OR b c` is (a OR b) AND c), prefix
 * négoc*, and reference numbers (WASHINGTON-2026-0042, or a part such as WASHINGTON-2026 or
 * 2026-0042) that also go straight to the document. The text is parsed into an AST, analysed
 * with the same analyser as the documents, and compiled to FTS5 MATCH and PostgreSQL tsquery
 * from the analysed tokens only: nothing the user typed reaches either engine as syntax.
 * Parsing never fails on odd input (an unbalanced quote closes at the end, a stray OR or - is
 * ignored); a query with nothing left to look for, or too much, is a 400 with a stable code.
 */

export type QueryTerm =
  | { type: "word"; text: string; prefix: boolean }
  | { type: "phrase"; text: string };

/** Terms joined by OR; a negated clause excludes the documents it matches. */
export interface QueryClause {
  negated: boolean;
  anyOf: QueryTerm[];
}

export interface ParsedQuery {
  clauses: QueryClause[];
}

/** A sequence of adjacent tokens; `prefix` marks the last one as a prefix. */
export interface Alternative {
  tokens: string[];
  prefix: boolean;
}

export interface AnalysedClause {
  negated: boolean;
  /** Any of these matches the clause (a term's French and English stems, its OR partners). */
  alternatives: Alternative[];
}

export interface AnalysedQuery {
  clauses: AnalysedClause[];
  /** Reference numbers or parts typed (upper case, e.g. "WASHINGTON-2026"): direct hits. */
  references: string[];
  /** Every positive token and prefix, for highlighting. */
  highlight: { terms: string[]; prefixes: string[] };
}

export const MAX_CLAUSES = 16;
export const MAX_PHRASE_TOKENS = 16;
const MIN_PREFIX_LENGTH = 2;
const REFERENCE = /^[A-Za-z0-9]+(?:-[A-Za-z0-9]+)+$/;
const LANGUAGES: readonly Language[] = ["fr", "en"];

/** Parses the text of a search box into clauses. Never throws. */
export function parseQuery(input: string): ParsedQuery {
  const clauses: QueryClause[] = [];
  let i = 0;
  let pendingOr = false;
  const n = input.length;
  const isSpace = (c: string | undefined) => c !== undefined && /\s/u.test(c);
  while (i < n) {
    while (i < n && isSpace(input[i])) i++;
    if (i >= n) break;
    let negated = false;
    if (input[i] === "-" && i + 1 < n && !isSpace(input[i + 1])) {
      negated = true;
      i++;
    }
    let term: QueryTerm;
    if (input[i] === '"') {
      const close = input.indexOf('"', i + 1);
      const end = close === -1 ? n : close;
      term = { type: "phrase", text: input.slice(i + 1, end) };
      i = end + 1;
    } else {
      let end = i;
      while (end < n && !isSpace(input[end]) && input[end] !== '"') end++;
      const raw = input.slice(i, end);
      i = end;
      if (raw === "OR" && !negated) {
        pendingOr = clauses.length > 0;
        continue;
      }
      const prefix = raw.endsWith("*");
      term = { type: "word", text: raw.replace(/\*+$/, ""), prefix };
    }
    const previous = clauses.at(-1);
    if (pendingOr && !negated && previous && !previous.negated) previous.anyOf.push(term);
    else clauses.push({ negated, anyOf: [term] });
    pendingOr = false;
  }
  return { clauses };
}

function unique(alternatives: Alternative[]): Alternative[] {
  const seen = new Set<string>();
  return alternatives.filter((a) => {
    const key = `${a.prefix}|${a.tokens.join(" ")}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function analyseTerm(term: QueryTerm): Alternative[] {
  // A word of combining marks only (ﾟ) folds to nothing: neither engine may see an empty term.
  const found = words(term.text).filter((w) => termOf(w.word) !== "");
  if (term.type === "word" && term.prefix) {
    const tokens = found.map((w) => termOf(w.word));
    const last = tokens.at(-1);
    if (last !== undefined && last.length >= MIN_PREFIX_LENGTH) return [{ tokens, prefix: true }];
  }
  const kept = found.filter((w) => !isStopWord(w.word));
  if (kept.length === 0) return [];
  if (kept.length > MAX_PHRASE_TOKENS) throw new AppError("search_query_too_complex");
  return unique(
    LANGUAGES.map((language) => ({
      tokens: kept.map((w) => stemWord(w.word, language)),
      prefix: false,
    })),
  );
}

/** Analyses a parsed query; 400 `search_query_empty` when no positive term is left. */
export function analyseQuery(parsed: ParsedQuery): AnalysedQuery {
  const clauses: AnalysedClause[] = [];
  const references: string[] = [];
  for (const clause of parsed.clauses) {
    const alternatives = unique(clause.anyOf.flatMap(analyseTerm));
    if (alternatives.length === 0) continue;
    clauses.push({ negated: clause.negated, alternatives });
    if (!clause.negated) {
      for (const term of clause.anyOf) {
        if (
          term.type === "word" &&
          !term.prefix &&
          REFERENCE.test(term.text) &&
          /\d{4}/.test(term.text)
        ) {
          references.push(term.text.toUpperCase());
        }
      }
    }
  }
  if (clauses.length > MAX_CLAUSES) throw new AppError("search_query_too_complex");
  const positive = clauses.filter((c) => !c.negated);
  if (positive.length === 0) throw new AppError("search_query_empty");
  const alternatives = positive.flatMap((c) => c.alternatives);
  return {
    clauses,
    references: [...new Set(references)],
    highlight: {
      terms: [...new Set(alternatives.filter((a) => !a.prefix).flatMap((a) => a.tokens))],
      prefixes: [
        ...new Set(alternatives.filter((a) => a.prefix).flatMap((a) => a.tokens.slice(-1))),
      ],
    },
  };
}

/** Parses and analyses the text of a search box. */
export function compileSearchText(input: string): AnalysedQuery {
  return analyseQuery(parseQuery(input));
}

function combine(
  query: AnalysedQuery,
  alternative: (a: Alternative) => string,
  ops: { and: string; or: string; not: (positive: string, negative: string) => string },
): string {
  const clause = (c: AnalysedClause) => {
    const parts = c.alternatives.map(alternative);
    return parts.length === 1 ? (parts[0] ?? "") : `(${parts.join(` ${ops.or} `)})`;
  };
  const positive = query.clauses.filter((c) => !c.negated).map(clause);
  let expression = `(${positive.join(` ${ops.and} `)})`;
  for (const negative of query.clauses.filter((c) => c.negated)) {
    expression = ops.not(expression, clause(negative));
  }
  return expression;
}

/** The FTS5 MATCH expression; `column` restricts it to one column (the title, for ranking). */
export function toFts5(query: AnalysedQuery, column?: "title"): string {
  // Tokens are letters and digits only; quoting still makes each one a plain string.
  const quote = (tokens: string[]) => `"${tokens.join(" ").replaceAll('"', '""')}"`;
  const expression = combine(query, (a) => `${quote(a.tokens)}${a.prefix ? " *" : ""}`, {
    and: "AND",
    or: "OR",
    not: (p, n) => `(${p} NOT ${n})`,
  });
  return column ? `{${column}} : ${expression}` : expression;
}

/** The PostgreSQL tsquery literal; `weight` "A" restricts it to the title's lexemes. */
export function toTsquery(query: AnalysedQuery, weight?: "A"): string {
  const lexeme = (token: string, prefix: boolean) =>
    `'${token.replaceAll("\\", "\\\\").replaceAll("'", "''")}'${prefix || weight ? ":" : ""}${prefix ? "*" : ""}${weight ?? ""}`;
  return combine(
    query,
    (a) => {
      const parts = a.tokens.map((t, i) => lexeme(t, a.prefix && i === a.tokens.length - 1));
      return parts.length === 1 ? (parts[0] ?? "") : `(${parts.join(" <-> ")})`;
    },
    { and: "&", or: "|", not: (p, n) => `(${p} & !${n})` },
  );
}
