import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  callApi,
  chromiumAvailable,
  horizontalOverflow,
  launchChromium,
  type Portal,
  seriousAccessibilityViolations,
  signInFirstTime,
  startPortal,
} from "./harness.js";

/*
 * The drafter in Washington wants the portal's mail at another address, a weekly digest, and
 * alerts in that digest rather than at once. She goes there from her notification preferences,
 * on a desktop and on a phone, and the preferences page shows the same choice afterwards.
 */

describe.skipIf(!chromiumAvailable())("mail settings, in real Chromium", () => {
  let portal: Portal;
  let browser: Browser;
  let page: Page;
  const consoleErrors: string[] = [];

  beforeAll(async () => {
    portal = await startPortal();
    browser = await launchChromium();
    page = await (await browser.newContext({ locale: "fr-FR" })).newPage();
    page.on("pageerror", (error) => consoleErrors.push(error.message));
    await signInFirstTime(page, portal, "redacteur.washington@demo.diplomatie.fr", { factors: 1 });
  });
  afterAll(async () => {
    await browser?.close();
    await portal?.stop();
  });

  it("reaches « Mes courriels » from the notification preferences and saves address, digest and deliveries", async () => {
    await page.goto(`${portal.url}/profil/notifications`);
    await page.getByRole("link", { name: "Régler vos courriels (adresse, résumé)" }).click();
    await page.getByRole("heading", { level: 1, name: "Mes courriels" }).waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    const address = page.getByLabel(/^Adresse de réception/);
    await address.fill("pas-une-adresse");
    await page.getByRole("button", { name: "Enregistrer" }).click();
    await page.getByText("Saisissez une adresse électronique valide").waitFor();

    await address.fill("Redaction.Washington@Exemple.fr");
    await page.getByText("Chaque semaine (le lundi)").click();
    await page.getByLabel(/^Alertes/).selectOption("digest");
    await page.getByRole("button", { name: "Enregistrer" }).click();
    await page.getByText("Vos réglages de courriel sont enregistrés.").waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    const saved = await callApi(page, "GET", "/api/mail/settings");
    expect(saved.json).toMatchObject({
      address: "redaction.washington@exemple.fr",
      digestFrequency: "weekly",
      types: { action: "immediate", information: "digest", alert: "digest" },
    });
    await page.getByRole("link", { name: "Retour aux préférences de notification" }).click();
    await page.getByRole("heading", { level: 1, name: "Préférences de notification" }).waitFor();
    expect(await page.getByLabel("Alertes : envoi par courriel").inputValue()).toBe("weekly");
    expect(consoleErrors).toEqual([]);
  });

  it("fits a phone's width", async () => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(`${portal.url}/profil/courriels`);
    await page.getByRole("heading", { level: 1, name: "Mes courriels" }).waitFor();
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
  });
});
