import { describe, expect, it } from "vitest";
import { archiveTransferReplyXml } from "../testing/seda-reply-factory.js";
import { validateSeda } from "../testing/seda-validation.js";
import { pronomFormat } from "./pronom.js";
import { buildArchiveTransfer, type SedaArchiveUnit, xmlId, xmlText } from "./seda.js";
import { InvalidTransferReply, parseArchiveTransferReply } from "./seda-reply.js";

const object = (id: string, mimeType: string, version = "BinaryMaster_1") => ({
  id,
  version,
  uri: `content/${id}`,
  sha512: "ab".repeat(64),
  size: 42,
  mimeType,
  formatId: pronomFormat(mimeType).id,
  formatName: pronomFormat(mimeType).name,
  filename: `${id}.bin`,
});

function unit(id: string, overrides: Partial<SedaArchiveUnit> = {}): SedaArchiveUnit {
  return {
    id,
    descriptionLevel: "Item",
    title: "États-Unis — droits de douane",
    description: "L'administration prépare de nouveaux droits.",
    filePlanPosition: "2.3.1",
    originatingSystemId: "WASHINGTON-2026-0001",
    documentType: "Télégramme diplomatique",
    language: "fr",
    keywords: ["commerce", "douanes"],
    spatial: ["US"],
    originatingAgency: { identifier: "Washington", name: "Ambassade de France aux États-Unis" },
    writer: "Jeanne Dupont",
    createdDate: "2026-11-20T08:00:00.000Z",
    sentDate: "2026-11-20T09:00:00.000Z",
    references: [],
    externalReferences: [],
    appraisal: { ruleId: "APP-120M", startDate: "2026-11-20T09:00:00.000Z", finalAction: "Keep" },
    access: { ruleId: "ACC-25Y", startDate: "2026-11-20T09:00:00.000Z" },
    classification: null,
    objects: [
      object(`${id}-json`, "application/json"),
      object(`${id}-pdf`, "application/pdf", "Dissemination_1"),
    ],
    children: [],
    ...overrides,
  };
}

const transfer = (units: SedaArchiveUnit[]) =>
  buildArchiveTransfer({
    messageIdentifier: "MEAE-VERSEMENT-20261128-0001",
    date: "2026-11-28T10:00:00.000Z",
    comment: "Versement de test",
    archivalAgreement: null,
    archivalAgency: "Archives-diplomatiques",
    transferringAgency: "MEAE",
    originatingAgencyIdentifier: "MEAE",
    units,
  });

describe("the SEDA 2.2 ArchiveTransfer manifest", () => {
  it("validates with a thread (a reply referencing what it answers), attachments and a DR unit", async () => {
    const xml = transfer([
      unit("au-1", {
        children: [
          unit("au-1-att1", {
            objects: [object("au-1-att1-bin", "image/png")],
            appraisal: null,
            access: null,
          }),
        ],
      }),
      unit("au-2", {
        title: "RE: États-Unis — droits de douane",
        references: ["au-1"],
        externalReferences: ["PARIS-2025-0042"],
        classification: { ruleId: "CLA-DR", startDate: "2026-11-21", level: "DR", owner: "MEAE" },
      }),
    ]);
    const result = await validateSeda(xml);
    expect(result.output).toContain("validates");
    expect(result.valid).toBe(true);
    expect(xml).toContain('<MessageDigest algorithm="SHA-512">');
    expect(xml).toContain("<ArchiveUnitRefId>au-1</ArchiveUnitRefId>");
    expect(xml).toContain("<ClassificationLevel>DR</ClassificationLevel>");
  });

  it("stays valid whatever the text holds (naughty titles, control characters, empty fields)", async () => {
    const xml = transfer([
      unit("au-x", {
        title: '<script>alert("x")</script> & \u0000\u0007 ‮ 𝕏',
        description: "",
        keywords: ["]]>", "a & b"],
        writer: null,
        originatingAgency: null,
        spatial: [],
      }),
    ]);
    expect((await validateSeda(xml)).valid).toBe(true);
    expect(xml).not.toContain("<script>");
  });

  it("is refused by the schema when broken, so the check can fail", async () => {
    const xml = transfer([unit("au-1")]).replace(
      "<DescriptionLevel>Item</DescriptionLevel>",
      "<DescriptionLevel>Nothing</DescriptionLevel>",
    );
    expect((await validateSeda(xml)).valid).toBe(false);
  });

  it("makes xml:IDs of any identifier and escapes text", () => {
    expect(xmlId("au", "0c9e-1/2")).toBe("au-0c9e-1_2");
    expect(xmlText('a<b>&"')).toBe("a&lt;b&gt;&amp;&quot;");
  });

  it("names PRONOM formats, PDF by the version its header declares", () => {
    expect(pronomFormat("application/pdf", Buffer.from("%PDF-1.3\n")).id).toBe("fmt/17");
    expect(pronomFormat("application/pdf", Buffer.from("%PDF-1.7\n")).id).toBe("fmt/276");
    expect(pronomFormat("application/json").id).toBe("fmt/817");
    expect(pronomFormat("text/plain; charset=utf-8").id).toBe("x-fmt/111");
    expect(pronomFormat("message/rfc822").id).toBe("fmt/278");
    expect(pronomFormat("image/jpeg").id).toBe("fmt/43");
    expect(pronomFormat("application/octet-stream").id).toBeNull();
  });
});

describe("the ArchiveTransferReply", () => {
  const reply = (replyCode: string) =>
    archiveTransferReplyXml({
      messageRequestIdentifier: "MEAE-VERSEMENT-20261128-0001",
      replyCode,
      units: new Map([
        ["au-1", "aeaqaaaaaahgausqab7boak55nw5vqaaaaaq"],
        ["au-2", "aeaqaaaaaahgausqab7boak55nw5vqaaaabq"],
      ]),
    });

  it("built for the tests is itself valid SEDA 2.2", async () => {
    expect((await validateSeda(reply("OK"))).valid).toBe(true);
  });

  it("gives the transfer it answers, its verdict and the archive's identifiers", () => {
    const parsed = parseArchiveTransferReply(reply("OK"));
    expect(parsed.messageRequestIdentifier).toBe("MEAE-VERSEMENT-20261128-0001");
    expect(parsed.accepted).toBe(true);
    expect(parsed.unitIdentifiers.get("au-2")).toBe("aeaqaaaaaahgausqab7boak55nw5vqaaaabq");
    expect(parseArchiveTransferReply(reply("KO")).accepted).toBe(false);
  });

  it("refuses what is not a reply: a DOCTYPE, another message, broken XML", () => {
    const bomb = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">]><ArchiveTransferReply/>`;
    expect(() => parseArchiveTransferReply(bomb)).toThrow(InvalidTransferReply);
    expect(() => parseArchiveTransferReply(transfer([unit("au-1")]))).toThrow(InvalidTransferReply);
    expect(() => parseArchiveTransferReply("<ArchiveTransferReply><Date>")).toThrow(
      InvalidTransferReply,
    );
    expect(() => parseArchiveTransferReply("not xml at all")).toThrow(InvalidTransferReply);
  });
});
