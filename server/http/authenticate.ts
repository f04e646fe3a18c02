import type {} from "@fastify/cookie";
import type { FastifyInstance, FastifyRequest } from "fastify";
import { resolveSession, type SessionPolicy } from "../auth/auth.service.js";
import { isStrong } from "../auth/mfa.service.js";
import type { Config } from "../config.js";
import type { Database } from "../db/database.js";
import { AppError, notFound } from "../errors.js";
import type { Actor } from "../events/events.js";
import { loadSignedInUser } from "../people/people.service.js";
import { can } from "../policy/policy.js";
import type { Subject } from "../policy/subject.js";

export const SESSION_COOKIE = "diplomatie_session";

export interface AuthContext {
  subject: Subject;
  sessionId: string;
  expiresAt: string;
  charterAccepted: boolean;
}

declare module "fastify" {
  interface FastifyRequest {
    /** The signed-in user, set by the authentication hook on routes that require one. */
    auth: AuthContext | null;
  }
  interface FastifyContextConfig {
    /** "public" routes skip authentication; all others require a live session. */
    access?: "public" | "session" | "charter";
    /** A platform ability the route needs; without it the route answers 404, as if absent. */
    ability?: "administer" | "read_journal" | "manage_records";
  }
}

/** The signed-in user of a route that required one. */
export function requireAuth(request: FastifyRequest): AuthContext {
  if (!request.auth) throw new AppError("unauthenticated");
  return request.auth;
}

/** Who is acting and from where, for the journal. */
export function actorOf(request: FastifyRequest): Actor {
  return { userId: request.auth?.subject.userId ?? null, ip: request.ip ?? null };
}

export function sessionPolicyOf(config: Config): SessionPolicy {
  return { idleSeconds: config.sessionIdleSeconds, absoluteSeconds: config.sessionAbsoluteSeconds };
}

/**
 * Authenticates every API route unless it is marked public. Access levels:
 * "session" needs a live session; the default, "charter", also needs the current conditions
 * of use accepted (only the charter and identity routes are reachable before that). Routes
 * may also name a platform `ability`; the use cases check it again (defence in depth).
 */
export function installAuthentication(app: FastifyInstance, database: Database, config: Config) {
  const policy = sessionPolicyOf(config);
  app.decorateRequest("auth", null);
  // preValidation: who is asking is settled before the body is looked at, so an anonymous or
  // unauthorised caller learns nothing about a form from its validation errors.
  app.addHook("preValidation", async (request, reply) => {
    if (request.is404) return;
    // API routes are protected unless they say otherwise; the web app's files are public.
    const isApi = request.routeOptions.url?.startsWith("/api/") ?? false;
    const access = request.routeOptions.config.access ?? (isApi ? "charter" : "public");
    if (access === "public") return;
    const token = request.cookies[SESSION_COOKIE];
    if (!token) throw new AppError("unauthenticated");
    const session = await resolveSession(database.db, token, policy);
    if (session.status !== "valid") {
      reply.clearCookie(SESSION_COOKIE, { path: "/" });
      throw new AppError(session.status === "expired" ? "session_expired" : "unauthenticated");
    }
    const user = await loadSignedInUser(database.db, session.userId, {
      mfa: isStrong(session.authMethods),
    });
    if (!user) {
      reply.clearCookie(SESSION_COOKIE, { path: "/" });
      throw new AppError("unauthenticated");
    }
    const { subject, charterAccepted } = user;
    request.auth = {
      subject,
      sessionId: session.sessionId,
      expiresAt: session.expiresAt,
      charterAccepted,
    };
    if (access === "charter" && !charterAccepted) throw new AppError("charter_not_accepted");
    const ability = request.routeOptions.config.ability;
    if (ability && !can(subject, ability, { type: "platform" })) throw notFound();
  });
}
