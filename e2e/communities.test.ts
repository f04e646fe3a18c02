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
 * The social network end to end. The head of post in Washington creates an on-request
 * community; the drafter of the post asks to join and he accepts. She posts and mentions him:
 * his open page learns it live, without a reload. He comments and finds her post useful; she
 * shares one of the post's dispatched telegrams into the community (both may read it). His
 * dashboard shows the activity as charts. A secret community stays invisible to them.
 */

const COMMUNITY = "Veille commerciale Amérique du Nord";
const POST = "Point sur les droits de douane";

describe.skipIf(!chromiumAvailable())("a community comes alive, in real Chromium", () => {
  let portal: Portal;
  let browser: Browser;
  let manager: Page;
  let member: Page;
  let communityUrl = "";
  const pageErrors: string[] = [];

  async function newPage(): Promise<Page> {
    const page = await (await browser.newContext({ locale: "fr-FR" })).newPage();
    page.on("pageerror", (error) => pageErrors.push(error.message));
    return page;
  }

  beforeAll(async () => {
    portal = await startPortal();
    browser = await launchChromium();
    manager = await newPage();
    member = await newPage();
    await signInFirstTime(manager, portal, "chef.washington@demo.diplomatie.fr");
    await signInFirstTime(member, portal, "redacteur.washington@demo.diplomatie.fr");
  });
  afterAll(async () => {
    await browser?.close();
    await portal?.stop();
  });

  const bell = () => manager.getByRole("link", { name: /^Notifications/ }).first();
  const unread = async () =>
    Number((await bell().textContent())?.match(/(\d+) non lue/)?.[1] ?? "0");

  it("the head of post creates an on-request community", async () => {
    await manager.getByRole("link", { name: "Communautés" }).first().click();
    await manager.getByRole("heading", { level: 1, name: "Communautés" }).waitFor();
    await manager.getByRole("link", { name: "Créer une communauté" }).click();
    const form = manager.getByRole("main");
    await form.getByLabel("Nom", { exact: true }).fill(COMMUNITY);
    await form
      .getByLabel("Description")
      .fill("Suivi des mesures commerciales américaines et canadiennes.");
    // DSFR draws its own radio: the label is what one clicks.
    await manager.locator("label", { hasText: /^Sur demande/ }).click();
    expect(await manager.getByLabel("Sur demande").isChecked()).toBe(true);
    expect(await seriousAccessibilityViolations(manager)).toEqual([]);
    await manager.getByRole("button", { name: "Créer la communauté" }).click();
    await manager.getByRole("heading", { level: 1, name: COMMUNITY }).waitFor();
    communityUrl = manager.url();
    expect(communityUrl).toMatch(/\/communautes\/[0-9a-f-]{36}$/);
  });

  it("the drafter finds it and asks to join; the manager accepts", async () => {
    await member.goto(`${portal.url}/communautes`);
    const main = member.getByRole("main");
    await main.getByLabel("Nom de la communauté").fill("Veille commerciale");
    await main.getByRole("button", { name: "Rechercher" }).click();
    await member.getByRole("link", { name: COMMUNITY }).click();
    await member.getByRole("heading", { level: 1, name: COMMUNITY }).waitFor();
    await member
      .getByLabel("Message aux gestionnaires (facultatif)")
      .fill("Je suis les dossiers commerciaux au poste.");
    await member.getByRole("button", { name: "Demander à rejoindre" }).click();
    await member.getByText("Votre demande d'adhésion a été envoyée").waitFor();

    await manager.reload();
    await manager.getByRole("tab", { name: "Gestion" }).click();
    await manager.getByText("Je suis les dossiers commerciaux au poste.").waitFor();
    await manager.getByRole("button", { name: "Accepter" }).click();
    await expect
      .poll(() => manager.getByText("Aucune demande en attente.").count(), { timeout: 30_000 })
      .toBe(1);
  });

  it("she posts and mentions him; his open page shows the notification live", async () => {
    await manager.getByRole("tab", { name: "Fil" }).click();
    await bell().waitFor();
    const before = await unread();

    await member.goto(communityUrl);
    await member.getByRole("tab", { name: "Fil" }).click();
    const body = member.getByRole("textbox", { name: /^Message/ });
    await body.fill(`${POST} : les contingents d'acier sont confirmés, à suivre @Castel`);
    await member.getByRole("button", { name: /Hervé Castelnau/ }).click();
    await member.getByRole("button", { name: "Publier", exact: true }).click();
    await member.getByText("Message publié.").waitFor();

    await expect.poll(async () => unread(), { timeout: 15_000 }).toBeGreaterThan(before);
    await expect
      .poll(() => manager.getByRole("status").filter({ hasText: "non lue(s)" }).count())
      .toBe(1);
  });

  it("he comments on it and finds it useful", async () => {
    await manager.reload();
    await manager.getByRole("tab", { name: "Fil" }).click();
    const post = manager.getByRole("article").filter({ hasText: POST }).first();
    await post.waitFor();
    expect(await post.getByRole("link", { name: /Hervé Castelnau/ }).count()).toBe(1);
    await post.getByRole("button", { name: /^Commentaires \(0\)/ }).click();
    await post.getByLabel("Votre commentaire").fill("Merci, je relaie à la direction.");
    await post.getByRole("button", { name: "Commenter" }).click();
    await post.getByText("Merci, je relaie à la direction.").waitFor();
    const reactions = post.getByRole("list", { name: "Réactions au message" });
    await reactions.getByRole("button", { name: "Utile (0)", exact: true }).click();
    await reactions
      .getByRole("button", { name: "Utile (1)", pressed: true, exact: true })
      .waitFor();
    expect(await seriousAccessibilityViolations(manager)).toEqual([]);
  });

  it("she shares a dispatched telegram of the post into the community", async () => {
    const sent = await callApi(member, "GET", "/api/inbox?box=sent&limit=100");
    const items = (sent.json as { items: { id: string; marking: string; subject: string }[] })
      .items;
    const telegram = items.find((i) => i.marking === "NP");
    if (!telegram) throw new Error("the drafter has no NP dispatched document in the demo");
    await member.goto(`${portal.url}/correspondance/documents/${telegram.id}`);
    await member.getByRole("button", { name: "Partager dans une communauté" }).click();
    await member.getByRole("combobox", { name: "Communauté" }).selectOption({ label: COMMUNITY });
    await member
      .getByRole("textbox", { name: /^Votre commentaire/ })
      .fill("Le télégramme de référence sur ce sujet.");
    await member.getByRole("button", { name: "Partager", exact: true }).click();
    await member
      .getByText(/partagé/i)
      .first()
      .waitFor();

    await member.goto(communityUrl);
    await member.getByRole("tab", { name: "Fil" }).click();
    const shared = member.getByRole("article").filter({ hasText: "Le télégramme de référence" });
    await shared.waitFor();
    expect(
      await shared.getByRole("link", { name: new RegExp(telegram.subject.slice(0, 20)) }).count(),
    ).toBeGreaterThan(0);
  });

  it("the manager's dashboard shows the activity as charts", async () => {
    await manager.goto(communityUrl);
    await manager.getByRole("tab", { name: "Tableau de bord" }).click();
    const members = manager.getByRole("img", { name: "Membres en fin de semaine" });
    await members.waitFor();
    expect(
      await manager.getByRole("img", { name: "Publications et commentaires par semaine" }).count(),
    ).toBe(1);
    expect(await manager.getByRole("img", { name: "Membres actifs par semaine" }).count()).toBe(1);
    // This week: two posts (hers and the share), one comment, two active members.
    await manager.getByText("Voir les chiffres : Publications et commentaires par semaine").click();
    const table = manager.getByRole("table", { name: "Publications et commentaires par semaine" });
    const lastWeek = table.getByRole("row").last();
    // The figures render once the dashboard's data is in: wait for them rather than read once.
    await expect
      .poll(() => lastWeek.getByRole("cell").allTextContents(), { timeout: 10_000 })
      .toEqual(["2", "1"]);
    expect(await seriousAccessibilityViolations(manager)).toEqual([]);
    await manager.setViewportSize({ width: 375, height: 800 });
    expect(await horizontalOverflow(manager)).toBeLessThanOrEqual(0);
    await manager.setViewportSize({ width: 1280, height: 800 });
  });

  it("a secret community is invisible to non-members: not listed, and its page is not found", async () => {
    const insider = await newPage();
    await signInFirstTime(insider, portal, "cm.afrique@demo.diplomatie.fr");
    const mine = await callApi(insider, "GET", "/api/communities?mine=true&limit=100");
    const sahel = (
      mine.json as { items: { id: string; name: string; access: string }[] }
    ).items.find((c) => c.access === "secret");
    if (!sahel) throw new Error("the demo's secret community is missing");

    await manager.goto(`${portal.url}/communautes`);
    const main = manager.getByRole("main");
    await main.getByLabel("Nom de la communauté").fill(sahel.name);
    await main.getByRole("button", { name: "Rechercher" }).click();
    await manager.getByText("Aucune communauté ne correspond.").waitFor();
    await manager.goto(`${portal.url}/communautes/${sahel.id}`);
    await manager.getByRole("heading", { level: 1, name: "Page introuvable" }).waitFor();
    expect((await callApi(manager, "GET", `/api/communities/${sahel.id}`)).status).toBe(404);
  });

  it("raised no script error along the way", () => {
    expect(pageErrors).toEqual([]);
  });
});
