import { describe, expect, it } from "vitest";
import { mailSlug } from "../addresses.js";
import { isMbox, splitMbox } from "./mbox.js";
import {
  markingOf,
  messageIdsOf,
  parseMessage,
  sanitizeMailHtml,
  subjectWithoutMarking,
} from "./parse-message.js";
import { stripQuotedText } from "./reply.service.js";

describe("reading a message", () => {
  it("never keeps script, handlers, frames or remote images in the HTML body", () => {
    const dirty =
      '<p onclick="x()">Bonjour <script>alert(1)</script><img src="https://tracker.example/p.gif"><a href="javascript:alert(2)">lien</a><a href="https://www.diplomatie.gouv.fr">site</a></p><iframe src="https://x"></iframe><style>p{}</style>';
    const clean = sanitizeMailHtml(dirty);
    expect(clean).not.toMatch(/script|onclick|<img|javascript:|iframe|<style/i);
    expect(clean).toContain('<a href="https://www.diplomatie.gouv.fr">site</a>');
  });

  it("decodes encoded words in any charset and neutralises attachment names", async () => {
    const raw = Buffer.from(
      [
        "From: =?ISO-8859-1?Q?Andr=E9_Dupr=E9?= <andre@exemple.org>",
        "To: dae@correspondance.diplomatie.fr",
        "Subject: =?KOI8-R?B?8NLJ18XU?=",
        'Content-Type: multipart/mixed; boundary="x"',
        "",
        "--x",
        "Content-Type: text/plain; charset=utf-8",
        "",
        "Texte",
        "--x",
        "Content-Type: application/octet-stream",
        'Content-Disposition: attachment; filename="../../etc/pa\\u0007sswd"',
        "",
        "secret",
        "--x--",
        "",
      ].join("\r\n"),
    );
    const parsed = await parseMessage(raw);
    expect(parsed.from).toEqual({ address: "andre@exemple.org", name: "André Dupré" });
    expect(parsed.subject).toBe("Привет");
    expect(parsed.attachments[0]?.name).not.toMatch(/[\\/]/);
  });

  it("reads markings from a header value or a subject prefix, and spots classified ones", () => {
    expect(markingOf("Diffusion Restreinte")).toBe("DR");
    expect(markingOf("DR Spécial France")).toBe("DR-SF");
    expect(markingOf("np")).toBe("NP");
    expect(markingOf("Secret Défense")).toBe("classified");
    expect(markingOf("urgent")).toBeNull();
    expect(subjectWithoutMarking("[DR] Point de situation")).toBe("Point de situation");
    expect(subjectWithoutMarking("[Projet] Point")).toBe("[Projet] Point");
  });

  it("finds Message-IDs with or without brackets", () => {
    expect(messageIdsOf("<a@b> <c@d>")).toEqual(["a@b", "c@d"]);
    expect(messageIdsOf("bare@id")).toEqual(["bare@id"]);
    expect(messageIdsOf("")).toEqual([]);
  });
});

describe("mbox archives", () => {
  it("splits on From lines after an empty line and unquotes >From", () => {
    const mbox = Buffer.from(
      "From a Sat Nov 28 10:00:00 2026\nSubject: un\n\n>From le début\nFrom dans le texte\n\nFrom b Sat Nov 28 11:00:00 2026\nSubject: deux\n\ncorps\n",
    );
    expect(isMbox(mbox)).toBe(true);
    const messages = splitMbox(mbox).map((m) => m.toString());
    expect(messages).toHaveLength(2);
    expect(messages[0]).toContain("From le début\nFrom dans le texte");
    expect(messages[1]).toContain("Subject: deux");
    expect(isMbox(Buffer.from("Subject: x\n\ny"))).toBe(false);
  });
});

describe("replies by mail", () => {
  it("keeps only what the person wrote", () => {
    expect(stripQuotedText("D'accord.\n\nLe 28 nov. 2026, X a écrit :\n> question")).toBe(
      "D'accord.",
    );
    expect(stripQuotedText("Yes.\nOn Sat, Nov 28, 2026 at 9:00, X wrote:\n> q")).toBe("Yes.");
    expect(stripQuotedText("Merci\n-- \nSignature")).toBe("Merci");
    expect(stripQuotedText("> tout cité")).toBe("");
  });
});

describe("functional addresses", () => {
  it("folds names into local parts", () => {
    expect(mailSlug("Réseau Économie")).toBe("reseau-economie");
    expect(mailSlug("DGP/AMC")).toBe("dgp-amc");
    expect(mailSlug("!!!")).toBe("adresse");
  });
});
