import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  chromiumAvailable,
  DEMO_PASSWORD,
  launchChromium,
  type Portal,
  seriousAccessibilityViolations,
  startPortal,
} from "./harness.js";

describe.skipIf(!chromiumAvailable())("a demo agent's first visit, in real Chromium", () => {
  let portal: Portal;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const consoleErrors: string[] = [];

  beforeAll(async () => {
    portal = await startPortal();
    browser = await launchChromium();
    context = await browser.newContext({ locale: "fr-FR" });
    page = await context.newPage();
    page.on("console", (message) => {
      if (message.type() === "error") consoleErrors.push(message.text());
    });
    page.on("pageerror", (error) => consoleErrors.push(error.message));
  });
  afterAll(async () => {
    await browser?.close();
    await portal?.stop();
  });

  it("shows the login page in French, accessible", async () => {
    await page.goto(portal.url);
    await expect
      .poll(() => page.getByRole("heading", { level: 1, name: "Connexion à Diplomatie" }).count())
      .toBe(1);
    expect(await page.locator("html").getAttribute("lang")).toBe("fr");
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
  });

  it("refuses a wrong password with a French alert", async () => {
    await page.getByLabel("Adresse électronique").fill("agent.amerique@demo.diplomatie.fr");
    await page.getByLabel("Mot de passe").fill("pas le bon mot de passe");
    await page.getByRole("button", { name: "Se connecter" }).click();
    await expect
      .poll(() => page.getByText("Adresse électronique ou mot de passe incorrect.").count())
      .toBeGreaterThan(0);
  });

  it("signs in, asks to accept the charter once, then shows the home page", async () => {
    await page.getByLabel("Mot de passe").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Se connecter" }).click();
    await page.getByRole("heading", { level: 1, name: "Charte d'utilisation" }).waitFor();
    await page.getByRole("button", { name: "J'accepte la charte" }).click();
    await page.getByRole("heading", { level: 1, name: /^Bienvenue/ }).waitFor();
    await page.getByRole("heading", { level: 2, name: "À traiter" }).waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    // Identity, assignment and clearance are one link away, on the profile.
    await page.getByRole("link", { name: "Mon profil" }).first().click();
    await page.getByRole("heading", { level: 1, name: "Mon profil" }).waitFor();
    const text = await page.locator("main").textContent();
    expect(text).toContain("Direction des Amériques et des Caraïbes");
    expect(text).toContain("DR");
  });

  it("finds a colleague in the directory by name, without accents", async () => {
    await page.getByRole("link", { name: "Annuaire" }).first().click();
    await page.getByRole("heading", { level: 1, name: "Annuaire" }).waitFor();
    const main = page.getByRole("main");
    await main.getByLabel("Rechercher une personne").fill("washington");
    await main.getByRole("button", { name: "Rechercher" }).click();
    await expect
      .poll(() => page.getByText("Ambassade de France aux États-Unis").count())
      .toBeGreaterThan(0);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
  });

  it("fits a phone screen without horizontal scrolling", async () => {
    await page.setViewportSize({ width: 375, height: 740 });
    await page.goto(`${portal.url}/`);
    await page.getByRole("heading", { level: 1, name: /^Bienvenue/ }).waitFor();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await page.setViewportSize({ width: 1280, height: 800 });
  });

  it("signs out and comes back to the login page", async () => {
    await page
      .getByRole("button", { name: "Se déconnecter" })
      .or(page.getByRole("link", { name: "Se déconnecter" }))
      .first()
      .click();
    await page.getByRole("heading", { level: 1, name: "Connexion à Diplomatie" }).waitFor();
    const me = await page.evaluate(async () => (await fetch("/api/me")).status);
    expect(me).toBe(401);
  });

  it("raised no script error and no CSP violation along the way", () => {
    // The wrong-password 401 is logged by Chromium as a failed resource; nothing else may be.
    const unexpected = consoleErrors.filter((e) => !/status of 401/.test(e));
    expect(unexpected).toEqual([]);
  });
});
