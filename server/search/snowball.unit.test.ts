import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { stemEnglish } from "./snowball-english.js";
import { stemFrench } from "./snowball-french.js";

/*
 * The reference vocabularies of the current Snowball algorithms (../shared/fixtures/text):
 * each word with its expected stem. The issue tolerates 0.5% disagreement; we aim at none.
 */
const FIXTURES = fileURLToPath(new URL("../../../shared/fixtures/text/", import.meta.url));

function disagreements(language: "french" | "english", stem: (word: string) => string) {
  const lines = (name: string) =>
    readFileSync(`${FIXTURES}snowball-${language}-${name}.txt`, "utf8").split("\n").slice(0, -1);
  const words = lines("voc");
  const expected = lines("output");
  const wrong = words.flatMap((word, i) => {
    const got = stem(word);
    return got === expected[i] ? [] : [`${word} → ${got} (expected ${expected[i]})`];
  });
  return { total: words.length, wrong };
}

describe("Snowball stemmers against the reference vocabularies", () => {
  it.each([
    ["french", stemFrench],
    ["english", stemEnglish],
  ] as const)("%s: at most 0.5% of the words stem differently", (language, stem) => {
    const { total, wrong } = disagreements(language, stem);
    expect(total).toBeGreaterThan(20_000);
    const rate = wrong.length / total;
    expect(wrong.slice(0, 20), `${wrong.length} of ${total} differ`).toEqual(
      rate <= 0.005 ? wrong.slice(0, 20) : [],
    );
    expect(rate).toBeLessThanOrEqual(0.005);
  });
});
