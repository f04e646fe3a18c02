import type { FastifyReply } from "fastify";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import {
  ConfirmTotpBody,
  SessionList,
  SessionParams,
  SessionsRevoked,
  StepUpBody,
  TotpConfirmed,
  TotpEnrollment,
} from "../../shared/schemas/auth.js";
import { ErrorBody, ErrorResponses, IdParams } from "../../shared/schemas/common.js";
import { Me } from "../../shared/schemas/people.js";
import type { Config } from "../config.js";
import type { Database } from "../db/database.js";
import { actorOf, requireAuth, SESSION_COOKIE } from "../http/authenticate.js";
import { describeMe, loadSignedInUser } from "../people/people.service.js";
import { confirmTotp, enrollTotp, hasTotp, stepUp } from "./mfa.service.js";
import { adminRevokeSessions, listMySessions, revokeSession } from "./sessions.service.js";

/** Second factor (TOTP enrolment, step-up) and session management. */
export const strongAuthRoutes: FastifyPluginAsyncZod<{
  database: Database;
  config: Config;
}> = async (app, { database, config }) => {
  const { db } = database;

  /** Sets the rotated session's cookie and describes the user as that session sees them. */
  const answerStrongSession = async (
    reply: FastifyReply,
    userId: string,
    session: { token: string; expiresAt: string },
  ) => {
    reply.setCookie(SESSION_COOKIE, session.token, {
      path: "/",
      httpOnly: true,
      sameSite: "strict",
      secure: config.cookieSecure,
      maxAge: config.sessionAbsoluteSeconds,
    });
    const user = await loadSignedInUser(db, userId, { mfa: true });
    if (!user) throw new Error("user vanished during step-up");
    return describeMe(db, user.subject, {
      expiresAt: session.expiresAt,
      idleTimeoutSeconds: config.sessionIdleSeconds,
      mfa: true,
      totpEnrolled: await hasTotp(db, userId),
    });
  };

  app.post(
    "/api/me/totp",
    {
      config: { access: "session", rateLimit: { max: 30, timeWindow: "1 minute" } },
      schema: {
        operationId: "enrollTotp",
        tags: ["auth"],
        summary: "Start enrolling an authenticator app: a new secret and its QR code",
        response: { 200: TotpEnrollment, 401: ErrorBody, 409: ErrorBody },
      },
    },
    async (request) => {
      const auth = requireAuth(request);
      const person = await db
        .selectFrom("users")
        .select("email")
        .where("id", "=", auth.subject.userId)
        .executeTakeFirstOrThrow();
      return enrollTotp(db, { ...actorOf(request), userId: auth.subject.userId }, person.email);
    },
  );

  app.post(
    "/api/me/totp/confirm",
    {
      config: { access: "session", rateLimit: { max: 30, timeWindow: "1 minute" } },
      schema: {
        operationId: "confirmTotp",
        tags: ["auth"],
        summary: "Confirm enrolment with a first code; answers recovery codes, shown once",
        body: ConfirmTotpBody,
        response: { 200: TotpConfirmed, ...ErrorResponses, 429: ErrorBody },
      },
    },
    async (request, reply) => {
      const auth = requireAuth(request);
      const userId = auth.subject.userId;
      const confirmed = await confirmTotp(
        db,
        { ...actorOf(request), userId },
        auth.sessionId,
        request.body.code,
      );
      const me = await answerStrongSession(reply, userId, confirmed);
      return { recoveryCodes: confirmed.recoveryCodes, me };
    },
  );

  app.post(
    "/api/auth/step-up",
    {
      config: { access: "session", rateLimit: { max: 30, timeWindow: "1 minute" } },
      schema: {
        operationId: "stepUp",
        tags: ["auth"],
        summary: "Raise the session to two factors (new session token)",
        body: StepUpBody,
        response: { 200: Me, ...ErrorResponses, 429: ErrorBody },
      },
    },
    async (request, reply) => {
      const auth = requireAuth(request);
      const userId = auth.subject.userId;
      const session = await stepUp(
        db,
        { ...actorOf(request), userId },
        auth.sessionId,
        request.body,
      );
      return answerStrongSession(reply, userId, session);
    },
  );

  app.get(
    "/api/me/sessions",
    {
      config: { access: "session" },
      schema: {
        operationId: "listMySessions",
        tags: ["auth"],
        summary: "My open sessions",
        response: { 200: SessionList, 401: ErrorBody },
      },
    },
    async (request) => {
      const auth = requireAuth(request);
      return listMySessions(db, auth.subject.userId, auth.sessionId);
    },
  );

  app.delete(
    "/api/me/sessions/:sessionId",
    {
      config: { access: "session" },
      schema: {
        operationId: "revokeSession",
        tags: ["auth"],
        summary: "End one of my sessions",
        params: SessionParams,
        response: { 204: z.null(), 401: ErrorBody, 404: ErrorBody },
      },
    },
    async (request, reply) => {
      const auth = requireAuth(request);
      await revokeSession(
        db,
        { ...actorOf(request), userId: auth.subject.userId },
        request.params.sessionId,
      );
      return reply.code(204).send(null);
    },
  );

  app.delete(
    "/api/admin/users/:id/sessions",
    {
      config: { ability: "administer" },
      schema: {
        operationId: "adminRevokeSessions",
        tags: ["admin"],
        summary: "End every session of a user",
        params: IdParams,
        response: { 200: SessionsRevoked, ...ErrorResponses },
      },
    },
    async (request) =>
      adminRevokeSessions(db, requireAuth(request).subject, actorOf(request), request.params.id),
  );
};
