import path from "node:path";
import nodemailer from "nodemailer";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BlobStore } from "../server/blobs/blob-store.js";
import { type SmtpReceiver, startSmtpReceiver } from "../server/mail/inbound/smtp-receiver.js";
import {
  chromiumAvailable,
  horizontalOverflow,
  launchChromium,
  type Portal,
  seriousAccessibilityViolations,
  signInFirstTime,
  startPortal,
} from "./harness.js";

const DOMAIN = "correspondance.diplomatie.fr";

describe.skipIf(!chromiumAvailable())("an e-mail received by SMTP, in real Chromium", () => {
  let portal: Portal;
  let browser: Browser;
  let receiver: SmtpReceiver;
  const consoleErrors: string[] = [];

  async function newPage(): Promise<Page> {
    const page = await (await browser.newContext({ locale: "fr-FR" })).newPage();
    page.on("console", (message) => {
      if (message.type() === "error") consoleErrors.push(message.text());
    });
    page.on("pageerror", (error) => consoleErrors.push(error.message));
    return page;
  }

  async function send(raw: string, to: string) {
    const client = nodemailer.createTransport({
      host: "127.0.0.1",
      port: receiver.port,
      secure: false,
      ignoreTLS: true,
    });
    try {
      return await client.sendMail({
        envelope: { from: "chef.washington@demo.diplomatie.fr", to: [to] },
        raw: Buffer.from(raw.replace(/\n/g, "\r\n")),
      });
    } finally {
      client.close();
    }
  }

  beforeAll(async () => {
    portal = await startPortal();
    receiver = await startSmtpReceiver({
      db: portal.database.db,
      store: new BlobStore(path.join(portal.dataDir, "blobs")),
      mailDomain: DOMAIN,
      port: 0,
      host: "127.0.0.1",
      maxBytes: 5 * 1024 * 1024,
      perSenderPerMinute: 100,
      tls: null,
      log: { info: () => {}, warn: () => {}, error: () => {} },
    });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await receiver?.close();
    await portal?.stop();
  });

  it("shows the Americas directorate's agent the e-mail to handle, and the reply in its thread", async () => {
    const first = await send(
      `From: Chef de poste Washington <chef.washington@demo.diplomatie.fr>
To: Direction des Amériques <damc@${DOMAIN}>
Subject: =?UTF-8?Q?Compte_rendu_de_l'entretien_au_d=C3=A9partement_d'=C3=89tat?=
Message-ID: <entretien-1@washington.demo>
Date: Sat, 28 Nov 2026 09:00:00 +0000
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8

Madame, Monsieur,

L'entretien de ce matin a porté sur le calendrier commercial.

Bien à vous.
`,
      `damc@${DOMAIN}`,
    );
    expect(first.response).toMatch(/registered as WASHINGTON-/);
    await send(
      `From: chef.washington@demo.diplomatie.fr
To: damc@${DOMAIN}
Subject: Re: Compte rendu de l'entretien - complément
Message-ID: <entretien-2@washington.demo>
In-Reply-To: <entretien-1@washington.demo>
References: <entretien-1@washington.demo>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8

Complément : la partie américaine confirme la date.
`,
      `damc@${DOMAIN}`,
    );

    const page = await newPage();
    await signInFirstTime(page, portal, "agent.amerique@demo.diplomatie.fr");
    // « À traiter »: the box of what is addressed for action to the agent's units.
    await page.goto(`${portal.url}/correspondance`);
    await page.getByRole("heading", { level: 1, name: /À traiter/ }).waitFor();
    const original = page.getByRole("link", {
      name: /Compte rendu de l'entretien au département d'État/,
    });
    await original.first().waitFor();
    const reply = page.getByRole("link", { name: /Re: Compte rendu de l'entretien - complément/ });
    await reply.first().waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    // The reply names the first message as its REF: the thread.
    await reply.first().click();
    await page
      .getByRole("heading", { level: 1, name: /Re: Compte rendu de l'entretien/ })
      .waitFor();
    // The release panel (this agent also releases and publishes) quotes the paragraphs too.
    await page.getByText("Complément : la partie américaine confirme la date.").first().waitFor();
    const ref = page.getByRole("link", { name: /WASHINGTON-\d{4}-\d{4}/ }).first();
    await ref.click();
    await page
      .getByRole("heading", { level: 1, name: /Compte rendu de l'entretien au département d'État/ })
      .waitFor();
    await page
      .getByText("L'entretien de ce matin a porté sur le calendrier commercial.")
      .first()
      .waitFor();
    await page.getByText("message-original.eml").first().waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 375, height: 740 });
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    // The sign-in page asks who is signed in before anyone is: that 401 is expected.
    expect(consoleErrors.filter((e) => !/status of 401/.test(e))).toEqual([]);
  });

  it("lets the archivist reject a held message with a reason, and reach the import page", async () => {
    await send(
      `From: Inconnu <quelqu.un@exemple.org>
To: damc@${DOMAIN}
Subject: Proposition de partenariat
Message-ID: <inconnu@exemple.org>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8

Bonjour, nous souhaitons vous présenter notre offre.
`,
      `damc@${DOMAIN}`,
    );
    const page = await newPage();
    await signInFirstTime(page, portal, "archiviste@demo.diplomatie.fr", { factors: 1 });
    await page.goto(`${portal.url}/courrier-entrant/quarantaine`);
    await page
      .getByRole("heading", { level: 1, name: "Quarantaine du courrier entrant" })
      .waitFor();
    const item = page.getByRole("listitem").filter({ hasText: "Proposition de partenariat" });
    await item.waitFor();
    await item.getByText("Expéditeur inconnu").waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await item.getByRole("button", { name: "Rejeter" }).click();
    await item.getByText("Indiquez le motif du rejet.").waitFor();
    await item.getByLabel(/Motif ou commentaire/).fill("Démarchage commercial");
    await item.getByRole("button", { name: "Rejeter" }).click();
    await page.getByText("Aucun message.").waitFor();

    await page.goto(`${portal.url}/courrier-entrant/import`);
    await page.getByRole("heading", { level: 1, name: "Importer des courriels" }).waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
  });
});
