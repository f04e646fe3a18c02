import type { Kysely, Transaction } from "kysely";
import type { DB, SessionTable } from "../db/schema.js";

type Handle = Kysely<DB> | Transaction<DB>;

export async function insertSession(db: Handle, row: SessionTable) {
  await db.insertInto("sessions").values(row).execute();
}

export async function findSession(db: Handle, id: string) {
  return db.selectFrom("sessions").selectAll().where("id", "=", id).executeTakeFirst();
}

export async function touchSession(db: Handle, id: string, at: string) {
  await db.updateTable("sessions").set({ last_seen_at: at }).where("id", "=", id).execute();
}

export async function deleteSession(db: Handle, id: string) {
  await db.deleteFrom("sessions").where("id", "=", id).execute();
}

export async function deleteSessionsOfUser(db: Handle, userId: string) {
  await db.deleteFrom("sessions").where("user_id", "=", userId).execute();
}

/** Removes sessions past their absolute expiry or idle for longer than allowed. */
export async function deleteExpiredSessions(db: Handle, now: string, idleCutoff: string) {
  const result = await db
    .deleteFrom("sessions")
    .where((eb) => eb.or([eb("expires_at", "<=", now), eb("last_seen_at", "<=", idleCutoff)]))
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}

export async function insertLoginAttempt(
  db: Handle,
  row: { id: string; email: string; ip: string | null; at: string; succeeded: number },
) {
  await db.insertInto("login_attempts").values(row).execute();
}

/** Failed attempts since `since`, for one e-mail and for one address. */
export async function countRecentFailures(
  db: Handle,
  email: string,
  ip: string | null,
  since: string,
) {
  const base = db
    .selectFrom("login_attempts")
    .select((eb) => eb.fn.countAll<string | number>().as("n"))
    .where("succeeded", "=", 0)
    .where("at", ">", since);
  const [byEmail, byIp] = await Promise.all([
    base.where("email", "=", email).executeTakeFirstOrThrow(),
    ip ? base.where("ip", "=", ip).executeTakeFirstOrThrow() : Promise.resolve({ n: 0 }),
  ]);
  return { byEmail: Number(byEmail.n), byIp: Number(byIp.n) };
}

export async function deleteLoginAttemptsBefore(db: Handle, before: string) {
  await db.deleteFrom("login_attempts").where("at", "<", before).execute();
}
