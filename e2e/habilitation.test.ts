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
 * Enrolment and habilitation in real Chromium: an agent asks for access on the public form, the
 * head of post accepts, the security officer grants DR for six months, and the audit view shows
 * who may read DR since when, until when, granted by whom and why.
 */
describe.skipIf(!chromiumAvailable())("enrolment and habilitation, in real Chromium", () => {
  let portal: Portal;
  let browser: Browser;
  const consoleErrors: string[] = [];

  const newPage = async (viewport?: { width: number; height: number }): Promise<Page> => {
    const context = await browser.newContext({
      locale: "fr-FR",
      ...(viewport ? { viewport } : {}),
    });
    const page = await context.newPage();
    page.on("console", (message) => {
      // The public form probes the session once (401) before anyone signs in.
      if (message.type() === "error" && !message.text().includes("401")) {
        consoleErrors.push(message.text());
      }
    });
    page.on("pageerror", (error) => consoleErrors.push(error.message));
    return page;
  };

  beforeAll(async () => {
    portal = await startPortal();
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await portal?.stop();
  });

  it("request → head accepts → officer grants DR for six months → audit view shows it", async () => {
    // 1. The public form, reached from the sign-in page, on a phone-sized screen.
    const visitor = await newPage({ width: 375, height: 800 });
    await visitor.goto(portal.url);
    await visitor.getByRole("link", { name: "Pas encore de compte ? Demander un accès" }).click();
    await visitor
      .getByRole("heading", { level: 1, name: "Demander un accès à Diplomatie" })
      .waitFor();
    await visitor
      .getByLabel("Adresse électronique professionnelle")
      .fill("anatole.verani@interieur.gouv.fr");
    await visitor.getByLabel("Prénom").fill("Anatole");
    await visitor.getByLabel("Nom", { exact: true }).fill("Vérani");
    await visitor.getByLabel("Fonction").fill("Attaché de sécurité intérieure");
    const unit = visitor.getByLabel(/^Unité d'affectation/);
    const washington = await unit
      .locator("option", { hasText: "Ambassade de France aux États-Unis" })
      .first()
      .getAttribute("value");
    expect(washington).toBeTruthy();
    await unit.selectOption(washington ?? "");
    await visitor
      .getByLabel(/^Motif de la demande/)
      .fill("Attaché de sécurité intérieure à Washington à compter du 1er décembre.");
    expect(await seriousAccessibilityViolations(visitor)).toEqual([]);
    expect(await horizontalOverflow(visitor)).toBe(0);
    await visitor.getByRole("button", { name: "Envoyer la demande" }).click();
    await visitor.getByText("Demande reçue").waitFor();

    // 2. The head of post finds it under « Habilitations » and accepts it.
    const head = await newPage();
    await signInFirstTime(head, portal, "chef.washington@demo.diplomatie.fr", { factors: 1 });
    await head.getByRole("link", { name: "Habilitations" }).first().click();
    await head.getByRole("heading", { level: 1, name: "Habilitations" }).waitFor();
    await head.getByRole("table", { name: "Demandes d'accès en attente" }).waitFor();
    expect(await seriousAccessibilityViolations(head)).toEqual([]);
    await head.getByRole("button", { name: "Accepter la demande de Anatole Vérani" }).click();
    await head
      .getByRole("button", { name: "Accepter la demande de Anatole Vérani" })
      .waitFor({ state: "detached" });
    // The head sees no clearance management: that is the security officer's.
    expect(await head.getByRole("heading", { name: "Habilitations DR" }).count()).toBe(0);

    // 3. The security officer grants DR for six months (the form's default period).
    const officer = await newPage();
    await signInFirstTime(officer, portal, "officier.securite@demo.diplomatie.fr");
    await officer.goto(`${portal.url}/habilitations`);
    await officer.getByRole("heading", { level: 2, name: "Habilitations DR" }).waitFor();
    await officer.getByLabel(/^Filtrer les personnes par nom/).fill("Vérani");
    const holder = officer.getByLabel(/^Personne choisie/);
    await holder.locator("option", { hasText: "Anatole Vérani" }).waitFor({ state: "attached" });
    const holderId = await holder
      .locator("option", { hasText: "Anatole Vérani" })
      .getAttribute("value");
    await holder.selectOption(holderId ?? "");
    const until = await officer.getByLabel("Valable jusqu'au").inputValue();
    const sixMonths = new Date();
    sixMonths.setUTCMonth(sixMonths.getUTCMonth() + 6);
    expect(until).toBe(sixMonths.toISOString().slice(0, 10));
    await officer
      .getByLabel("Motif", { exact: true })
      .fill("Accès aux télégrammes de sécurité du poste");
    await officer.getByRole("button", { name: "Accorder l'habilitation DR" }).click();
    await officer.getByText("Habilitation accordée à Anatole Vérani.").waitFor();

    // 4. The audit view: who, since when, until when, by whom, why.
    const audit = officer.getByRole("table", { name: "Habilitations accordées" });
    const row = audit.getByRole("row", { name: /Anatole Vérani/ });
    await row.waitFor();
    const text = (await row.textContent()) ?? "";
    expect(text).toContain("DR");
    expect(text).toContain(until);
    expect(text).toContain("En vigueur");
    expect(text).toContain("Bénédicte Aubertin");
    expect(text).toContain("Accès aux télégrammes de sécurité du poste");
    expect(await seriousAccessibilityViolations(officer)).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });
});
