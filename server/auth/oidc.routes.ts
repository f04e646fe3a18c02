import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { ErrorBody } from "../../shared/schemas/common.js";
import type { Config } from "../config.js";
import type { Database } from "../db/database.js";
import { notFound } from "../errors.js";
import { SESSION_COOKIE, sessionPolicyOf } from "../http/authenticate.js";
import { authMethodsOf, oidcCallback, startOidcLogin } from "./oidc.service.js";

/** Holds the login's `state` between the redirect out and the callback (Lax: a cross-site GET). */
const STATE_COOKIE = "diplomatie_oidc_state";
const STATE_COOKIE_PATH = "/api/auth/oidc";

/** Sign-in through OpenID Connect (ProConnect), when configured; 404 otherwise. */
export const oidcRoutes: FastifyPluginAsyncZod<{ database: Database; config: Config }> = async (
  app,
  { database, config },
) => {
  const { db } = database;
  const policy = sessionPolicyOf(config);

  app.get(
    "/api/auth/methods",
    {
      config: { access: "public" },
      schema: {
        operationId: "getAuthMethods",
        tags: ["auth"],
        summary: "Which sign-in methods are on (for the login page)",
        response: { 200: z.object({ oidc: z.boolean() }) },
      },
    },
    async () => authMethodsOf(config.oidc),
  );

  app.get(
    "/api/auth/oidc/login",
    {
      config: { access: "public", rateLimit: { max: 30, timeWindow: "1 minute" } },
      schema: {
        operationId: "startOidcLogin",
        tags: ["auth"],
        summary: "Redirect to the identity provider (authorization code, PKCE S256)",
        response: { 302: z.null(), 404: ErrorBody },
      },
    },
    async (_request, reply) => {
      if (!config.oidc) throw notFound();
      const { state, url } = await startOidcLogin(db, config.oidc);
      reply.setCookie(STATE_COOKIE, state, {
        path: STATE_COOKIE_PATH,
        httpOnly: true,
        sameSite: "lax",
        secure: config.cookieSecure,
        maxAge: 600,
      });
      return reply.redirect(url, 302);
    },
  );

  app.get(
    "/api/auth/oidc/callback",
    {
      config: { access: "public", rateLimit: { max: 30, timeWindow: "1 minute" } },
      schema: {
        operationId: "oidcCallback",
        tags: ["auth"],
        summary: "Back from the identity provider: opens a session, or shows why not",
        querystring: z.record(z.string(), z.string().max(8192)),
        response: { 302: z.null(), 404: ErrorBody },
      },
    },
    async (request, reply) => {
      if (!config.oidc) throw notFound();
      const query = request.url.includes("?") ? request.url.slice(request.url.indexOf("?")) : "";
      const callbackUrl = new URL(`${config.oidc.redirectUri.split("?")[0]}${query}`);
      const outcome = await oidcCallback(
        db,
        config.oidc,
        callbackUrl,
        request.cookies[STATE_COOKIE],
        { ip: request.ip, userAgent: request.headers["user-agent"] ?? null },
        policy,
      );
      reply.clearCookie(STATE_COOKIE, { path: STATE_COOKIE_PATH });
      if (outcome.status === "refused") {
        return reply.redirect(`/connexion?refus=${outcome.reason}`, 302);
      }
      reply.setCookie(SESSION_COOKIE, outcome.token, {
        path: "/",
        httpOnly: true,
        sameSite: "strict",
        secure: config.cookieSecure,
        maxAge: config.sessionAbsoluteSeconds,
      });
      return reply.redirect("/", 302);
    },
  );
};
