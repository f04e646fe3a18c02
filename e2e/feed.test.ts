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

const XSS_IMG = '<img src=x onerror="window.__feedXss = 1">';
const XSS_SCRIPT = "<script>window.__feedXss = 2</script>";

describe.skipIf(!chromiumAvailable())("an agent uses the news feed, in real Chromium", () => {
  let portal: Portal;
  let browser: Browser;
  let page: Page;
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

  it("opens « Fil d'actualité » on the demo's posts", async () => {
    await signInFirstTime(page, portal, "agent.amerique@demo.diplomatie.fr");
    await page.getByRole("link", { name: "Fil d'actualité" }).first().click();
    await page.getByRole("heading", { level: 1, name: "Fil d'actualité" }).waitFor();
    await page.getByRole("article").first().waitFor();
    expect(await page.title()).toBe("Fil d'actualité — Diplomatie");
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
  });

  it("publishes formatted text; markup typed by someone stays text and never runs", async () => {
    await page
      .getByLabel("Communauté", { exact: true })
      .selectOption({ label: "Direction des Amériques et des Caraïbes" });
    const body = page.getByRole("textbox", { name: /^Message/ });
    await body.fill(
      `Réunion **jeudi** à 10 h. ${XSS_IMG} ${XSS_SCRIPT}\n- premier point\n- second point`,
    );
    await page.getByRole("textbox", { name: /^Thèmes/ }).fill("réunion, test");
    await page.getByRole("button", { name: "Publier", exact: true }).click();
    await page.getByText("Message publié.").waitFor();
    const post = page.getByRole("article").filter({ hasText: "premier point" }).first();
    await post.waitFor();
    expect(await post.locator("strong", { hasText: "jeudi" }).count()).toBe(1);
    expect(await post.locator("li", { hasText: "second point" }).count()).toBe(1);
    expect(await post.getByText(XSS_IMG, { exact: false }).count()).toBe(1);
    expect(await post.locator("img, script").count()).toBe(0);
    expect(await page.evaluate(() => (window as { __feedXss?: number }).__feedXss)).toBeUndefined();
  });

  it("mentions a colleague from the suggestions, comments and finds it useful", async () => {
    const body = page.getByRole("textbox", { name: /^Message/ });
    await body.fill("Merci @Delm");
    await page.getByRole("button", { name: /Sarah Delmas/ }).click();
    expect(await body.inputValue()).toMatch(/^Merci @\[Sarah Delmas\]\(user:[0-9a-f-]{36}\) $/);
    await body.fill("");

    const post = page.getByRole("article").filter({ hasText: "premier point" }).first();
    await post.getByRole("button", { name: /^Commentaires \(0\)/ }).click();
    await post.getByLabel("Votre commentaire").fill("Je confirme ma présence.");
    await post.getByRole("button", { name: "Commenter" }).click();
    await post.getByText("Je confirme ma présence.").waitFor();
    const reactions = post.getByRole("list", { name: "Réactions au message" });
    await reactions.getByRole("button", { name: "Utile (0)", exact: true }).click();
    await reactions
      .getByRole("button", { name: "Utile (1)", pressed: true, exact: true })
      .waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
  });

  it("refuses to share a telegram into a community whose guests may not read it, naming them", async () => {
    await page.goto(`${portal.url}/correspondance/pour-information`);
    await page.getByRole("table").getByRole("link").first().click();
    await page.getByRole("button", { name: "Partager dans une communauté" }).click();
    await page
      .getByRole("combobox", { name: "Communauté" })
      .selectOption({ label: "Diplomatie économique" });
    await page
      .getByRole("textbox", { name: /^Votre commentaire/ })
      .fill("À lire avant le club export.");
    await page.getByRole("button", { name: "Partager", exact: true }).click();
    const refusal = page.getByRole("alert").filter({ hasText: "Partage impossible" });
    await refusal.waitFor();
    expect(await refusal.getByRole("listitem").count()).toBeGreaterThan(0);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
  });

  it("fits a phone screen", async () => {
    await page.goto(`${portal.url}/fil`);
    await page.setViewportSize({ width: 375, height: 800 });
    await page.getByRole("article").first().waitFor();
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    // The session probe before signing in (401) and the refused share (409) are expected answers.
    expect(consoleErrors.filter((e) => !/status of (401|409)/.test(e))).toEqual([]);
  });
});
