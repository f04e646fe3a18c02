import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  callApi,
  chromiumAvailable,
  DEMO_PASSWORD,
  horizontalOverflow,
  launchChromium,
  type Portal,
  seriousAccessibilityViolations,
  signInFirstTime,
  startPortal,
} from "./harness.js";

/*
 * Issue 9's journey: the head of post in Washington releases a redacted DR telegram to the
 * aeronautics sector; the demo company's user sees it in « Diffusions », cannot open the
 * original nor anything else, and loses it once the release is withdrawn; a published item is
 * on the public page and in the Atom feed without logging in.
 */

/** What a page shows for a document one may not read, exactly as for one that does not exist. */
const notFound = (page: Page) =>
  page.getByRole("heading", { level: 1, name: "Page introuvable" }).waitFor();

describe.skipIf(!chromiumAvailable())(
  "releases to partners and public diplomacy, in real Chromium",
  () => {
    let portal: Portal;
    let browser: Browser;
    let agent: Page;
    let partner: Page;
    let original = "";
    let redacted = { id: "", subject: "Aéronautique — version diffusable aux partenaires" };
    let unreleased = "";

    beforeAll(async () => {
      portal = await startPortal();
      browser = await launchChromium();
      agent = await (await browser.newContext({ locale: "fr-FR" })).newPage();
      partner = await (await browser.newContext({ locale: "fr-FR" })).newPage();
    });
    afterAll(async () => {
      await browser?.close();
      await portal?.stop();
    });

    it("the head of post derives a redacted version of a DR telegram and releases it to aeronautics", async () => {
      await signInFirstTime(agent, portal, "chef.washington@demo.diplomatie.fr");
      const search = await callApi(agent, "GET", "/api/search?marking=DR&kind=telegram&limit=50");
      const fromWashington = search.json.items.filter((i: { originUnit: { name: string } }) =>
        /Washington|États-Unis/.test(i.originUnit.name),
      );
      original = fromWashington[0].id;
      const np = await callApi(agent, "GET", "/api/search?marking=NP&kind=telegram&limit=50");
      const released = new Set(
        (await callApi(agent, "GET", "/api/releases?limit=100")).json.items.map(
          (i: { correspondence: { id: string } }) => i.correspondence.id,
        ),
      );
      unreleased = np.json.items.find((i: { id: string }) => !released.has(i.id)).id;

      await agent.goto(`${portal.url}/correspondance/documents/${original}`);
      await agent
        .getByRole("heading", { level: 2, name: "Diffusion aux partenaires et publication" })
        .waitFor();
      await agent.getByLabel("Objet de la version expurgée").fill(redacted.subject);
      // Protected paragraphs start « Supprimer », NP ones « Conserver ».
      await agent.getByRole("button", { name: "Créer la version expurgée" }).click();
      await agent.getByRole("heading", { level: 3, name: "Diffuser aux partenaires" }).waitFor();
      const form = agent.locator("form", {
        has: agent.getByRole("heading", { name: "Diffuser aux partenaires" }),
      });
      await form.getByText("Aéronautique", { exact: true }).click();
      await form.getByRole("button", { name: "Diffuser", exact: true }).click();
      await agent.getByText("Diffusion enregistrée.").waitFor();
      await agent.getByRole("heading", { level: 3, name: "Diffusions de ce document" }).waitFor();
      const state = await callApi(agent, "GET", `/api/correspondence/${original}/releases`);
      redacted = { ...redacted, id: state.json.redactions.at(-1).id };
      expect(state.json.releases[0]).toMatchObject({
        correspondenceId: redacted.id,
        withdrawnAt: null,
      });
      expect(await seriousAccessibilityViolations(agent)).toEqual([]);
    });

    it("the company's user finds it in « Diffusions », and nothing else", async () => {
      await partner.goto(portal.url);
      await partner.getByLabel("Adresse électronique").fill("partenaire@entreprise-demo.fr");
      await partner.getByLabel("Mot de passe").fill(DEMO_PASSWORD);
      await partner.getByRole("button", { name: "Se connecter" }).click();
      await partner.getByRole("button", { name: "J'accepte la charte" }).click();
      await partner.getByRole("heading", { level: 1, name: "Diffusions" }).waitFor();
      const nav = partner.getByRole("navigation", { name: /Menu principal/ });
      expect(await nav.getByRole("link").allTextContents()).toEqual([
        "Diffusions",
        "Communautés",
        "Aide",
      ]);
      await partner.getByRole("link", { name: redacted.subject }).click();
      await partner.getByRole("heading", { level: 1, name: redacted.subject }).waitFor();
      expect(await partner.getByText("sanctions", { exact: false }).count()).toBe(0);
      expect(await seriousAccessibilityViolations(partner)).toEqual([]);

      for (const id of [original, unreleased]) {
        await partner.goto(`${portal.url}/correspondance/documents/${id}`);
        await notFound(partner);
      }
      for (const path of ["/annuaire", "/correspondance", "/fil"]) {
        await partner.goto(`${portal.url}${path}`);
        await notFound(partner);
      }
      const api = await callApi(partner, "GET", `/api/correspondence/${original}`);
      expect(api.status).toBe(404);
    });

    it("once withdrawn, the release vanishes from the partner's feed", async () => {
      await agent.goto(`${portal.url}/correspondance/documents/${original}`);
      await agent
        .getByRole("button", { name: /^Retirer la diffusion de / })
        .first()
        .click();
      await agent.getByText("Retirée").first().waitFor();
      await partner.goto(portal.url);
      await partner.getByRole("heading", { level: 1, name: "Diffusions" }).waitFor();
      await partner.getByRole("heading", { level: 2, name: "Vos contacts au ministère" }).waitFor();
      expect(await partner.getByRole("link", { name: redacted.subject }).count()).toBe(0);
      await partner.goto(`${portal.url}/correspondance/documents/${redacted.id}`);
      await notFound(partner);
    });

    it("a published item is on the public page and in the Atom feed, without logging in", async () => {
      const visitor = await (await browser.newContext({ locale: "fr-FR" })).newPage();
      await visitor.goto(`${portal.url}/publications`);
      await visitor.getByRole("heading", { level: 1, name: "Publications" }).waitFor();
      const first = visitor
        .getByRole("main")
        .getByRole("heading", { level: 2 })
        .first()
        .getByRole("link");
      const title = (await first.textContent()) ?? "";
      expect(title.length).toBeGreaterThan(0);
      await first.click();
      await visitor.getByRole("heading", { level: 1, name: title }).waitFor();
      expect(await seriousAccessibilityViolations(visitor)).toEqual([]);
      const feed = await visitor.request.get(`${portal.url}/api/public/feeds/country/US`);
      expect(feed.status()).toBe(200);
      expect(feed.headers()["content-type"]).toContain("application/atom+xml");
      const xml = await feed.text();
      expect(xml).toContain('<feed xmlns="http://www.w3.org/2005/Atom"');
      expect(xml).toContain(title.replace(/&/g, "&amp;").replace(/</g, "&lt;"));
      const closed = await visitor.request.get(`${portal.url}/api/releases`);
      expect(closed.status()).toBe(401);
      await visitor.setViewportSize({ width: 375, height: 800 });
      expect(await horizontalOverflow(visitor)).toBeLessThanOrEqual(0);
    });
  },
);
