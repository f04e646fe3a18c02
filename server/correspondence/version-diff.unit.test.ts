import { describe, expect, it } from "vitest";
import { telegramContent } from "../testing/correspondence-factory.js";
import { compareContents, textDiff } from "./version-diff.js";

const nameOf = (id: string) => `nom de ${id}`;
const AMERICAS = "00000000-0000-4000-8000-000000000001";
const BERLIN = "00000000-0000-4000-8000-000000000002";

describe("textDiff", () => {
  it("marks added and removed words and reads back both texts", () => {
    const runs = textDiff(
      "Le département a publié un avis.",
      "Le département du Commerce a publié un avis.",
    );
    expect(runs.filter((r) => r.op === "added").map((r) => r.text.trim())).toEqual(["du Commerce"]);
    expect(
      runs
        .filter((r) => r.op !== "added")
        .map((r) => r.text)
        .join(""),
    ).toBe("Le département a publié un avis.");
    expect(
      runs
        .filter((r) => r.op !== "removed")
        .map((r) => r.text)
        .join(""),
    ).toBe("Le département du Commerce a publié un avis.");
  });
});

describe("compareContents", () => {
  it("lists only the fields that changed", () => {
    const before = telegramContent();
    const after = telegramContent({ subject: "Nouvel objet", tags: ["commerce", "acier"] });
    const diff = compareContents(before, after, nameOf);
    expect(diff.fields.map((f) => f.field)).toEqual(["subject", "tags"]);
    expect(diff.fields[1]).toMatchObject({ before: "commerce, douanes", after: "commerce, acier" });
  });

  it("aligns paragraphs: kept, rewritten in place, inserted and removed", () => {
    const p = (text: string, marking = "NP") => ({ marking, text });
    const before = telegramContent({
      paragraphs: [p("Un."), p("Deux, version initiale."), p("Trois."), p("Quatre.")],
    });
    const after = telegramContent({
      paragraphs: [
        p("Un."),
        p("Deux, version revue."),
        p("Trois."),
        p("Trois bis."),
        p("Cinq.", "DR"),
      ],
    });
    const rows = compareContents(before, after, nameOf).paragraphs;
    expect(rows.map((r) => r.status)).toEqual(["same", "changed", "same", "changed", "added"]);
    expect(rows[1]?.diff).toContainEqual({ op: "added", text: "revue" });
    expect(rows[1]?.diff).toContainEqual({ op: "removed", text: "initiale" });
    expect(rows[3]).toMatchObject({ before: p("Quatre."), after: p("Trois bis.") });
    const removedOnly = compareContents(after, telegramContent({ paragraphs: [p("Un.")] }), nameOf);
    expect(removedOnly.paragraphs.map((r) => r.status)).toEqual([
      "same",
      "removed",
      "removed",
      "removed",
      "removed",
    ]);
  });

  it("sees a marking change of a paragraph as a change of that paragraph", () => {
    const before = telegramContent({ paragraphs: [{ marking: "NP", text: "Texte." }] });
    const after = telegramContent({ paragraphs: [{ marking: "DR", text: "Texte." }] });
    const [row] = compareContents(before, after, nameOf).paragraphs;
    expect(row).toMatchObject({
      status: "changed",
      before: { marking: "NP" },
      after: { marking: "DR" },
    });
  });

  it("names addressees added, removed and switched between action and information", () => {
    const before = telegramContent({
      addressees: [
        { type: "unit", id: AMERICAS, mode: "info" },
        { type: "unit", id: BERLIN, mode: "info" },
      ],
    });
    const after = telegramContent({
      addressees: [{ type: "unit", id: AMERICAS, mode: "action" }],
    });
    expect(compareContents(before, after, nameOf).addressees).toEqual([
      {
        status: "mode_changed",
        type: "unit",
        id: AMERICAS,
        name: `nom de ${AMERICAS}`,
        modeBefore: "info",
        modeAfter: "action",
      },
      {
        status: "removed",
        type: "unit",
        id: BERLIN,
        name: `nom de ${BERLIN}`,
        modeBefore: "info",
        modeAfter: null,
      },
    ]);
  });

  it("finds nothing between identical versions", () => {
    const diff = compareContents(telegramContent(), telegramContent(), nameOf);
    expect(diff.fields).toEqual([]);
    expect(diff.addressees).toEqual([]);
    expect(diff.paragraphs.every((r) => r.status === "same")).toBe(true);
  });
});
