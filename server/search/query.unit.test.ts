import { describe, expect, it } from "vitest";
import { NAUGHTY_STRINGS } from "../testing/hostile-input.js";
import { analyze, detectLanguage, words } from "./analyzer.js";
import { compileSearchText, parseQuery, toFts5, toTsquery } from "./query.js";

const terms = (text: string, language: "fr" | "en" = "fr") =>
  analyze(text, language).map((t) => t.term);

describe("the analyser", () => {
  it("removes French elisions with either apostrophe, folds accents, drops stop words", () => {
    expect(terms("L'ambassade d’Allemagne et l'Élysée, jusqu'à lorsqu’il")).toEqual([
      "ambassad",
      "allemagn",
      "elys",
    ]);
    expect(terms("Aujourd'hui qu'il")).toEqual(["aujourd", "hui"]);
  });

  it("keeps reference numbers as adjacent parts", () => {
    expect(terms("Réf. WASHINGTON-2026-0042")).toEqual(["ref", "washington", "2026", "0042"]);
  });

  it("stems English documents in English, possessives included", () => {
    expect(terms("The minister's negotiations", "en")).toEqual(["minist", "negoti"]);
  });

  it("gives offsets in the original text", () => {
    const [first] = words("« L'Ambassade »");
    expect(first).toEqual({ word: "ambassade", start: 4, end: 13 });
  });

  it("tells English from French by their stop words, French by default", () => {
    expect(detectLanguage("The embassy reports on the talks with the ministry")).toBe("en");
    expect(detectLanguage("L'ambassade rend compte des entretiens avec le ministère")).toBe("fr");
    expect(detectLanguage("WASHINGTON-2026-0042")).toBe("fr");
  });
});

describe("the query language", () => {
  it("parses words, phrases, exclusions, OR and prefixes", () => {
    expect(parseQuery('accord "droits de douane" -acier OR négoc* x').clauses).toEqual([
      { negated: false, anyOf: [{ type: "word", text: "accord", prefix: false }] },
      { negated: false, anyOf: [{ type: "phrase", text: "droits de douane" }] },
      { negated: true, anyOf: [{ type: "word", text: "acier", prefix: false }] },
      { negated: false, anyOf: [{ type: "word", text: "négoc", prefix: true }] },
      { negated: false, anyOf: [{ type: "word", text: "x", prefix: false }] },
    ]);
  });

  it("compiles to FTS5 and tsquery from the analysed tokens only", () => {
    const query = compileSearchText('négociations OR steel "droits de douane" -acier négoc*');
    expect(toFts5(query)).toBe(
      '((("negoci" OR "negociat" OR "steel") AND "droit douan" AND "negoc" *) NOT ("aci" OR "acier"))',
    );
    expect(toTsquery(query)).toBe(
      "((('negoci' | 'negociat' | 'steel') & ('droit' <-> 'douan') & 'negoc':*) & !('aci' | 'acier'))",
    );
    expect(toTsquery(query, "A")).toContain("'negoc':*A");
    expect(toFts5(query, "title").startsWith("{title} : ")).toBe(true);
  });

  it("recognises reference numbers and their parts", () => {
    expect(compileSearchText("washington-2026-0042 2026-0042 porte-parole").references).toEqual([
      "WASHINGTON-2026-0042",
      "2026-0042",
    ]);
  });

  it("refuses a query with nothing to look for, or too much", () => {
    expect(() => compileSearchText("le la les")).toThrow(
      expect.objectContaining({ code: "search_query_empty" }),
    );
    expect(() => compileSearchText("-acier")).toThrow(
      expect.objectContaining({ code: "search_query_empty" }),
    );
    const many = Array.from({ length: 17 }, (_, i) => `mot${i}`).join(" ");
    expect(() => compileSearchText(many)).toThrow(
      expect.objectContaining({ code: "search_query_too_complex" }),
    );
  });

  it("never lets engine syntax through", () => {
    for (const input of NAUGHTY_STRINGS) {
      let query: ReturnType<typeof compileSearchText>;
      try {
        query = compileSearchText(input);
      } catch (error) {
        expect((error as { code?: string }).code).toMatch(/^search_query_/);
        continue;
      }
      // Only quoted letter-and-digit tokens, operators and parentheses remain.
      const fts5 = toFts5(query).replace(/"[\p{L}\p{N} ]+"/gu, "");
      expect(fts5).toMatch(/^[()\sANDORNT*]*$/u);
      const tsquery = toTsquery(query).replace(/'[\p{L}\p{N}]+'(:\*)?/gu, "");
      expect(tsquery).toMatch(/^[()\s&|!<\->]*$/u);
    }
  });
});
