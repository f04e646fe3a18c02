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
 * Issue 5's journey: a topic searched in French from the header, narrowed by country and
 * precedence, a result opened, the search saved with its alert; a reference number typed in the
 * box opens its document. On the demo, whose documents were dispatched (hence indexed) through
 * the real use cases.
 */

describe.skipIf(!chromiumAvailable())(
  "an agent searches the correspondence, in real Chromium",
  () => {
    let portal: Portal;
    let browser: Browser;
    let page: Page;
    const consoleErrors: string[] = [];
    const headerBox = () => page.locator("header input[type=search]");

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

    it("suggests documents as one types, then lists the results of a topic in French", async () => {
      await signInFirstTime(page, portal, "agent.amerique@demo.diplomatie.fr");
      await headerBox().fill("surtax");
      const suggestions = page.getByRole("list", { name: "Suggestions" });
      await suggestions
        .getByRole("link", { name: /surtaxes sur l'acier/ })
        .first()
        .waitFor();
      await headerBox().fill("surtaxes acier");
      await headerBox().press("Enter");
      await page.getByRole("heading", { level: 1, name: "Recherche" }).waitFor();
      expect(page.url()).toContain("/recherche?q=surtaxes+acier");
      await page
        .getByRole("status")
        .filter({ hasText: /résultat/ })
        .first()
        .waitFor();
      const first = page.locator(".search-result").first();
      await first.waitFor();
      // The stems of the words searched are highlighted, as text.
      expect(await first.locator("mark").count()).toBeGreaterThan(0);
      expect(await page.title()).toBe("Recherche — Diplomatie");
      expect(await seriousAccessibilityViolations(page)).toEqual([]);
    });

    it("narrows by country and precedence, then opens a result", async () => {
      await page.getByText("Filtres", { exact: true }).click();
      await page.getByLabel("Pays").selectOption({ label: "États-Unis" });
      await page.getByRole("button", { name: "Rechercher", exact: true }).last().click();
      await page.waitForURL(/country=US/);
      const facets = page.getByRole("complementary");
      const precedence = facets
        .getByRole("heading", { name: "Urgence" })
        .locator("xpath=following-sibling::ul")
        .getByRole("button")
        .first();
      const label = (await precedence.textContent()) ?? "";
      await precedence.click();
      await page.waitForURL(/precedence=/);
      const total = Number(/\((\d+)\)/.exec(label)?.[1]);
      await page.getByText(`${total} document(s) en tout.`).waitFor();
      expect(await page.getByLabel("Pays").inputValue()).toBe("US");

      const result = page.locator(".search-result").first().getByRole("link");
      const subject = (await result.textContent()) ?? "";
      await result.click();
      await page.getByRole("heading", { level: 1 }).filter({ hasText: subject }).waitFor();
      expect(page.url()).toMatch(/\/correspondance\/documents\/[0-9a-f-]{36}$/);
      await page.goBack();
      await page.locator(".search-result").first().waitFor();
    });

    it("saves the search with its alert and finds it in « Mes recherches enregistrées »", async () => {
      await page.getByLabel("Nom de la recherche").fill("Surtaxes américaines");
      expect(await page.getByLabel(/M'alerter des nouveaux documents/).isChecked()).toBe(true);
      await page.getByRole("button", { name: "Enregistrer cette recherche" }).click();
      await page.getByText("Recherche enregistrée.").waitFor();
      await page.getByRole("link", { name: "Mes recherches enregistrées" }).last().click();
      await page.getByRole("heading", { level: 1, name: "Mes recherches enregistrées" }).waitFor();
      const saved = page.locator(".search-saved__item").filter({ hasText: "Surtaxes américaines" });
      await saved.getByText("Alerte activée").waitFor();
      expect(await seriousAccessibilityViolations(page)).toEqual([]);
      // Running it again restores its text and filters.
      await saved.getByRole("link", { name: "Surtaxes américaines" }).click();
      await page.waitForURL((url) => {
        const params = url.searchParams;
        return (
          params.get("q") === "surtaxes acier" &&
          params.get("country") === "US" &&
          params.has("precedence")
        );
      });
      await page.locator(".search-result").first().waitFor();
    });

    it("renames a saved search and switches its alert off", async () => {
      await page.goto(`${portal.url}/recherche/enregistrees`);
      const saved = page.locator(".search-saved__item").filter({ hasText: "Surtaxes américaines" });
      await saved
        .getByRole("button", { name: "Modifier la recherche « Surtaxes américaines »" })
        .click();
      await saved.getByLabel("Nom de la recherche").fill("Surtaxes (États-Unis)");
      // The DSFR draws the box on the label: the label is what one clicks.
      await saved.getByText("M'alerter des nouveaux documents").click();
      expect(await saved.getByLabel(/M'alerter des nouveaux documents/).isChecked()).toBe(false);
      expect(await seriousAccessibilityViolations(page)).toEqual([]);
      await saved.getByRole("button", { name: "Enregistrer les modifications" }).click();
      const renamed = page
        .locator(".search-saved__item")
        .filter({ hasText: "Surtaxes (États-Unis)" });
      await renamed.getByText("Sans alerte").waitFor();
    });

    it("groups posts, files, people and communities under the correspondence", async () => {
      await page.goto(`${portal.url}/recherche?q=${encodeURIComponent("veille économique")}`);
      const group = page.getByRole("region", { name: "Communautés" });
      await group.getByRole("link", { name: /Réseau Afrique — veille économique/ }).waitFor();
      expect(await group.locator("mark").count()).toBeGreaterThan(0);
      expect(await seriousAccessibilityViolations(page)).toEqual([]);
      // One type alone, paged.
      await page.goto(`${portal.url}/recherche?q=veille&type=community`);
      await page.getByRole("heading", { level: 2, name: "Communautés" }).waitFor();
      const href = await page.locator(".search-hit").first().getByRole("link").getAttribute("href");
      expect(href).toMatch(/^\/communautes\/[0-9a-f-]{36}$/);
    });

    it("opens the document whose reference number is typed in the box", async () => {
      const found = await callApi(page, "GET", "/api/search?q=surtaxes%20acier&limit=1");
      const { id, reference } = found.json.items[0] as { id: string; reference: string };
      await headerBox().fill(reference);
      await headerBox().press("Enter");
      await page.waitForURL(`**/correspondance/documents/${id}`);
      await page.getByText(reference).first().waitFor();
    });

    it("fits a phone screen", async () => {
      await page.setViewportSize({ width: 375, height: 800 });
      await page.goto(`${portal.url}/recherche?q=surtaxes+acier&country=US`);
      await page.locator(".search-result").first().waitFor();
      expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
      await page.goto(`${portal.url}/recherche/enregistrees`);
      await page.locator(".search-saved__item").first().waitFor();
      expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
      // The session probe before signing in (401) is an expected answer.
      expect(consoleErrors.filter((e) => !/status of 401/.test(e))).toEqual([]);
    });
  },
);
