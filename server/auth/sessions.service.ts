import type { Kysely } from "kysely";
import type { DB } from "../db/schema.js";
import { notFound } from "../errors.js";
import { type Actor, emit } from "../events/events.js";
import { can } from "../policy/policy.js";
import type { Subject } from "../policy/subject.js";
import { isStrong } from "./mfa.service.js";
import { sessionHandleOf } from "./session-token.js";

/** The signed-in user's open sessions, newest first; the current one is flagged. */
export async function listMySessions(db: Kysely<DB>, userId: string, currentSessionId: string) {
  const rows = await db
    .selectFrom("sessions")
    .selectAll()
    .where("user_id", "=", userId)
    .orderBy("created_at", "desc")
    .execute();
  return {
    items: rows.map((r) => ({
      id: sessionHandleOf(r.id),
      createdAt: r.created_at,
      lastSeenAt: r.last_seen_at,
      expiresAt: r.expires_at,
      ip: r.ip,
      userAgent: r.user_agent,
      mfa: isStrong(r.auth_methods),
      current: r.id === currentSessionId,
    })),
  };
}

/** Ends one of the user's own sessions; someone else's, or an unknown one, is not found. */
export async function revokeSession(
  db: Kysely<DB>,
  actor: Actor & { userId: string },
  handle: string,
) {
  await db.transaction().execute(async (trx) => {
    const mine = await trx
      .selectFrom("sessions")
      .select("id")
      .where("user_id", "=", actor.userId)
      .execute();
    const target = mine.find((s) => sessionHandleOf(s.id) === handle);
    if (!target) throw notFound();
    await trx.deleteFrom("sessions").where("id", "=", target.id).execute();
    await emit(trx, actor, {
      type: "auth.session_revoked",
      target: { type: "user", id: actor.userId },
      details: { session: handle },
    });
  });
}

/** An administrator ends every session of a user (a lost laptop, a departure). */
export async function adminRevokeSessions(
  db: Kysely<DB>,
  subject: Subject,
  actor: Actor,
  userId: string,
) {
  if (!can(subject, "administer", { type: "platform" })) throw notFound();
  return db.transaction().execute(async (trx) => {
    const user = await trx
      .selectFrom("users")
      .select("id")
      .where("id", "=", userId)
      .executeTakeFirst();
    if (!user) throw notFound();
    const result = await trx
      .deleteFrom("sessions")
      .where("user_id", "=", userId)
      .executeTakeFirst();
    const revoked = Number(result.numDeletedRows);
    await emit(trx, actor, {
      type: "auth.sessions_revoked_by_admin",
      target: { type: "user", id: userId },
      details: { revoked },
    });
    return { revoked };
  });
}
