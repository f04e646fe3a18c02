import { randomUUID } from "node:crypto";
import fs from "node:fs";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { validateSeda } from "../server/testing/seda-validation.js";
import { readZip } from "../server/testing/zip-reader.js";
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
 * Issue 8's transfer journey: the archivist picks records to keep for good, builds a transfer,
 * downloads its ZIP (a SEDA 2.2 manifest that validates against the official schemas), and
 * looks at the integrity page. The demo's records are filed here, as the filing rules would.
 */

describe.skipIf(!chromiumAvailable())("an archivist transfers records, in real Chromium", () => {
  let portal: Portal;
  let browser: Browser;
  let page: Page;
  const consoleErrors: string[] = [];
  let references: string[] = [];

  beforeAll(async () => {
    portal = await startPortal();
    const at = new Date().toISOString();
    const seriesId = randomUUID();
    await portal.db
      .insertInto("record_series")
      .values({
        id: seriesId,
        parent_id: null,
        code: "9.9",
        title: "Télégrammes politiques (versement)",
        retention_months: 120,
        final_action: "keep",
        access_delay_years: 25,
        created_at: at,
        updated_at: at,
      })
      .execute();
    const picked = await portal.db
      .selectFrom("records")
      .innerJoin("correspondences", "correspondences.id", "records.correspondence_id")
      .select(["records.id", "correspondences.reference"])
      .where("correspondences.marking", "=", "NP")
      .orderBy("records.captured_at")
      .limit(3)
      .execute();
    references = picked.map((r) => r.reference ?? "");
    await portal.db
      .updateTable("records")
      .set({
        series_id: seriesId,
        due_at: "2020-01-01T00:00:00.000Z",
        filed_by: "manual",
        filed_at: at,
      })
      .where(
        "id",
        "in",
        picked.map((r) => r.id),
      )
      .execute();
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

  it("builds a transfer from chosen records", async () => {
    await signInFirstTime(page, portal, "archiviste@demo.diplomatie.fr");
    await page.goto(`${portal.url}/archives/versements`);
    await page.getByRole("heading", { level: 1, name: "Versements" }).waitFor();
    await page.getByRole("status").filter({ hasText: "3 pièce(s) à verser." }).waitFor();
    for (const reference of references.slice(0, 2)) {
      // The DSFR draws the box on the label, which takes the click, as a user's would.
      const box = page.getByLabel(`Sélectionner ${reference}`);
      await page.locator(`label[for="${await box.getAttribute("id")}"]`).click();
      expect(await box.isChecked()).toBe(true);
    }
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.getByRole("button", { name: "Verser la sélection (2)" }).click();
    await page.getByText(/Versement MEAE-VERSEMENT-\d{8}-\w+ créé : 2 pièce\(s\)\./).waitFor();
    await page.getByRole("status").filter({ hasText: "1 pièce(s) à verser." }).waitFor();
    await page.getByRole("status").filter({ hasText: "1 versement(s)." }).waitFor();
  });

  it("downloads the ZIP, whose manifest validates against SEDA 2.2", async () => {
    const link = page.getByRole("link", {
      name: /Télécharger le paquet MEAE-VERSEMENT-.* \(ZIP\)/,
    });
    const [download] = await Promise.all([page.waitForEvent("download"), link.click()]);
    const file = await download.path();
    const zip = fs.readFileSync(file);
    expect(zip.subarray(0, 2).toString("latin1")).toBe("PK");
    const entries = await readZip(zip);
    const manifest = entries.get("manifest.xml")?.toString("utf8") ?? "";
    const validation = await validateSeda(manifest);
    expect(validation.output).toContain("validates");
    for (const reference of references.slice(0, 2)) {
      expect(manifest).toContain(`<OriginatingSystemId>${reference}</OriginatingSystemId>`);
    }
    expect([...entries.keys()].filter((name) => name.endsWith("/document.pdf"))).toHaveLength(2);
    expect(await page.getByLabel(/Importer l'accusé de réception/).count()).toBe(1);
  });

  it("shows the integrity page, runs the fixity check, on a phone too", async () => {
    await page.goto(`${portal.url}/archives/integrite`);
    await page.getByRole("heading", { level: 1, name: "Intégrité" }).waitFor();
    await page.getByRole("button", { name: "Lancer le contrôle maintenant" }).click();
    await page.getByText(/Dernier contrôle le .* : \d+ contenu\(s\) intègres\./).waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto(`${portal.url}/archives/versements`);
    await page.getByRole("heading", { level: 1, name: "Versements" }).waitFor();
    expect(await horizontalOverflow(page)).toBe(0);
    // The session probe before signing in (401) is an expected answer.
    expect(consoleErrors.filter((e) => !/status of 401/.test(e))).toEqual([]);
  });
});
