import { describe, expect, it } from "vitest";
import { parseRichSource } from "../../shared/rich-text.js";
import { plainTextOf, RichDocument } from "../../shared/schemas/feed.js";

const ID = "0b7a8a94-2d51-4d1f-8f0e-3c9a1b2c3d4e";

describe("the composer's source syntax", () => {
  it("turns bold, italic, links, mentions and lists into a document", () => {
    const doc = parseRichSource(
      `Réunion **jeudi** à *10 h*, voir [le site](https://www.diplomatie.gouv.fr/).\nAvec @[Claire Dupont](user:${ID}).\n\n- premier point\n- second point\n\n1. un\n2. deux`,
    );
    expect(doc.blocks).toEqual([
      {
        type: "paragraph",
        content: [
          { type: "text", text: "Réunion " },
          { type: "text", text: "jeudi", bold: true },
          { type: "text", text: " à " },
          { type: "text", text: "10 h", italic: true },
          { type: "text", text: ", voir " },
          { type: "link", href: "https://www.diplomatie.gouv.fr/", text: "le site" },
          { type: "text", text: ".\nAvec " },
          { type: "mention", target: "user", id: ID, label: "Claire Dupont" },
          { type: "text", text: "." },
        ],
      },
      {
        type: "list",
        ordered: false,
        items: [
          [{ type: "text", text: "premier point" }],
          [{ type: "text", text: "second point" }],
        ],
      },
      {
        type: "list",
        ordered: true,
        items: [[{ type: "text", text: "un" }], [{ type: "text", text: "deux" }]],
      },
    ]);
    expect(RichDocument.safeParse(doc).success).toBe(true);
    expect(plainTextOf(doc)).toContain("@Claire Dupont");
  });

  it("keeps markup and unsafe links as plain text", () => {
    const doc = parseRichSource("<script>alert(1)</script> [clic](javascript:alert(1))");
    expect(doc.blocks).toEqual([
      {
        type: "paragraph",
        content: [{ type: "text", text: "<script>alert(1)</script> [clic](javascript:alert(1))" }],
      },
    ]);
  });

  it("a blank source has no block (and the schema refuses it)", () => {
    const doc = parseRichSource(" \n \n");
    expect(doc.blocks).toEqual([]);
    expect(RichDocument.safeParse(doc).success).toBe(false);
  });
});
