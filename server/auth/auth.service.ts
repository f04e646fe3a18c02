import { randomBytes, randomUUID } from "node:crypto";
import type { Kysely } from "kysely";
import type { LoginBody } from "../../shared/schemas/people.js";
import { CHARTER_VERSION } from "../../shared/vocabulary.js";
import type { DB } from "../db/schema.js";
import { AppError } from "../errors.js";
import { type Actor, emit } from "../events/events.js";
import { journalOnly } from "../journal/journal.service.js";
import { findUserByEmail, updateUserRow } from "../people/people.repository.js";
import { verifyPassword } from "./password.js";
import {
  countRecentFailures,
  deleteExpiredSessions,
  deleteLoginAttemptsBefore,
  deleteSession,
  findSession,
  insertLoginAttempt,
  insertSession,
  touchSession,
} from "./session.repository.js";
import { sessionIdOf } from "./session-token.js";

export interface SessionPolicy {
  idleSeconds: number;
  absoluteSeconds: number;
}

/** Login throttling: failures counted over a sliding window, per account and per address. */
export const THROTTLE = { windowSeconds: 15 * 60, maxPerEmail: 5, maxPerIp: 30 } as const;

/**
 * Progressive delay before answering a sign-in, once an account or an address has failed a few
 * times in the window: it slows guessing down long before the throttle's temporary lock, and
 * never locks anyone out for good (failures age out of the window).
 */
export function signInDelayMs(failures: { byEmail: number; byIp: number }): number {
  const byAccount = failures.byEmail < 3 ? 0 : 500 * 2 ** (failures.byEmail - 3);
  const byAddress = failures.byIp < 10 ? 0 : 100 * (failures.byIp - 9);
  return Math.min(4000, Math.max(byAccount, byAddress));
}

/** Last-seen is written at most this often, so reads do not all turn into writes. */
const TOUCH_INTERVAL_MS = 60_000;

const secondsBefore = (now: Date, seconds: number) =>
  new Date(now.getTime() - seconds * 1000).toISOString();

export interface OpenedSession {
  token: string;
  userId: string;
  expiresAt: string;
}

/**
 * Checks e-mail and password and opens a session. Failures say nothing about which part was
 * wrong; every attempt is recorded for throttling and journaled.
 */
export async function login(
  db: Kysely<DB>,
  body: LoginBody,
  context: { ip: string | null; userAgent: string | null },
  policy: SessionPolicy,
  now: Date = new Date(),
): Promise<OpenedSession> {
  const nowIso = now.toISOString();
  const failures = await countRecentFailures(
    db,
    body.email,
    context.ip,
    secondsBefore(now, THROTTLE.windowSeconds),
  );
  if (failures.byEmail >= THROTTLE.maxPerEmail || failures.byIp >= THROTTLE.maxPerIp) {
    await journalOnly(
      db,
      { userId: null, ip: context.ip },
      {
        type: "auth.login_throttled",
        details: { email: body.email },
      },
    );
    throw new AppError("too_many_login_attempts", { retryAfterSeconds: THROTTLE.windowSeconds });
  }
  const delay = signInDelayMs(failures);
  if (delay > 0) await new Promise((resolve) => setTimeout(resolve, delay));
  const user = await findUserByEmail(db, body.email);
  const passwordOk = await verifyPassword(user?.password_hash ?? null, body.password);
  const actor: Actor = { userId: user?.id ?? null, ip: context.ip };

  if (!user || !passwordOk || user.status !== "active") {
    const reason = !user ? "unknown_account" : !passwordOk ? "wrong_password" : "account_disabled";
    await db.transaction().execute(async (trx) => {
      await insertLoginAttempt(trx, {
        id: randomUUID(),
        email: body.email,
        ip: context.ip,
        at: nowIso,
        succeeded: 0,
      });
      await emit(trx, actor, { type: "auth.login_failed", details: { email: body.email, reason } });
    });
    // A disabled account is told so only once the password proved who is asking.
    throw new AppError(user && passwordOk ? "account_disabled" : "invalid_credentials");
  }

  const token = randomBytes(32).toString("base64url");
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
      auth_methods: "pwd",
    });
    await insertLoginAttempt(trx, {
      id: randomUUID(),
      email: body.email,
      ip: context.ip,
      at: nowIso,
      succeeded: 1,
    });
    await emit(trx, actor, { type: "auth.login_succeeded", target: { type: "user", id: user.id } });
  });
  return { token, userId: user.id, expiresAt };
}

export type SessionLookup =
  | {
      status: "valid";
      sessionId: string;
      userId: string;
      expiresAt: string;
      authMethods: string;
    }
  | { status: "expired" }
  | { status: "unknown" };

/** Resolves a cookie token to a live session, enforcing idle and absolute expiry. */
export async function resolveSession(
  db: Kysely<DB>,
  token: string,
  policy: SessionPolicy,
  now: Date = new Date(),
): Promise<SessionLookup> {
  const id = sessionIdOf(token);
  const session = await findSession(db, id);
  if (!session) return { status: "unknown" };
  const nowIso = now.toISOString();
  const idleCutoff = secondsBefore(now, policy.idleSeconds);
  if (session.expires_at <= nowIso || session.last_seen_at <= idleCutoff) {
    await deleteSession(db, id);
    return { status: "expired" };
  }
  if (now.getTime() - Date.parse(session.last_seen_at) > TOUCH_INTERVAL_MS) {
    await touchSession(db, id, nowIso);
  }
  return {
    status: "valid",
    sessionId: id,
    userId: session.user_id,
    expiresAt: session.expires_at,
    authMethods: session.auth_methods,
  };
}

/** Ends a session. */
export async function logout(db: Kysely<DB>, actor: Actor, sessionId: string): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await deleteSession(trx, sessionId);
    if (actor.userId) {
      await emit(trx, actor, { type: "auth.logout", target: { type: "user", id: actor.userId } });
    }
  });
}

/** Records that the user accepted the current conditions of use. */
export async function acceptCharter(
  db: Kysely<DB>,
  actor: Actor & { userId: string },
  version: string,
) {
  if (version !== CHARTER_VERSION) throw new AppError("conflict", { version: "not_current" });
  await db.transaction().execute(async (trx) => {
    const at = new Date().toISOString();
    await updateUserRow(trx, actor.userId, { charter_version: version, charter_accepted_at: at });
    await emit(trx, actor, {
      type: "charter.accepted",
      target: { type: "user", id: actor.userId },
      details: { version },
    });
  });
}

/** Purges expired sessions and old login attempts; run periodically. */
export async function purgeExpiredAuthState(
  db: Kysely<DB>,
  policy: SessionPolicy,
  now: Date = new Date(),
): Promise<number> {
  await deleteLoginAttemptsBefore(db, secondsBefore(now, 24 * 3600));
  return deleteExpiredSessions(db, now.toISOString(), secondsBefore(now, policy.idleSeconds));
}
