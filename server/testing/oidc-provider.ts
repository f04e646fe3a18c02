import http from "node:http";
import type { AddressInfo } from "node:net";
import Provider from "oidc-provider";

/*
 * A real OpenID provider (oidc-provider) on loopback for tests, configured like ProConnect:
 * code flow with PKCE, acr values, the ProConnect claims as scopes, userinfo as a signed JWT. Its login screen is replaced
 * by an interaction that signs in whoever the test names next, with the acr the test names.
 */

export const TEST_OIDC_CLIENT_ID = "diplomatie";
export const TEST_OIDC_CLIENT_SECRET = "un-secret-de-client-pour-les-tests-0123456789";

export interface TestOidcProvider {
  issuer: string;
  /** Who the next login signs in, and with which acr. */
  next: { accountId: string; acr: string };
  accounts: Map<string, Record<string, string>>;
  stop(): Promise<void>;
}

export async function startOidcProvider(client: {
  redirectUri: string;
  postLogoutRedirectUri: string;
}): Promise<TestOidcProvider> {
  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const accounts = new Map<string, Record<string, string>>();
  const handle: TestOidcProvider = {
    issuer,
    next: { accountId: "", acr: "eidas1" },
    accounts,
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  };
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: TEST_OIDC_CLIENT_ID,
        client_secret: TEST_OIDC_CLIENT_SECRET,
        redirect_uris: [client.redirectUri],
        post_logout_redirect_uris: [client.postLogoutRedirectUri],
        response_types: ["code"],
        grant_types: ["authorization_code"],
        token_endpoint_auth_method: "client_secret_basic",
        // As ProConnect does: userinfo comes back as a signed JWT.
        userinfo_signed_response_alg: "RS256",
      },
    ],
    acrValues: ["eidas0", "eidas1", "eidas2"],
    scopes: ["openid", "email", "given_name", "usual_name", "uid", "siret", "organizational_unit"],
    claims: {
      email: ["email"],
      given_name: ["given_name"],
      usual_name: ["usual_name"],
      uid: ["uid"],
      siret: ["siret"],
      organizational_unit: ["organizational_unit"],
    },
    features: {
      devInteractions: { enabled: false },
      claimsParameter: { enabled: true },
      rpInitiatedLogout: { enabled: true },
      jwtUserinfo: { enabled: true },
    },
    cookies: { keys: ["des-cles-de-cookies-pour-le-fournisseur-de-test"] },
    findAccount: async (_ctx, id) => ({
      accountId: id,
      claims: async () => ({ sub: id, ...(accounts.get(id) ?? {}) }),
    }),
  });
  provider.use(async (ctx, next) => {
    if (!/^\/interaction\/[^/]+$/.test(ctx.path)) return next();
    const details = await provider.interactionDetails(ctx.req, ctx.res);
    const { accountId, acr } = handle.next;
    const grant = new provider.Grant({ accountId, clientId: TEST_OIDC_CLIENT_ID });
    const scope = details.params.scope;
    if (typeof scope === "string") grant.addOIDCScope(scope);
    grant.addOIDCClaims(["acr"]);
    const grantId = await grant.save();
    const url = await provider.interactionResult(ctx.req, ctx.res, {
      login: { accountId, acr },
      consent: { grantId },
    });
    ctx.redirect(url);
  });
  server.on("request", provider.callback());
  return handle;
}
