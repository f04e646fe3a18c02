import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeOrganization, makeUnit, makeUser } from "../testing/factories.js";
import {
  TEST_OIDC_CLIENT_ID as CLIENT_ID,
  TEST_OIDC_CLIENT_SECRET as CLIENT_SECRET,
  startOidcProvider,
  type TestOidcProvider,
} from "../testing/oidc-provider.js";
import { createTestApp, requestAs, type TestApp } from "../testing/test-app.js";

/*
 * End to end against a real OpenID provider (oidc-provider) on loopback: real HTTP redirects
 * between the provider and the portal; the provider's login screen is replaced by an
 * interaction that signs in whoever the test names, with the `acr` the test names.
 */

const REDIRECT_URI = "http://127.0.0.1:3000/api/auth/oidc/callback";

let t: TestApp;
let off: TestApp;
let provider: TestOidcProvider;
let issuer: string;
let drEmail = "";

beforeAll(async () => {
  provider = await startOidcProvider({
    redirectUri: REDIRECT_URI,
    postLogoutRedirectUri: "http://127.0.0.1:3000/connexion",
  });
  issuer = provider.issuer;
  const accounts = provider.accounts;
  const oidc = {
    issuer,
    clientId: CLIENT_ID,
    clientSecret: CLIENT_SECRET,
    redirectUri: REDIRECT_URI,
    acrValues: ["eidas1", "eidas2"],
    mfaAcrValues: ["eidas2"],
    postLogoutRedirectUri: "http://127.0.0.1:3000/connexion",
  };
  t = await createTestApp({ oidc });
  off = await createTestApp();
  const ministry = await makeOrganization(t.database.db, { kind: "ministry" });
  const unitId = await makeUnit(t.database.db, { organizationId: ministry });
  const dr = await makeUser(t.database.db, { organizationId: ministry, unitId, clearance: "DR" });
  drEmail = dr.email;
  accounts.set("agent-dr", {
    email: dr.email.toUpperCase(),
    given_name: "Camille",
    usual_name: "Martin",
    uid: "uid-123",
    siret: "12000101100010",
    organizational_unit: "DAM",
  });
  accounts.set("stranger", {
    email: "inconnu@exemple.gouv.fr",
    given_name: "Ino",
    usual_name: "Connu",
  });
  const disabled = await makeUser(t.database.db, { organizationId: ministry, status: "disabled" });
  accounts.set("disabled", { email: disabled.email });
});
afterAll(async () => {
  await t?.close();
  await off?.close();
  await provider?.stop();
});

/** A tiny cookie jar for the browser's side of the provider. */
function jar() {
  const cookies = new Map<string, string>();
  return {
    header: () => [...cookies].map(([k, v]) => `${k}=${v}`).join("; "),
    take: (response: Response) => {
      for (const line of response.headers.getSetCookie()) {
        const [pair] = line.split(";");
        const at = pair?.indexOf("=") ?? -1;
        if (pair && at > 0) cookies.set(pair.slice(0, at), pair.slice(at + 1));
      }
    },
  };
}

/**
 * Walks the browser's part: portal → provider (authorize, interaction, resume) → the callback
 * URL the provider redirects to. Answers that URL and the state cookie the portal set.
 */
async function throughProvider(login: { accountId: string; acr: string }) {
  provider.next = login;
  const start = await t.app.inject({ method: "GET", url: "/api/auth/oidc/login" });
  expect(start.statusCode).toBe(302);
  const stateCookie = start.cookies.find((c) => c.name === "diplomatie_oidc_state");
  let location = String(start.headers.location);
  const browser = jar();
  for (let hops = 0; hops < 10 && !location.startsWith(REDIRECT_URI); hops += 1) {
    const response = await fetch(location, {
      redirect: "manual",
      headers: { cookie: browser.header() },
    });
    browser.take(response);
    const next = response.headers.get("location");
    if (!next) throw new Error(`provider stopped at ${location}: ${response.status}`);
    location = new URL(next, location).href;
  }
  return { start, stateCookie, callback: new URL(location) };
}

const callback = (url: URL, state: string | undefined) =>
  t.app.inject({
    method: "GET",
    url: `/api/auth/oidc/callback${url.search}`,
    ...(state ? { cookies: { diplomatie_oidc_state: state } } : {}),
  });

const journal = async (action: string) =>
  (
    await t.database.db
      .selectFrom("journal")
      .select("details")
      .where("action", "=", action)
      .execute()
  ).map((r) => JSON.parse(r.details));

describe("OpenID Connect sign-in", () => {
  it("asks for a code with PKCE S256, state and nonce of 32+ characters, acr and the claims", async () => {
    const start = await t.app.inject({ method: "GET", url: "/api/auth/oidc/login" });
    expect(start.statusCode).toBe(302);
    const url = new URL(String(start.headers.location));
    expect(url.origin).toBe(issuer);
    const p = url.searchParams;
    expect(p.get("response_type")).toBe("code");
    expect(p.get("client_id")).toBe(CLIENT_ID);
    expect(p.get("redirect_uri")).toBe(REDIRECT_URI);
    expect(p.get("code_challenge_method")).toBe("S256");
    expect(p.get("code_challenge")).toMatch(/^[\w-]{43}$/);
    expect(p.get("state")?.length).toBeGreaterThanOrEqual(32);
    expect(p.get("nonce")?.length).toBeGreaterThanOrEqual(32);
    expect(p.get("acr_values")).toBe("eidas1 eidas2");
    expect(p.get("scope")?.split(" ")).toEqual(
      expect.arrayContaining([
        "openid",
        "email",
        "given_name",
        "usual_name",
        "uid",
        "siret",
        "organizational_unit",
      ]),
    );
    const cookie = start.cookies.find((c) => c.name === "diplomatie_oidc_state");
    expect(cookie?.value).toBe(p.get("state"));
    expect(cookie?.httpOnly).toBe(true);
    expect(cookie?.sameSite).toBe("Lax");
  });

  it("signs in an account found by e-mail; an MFA acr gives a two-factor session", async () => {
    const { stateCookie, callback: url } = await throughProvider({
      accountId: "agent-dr",
      acr: "eidas2",
    });
    const done = await callback(url, stateCookie?.value);
    expect(done.statusCode).toBe(302);
    expect(done.headers.location).toBe("/");
    const session = done.cookies.find((c) => c.name === "diplomatie_session");
    expect(session?.httpOnly).toBe(true);
    const cookie = `diplomatie_session=${session?.value}`;
    const me = await requestAs(t.app, cookie, { url: "/api/me" });
    expect(me.json().user.email).toBe(drEmail);
    expect(me.json().session.mfa).toBe(true);
    const entry = (await journal("auth.login_succeeded")).find((d) => d.method === "oidc");
    expect(entry).toMatchObject({ acr: "eidas2", mfa: true, siret: "12000101100010" });

    // Logout hands the browser to the provider with the ID token as hint.
    const out = await requestAs(t.app, cookie, { method: "POST", url: "/api/auth/logout" });
    expect(out.statusCode).toBe(200);
    const end = new URL(out.json().endSessionUrl);
    expect(end.origin).toBe(issuer);
    expect(end.searchParams.get("id_token_hint")).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);
    expect(end.searchParams.get("post_logout_redirect_uri")).toBe(
      "http://127.0.0.1:3000/connexion",
    );
    expect((await requestAs(t.app, cookie, { url: "/api/me" })).statusCode).toBe(401);
  });

  it("a one-factor acr gives a one-factor session", async () => {
    const { stateCookie, callback: url } = await throughProvider({
      accountId: "agent-dr",
      acr: "eidas1",
    });
    const done = await callback(url, stateCookie?.value);
    const cookie = `diplomatie_session=${done.cookies.find((c) => c.name === "diplomatie_session")?.value}`;
    expect((await requestAs(t.app, cookie, { url: "/api/me" })).json().session.mfa).toBe(false);
  });

  it("refuses an acr outside the allowed values", async () => {
    const { stateCookie, callback: url } = await throughProvider({
      accountId: "agent-dr",
      acr: "eidas0",
    });
    const done = await callback(url, stateCookie?.value);
    expect(done.headers.location).toBe("/connexion?refus=acr_not_allowed");
    expect(done.cookies.find((c) => c.name === "diplomatie_session")).toBeUndefined();
  });

  it("refuses an unknown e-mail (no account is created) and a disabled account", async () => {
    const before = await t.database.db.selectFrom("users").select("id").execute();
    const unknown = await throughProvider({ accountId: "stranger", acr: "eidas1" });
    const refused = await callback(unknown.callback, unknown.stateCookie?.value);
    expect(refused.headers.location).toBe("/connexion?refus=unknown_account");
    expect(await t.database.db.selectFrom("users").select("id").execute()).toHaveLength(
      before.length,
    );
    const disabled = await throughProvider({ accountId: "disabled", acr: "eidas1" });
    const off = await callback(disabled.callback, disabled.stateCookie?.value);
    expect(off.headers.location).toBe("/connexion?refus=account_disabled");
    expect((await journal("auth.oidc_login_refused")).map((d) => d.reason)).toEqual(
      expect.arrayContaining(["unknown_account", "account_disabled"]),
    );
  });

  it("refuses a callback without the browser's state cookie, and any replay", async () => {
    const { stateCookie, callback: url } = await throughProvider({
      accountId: "agent-dr",
      acr: "eidas2",
    });
    const forged = await callback(url, undefined);
    expect(forged.headers.location).toBe("/connexion?refus=failed");
    const other = await callback(url, "x".repeat(43));
    expect(other.headers.location).toBe("/connexion?refus=failed");
    // The genuine browser still completes once, and only once.
    const first = await callback(url, stateCookie?.value);
    expect(first.headers.location).toBe("/");
    const replay = await callback(url, stateCookie?.value);
    expect(replay.headers.location).toBe("/connexion?refus=failed");
  });

  it("is off when not configured: the routes are not found and the login page hides the button", async () => {
    expect((await off.app.inject({ url: "/api/auth/oidc/login" })).statusCode).toBe(404);
    expect(
      (await off.app.inject({ url: "/api/auth/oidc/callback?code=x&state=y" })).statusCode,
    ).toBe(404);
    expect((await off.app.inject({ url: "/api/auth/methods" })).json()).toEqual({ oidc: false });
    expect((await t.app.inject({ url: "/api/auth/methods" })).json()).toEqual({ oidc: true });
  });
});
