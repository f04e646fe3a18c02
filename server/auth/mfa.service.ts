import { randomBytes, randomUUID } from "node:crypto";
import type { Kysely, Transaction } from "kysely";
import type { DB } from "../db/schema.js";
import { AppError } from "../errors.js";
import { type Actor, emit } from "../events/events.js";
import { journalOnly } from "../journal/journal.service.js";
import { THROTTLE } from "./auth.service.js";
import {
  countRecentFailures,
  findSession,
  insertLoginAttempt,
  insertSession,
} from "./session.repository.js";
import { sessionIdOf } from "./session-token.js";
import {
  hashRecoveryCode,
  matchTotp,
  newRecoveryCode,
  newTotpSecret,
  RECOVERY_CODE_COUNT,
  totpQrSvg,
  totpUri,
} from "./totp.js";

type Handle = Kysely<DB> | Transaction<DB>;

/** Session methods that prove a second factor. */
const STRONG_METHODS = new Set(["otp", "recovery", "oidc_mfa"]);

export const isStrong = (authMethods: string) =>
  authMethods.split(",").some((m) => STRONG_METHODS.has(m));

/** Whether the user has a confirmed TOTP credential. */
export async function hasTotp(db: Handle, userId: string): Promise<boolean> {
  const row = await db
    .selectFrom("totp_credentials")
    .select("user_id")
    .where("user_id", "=", userId)
    .where("confirmed_at", "is not", null)
    .executeTakeFirst();
  return row !== undefined;
}

/**
 * Starts (or restarts) a TOTP enrolment: a new secret, pending until a first code confirms it.
 * The secret is shown now and never again. A confirmed credential is not replaced here.
 */
export async function enrollTotp(
  db: Kysely<DB>,
  actor: Actor & { userId: string },
  account: string,
  now: Date = new Date(),
) {
  if (await hasTotp(db, actor.userId)) throw new AppError("totp_already_enrolled");
  const secret = newTotpSecret();
  await db.transaction().execute(async (trx) => {
    await trx.deleteFrom("totp_credentials").where("user_id", "=", actor.userId).execute();
    await trx
      .insertInto("totp_credentials")
      .values({
        user_id: actor.userId,
        secret,
        confirmed_at: null,
        last_used_step: null,
        created_at: now.toISOString(),
      })
      .execute();
    await emit(trx, actor, {
      type: "auth.totp_enrollment_started",
      target: { type: "user", id: actor.userId },
    });
  });
  const uri = totpUri(secret, account);
  return { secret, uri, qrSvg: await totpQrSvg(uri) };
}

/** Throttle key of second-factor failures, kept apart from e-mail sign-in failures. */
const secondFactorKey = (userId: string) => `2fa:${userId}`;

async function refuseIfThrottled(db: Kysely<DB>, actor: Actor & { userId: string }, now: Date) {
  const since = new Date(now.getTime() - THROTTLE.windowSeconds * 1000).toISOString();
  const failures = await countRecentFailures(db, secondFactorKey(actor.userId), null, since);
  if (failures.byEmail >= THROTTLE.maxPerEmail) {
    await journalOnly(db, actor, {
      type: "auth.second_factor_throttled",
      target: { type: "user", id: actor.userId },
    });
    throw new AppError("too_many_login_attempts", { retryAfterSeconds: THROTTLE.windowSeconds });
  }
}

async function recordFailure(
  db: Kysely<DB>,
  actor: Actor & { userId: string },
  type: string,
  now: Date,
) {
  await db.transaction().execute(async (trx) => {
    await insertLoginAttempt(trx, {
      id: randomUUID(),
      email: secondFactorKey(actor.userId),
      ip: actor.ip,
      at: now.toISOString(),
      succeeded: 0,
    });
    await emit(trx, actor, { type, target: { type: "user", id: actor.userId } });
  });
}

/**
 * Replaces a session by a new one carrying more methods: a new token, the old one dead, the
 * same absolute expiry (a step-up does not extend the session's life).
 */
async function rotateSession(
  trx: Transaction<DB>,
  sessionId: string,
  addedMethod: string,
  now: Date,
): Promise<{ token: string; expiresAt: string }> {
  const old = await findSession(trx, sessionId);
  if (!old) throw new AppError("unauthenticated");
  const token = randomBytes(32).toString("base64url");
  const methods = [...new Set([...old.auth_methods.split(","), addedMethod])].join(",");
  await trx.deleteFrom("sessions").where("id", "=", sessionId).execute();
  await insertSession(trx, {
    ...old,
    id: sessionIdOf(token),
    last_seen_at: now.toISOString(),
    auth_methods: methods,
  });
  return { token, expiresAt: old.expires_at };
}

/**
 * Confirms the pending enrolment with a first code; answers the recovery codes (shown once) and
 * a new, two-factor session.
 */
export async function confirmTotp(
  db: Kysely<DB>,
  actor: Actor & { userId: string },
  sessionId: string,
  code: string,
  now: Date = new Date(),
) {
  await refuseIfThrottled(db, actor, now);
  const pending = await db
    .selectFrom("totp_credentials")
    .selectAll()
    .where("user_id", "=", actor.userId)
    .executeTakeFirst();
  if (!pending || pending.confirmed_at !== null) throw new AppError("conflict");
  const step = matchTotp(pending.secret, code, null, now.getTime());
  if (step === null) {
    await recordFailure(db, actor, "auth.totp_confirmation_failed", now);
    throw new AppError("invalid_second_factor");
  }
  const recoveryCodes = Array.from({ length: RECOVERY_CODE_COUNT }, newRecoveryCode);
  const nowIso = now.toISOString();
  const session = await db.transaction().execute(async (trx) => {
    const updated = await trx
      .updateTable("totp_credentials")
      .set({ confirmed_at: nowIso, last_used_step: step })
      .where("user_id", "=", actor.userId)
      .where("confirmed_at", "is", null)
      .executeTakeFirst();
    if (Number(updated.numUpdatedRows) !== 1) throw new AppError("conflict");
    await trx.deleteFrom("recovery_codes").where("user_id", "=", actor.userId).execute();
    await trx
      .insertInto("recovery_codes")
      .values(
        recoveryCodes.map((c) => ({
          id: randomUUID(),
          user_id: actor.userId,
          code_hash: hashRecoveryCode(c),
          used_at: null,
          created_at: nowIso,
        })),
      )
      .execute();
    const rotated = await rotateSession(trx, sessionId, "otp", now);
    await emit(trx, actor, {
      type: "auth.totp_enrolled",
      target: { type: "user", id: actor.userId },
    });
    return rotated;
  });
  return { ...session, recoveryCodes };
}

/**
 * Raises the current session to two factors with a TOTP code or a recovery code (each accepted
 * once). The session token changes: whoever held the old one (session fixation) holds nothing.
 */
export async function stepUp(
  db: Kysely<DB>,
  actor: Actor & { userId: string },
  sessionId: string,
  proof: { code: string } | { recoveryCode: string },
  now: Date = new Date(),
) {
  await refuseIfThrottled(db, actor, now);
  const credential = await db
    .selectFrom("totp_credentials")
    .selectAll()
    .where("user_id", "=", actor.userId)
    .where("confirmed_at", "is not", null)
    .executeTakeFirst();
  if (!credential) throw new AppError("totp_not_enrolled");
  const nowIso = now.toISOString();
  const result = await db.transaction().execute(async (trx) => {
    if ("code" in proof) {
      const step = matchTotp(
        credential.secret,
        proof.code,
        credential.last_used_step,
        now.getTime(),
      );
      if (step === null) return null;
      // Conditional on the step read: two requests racing with one code cannot both pass.
      const updated = await trx
        .updateTable("totp_credentials")
        .set({ last_used_step: step })
        .where("user_id", "=", actor.userId)
        .where((eb) => eb.or([eb("last_used_step", "is", null), eb("last_used_step", "<", step)]))
        .executeTakeFirst();
      if (Number(updated.numUpdatedRows) !== 1) return null;
      const rotated = await rotateSession(trx, sessionId, "otp", now);
      await emit(trx, actor, {
        type: "auth.step_up_succeeded",
        target: { type: "user", id: actor.userId },
        details: { method: "totp" },
      });
      return rotated;
    }
    const used = await trx
      .updateTable("recovery_codes")
      .set({ used_at: nowIso })
      .where("user_id", "=", actor.userId)
      .where("code_hash", "=", hashRecoveryCode(proof.recoveryCode))
      .where("used_at", "is", null)
      .executeTakeFirst();
    if (Number(used.numUpdatedRows) !== 1) return null;
    const left = await trx
      .selectFrom("recovery_codes")
      .select((eb) => eb.fn.countAll<string | number>().as("n"))
      .where("user_id", "=", actor.userId)
      .where("used_at", "is", null)
      .executeTakeFirstOrThrow();
    const rotated = await rotateSession(trx, sessionId, "recovery", now);
    await emit(trx, actor, {
      type: "auth.step_up_succeeded",
      target: { type: "user", id: actor.userId },
      details: { method: "recovery_code", recoveryCodesLeft: Number(left.n) },
    });
    return rotated;
  });
  if (!result) {
    await recordFailure(db, actor, "auth.step_up_failed", now);
    throw new AppError("invalid_second_factor");
  }
  return result;
}
