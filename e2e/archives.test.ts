import fs from "node:fs";
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

/*
 * Issue 8's archivist journey (records management): on the demo, whose documents were filed at
 * capture by the demo's filing plan, the archivist asks where a telegram would go, edits a rule
 * and sees the answer change, holds a search result, then — holding the approver's key — approves
 * the disposal list the head of the archives proposed and downloads its certificate.
 */

describe.skipIf(!chromiumAvailable())("an archivist runs the records, in real Chromium", () => {
  let portal: Portal;
  let browser: Browser;
  let page: Page;
  const consoleErrors: string[] = [];

  beforeAll(async () => {
    portal = await startPortal();
    browser = await launchChromium();
    page = await (await browser.newContext({ locale: "fr-FR", acceptDownloads: true })).newPage();
    page.on("console", (message) => {
      if (message.type() === "error") consoleErrors.push(message.text());
    });
    page.on("pageerror", (error) => consoleErrors.push(error.message));
  });
  afterAll(async () => {
    await browser?.close();
    await portal?.stop();
  });

  const testView = () => page.getByRole("region", { name: "Où irait ce document ?" });

  async function whereWouldItGo(): Promise<string> {
    await testView().getByRole("button", { name: "Tester le classement" }).click();
    const verdict = testView().locator(".fr-text--lead");
    await verdict.waitFor();
    return (await verdict.textContent()) ?? "";
  }

  it("opens the Archives area from the header and shows the filing plan", async () => {
    await signInFirstTime(page, portal, "archiviste@demo.diplomatie.fr");
    await page
      .getByRole("navigation", { name: "Menu principal" })
      .getByRole("link", { name: "Archives" })
      .click();
    await page.getByRole("heading", { level: 1, name: "Plan de classement" }).waitFor();
    await page.getByRole("cell", { name: /TD — Amériques et Caraïbes/ }).waitFor();
    expect(await page.title()).toBe("Plan de classement — Diplomatie");
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
  });

  it("tests where a telegram would go, edits a rule and sees the answer change", async () => {
    await page.getByRole("link", { name: "Règles de classement" }).click();
    await page.getByRole("heading", { level: 1, name: "Règles de classement" }).waitFor();
    const origin = testView().getByRole("group", { name: "Unité émettrice" });
    await origin.getByLabel("Filtrer les unités par nom ou sigle").fill("Washington");
    const choice = origin.getByLabel("Unité choisie");
    const washington = choice.locator("option", { hasText: "Ambassade de France aux États-Unis" });
    await washington.waitFor({ state: "attached" });
    await choice.selectOption((await washington.getAttribute("value")) ?? "");
    await testView().getByLabel("Mots-clés et pays").fill("presse, US");
    expect(await whereWouldItGo()).toContain("2.1 Revues de presse");
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    await page
      .getByRole("row", { name: /Revues de presse/ })
      .getByRole("button", { name: "Modifier" })
      .click();
    const editor = page.getByRole("form", { name: "Modifier la règle « Revues de presse »" });
    await editor.getByText("Règle active").click();
    await editor.getByRole("button", { name: "Enregistrer la règle" }).click();
    await editor.waitFor({ state: "detached" });
    await page.getByRole("row", { name: /Revues de presse.*Désactivée/ }).waitFor();

    expect(await whereWouldItGo()).toContain("1.1.9 TD — autres");
    const trail = testView().getByRole("table");
    await trail.getByRole("row", { name: /Revues de presse Désactivée/ }).waitFor();
    await trail.getByRole("row", { name: /Courriels formels Non remplie : type/ }).waitFor();
  });

  it("holds the result of a records search", async () => {
    await page.getByRole("link", { name: "Pièces", exact: true }).click();
    await page.getByRole("heading", { level: 1, name: "Pièces d'archives" }).waitFor();
    await page
      .getByLabel("Série")
      .selectOption({ label: "1.2 Notes diplomatiques et notes verbales" });
    await page.getByRole("button", { name: "Filtrer" }).click();
    await page
      .getByRole("status")
      .filter({ hasText: /pièces\./ })
      .waitFor();
    await page.getByLabel("Motif du gel").fill("Demande de la Cour des comptes");
    await page.getByRole("button", { name: "Geler", exact: true }).click();
    await page.getByText(/Gel posé sur \d+ pièces/).waitFor();
    await page.getByRole("cell", { name: "Gelée" }).first().waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    await page.getByRole("link", { name: "Gels" }).click();
    await page.getByRole("heading", { level: 1, name: "Gels" }).waitFor();
    await page.getByRole("row", { name: /Demande de la Cour des comptes.*En vigueur/ }).waitFor();
  });

  it("approves the proposed disposal list and downloads its certificate", async () => {
    await page.getByRole("link", { name: "Éliminations" }).click();
    await page.getByRole("heading", { level: 1, name: "Éliminations" }).waitFor();
    await page.getByRole("heading", { name: "Pièces éliminables" }).waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page
      .getByRole("link", { name: /^Bordereau du/ })
      .first()
      .click();
    await page.getByRole("heading", { level: 1, name: "Bordereau d'élimination" }).waitFor();
    await page.getByText("À approuver").waitFor();
    await page.getByLabel("Observation").fill("Vu pour élimination.");
    await page.getByRole("button", { name: "Approuver l'élimination" }).click();
    await page.getByText(/\d+ pièces éliminées/).waitFor();
    await page.getByRole("cell", { name: "Éliminée" }).first().waitFor();

    const link = page.getByRole("link", { name: "Télécharger le certificat d'élimination (PDF)" });
    const [download] = await Promise.all([page.waitForEvent("download"), link.click()]);
    const file = await download.path();
    expect(fs.readFileSync(file).subarray(0, 5).toString()).toBe("%PDF-");
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    await page.setViewportSize({ width: 375, height: 800 });
    expect(await horizontalOverflow(page)).toBe(0);
    // The sign-in page's first /api/me answers 401 before the session exists.
    expect(consoleErrors.filter((e) => !/status of 401/.test(e))).toEqual([]);
  });
});
