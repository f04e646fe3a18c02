import type { Alternative, AnalysedQuery } from "./query.js";

/*
 * Evaluates an analysed query against ONE document's terms, in memory, with the engines'
 * semantics: every positive clause has an alternative found, no negated clause has one; an
 * alternative is its tokens adjacent in the title or in the body (never across them), the last
 * one as a prefix when it is one. Used to test many saved searches against a new document
 * without a query per saved search.
 */

export interface DocumentTerms {
  title: readonly string[];
  body: readonly string[];
}

function foundIn(terms: readonly string[], alternative: Alternative): boolean {
  const { tokens, prefix } = alternative;
  const n = tokens.length;
  if (n === 0) return false;
  for (let start = 0; start + n <= terms.length; start++) {
    let all = true;
    for (let i = 0; i < n; i++) {
      const term = terms[start + i] ?? "";
      const token = tokens[i] ?? "";
      const last = i === n - 1;
      if (!(last && prefix ? term.startsWith(token) : term === token)) {
        all = false;
        break;
      }
    }
    if (all) return true;
  }
  return false;
}

/** Whether the document matches the query. */
export function documentMatches(query: AnalysedQuery, terms: DocumentTerms): boolean {
  return query.clauses.every((clause) => {
    const hit = clause.alternatives.some((a) => foundIn(terms.title, a) || foundIn(terms.body, a));
    return clause.negated ? !hit : hit;
  });
}
