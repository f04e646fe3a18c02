import { describe, expect, it } from "vitest";
import type { CorrespondenceDetail } from "../../shared/schemas/correspondence.js";
import { telegramContent } from "../testing/correspondence-factory.js";
import { renderCorrespondencePdf } from "./pdf.js";

/** The text a PDF shows, from its uncompressed content streams (pdfkit writes hex strings). */
function textOf(pdf: Buffer): string {
  const raw = pdf.toString("latin1");
  const arrays = raw.match(/\[(?:<[0-9a-f]+>\s*-?[\d.]*\s*)+\] TJ/g) ?? [];
  return arrays
    .map((array) =>
      [...array.matchAll(/<([0-9a-f]+)>/g)]
        .map((m) => Buffer.from(m[1] ?? "", "hex").toString("latin1"))
        .join(""),
    )
    .join("\n");
}

const pagesOf = (pdf: Buffer) => (pdf.toString("latin1").match(/\/Type \/Page\b/g) ?? []).length;

function telegram(overrides: Partial<CorrespondenceDetail["content"]> = {}): CorrespondenceDetail {
  const content = telegramContent();
  return {
    id: "7f1c2f4e-7d51-4a0e-9a6b-0c1f1f3d2a10",
    kind: "telegram",
    state: "dispatched",
    reference: "WASHINGTON-2026-0042",
    originUnit: {
      id: "5b7e1f3a-1c2d-4e5f-8a9b-0c1d2e3f4a5b",
      kind: "embassy",
      name: "Ambassade de France aux États-Unis",
      shortName: "Ambassade Washington",
      countryCode: "US",
      city: "Washington",
    },
    drafter: { id: "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d", displayName: "Juliette Lacombe" },
    version: 3,
    content: {
      ...content,
      marking: "DR",
      paragraphs: content.paragraphs.map((p) => ({
        marking: p.marking === "DR" ? "DR" : "NP",
        text: p.text,
      })),
      ...overrides,
    },
    attachments: [],
    addresseeNames: {},
    referenceLabels: {},
    formulas: null,
    warnings: [],
    createdAt: "2026-11-20T09:00:00.000Z",
    updatedAt: "2026-11-21T09:00:00.000Z",
    dispatchedAt: "2026-11-21T10:00:00.000Z",
    abilities: { edit: false, submit: false, inviteEditor: false },
  };
}

const context = { addresseeNames: new Map(), referenceLabels: new Map(), compress: false };

describe("the printed telegram", () => {
  it("prints the marking banner at the top and bottom of every page", async () => {
    const long = Array.from({ length: 40 }, (_, i) => ({
      marking: "NP" as const,
      text: `Paragraphe ${i + 1}. ${"Les consultations se poursuivent à Washington. ".repeat(12)}`,
    }));
    const pdf = await renderCorrespondencePdf(telegram({ paragraphs: long }), context);
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    const pages = pagesOf(pdf);
    expect(pages).toBeGreaterThan(2);
    const banners = textOf(pdf)
      .split("\n")
      .filter((line) => line === "DIFFUSION RESTREINTE");
    expect(banners).toHaveLength(2 * pages);
  });

  it("carries the header block and each paragraph's marking", async () => {
    const pdf = await renderCorrespondencePdf(telegram(), context);
    const text = textOf(pdf);
    for (const expected of ["WASHINGTON-2026-0042", "PRIORITAIRE", "(NP)", "(DR)", "Objet"]) {
      expect(text).toContain(expected);
    }
  });

  it("says Spécial France on a DR-SF document", async () => {
    const pdf = await renderCorrespondencePdf(telegram({ marking: "DR-SF" }), context);
    expect(textOf(pdf)).toContain("DIFFUSION RESTREINTE — SPÉCIAL FRANCE".replace("—", "\u0097"));
  });
});
