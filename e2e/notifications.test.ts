import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  callApi,
  chromiumAvailable,
  launchChromium,
  type Portal,
  seriousAccessibilityViolations,
  signInFirstTime,
  startPortal,
} from "./harness.js";

/*
 * The head of post in Washington keeps the portal open; the drafter submits a telegram for his
 * signature from her own session. The notification reaches his open page live over the event
 * stream — the bell's count changes without a reload — and he finds it in the notification
 * centre, marks it read, and chooses to receive information in a weekly digest.
 */

interface MeSummary {
  user: { id: string; assignments: { unit: { id: string } }[] };
}

describe.skipIf(!chromiumAvailable())(
  "a notification arrives live on an open page, in real Chromium",
  () => {
    let portal: Portal;
    let browser: Browser;
    let head: Page;
    let drafter: Page;
    const consoleErrors: string[] = [];

    async function newPage(): Promise<Page> {
      const page = await (await browser.newContext({ locale: "fr-FR" })).newPage();
      page.on("pageerror", (error) => consoleErrors.push(error.message));
      return page;
    }

    beforeAll(async () => {
      portal = await startPortal();
      browser = await launchChromium();
      head = await newPage();
      drafter = await newPage();
      await signInFirstTime(head, portal, "chef.washington@demo.diplomatie.fr");
      await signInFirstTime(drafter, portal, "redacteur.washington@demo.diplomatie.fr");
    });
    afterAll(async () => {
      await browser?.close();
      await portal?.stop();
    });

    const bell = () => head.getByRole("link", { name: /^Notifications/ }).first();

    it("shows the new signature request in the header bell without a reload", async () => {
      await bell().waitFor();
      const before = Number((await bell().textContent())?.match(/(\d+) non lue/)?.[1] ?? "0");
      const headMe = (await callApi(head, "GET", "/api/me")).json as MeSummary;
      const drafterMe = (await callApi(drafter, "GET", "/api/me")).json as MeSummary;
      const created = await callApi(drafter, "POST", "/api/correspondence", {
        kind: "telegram",
        originUnitId: drafterMe.user.assignments[0]?.unit.id,
        content: {
          subject: "Visite du secrétaire d'État — programme",
          summary: "Programme de la visite.",
          precedence: "routine",
          marking: "NP",
          tags: [],
          countryTags: ["US"],
          references: [],
          paragraphs: [{ marking: "NP", text: "Le programme est arrêté." }],
          addressees: [],
          actionDeadline: null,
          note: null,
          email: null,
        },
      });
      expect(created.status).toBe(201);
      const id = (created.json as { id: string }).id;
      const submitted = await callApi(drafter, "POST", `/api/correspondence/${id}/submit`, {
        visas: [],
        signerId: headMe.user.id,
      });
      expect(submitted.status).toBe(200);

      await expect
        .poll(async () => (await bell().textContent()) ?? "", { timeout: 10_000 })
        .toContain(`${before + 1} non lue`);
      await expect
        .poll(() =>
          head.getByRole("status").filter({ hasText: "notification(s) non lue(s)" }).count(),
        )
        .toBe(1);
    });

    it("lists it in the notification centre, links to the document and marks it read", async () => {
      await bell().click();
      await head.getByRole("heading", { level: 1, name: "Notifications" }).waitFor();
      const item = head.getByRole("link", { name: /attend votre visa ou votre signature/ }).first();
      await item.waitFor();
      expect(await item.getAttribute("href")).toMatch(/^\/correspondance\/documents\//);
      expect(await seriousAccessibilityViolations(head)).toEqual([]);
      await head.getByRole("button", { name: "Tout marquer comme lu" }).click();
      await expect.poll(async () => (await bell().textContent()) ?? "").toContain("0 non lue");
    });

    it("changes the preferences from the profile: information in a weekly digest", async () => {
      await head.goto(`${portal.url}/profil`);
      await head.getByRole("link", { name: "Préférences de notification" }).click();
      await head.getByRole("heading", { level: 1, name: "Préférences de notification" }).waitFor();
      await head.getByLabel("Informations : envoi par courriel").selectOption("weekly");
      await head.getByRole("button", { name: "Enregistrer" }).click();
      await head.getByText("Vos préférences sont enregistrées.").waitFor();
      expect(await seriousAccessibilityViolations(head)).toEqual([]);
      const saved = await callApi(head, "GET", "/api/notifications/preferences");
      expect(saved.json).toMatchObject({ information: { inApp: true, email: "weekly" } });
      expect(consoleErrors).toEqual([]);
    });
  },
);
