import { randomBytes } from "node:crypto";
import type { Kysely } from "kysely";
import type * as OpenIdClient from "openid-client";
import type { OidcConfig } from "../config.js";
import type { DB } from "../db/schema.js";
import { type Actor, emit } from "../events/events.js";
import { journalOnly } from "../journal/journal.service.js";
import { findUserByEmail } from "../people/people.repository.js";
import type { SessionPolicy } from "./auth.service.js";
import { insertSession } from "./session.repository.js";
import { sessionIdOf } from "./session-token.js";

/*
 * OpenID Connect relying party, as ProConnect expects one: authorization code with PKCE (S256),
 * `state` and `nonce` of 43 characters (32 random bytes), `acr_values` requested and the
 * returned `acr` checked, userinfo as JSON or a signed JWT. Accounts are matched by e-mail (the
 * `sub` differs per identity provider); no account is created here.
 */

/** The claims the portal asks for (ProConnect's scopes carry them). */
export const OIDC_SCOPES = "openid email given_name usual_name uid siret organizational_unit";

/** A pending login lives this long: the time to type a password at the provider. */
const PENDING_LOGIN_SECONDS = 10 * 60;

const loopback = (issuer: string) =>
  /^http:\/\/(127\.0\.0\.1|localhost|\[::1\])(:\d+)?\//.test(`${issuer}/`);

/** openid-client loads only when OpenID Connect is used: start-up stays light without it. */
const openIdClient = () => import("openid-client");

const discovered = new Map<string, Promise<OpenIdClient.Configuration>>();

/** The provider's metadata, discovered once per issuer (a failure is retried next time). */
function configurationOf(oidc: OidcConfig): Promise<OpenIdClient.Configuration> {
  const key = `${oidc.issuer} ${oidc.clientId}`;
  let pending = discovered.get(key);
  if (!pending) {
    pending = openIdClient()
      .then((client) =>
        client.discovery(
          new URL(oidc.issuer),
          oidc.clientId,
          undefined,
          client.ClientSecretBasic(oidc.clientSecret),
          // Plain HTTP only for a provider on this machine (tests, local trials).
          loopback(oidc.issuer) ? { execute: [client.allowInsecureRequests] } : undefined,
        ),
      )
      .catch((error: unknown) => {
        discovered.delete(key);
        throw error;
      });
    discovered.set(key, pending);
  }
  return pending;
}

/** Opens a pending login and answers the provider's authorization URL to redirect to. */
export async function startOidcLogin(
  db: Kysely<DB>,
  oidc: OidcConfig,
  now: Date = new Date(),
): Promise<{ state: string; url: string }> {
  const configuration = await configurationOf(oidc);
  const client = await openIdClient();
  const state = client.randomState();
  const nonce = client.randomNonce();
  const codeVerifier = client.randomPKCECodeVerifier();
  await db
    .deleteFrom("oidc_logins")
    .where("created_at", "<", new Date(now.getTime() - PENDING_LOGIN_SECONDS * 1000).toISOString())
    .execute();
  await db
    .insertInto("oidc_logins")
    .values({ state, nonce, code_verifier: codeVerifier, created_at: now.toISOString() })
    .execute();
  const url = client.buildAuthorizationUrl(configuration, {
    redirect_uri: oidc.redirectUri,
    scope: OIDC_SCOPES,
    state,
    nonce,
    code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
    code_challenge_method: "S256",
    acr_values: oidc.acrValues.join(" "),
    claims: JSON.stringify({
      id_token: { acr: { essential: true, values: oidc.acrValues }, amr: { essential: false } },
    }),
  });
  return { state, url: url.href };
}

export type OidcOutcome =
  | { status: "signed_in"; token: string; userId: string; expiresAt: string; mfa: boolean }
  | {
      status: "refused";
      reason: "unknown_account" | "account_disabled" | "acr_not_allowed" | "failed";
    };

/**
 * Completes a login: checks state, PKCE, nonce and the ID token (openid-client), then `acr`,
 * then finds the account by the e-mail the provider vouches for, and opens a session (two-factor
 * when `acr` asserts MFA). The pending login is consumed whatever happens.
 */
export async function oidcCallback(
  db: Kysely<DB>,
  oidc: OidcConfig,
  callbackUrl: URL,
  cookieState: string | undefined,
  context: { ip: string | null; userAgent: string | null },
  policy: SessionPolicy,
  now: Date = new Date(),
): Promise<OidcOutcome> {
  const actor: Actor = { userId: null, ip: context.ip };
  const refuse = async (
    reason: Extract<OidcOutcome, { status: "refused" }>["reason"],
    details: Record<string, unknown> = {},
  ): Promise<OidcOutcome> => {
    await journalOnly(db, actor, {
      type: "auth.oidc_login_refused",
      details: { reason, ...details },
    });
    return { status: "refused", reason };
  };
  const returnedState = callbackUrl.searchParams.get("state");
  if (!cookieState || !returnedState || cookieState !== returnedState) {
    return refuse("failed", { problem: "state_mismatch" });
  }
  const pending = await db
    .deleteFrom("oidc_logins")
    .where("state", "=", cookieState)
    .returningAll()
    .executeTakeFirst();
  const fresh =
    pending && Date.parse(pending.created_at) > now.getTime() - PENDING_LOGIN_SECONDS * 1000;
  if (!pending || !fresh) return refuse("failed", { problem: "unknown_state" });

  const configuration = await configurationOf(oidc);
  const client = await openIdClient();
  let idToken: string;
  let claims: OpenIdClient.IDToken;
  let userinfo: OpenIdClient.UserInfoResponse;
  try {
    const tokens = await client.authorizationCodeGrant(configuration, callbackUrl, {
      pkceCodeVerifier: pending.code_verifier,
      expectedState: pending.state,
      expectedNonce: pending.nonce,
      idTokenExpected: true,
    });
    const tokenClaims = tokens.claims();
    if (!tokens.id_token || !tokenClaims) throw new Error("no ID token");
    idToken = tokens.id_token;
    claims = tokenClaims;
    userinfo = await client.fetchUserInfo(configuration, tokens.access_token, claims.sub);
  } catch (error) {
    return refuse("failed", { problem: (error as Error).message.slice(0, 200) });
  }
  const acr = typeof claims.acr === "string" ? claims.acr : null;
  if (acr === null || !oidc.acrValues.includes(acr)) return refuse("acr_not_allowed", { acr });

  const email = typeof userinfo.email === "string" ? userinfo.email.trim().toLowerCase() : "";
  const user = email ? await findUserByEmail(db, email) : undefined;
  if (!user) return refuse("unknown_account", { email });
  if (user.status !== "active") return refuse("account_disabled", { email });

  const mfa = oidc.mfaAcrValues.includes(acr);
  const token = randomBytes(32).toString("base64url");
  const nowIso = now.toISOString();
  const expiresAt = new Date(now.getTime() + policy.absoluteSeconds * 1000).toISOString();
  await db.transaction().execute(async (trx) => {
    await insertSession(trx, {
      id: sessionIdOf(token),
      user_id: user.id,
      created_at: nowIso,
      last_seen_at: nowIso,
      expires_at: expiresAt,
      ip: context.ip,
      user_agent: context.userAgent?.slice(0, 300) ?? null,
      auth_methods: mfa ? "oidc,oidc_mfa" : "oidc",
      oidc_id_token: idToken,
    });
    await emit(
      trx,
      { userId: user.id, ip: context.ip },
      {
        type: "auth.login_succeeded",
        target: { type: "user", id: user.id },
        details: {
          method: "oidc",
          acr,
          mfa,
          // What the provider asserted, for the journal (the organisation is not changed here).
          siret: typeof userinfo.siret === "string" ? userinfo.siret : null,
          uid: typeof userinfo.uid === "string" ? userinfo.uid : null,
        },
      },
    );
  });
  return { status: "signed_in", token, userId: user.id, expiresAt, mfa };
}

/** Where to send the browser to end the provider's session too (`id_token_hint`), if any. */
export async function oidcEndSessionUrl(
  oidc: OidcConfig | null,
  idToken: string | null | undefined,
): Promise<string | null> {
  if (!oidc || !idToken) return null;
  const configuration = await configurationOf(oidc);
  if (!configuration.serverMetadata().end_session_endpoint) return null;
  const client = await openIdClient();
  return client.buildEndSessionUrl(configuration, {
    id_token_hint: idToken,
    ...(oidc.postLogoutRedirectUri ? { post_logout_redirect_uri: oidc.postLogoutRedirectUri } : {}),
  }).href;
}

/** For the login page: which sign-in methods are on. */
export const authMethodsOf = (oidc: OidcConfig | null) => ({ oidc: oidc !== null });
