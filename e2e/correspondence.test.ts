import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  chromiumAvailable,
  horizontalOverflow,
  launchChromium,
  type Portal,
  seriousAccessibilityViolations,
  signInFirstTime,
  startPortal,
} from "./harness.js";

const DIRECTORATE = "Direction des Amériques et des Caraïbes";
const SUBJECT = "États-Unis — nouveaux droits de douane sur l'acier européen";

describe.skipIf(!chromiumAvailable())(
  "a drafter at an embassy writes a telegram, in real Chromium",
  () => {
    let portal: Portal;
    let browser: Browser;
    let page: Page;
    let draftUrl = "";
    const consoleErrors: string[] = [];

    beforeAll(async () => {
      portal = await startPortal();
      browser = await launchChromium();
      page = await (await browser.newContext({ locale: "fr-FR" })).newPage();
      page.on("console", (message) => {
        if (message.type() === "error") consoleErrors.push(message.text());
      });
      page.on("pageerror", (error) => consoleErrors.push(error.message));
    });
    afterAll(async () => {
      await browser?.close();
      await portal?.stop();
    });

    it("opens « Correspondance » on the box of documents to handle", async () => {
      await signInFirstTime(page, portal, "redacteur.washington@demo.diplomatie.fr");
      await page.getByRole("link", { name: "Correspondance" }).first().click();
      await page.getByRole("heading", { level: 1, name: "À traiter" }).waitFor();
      // The demo holds correspondence: the box shows a table, or says it is empty.
      await page
        .getByRole("table")
        .or(page.getByText("Aucun document à traiter."))
        .first()
        .waitFor();
      expect(await page.title()).toBe("À traiter — Correspondance — Diplomatie");
      expect(await seriousAccessibilityViolations(page)).toEqual([]);
    });

    it("explains the drafting rules in the guide", async () => {
      await page.getByRole("link", { name: "Guide de la correspondance" }).first().click();
      await page
        .getByRole("heading", { level: 1, name: "Guide de la correspondance diplomatique" })
        .waitFor();
      expect(await page.getByText(/présente ses compliments à/).count()).toBeGreaterThan(0);
      expect(await seriousAccessibilityViolations(page)).toEqual([]);
      await page.getByRole("link", { name: "À traiter" }).first().click();
      await page.getByRole("heading", { level: 1, name: "À traiter" }).waitFor();
    });

    it("drafts a DR telegram for action to the Americas directorate, with two paragraphs", async () => {
      await page.getByRole("link", { name: "Nouveau télégramme" }).click();
      await page.getByRole("heading", { level: 1, name: "Nouveau télégramme" }).waitFor();
      expect(await page.getByRole("link", { name: /Guide de la correspondance/ }).count()).toBe(1);

      await page.getByLabel("Objet").fill(SUBJECT);
      await page
        .getByLabel("Résumé")
        .fill(
          "Washington annonce des droits de 25 % sur l'acier.\nEntrée en vigueur le 1er janvier.",
        );
      await page.getByLabel("Urgence").selectOption("priority");
      await page.getByLabel("Mention de protection du document").selectOption("DR");

      // The unit picker narrows a native select as one types.
      await page
        .getByLabel("Filtrer les unités par nom ou sigle")
        .fill("Amériques et des Caraïbes");
      const unitSelect = page.getByLabel("Unité choisie");
      const option = unitSelect.locator("option", { hasText: DIRECTORATE });
      await expect.poll(() => option.count()).toBeGreaterThan(0);
      await unitSelect.selectOption((await option.first().getAttribute("value")) ?? "");
      expect(await page.getByRole("radio", { name: "Pour action" }).isChecked()).toBe(true);
      await page.getByRole("button", { name: "Ajouter le destinataire" }).click();
      const forAction = page.getByRole("region", { name: "Pour action (1)" });
      await expect
        .poll(() => forAction.getByRole("listitem").filter({ hasText: DIRECTORATE }).count())
        .toBe(1);
      await page.getByLabel("Date limite de traitement").fill("2026-12-15");

      // A paragraph may not be marked above its document: the choices stop at DR.
      const firstMarking = page.getByLabel("Mention du paragraphe 1");
      expect(await firstMarking.locator("option").allTextContents()).toEqual([
        "NP — Non protégé",
        "DR — Diffusion Restreinte",
      ]);
      await firstMarking.selectOption("NP");
      await page
        .getByLabel("Texte du paragraphe 1")
        .fill("Le département du Commerce a publié l'avis au Federal Register.");
      await page.getByRole("button", { name: "Ajouter un paragraphe" }).click();
      await page.getByLabel("Mention du paragraphe 2").selectOption("DR");
      await page
        .getByLabel("Texte du paragraphe 2")
        .fill("Nos interlocuteurs confient que la décision a été prise à la Maison-Blanche.");
      await page.getByLabel("Mots-clés libres").fill("commerce, acier");
      await page.getByLabel("Pays concerné").selectOption("US");
      await page.getByRole("button", { name: "Ajouter le pays" }).click();
      expect(await page.getByRole("button", { name: "Retirer le pays États-Unis" }).count()).toBe(
        1,
      );
      expect(await seriousAccessibilityViolations(page)).toEqual([]);

      await page.getByRole("button", { name: "Enregistrer le brouillon" }).click();
      await page.getByRole("heading", { level: 1, name: /^Modifier le brouillon/ }).waitFor();
      await expect.poll(() => page.getByText("Brouillon créé : version 1.").count()).toBe(1);
      expect(page.url()).toMatch(/\/correspondance\/documents\/[0-9a-f-]{36}\/modifier$/);
    });

    it("saves again as version 2, listed in « Versions », the guide's rules met", async () => {
      await page
        .getByLabel("Texte du paragraphe 2")
        .fill("Nos interlocuteurs confient que la décision a été arrêtée à la Maison-Blanche.");
      await page.getByRole("button", { name: "Enregistrer le brouillon" }).click();
      await expect.poll(() => page.getByText("Brouillon enregistré : version 2.").count()).toBe(1);
      expect(await page.getByText(/^Version 2, enregistrée le/).count()).toBe(1);
      const versions = page.getByRole("table", { name: /^Versions enregistrées/ });
      await expect.poll(() => versions.getByRole("row").count()).toBe(3);
      expect(await versions.getByText("Juliette Lacombe").count()).toBe(2);
      // The comparison of versions 1 and 2 marks the word that changed in paragraph 2.
      const comparison = page.getByRole("region", { name: "Comparer deux versions" });
      await expect.poll(() => comparison.locator("ins").allTextContents()).toContain("arrêtée");
      expect(await comparison.locator("del").allTextContents()).toContain("prise");
      expect(
        await page
          .getByText("La dernière version enregistrée respecte les règles du guide.")
          .count(),
      ).toBe(1);
      expect(await seriousAccessibilityViolations(page)).toEqual([]);

      await page.setViewportSize({ width: 375, height: 740 });
      expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
      await page.setViewportSize({ width: 1280, height: 800 });
    });

    it("finds the draft in « Brouillons » and opens its page", async () => {
      await page.getByRole("link", { name: "Correspondance" }).first().click();
      await page.getByRole("heading", { level: 1, name: "À traiter" }).waitFor();
      await page.getByRole("link", { name: "Brouillons" }).first().click();
      await page.getByRole("heading", { level: 1, name: "Brouillons" }).waitFor();
      const row = page.getByRole("row").filter({ hasText: SUBJECT });
      await expect.poll(() => row.count()).toBe(1);
      expect(await row.getByText("DR — Diffusion Restreinte").count()).toBe(1);
      expect(await row.getByText("Prioritaire").count()).toBe(1);
      expect(await seriousAccessibilityViolations(page)).toEqual([]);

      await row.getByRole("link", { name: SUBJECT }).click();
      await page.getByRole("heading", { level: 1, name: SUBJECT }).waitFor();
      draftUrl = page.url();
      expect(draftUrl).toMatch(/\/correspondance\/documents\/[0-9a-f-]{36}$/);
      // The marking banner at the top and at the bottom of the document.
      expect(await page.locator(".marking-banner").allTextContents()).toEqual([
        "DR — Diffusion Restreinte",
        "DR — Diffusion Restreinte",
      ]);
      const main = page.locator("main");
      await expect
        .poll(() => main.getByRole("link", { name: /Direction des Amériques/ }).count())
        .toBe(1);
      expect(await main.getByText("Paragraphe 2").count()).toBe(1);
      expect(await main.getByRole("link", { name: "Modifier" }).count()).toBe(1);
      expect(await main.getByRole("button", { name: "Inviter un co-rédacteur" }).count()).toBe(1);
      expect(await seriousAccessibilityViolations(page)).toEqual([]);

      await page.setViewportSize({ width: 375, height: 740 });
      expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
      await page.setViewportSize({ width: 1280, height: 800 });
    });

    it("raised no script error along the way", () => {
      // The session probe before signing in answers 401, logged by Chromium; nothing else may be.
      expect(consoleErrors.filter((e) => !/status of 401/.test(e))).toEqual([]);
    });

    it("shows the trainee without clearance the « not found » page for that draft", async () => {
      const trainee = await (await browser.newContext({ locale: "fr-FR" })).newPage();
      await signInFirstTime(trainee, portal, "stagiaire@demo.diplomatie.fr");
      const draftId = draftUrl.split("/").at(-1) ?? "";
      const answer = trainee.waitForResponse((response) =>
        response.url().endsWith(`/api/correspondence/${draftId}`),
      );
      await trainee.goto(draftUrl);
      expect((await answer).status()).toBe(404);
      await trainee.getByRole("heading", { level: 1, name: "Page introuvable" }).waitFor();
      expect(await trainee.getByText(SUBJECT).count()).toBe(0);
      expect(await trainee.title()).toBe("Page introuvable — Diplomatie");
    });
  },
);
