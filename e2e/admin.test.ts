import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  chromiumAvailable,
  DEMO_PASSWORD,
  launchChromium,
  type Portal,
  seriousAccessibilityViolations,
  startPortal,
} from "./harness.js";

describe.skipIf(!chromiumAvailable())(
  "an administrator manages an account, in real Chromium",
  () => {
    let portal: Portal;
    let browser: Browser;
    let page: Page;

    beforeAll(async () => {
      portal = await startPortal();
      browser = await launchChromium();
      page = await (await browser.newContext({ locale: "fr-FR" })).newPage();
      // Revoking and removing ask for confirmation; this journey accepts.
      page.on("dialog", (dialog) => dialog.accept());
    });
    afterAll(async () => {
      await browser?.close();
      await portal?.stop();
    });

    it("reaches the administration area after signing in", async () => {
      await page.goto(portal.url);
      await page.getByLabel("Adresse électronique").fill("admin@demo.diplomatie.fr");
      await page.getByLabel("Mot de passe").fill(DEMO_PASSWORD);
      await page.getByRole("button", { name: "Se connecter" }).click();
      await page.getByRole("button", { name: "J'accepte la charte" }).click();
      await page.getByRole("heading", { level: 1, name: /^Bienvenue/ }).waitFor();
      await page.getByRole("link", { name: "Administration" }).first().click();
      await page.getByRole("heading", { level: 1, name: "Utilisateurs" }).waitFor();
      expect(await seriousAccessibilityViolations(page)).toEqual([]);
    });

    it("creates an account", async () => {
      await page.getByRole("link", { name: "Créer un utilisateur" }).click();
      await page.getByRole("heading", { level: 1, name: "Créer un utilisateur" }).waitFor();
      await page
        .getByLabel("Organisation de rattachement")
        .selectOption({ label: "Ministère de l'Europe et des Affaires étrangères" });
      const main = page.locator("main");
      await main
        .getByRole("textbox", { name: /^Adresse électronique/ })
        .fill("nouvelle.recrue@demo.diplomatie.fr");
      await page.getByLabel("Prénom").fill("Inès");
      await page.getByLabel("Nom de famille").fill("Ørsted-Lefèvre");
      await page.getByLabel("Nationalité").selectOption("FR");
      await page.getByLabel("Mot de passe initial").fill("Un-Mot-De-Passe-Solide-2026");
      expect(await seriousAccessibilityViolations(page)).toEqual([]);
      await page.getByRole("button", { name: "Créer le compte" }).click();
      await page.getByRole("heading", { level: 1, name: /Inès Ørsted-Lefèvre/ }).waitFor();
    });

    it("grants a DR clearance with validity dates", async () => {
      await page.getByLabel("Niveau").selectOption("DR");
      await page.getByLabel("Valable à partir du").fill("2026-01-01");
      await page.getByLabel("Valable jusqu'au").fill("2028-12-31");
      await page.getByRole("button", { name: "Accorder l'habilitation" }).click();
      await expect.poll(() => page.getByText("En vigueur").count()).toBeGreaterThan(0);
      expect(await seriousAccessibilityViolations(page)).toEqual([]);
    });

    it("shows both changes in the journal of operations", async () => {
      await page.getByRole("link", { name: "Journal des opérations" }).first().click();
      await page.getByRole("heading", { level: 1, name: "Journal des opérations" }).waitFor();
      await expect.poll(() => page.getByText("clearance.granted").count()).toBeGreaterThan(0);
      expect(await page.getByText("user.created").count()).toBeGreaterThan(0);
      expect(await seriousAccessibilityViolations(page)).toEqual([]);
    });

    it("switches the whole interface to English", async () => {
      // The header repeats its quick links in the mobile menu; the desktop ones come first.
      await page.getByTitle("Sélectionner la langue").first().click();
      await page.getByRole("button", { name: "English" }).first().click();
      await expect.poll(() => page.locator("html").getAttribute("lang")).toBe("en");
      await page.getByRole("heading", { level: 1, name: "Operations journal" }).waitFor();
      expect(await page.getByRole("link", { name: "Directory" }).count()).toBeGreaterThan(0);
      expect(await seriousAccessibilityViolations(page)).toEqual([]);
    });
  },
);
