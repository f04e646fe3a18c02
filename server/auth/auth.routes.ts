import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { ErrorBody } from "../../shared/schemas/common.js";
import { AcceptCharterBody, LoginBody, Me } from "../../shared/schemas/people.js";
import type { Config } from "../config.js";
import type { Database } from "../db/database.js";
import { actorOf, requireAuth, SESSION_COOKIE, sessionPolicyOf } from "../http/authenticate.js";
import { describeMe, loadSignedInUser } from "../people/people.service.js";
import { acceptCharter, login, logout } from "./auth.service.js";
import { strongAuthRoutes } from "./mfa.routes.js";
import { hasTotp } from "./mfa.service.js";
import { oidcRoutes } from "./oidc.routes.js";
import { oidcEndSessionUrl } from "./oidc.service.js";
import { findSession } from "./session.repository.js";

/** Sign-in, sign-out, the signed-in user, and acceptance of the conditions of use. */
export const authRoutes: FastifyPluginAsyncZod<{ database: Database; config: Config }> = async (
  app,
  { database, config },
) => {
  const { db } = database;
  const policy = sessionPolicyOf(config);
  const sessionInfo = async (userId: string, expiresAt: string, mfa: boolean) => ({
    expiresAt,
    idleTimeoutSeconds: config.sessionIdleSeconds,
    mfa,
    totpEnrolled: await hasTotp(db, userId),
  });
  await app.register(strongAuthRoutes, { database, config });
  await app.register(oidcRoutes, { database, config });

  app.post(
    "/api/auth/login",
    {
      config: { access: "public", rateLimit: { max: 20, timeWindow: "1 minute" } },
      schema: {
        operationId: "login",
        tags: ["auth"],
        summary: "Sign in with e-mail and password; opens a session cookie",
        body: LoginBody,
        response: { 200: Me, 401: ErrorBody, 403: ErrorBody, 429: ErrorBody },
      },
    },
    async (request, reply) => {
      const session = await login(
        db,
        request.body,
        { ip: request.ip, userAgent: request.headers["user-agent"] ?? null },
        policy,
      );
      reply.setCookie(SESSION_COOKIE, session.token, {
        path: "/",
        httpOnly: true,
        sameSite: "strict",
        secure: config.cookieSecure,
        maxAge: config.sessionAbsoluteSeconds,
      });
      const user = await loadSignedInUser(db, session.userId, { mfa: false });
      if (!user) throw new Error("user vanished during sign-in");
      return describeMe(
        db,
        user.subject,
        await sessionInfo(session.userId, session.expiresAt, false),
      );
    },
  );

  app.post(
    "/api/auth/logout",
    {
      config: { access: "session" },
      schema: {
        operationId: "logout",
        tags: ["auth"],
        summary:
          "End the current session; after an OpenID Connect sign-in, answers where to end the provider's too",
        response: { 200: z.object({ endSessionUrl: z.string() }), 204: z.null(), 401: ErrorBody },
      },
    },
    async (request, reply) => {
      const auth = requireAuth(request);
      const session = await findSession(db, auth.sessionId);
      await logout(db, actorOf(request), auth.sessionId);
      reply.clearCookie(SESSION_COOKIE, { path: "/" });
      const endSessionUrl = await oidcEndSessionUrl(config.oidc, session?.oidc_id_token);
      if (endSessionUrl) return { endSessionUrl };
      return reply.code(204).send(null);
    },
  );

  app.get(
    "/api/me",
    {
      config: { access: "session" },
      schema: {
        operationId: "getMe",
        tags: ["auth"],
        summary: "The signed-in user: identity, units, clearance, communities, abilities",
        response: { 200: Me, 401: ErrorBody },
      },
    },
    async (request) => {
      const auth = requireAuth(request);
      return describeMe(
        db,
        auth.subject,
        await sessionInfo(auth.subject.userId, auth.expiresAt, auth.subject.mfa),
      );
    },
  );

  app.post(
    "/api/me/charter",
    {
      config: { access: "session" },
      schema: {
        operationId: "acceptCharter",
        tags: ["auth"],
        summary: "Accept the current conditions of use (journaled)",
        body: AcceptCharterBody,
        response: { 200: Me, 401: ErrorBody, 409: ErrorBody },
      },
    },
    async (request) => {
      const auth = requireAuth(request);
      await acceptCharter(
        db,
        { ...actorOf(request), userId: auth.subject.userId },
        request.body.version,
      );
      return describeMe(
        db,
        auth.subject,
        await sessionInfo(auth.subject.userId, auth.expiresAt, auth.subject.mfa),
      );
    },
  );
};
