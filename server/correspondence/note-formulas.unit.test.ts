import { describe, expect, it } from "vitest";
import { noteFormulas } from "./note-formulas.js";

const fr = (senderEntity: string, recipientEntity: string) =>
  noteFormulas({ senderEntity, recipientEntity, language: "fr" });

describe("the formulas of a diplomatic note", () => {
  it("contracts « à le » into « au »", () => {
    expect(fr("l'Ambassade de France aux États-Unis", "le Département d'État")).toEqual({
      opening:
        "L'Ambassade de France aux États-Unis présente ses compliments au Département d'État et a l'honneur de",
      closing:
        "L'Ambassade de France aux États-Unis saisit cette occasion pour renouveler au Département d'État les assurances de sa très haute considération.",
    });
  });

  it("contracts « à les » into « aux », keeps « à la » and « à l' »", () => {
    expect(fr("Le Ministère", "les Nations unies").opening).toContain(
      "compliments aux Nations unies",
    );
    expect(fr("Le Ministère", "La Mission permanente du Japon").opening).toContain(
      "compliments à la Mission permanente du Japon",
    );
    expect(fr("Le Ministère", "L'Ambassade d'Allemagne").closing).toContain(
      "renouveler à l'Ambassade d'Allemagne les assurances",
    );
    expect(fr("Le Ministère", "Son Excellence M. le Ministre").opening).toContain(
      "compliments à Son Excellence",
    );
  });

  it("speaks English when the note is in English", () => {
    const formulas = noteFormulas({
      senderEntity: "The Embassy of France",
      recipientEntity: "The Department of State",
      language: "en",
    });
    expect(formulas.opening).toBe(
      "The Embassy of France presents its compliments to the Department of State and has the honour to",
    );
    expect(formulas.closing).toBe(
      "The Embassy of France avails itself of this opportunity to renew to the Department of State the assurances of its highest consideration.",
    );
  });
});
