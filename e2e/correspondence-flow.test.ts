import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Browser, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_PEOPLE } from "../server/seed/demo-data.js";
import {
  chromiumAvailable,
  horizontalOverflow,
  launchChromium,
  type Portal,
  seriousAccessibilityViolations,
  signInFirstTime,
  startPortal,
} from "./harness.js";

/*
 * The whole life of a DR telegram across five people, each in their own browser context: the
 * drafter at the Embassy in Washington writes it, attaches a file and submits it; the head of
 * post signs it (it is dispatched); the Americas directorate handles it for action; Berlin reads
 * it for information; the trainee without clearance finds nothing, not even its files.
 */

const DIRECTORATE = "Direction des Amériques et des Caraïbes";
const BERLIN = "Ambassade de France en Allemagne";
const SIGNER = "Hervé Castelnau";
// The demo holds hundreds of correspondences: ours is found by a subject no other one has.
const SUBJECT = `États-Unis — contingents d'acier, demande d'instructions (${Date.now().toString(36)})`;
const ATTACHMENT_NAME = "compte-rendu-entretien.txt";

/** A colleague of the Americas directorate who may read DR documents: the one to assign it to. */
const COLLEAGUE = (() => {
  const person = DEMO_PEOPLE.find(
    (p) =>
      p.clearance !== null &&
      !p.email.startsWith("agent.amerique@") &&
      p.assignments.some((a) => a.unitKey === "dgp-amc" && a.isPrincipal),
  );
  if (person === undefined) throw new Error("the demo has no cleared colleague in dgp-amc");
  return `${person.givenName} ${person.familyName}`;
})();

/** Picks an option of a directory picker (units or people) after filtering it by a text. */
async function pick(scope: Page | Locator, filter: string, search: string, option: string) {
  await scope.getByLabel(filter).fill(search);
  const select = scope.getByLabel(/^(Unité|Personne) choisie/);
  const choice = select.locator("option", { hasText: option });
  await choice.first().waitFor({ state: "attached" });
  await select.selectOption((await choice.first().getAttribute("value")) ?? "");
}

/** The row of a box holding our document, asking for more pages until it shows up. */
async function rowOfSubject(page: Page): Promise<Locator> {
  const row = page.getByRole("row").filter({ hasText: SUBJECT });
  const more = page.getByRole("button", { name: "Afficher plus" });
  await expect
    .poll(
      async () => {
        if ((await row.count()) > 0) return true;
        if ((await more.count()) > 0 && (await more.isEnabled())) await more.click();
        return false;
      },
      { timeout: 15_000 },
    )
    .toBe(true);
  return row;
}

/** The HTTP statuses the signed-in page gets for same-origin URLs. */
function statusesOf(page: Page, urls: string[]): Promise<number[]> {
  return page.evaluate(
    (list) => Promise.all(list.map((url) => fetch(url).then((response) => response.status))),
    urls,
  );
}

describe.skipIf(!chromiumAvailable())(
  "a DR telegram from drafting to handling, across five people, in real Chromium",
  () => {
    let portal: Portal;
    let browser: Browser;
    let documentPath = "";
    let attachmentPath = "";
    let pdfPath = "";
    let reference = "";
    let attachmentFile = "";
    const consoleErrors: string[] = [];

    async function newPage(): Promise<Page> {
      const page = await (await browser.newContext({ locale: "fr-FR" })).newPage();
      page.on("console", (message) => {
        if (message.type() === "error") consoleErrors.push(message.text());
      });
      page.on("pageerror", (error) => consoleErrors.push(error.message));
      return page;
    }

    beforeAll(async () => {
      portal = await startPortal();
      browser = await launchChromium();
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), "diplomatie-flow-"));
      attachmentFile = path.join(dir, ATTACHMENT_NAME);
      fs.writeFileSync(
        attachmentFile,
        "Compte rendu de l'entretien avec le département du Commerce, 9 heures.\n",
      );
    });
    afterAll(async () => {
      await browser?.close();
      await portal?.stop();
      if (attachmentFile !== "") fs.rmSync(path.dirname(attachmentFile), { recursive: true });
    });

    describe("the drafter at the Embassy in Washington", () => {
      let drafter: Page;
      beforeAll(async () => {
        drafter = await newPage();
        await signInFirstTime(drafter, portal, "redacteur.washington@demo.diplomatie.fr");
      });

      it("drafts an immediate DR telegram for action to Paris and for information to Berlin", async () => {
        await drafter.getByRole("link", { name: "Correspondance" }).first().click();
        await drafter.getByRole("link", { name: "Nouveau télégramme" }).click();
        await drafter.getByRole("heading", { level: 1, name: "Nouveau télégramme" }).waitFor();
        await drafter.getByLabel("Objet").fill(SUBJECT);
        await drafter
          .getByLabel("Résumé")
          .fill("Washington envisage des contingents d'acier.\nNous sollicitons des instructions.");
        await drafter.getByLabel("Urgence").selectOption("immediate");
        await drafter.getByLabel("Mention de protection du document").selectOption("DR");

        await pick(drafter, "Filtrer les unités par nom ou sigle", DIRECTORATE, DIRECTORATE);
        await drafter.getByRole("button", { name: "Ajouter le destinataire" }).click();
        await pick(drafter, "Filtrer les unités par nom ou sigle", BERLIN, BERLIN);
        await drafter.getByRole("radio", { name: "Pour information" }).check({ force: true });
        await drafter.getByRole("button", { name: "Ajouter le destinataire" }).click();
        await drafter.getByRole("region", { name: "Pour information (1)", exact: true }).waitFor();
        expect(
          await drafter.getByRole("region", { name: "Pour action (1)", exact: true }).count(),
        ).toBe(1);
        await drafter.getByLabel("Date limite de traitement").fill("2099-06-30");

        await drafter.getByLabel("Mention du paragraphe 1").selectOption("DR");
        await drafter
          .getByLabel("Texte du paragraphe 1")
          .fill("Le département du Commerce prépare des contingents sur l'acier européen.");
        await drafter.getByRole("button", { name: "Enregistrer le brouillon" }).click();
        await drafter.getByRole("heading", { level: 1, name: /^Modifier le brouillon/ }).waitFor();
        await drafter
          .getByText("La dernière version enregistrée respecte les règles du guide.")
          .waitFor();

        await drafter.getByRole("link", { name: SUBJECT }).click();
        await drafter.getByRole("heading", { level: 1, name: SUBJECT }).waitFor();
        documentPath = new URL(drafter.url()).pathname;
        expect(documentPath).toMatch(/^\/correspondance\/documents\/[0-9a-f-]{36}$/);
        // Names come with the document: the addressees are listed without a directory lookup.
        const main = drafter.locator("main");
        expect(await main.getByRole("link", { name: DIRECTORATE }).count()).toBe(1);
        expect(await main.getByRole("link", { name: BERLIN }).count()).toBe(1);
      });

      it("attaches a text file, downloadable with the document's PDF", async () => {
        expect(await drafter.getByText("Aucune pièce jointe.").count()).toBe(1);
        await drafter.getByLabel("Joindre un fichier").setInputFiles(attachmentFile);
        await drafter.getByRole("button", { name: "Joindre le fichier" }).click();
        await drafter.getByText(`Pièce jointe ajoutée : ${ATTACHMENT_NAME}.`).waitFor();
        const download = drafter.getByRole("link", { name: `Télécharger ${ATTACHMENT_NAME}` });
        expect(await download.getAttribute("download")).toBe(ATTACHMENT_NAME);
        attachmentPath = (await download.getAttribute("href")) ?? "";
        expect(attachmentPath).toMatch(/\/attachments\/[0-9a-f-]{36}$/);

        const pdf = drafter.getByRole("link", { name: "Version PDF (nouvel onglet)" });
        expect(await pdf.getAttribute("target")).toBe("_blank");
        pdfPath = (await pdf.getAttribute("href")) ?? "";
        expect(await statusesOf(drafter, [attachmentPath, pdfPath])).toEqual([200, 200]);
        const pdfType = await drafter.evaluate(
          (url) => fetch(url).then((response) => response.headers.get("content-type")),
          pdfPath,
        );
        expect(pdfType).toBe("application/pdf");
      });

      it("submits it to the head of post for signature, with no visa", async () => {
        await drafter
          .getByText("Ce document n'a pas encore été soumis au circuit de visas.")
          .waitFor();
        await drafter.getByRole("button", { name: "Soumettre au circuit" }).click();
        expect(
          await drafter
            .getByText("Aucun visa : le document ira directement à la signature.")
            .count(),
        ).toBe(1);
        const signer = drafter.getByRole("group", { name: "Signataire" });
        await pick(signer, "Filtrer les personnes par nom", "Castelnau", SIGNER);
        await drafter.getByRole("button", { name: "Valider et soumettre" }).click();
        await drafter
          .getByText(`Document soumis au circuit : la signature est demandée à ${SIGNER}.`)
          .waitFor();
        const steps = drafter.getByRole("table", { name: /^Étapes du circuit/ });
        const signature = steps.getByRole("row").filter({ hasText: "Signature" });
        expect(await signature.getByText(SIGNER).count()).toBe(1);
        expect(await signature.getByText("En attente de décision").count()).toBe(1);
        // In its circuit the draft no longer changes: no « Modifier », no upload.
        expect(await drafter.getByRole("link", { name: "Modifier" }).count()).toBe(0);
        expect(await drafter.getByLabel("Joindre un fichier").count()).toBe(0);
        expect(await seriousAccessibilityViolations(drafter)).toEqual([]);
      });
    });

    describe("the head of post", () => {
      let signer: Page;
      beforeAll(async () => {
        signer = await newPage();
        await signInFirstTime(signer, portal, "chef.washington@demo.diplomatie.fr");
      });

      it("signs and dispatches it, confirming who will not receive it", async () => {
        // It waits in « À viser ou signer », from where the head of post opens it.
        await signer.goto(`${portal.url}/correspondance/a-viser`);
        await signer.getByRole("heading", { level: 1, name: "À viser ou signer" }).waitFor();
        await signer.getByRole("link", { name: SUBJECT }).click();
        await signer.getByRole("heading", { level: 1, name: SUBJECT }).waitFor();
        expect(signer.url()).toBe(`${portal.url}${documentPath}`);
        // The signature panel shows once the circuit says it is the signer's turn.
        await signer.getByRole("button", { name: "Signer et expédier" }).waitFor();
        expect(await signer.getByRole("heading", { name: "Signature", exact: true }).count()).toBe(
          1,
        );
        expect(await seriousAccessibilityViolations(signer)).toEqual([]);

        await signer.getByRole("button", { name: "Signer et expédier" }).click();
        const confirm = signer.getByLabel(
          "Je confirme que ces membres ne recevront pas ce document",
        );
        const done = signer.getByRole("heading", {
          name: /^Document signé et expédié sous la référence/,
        });
        await confirm.or(done).waitFor();
        if ((await confirm.count()) > 0) {
          // The trainee of the directorate holds no clearance: named among those left out.
          expect(await signer.getByText("Lucie Perrot").count()).toBe(1);
          expect(await seriousAccessibilityViolations(signer)).toEqual([]);
          await confirm.check({ force: true });
          await signer.getByRole("button", { name: "Signer et expédier" }).click();
        }
        await done.waitFor();
        reference = /WASHINGTON-\d{4}-\d{4,}/.exec((await done.textContent()) ?? "")?.[0] ?? "";
        expect(reference).toMatch(/^WASHINGTON-\d{4}-\d{4,}$/);
        expect(await signer.locator(".correspondence-reference").textContent()).toBe(reference);
        const steps = signer.getByRole("table", { name: /^Étapes du circuit/ });
        expect(await steps.getByText("Signé").count()).toBe(1);
        expect(await signer.getByRole("button", { name: "Signer et expédier" }).count()).toBe(0);
      });

      it("prints the document without the portal's header, between its marking banners", async () => {
        await signer.emulateMedia({ media: "print" });
        expect(await signer.locator(".fr-header").isVisible()).toBe(false);
        expect(await signer.locator(".fr-footer").isVisible()).toBe(false);
        const banners = signer.locator(".marking-banner");
        expect(await banners.allTextContents()).toEqual([
          "DR — Diffusion Restreinte",
          "DR — Diffusion Restreinte",
        ]);
        expect(await banners.first().isVisible()).toBe(true);
        expect(await banners.last().isVisible()).toBe(true);
        expect(
          await signer.getByRole("link", { name: "Version PDF (nouvel onglet)" }).isVisible(),
        ).toBe(false);
        await signer.emulateMedia({ media: "screen" });
      });
    });

    describe("the Americas directorate, for action", () => {
      let agent: Page;
      beforeAll(async () => {
        agent = await newPage();
        await signInFirstTime(agent, portal, "agent.amerique@demo.diplomatie.fr");
      });

      it("finds it in « À traiter », flagged as awaiting acknowledgement", async () => {
        await agent.getByRole("link", { name: "Correspondance" }).first().click();
        await agent.getByRole("heading", { level: 1, name: "À traiter" }).waitFor();
        const row = await rowOfSubject(agent);
        expect(await row.getByText(reference).count()).toBe(1);
        await row.getByText("Nouveau", { exact: true }).waitFor();
        expect(await row.getByText("Alerte : accusé de réception attendu").count()).toBe(1);
        await row.getByRole("link", { name: SUBJECT }).click();
        await agent.getByRole("heading", { level: 1, name: SUBJECT }).waitFor();
      });

      it("acknowledges it, assigns it to a colleague, then answers it", async () => {
        const handling = agent.getByRole("region", { name: "Traitement", exact: true });
        await handling.getByRole("button", { name: "Accuser réception" }).click();
        await handling.getByText("Réception accusée.", { exact: true }).waitFor();
        expect(await handling.getByText("Alerte : accusé de réception attendu").count()).toBe(0);

        await handling.getByRole("button", { name: "Attribuer", exact: true }).click();
        const assignee = handling.getByRole("group", { name: "Attribuer à" });
        await pick(assignee, "Filtrer les personnes par nom", COLLEAGUE, COLLEAGUE);
        await handling.getByRole("button", { name: "Attribuer le traitement" }).click();
        await handling.getByText(`Traitement attribué à ${COLLEAGUE}.`).waitFor();
        expect(await handling.getByText(`Attribué à ${COLLEAGUE}`, { exact: true }).count()).toBe(
          1,
        );

        await handling.getByRole("button", { name: "Répondre" }).click();
        await agent.getByRole("heading", { level: 1, name: /^Modifier le brouillon/ }).waitFor();
        await agent.getByText("Brouillon créé : version 1.").waitFor();
        expect(await agent.getByLabel("Objet").inputValue()).toBe(`RE: ${SUBJECT}`);
      });

      it("shows the circuit and the handling of every addressee, accessible and narrow", async () => {
        await agent.goto(`${portal.url}${documentPath}`);
        await agent.getByRole("heading", { level: 1, name: SUBJECT }).waitFor();
        const table = agent.getByRole("table", { name: /^Traitement par destinataire/ });
        const ours = table.getByRole("row").filter({ hasText: DIRECTORATE });
        await ours.getByText("Répondu", { exact: true }).waitFor();
        expect(
          await ours.getByRole("link", { name: `Voir la réponse de ${DIRECTORATE}` }).count(),
        ).toBe(1);
        const berlin = table.getByRole("row").filter({ hasText: BERLIN });
        expect(await berlin.getByText("Pour information : pas de traitement").count()).toBe(1);
        expect(await ours.getByText(/^Sarah Delmas, le /).count()).toBe(1);
        await agent.getByRole("table", { name: /^Étapes du circuit/ }).waitFor();
        expect(await seriousAccessibilityViolations(agent)).toEqual([]);

        await agent.setViewportSize({ width: 375, height: 740 });
        expect(await horizontalOverflow(agent)).toBeLessThanOrEqual(0);
        await agent.setViewportSize({ width: 1280, height: 800 });
      });
    });

    describe("the Embassy in Berlin, for information", () => {
      it("finds it in « Pour information », with nothing to handle", async () => {
        const reader = await newPage();
        await signInFirstTime(reader, portal, "agent.berlin@demo.diplomatie.fr");
        await reader.getByRole("link", { name: "Correspondance" }).first().click();
        await reader.getByRole("link", { name: "Pour information" }).first().click();
        await reader.getByRole("heading", { level: 1, name: "Pour information" }).waitFor();
        const row = await rowOfSubject(reader);
        await row.getByRole("link", { name: SUBJECT }).click();
        await reader.getByRole("heading", { level: 1, name: SUBJECT }).waitFor();
        await reader.getByRole("table", { name: /^Traitement par destinataire/ }).waitFor();
        expect(await reader.getByRole("button", { name: "Accuser réception" }).count()).toBe(0);
        expect(await reader.getByRole("button", { name: "Répondre" }).count()).toBe(0);
        expect(
          await reader.getByRole("link", { name: `Télécharger ${ATTACHMENT_NAME}` }).count(),
        ).toBe(1);
      });
    });

    it("raised no script error along the way", () => {
      // Refusals the pages handle (the session probe's 401, the signature's 409) are logged by
      // Chromium as failed loads; nothing else may be.
      expect(consoleErrors.filter((e) => !/status of (401|409)/.test(e))).toEqual([]);
    });

    describe("the trainee without clearance", () => {
      it("gets « Page introuvable » for the telegram and 404 for its PDF and attachment", async () => {
        const trainee = await (await browser.newContext({ locale: "fr-FR" })).newPage();
        await signInFirstTime(trainee, portal, "stagiaire@demo.diplomatie.fr");
        await trainee.goto(`${portal.url}${documentPath}`);
        await trainee.getByRole("heading", { level: 1, name: "Page introuvable" }).waitFor();
        expect(await trainee.getByText(SUBJECT).count()).toBe(0);
        expect(await statusesOf(trainee, [pdfPath, attachmentPath])).toEqual([404, 404]);
      });
    });
  },
);
