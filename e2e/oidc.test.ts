import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  startOidcProvider,
  TEST_OIDC_CLIENT_ID,
  TEST_OIDC_CLIENT_SECRET,
  type TestOidcProvider,
} from "../server/testing/oidc-provider.js";
import { chromiumAvailable, launchChromium, type Portal, startPortal } from "./harness.js";

const ACCOUNT = "agent.amerique@demo.diplomatie.fr";

describe.skipIf(!chromiumAvailable())("sign-in with ProConnect, in real Chromium", () => {
  let provider: TestOidcProvider;
  let portal: Portal;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    // The provider needs the portal's callback address; the portal, the provider's issuer.
    portal = await startPortal(async (url) => {
      provider = await startOidcProvider({
        redirectUri: `${url}/api/auth/oidc/callback`,
        postLogoutRedirectUri: `${url}/connexion`,
      });
      return {
        oidc: {
          issuer: provider.issuer,
          clientId: TEST_OIDC_CLIENT_ID,
          clientSecret: TEST_OIDC_CLIENT_SECRET,
          redirectUri: `${url}/api/auth/oidc/callback`,
          acrValues: ["eidas1", "eidas2"],
          mfaAcrValues: ["eidas2"],
          postLogoutRedirectUri: `${url}/connexion`,
        },
      };
    });
    provider.accounts.set("pc-amerique", {
      email: ACCOUNT,
      given_name: "Agent",
      usual_name: "Amérique",
      uid: "pc-1",
      siret: "12000101100010",
      organizational_unit: "DAM",
    });
    provider.accounts.set("pc-inconnu", { email: "personne@exemple.gouv.fr" });
    browser = await launchChromium();
    page = await (await browser.newContext({ locale: "fr-FR" })).newPage();
  });
  afterAll(async () => {
    await browser?.close();
    await portal?.stop();
    await provider?.stop();
  });

  it("refuses an e-mail without an account, with a clear message", async () => {
    provider.next = { accountId: "pc-inconnu", acr: "eidas1" };
    await page.goto(portal.url);
    await page.getByRole("link", { name: "Se connecter avec ProConnect" }).click();
    await page.getByText("Connexion avec ProConnect impossible").waitFor();
    expect(await page.getByText(/Aucun compte Diplomatie ne correspond/).count()).toBe(1);
    expect(new URL(page.url()).pathname).toBe("/connexion");
  });

  it("signs in through the provider; an MFA acr opens a two-factor session", async () => {
    provider.next = { accountId: "pc-amerique", acr: "eidas2" };
    // A new browser: the provider still holds the previous person's session in the other one.
    page = await (await browser.newContext({ locale: "fr-FR" })).newPage();
    await page.goto(portal.url);
    await page.getByRole("link", { name: "Se connecter avec ProConnect" }).click();
    await page.getByRole("button", { name: "J'accepte la charte" }).click();
    await page.getByRole("heading", { level: 1, name: /^Bienvenue/ }).waitFor();
    const me = await page.evaluate(async () => (await fetch("/api/me")).json());
    expect(me.user.email).toBe(ACCOUNT);
    expect(me.session.mfa).toBe(true);
  });

  it("signs out at the provider too, with the ID token as hint", async () => {
    const leaving = page.waitForRequest((r) =>
      r.url().startsWith(`${provider.issuer}/session/end`),
    );
    await page
      .getByRole("button", { name: "Se déconnecter" })
      .or(page.getByRole("link", { name: "Se déconnecter" }))
      .first()
      .click();
    const request = await leaving;
    expect(new URL(request.url()).searchParams.get("id_token_hint")).toMatch(
      /^[\w-]+\.[\w-]+\.[\w-]+$/,
    );
  });
});
