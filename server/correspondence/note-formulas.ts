import type { Locale } from "../../shared/vocabulary.js";

/*
 * The formulas of a diplomatic note (note verbale), written in the third person:
 * « L'Ambassade de France présente ses compliments au Département d'État et a l'honneur de … »
 * « L'Ambassade de France saisit cette occasion pour renouveler au Département d'État les
 *   assurances de sa très haute considération. »
 */

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** « à » before an entity, contracted with its article: au, aux, à la, à l'. */
function toEntityFr(entity: string): string {
  const trimmed = entity.trim();
  const word = /^(les|le|la)\s+(.+)$/i.exec(trimmed);
  if (word) {
    const [, article = "", rest = ""] = word;
    const contracted = { le: "au", les: "aux", la: "à la" }[article.toLowerCase()];
    return `${contracted} ${rest}`;
  }
  const elided = /^l['’](.+)$/i.exec(trimmed);
  return elided ? `à l'${elided[1]}` : `à ${trimmed}`;
}

/** "The Embassy" → "the Embassy" after "to". */
const lowerTheEn = (entity: string) => entity.trim().replace(/^The /, "the ");

/** The opening and closing formulas of a note, from its sender and recipient entities. */
export function noteFormulas(note: {
  senderEntity: string;
  recipientEntity: string;
  language: Locale;
}): { opening: string; closing: string } {
  const sender = capitalize(note.senderEntity.trim());
  switch (note.language) {
    case "fr": {
      const recipient = toEntityFr(note.recipientEntity);
      return {
        opening: `${sender} présente ses compliments ${recipient} et a l'honneur de`,
        closing: `${sender} saisit cette occasion pour renouveler ${recipient} les assurances de sa très haute considération.`,
      };
    }
    case "en": {
      const recipient = lowerTheEn(note.recipientEntity);
      return {
        opening: `${sender} presents its compliments to ${recipient} and has the honour to`,
        closing: `${sender} avails itself of this opportunity to renew to ${recipient} the assurances of its highest consideration.`,
      };
    }
  }
}
