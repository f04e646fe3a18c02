import type { DraftContent } from "../../shared/schemas/correspondence.js";

/** A well-formed telegram draft content; tests override what matters to them. */
export function telegramContent(overrides: Partial<DraftContent> = {}): DraftContent {
  return {
    subject: "États-Unis — position sur le commerce transatlantique",
    summary:
      "L'administration prépare de nouveaux droits de douane.\nLes secteurs visés sont connus.",
    precedence: "priority",
    marking: "DR",
    tags: ["commerce", "douanes"],
    countryTags: ["US"],
    references: [],
    paragraphs: [
      { marking: "NP", text: "Le département du Commerce a publié un avis." },
      { marking: "DR", text: "Nos interlocuteurs indiquent que la décision est prise." },
    ],
    addressees: [],
    actionDeadline: null,
    note: null,
    email: null,
    ...overrides,
  };
}
