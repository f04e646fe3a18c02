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

describe.skipIf(!chromiumAvailable())("the prioritised home page, in real Chromium", () => {
  let portal: Portal;
  let browser: Browser;
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
  });
  afterAll(async () => {
    await browser?.close();
    await portal?.stop();
  });

  it("shows the Americas agent what to handle first, the most urgent on top, overdue flagged", async () => {
    const page = await newPage();
    await signInFirstTime(page, portal, "agent.amerique@demo.diplomatie.fr");
    const toHandle = page.getByRole("region", { name: "À traiter" });
    await toHandle.getByRole("listitem").first().waitFor();
    // Sections in their order, each a level-2 heading after the page's level-1 heading.
    const headings = await page
      .locator("main h1, main h2")
      .evaluateAll((hs) => hs.map((h) => `${h.tagName}:${h.textContent ?? ""}`));
    expect(headings[0]).toMatch(/^H1:Bienvenue/);
    expect(headings.slice(1)).toEqual([
      "H2:À traiter",
      "H2:Alertes",
      "H2:Mes suivis",
      "H2:Pour information",
    ]);
    // The first item is flash or immediate; items are never less urgent than the one above.
    const rank = { Flash: 0, Immédiat: 1, Prioritaire: 2, Routine: 3 } as Record<string, number>;
    const items = toHandle.locator(":scope > ul > li");
    const precedences = await items.evaluateAll((lis) =>
      lis.map((li) => li.querySelector(".fr-badge")?.textContent ?? ""),
    );
    expect(precedences.length).toBeGreaterThan(1);
    expect(["Flash", "Immédiat"]).toContain(precedences[0]);
    const ranks = precedences.map((p) => rank[p] ?? 9);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    // Overdue spelled out, not by colour alone.
    expect(await toHandle.getByText("En retard : date limite dépassée").count()).toBeGreaterThan(0);
    expect(await page.getByRole("link", { name: "Mon profil" }).count()).toBeGreaterThan(0);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    await page.setViewportSize({ width: 375, height: 740 });
    await page.reload();
    await toHandle.getByRole("listitem").first().waitFor();
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
  });

  it("gives the head of post the figures of the embassy, and more to handle on demand", async () => {
    const page = await newPage();
    await signInFirstTime(page, portal, "chef.washington@demo.diplomatie.fr");
    const summary = page.getByRole("region", {
      name: "Mon service : Ambassade de France aux États-Unis",
    });
    await summary.waitFor();
    expect(await summary.getByText("actions en cours").count()).toBe(1);
    expect(await summary.getByText("en retard").count()).toBe(1);
    expect(await summary.getByText("Immédiat").count()).toBe(1);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 375, height: 740 });
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);

    // « Afficher plus » continues « À traiter » below the first items.
    const toHandle = page.getByRole("region", { name: "À traiter" });
    const items = toHandle.locator(":scope > ul > li");
    const before = await items.count();
    await toHandle.getByRole("button", { name: "Afficher plus de documents à traiter" }).click();
    await expect.poll(() => items.count()).toBeGreaterThan(before);
  });

  it("raised no script error along the way", () => {
    // Before sign-in the app asks who is signed in and is told 401; nothing else may fail.
    const unexpected = consoleErrors.filter((e) => !/status of 401/.test(e));
    expect(unexpected).toEqual([]);
  });
});
