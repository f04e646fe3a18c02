import { randomUUID } from "node:crypto";
import { type Kysely, sql } from "kysely";
import type { DB } from "../db/schema.js";
import { type Actor, emit } from "../events/events.js";
import { mailItemOf, type OutboxPayload, typesOf } from "../mail/outbound/mail-payload.js";

export type DigestFrequency = "daily" | "weekly";

const SYSTEM: Actor = { userId: null, ip: null };
const USERS_PER_BATCH = 200;

/** Someone else queued this digest first (another process): leave it to them. */
class AlreadyDigested extends Error {}

/** The e-mail delivery that applies to a notification row: the user's choice, else the default. */
const effectiveEmail = sql<string>`coalesce(notification_preferences.email, case notifications.type when 'information' then 'daily' else 'immediate' end)`;

/**
 * Queues the daily or weekly digest of every user who has one due: the notifications no e-mail
 * covered yet whose type they receive at that frequency. Each user's notifications are marked
 * digested in the transaction that queues the message, guarded so that two runs (or two
 * processes) never send the same notification twice. Returns how many digests were queued.
 */
export async function queueDigests(
  db: Kysely<DB>,
  frequency: DigestFrequency,
  now: Date = new Date(),
): Promise<number> {
  let queued = 0;
  let afterUserId = "";
  for (;;) {
    const users = await db
      .selectFrom("notifications")
      .innerJoin("users", "users.id", "notifications.user_id")
      .leftJoin("notification_preferences", (join) =>
        join
          .onRef("notification_preferences.user_id", "=", "notifications.user_id")
          .onRef("notification_preferences.type", "=", "notifications.type"),
      )
      .select(["users.id", "users.email"])
      .distinct()
      .where("notifications.digested_at", "is", null)
      .where("users.status", "=", "active")
      .where("users.id", ">", afterUserId)
      .where(effectiveEmail, "=", frequency)
      .orderBy("users.id")
      .limit(USERS_PER_BATCH)
      .execute();
    for (const user of users) {
      if (await queueDigestOf(db, user, frequency, now)) queued += 1;
    }
    const last = users.at(-1);
    if (!last || users.length < USERS_PER_BATCH) return queued;
    afterUserId = last.id;
  }
}

async function queueDigestOf(
  db: Kysely<DB>,
  user: { id: string; email: string },
  frequency: DigestFrequency,
  now: Date,
): Promise<boolean> {
  try {
    return await db.transaction().execute(async (trx) => {
      const rows = await trx
        .selectFrom("notifications")
        .leftJoin("notification_preferences", (join) =>
          join
            .onRef("notification_preferences.user_id", "=", "notifications.user_id")
            .onRef("notification_preferences.type", "=", "notifications.type"),
        )
        .selectAll("notifications")
        .where("notifications.user_id", "=", user.id)
        .where("notifications.digested_at", "is", null)
        .where(effectiveEmail, "=", frequency)
        // Sections and threads come in the order of their first event (composeMail groups).
        .orderBy("notifications.seq")
        .execute();
      if (rows.length === 0) return false;
      const at = now.toISOString();
      const marked = await trx
        .updateTable("notifications")
        .set({ digested_at: at })
        .where(
          "id",
          "in",
          rows.map((r) => r.id),
        )
        .where("digested_at", "is", null)
        .executeTakeFirst();
      if (Number(marked.numUpdatedRows) !== rows.length) throw new AlreadyDigested();
      // What was already read in the portal needs no e-mail; it is only marked.
      const unread = rows.filter((r) => r.read_at === null);
      if (unread.length === 0) return false;
      // Structured, not worded: the mail gateway groups and words it when it sends, in the
      // recipient's language of that day (mail-compose.ts).
      const items = unread.map(mailItemOf);
      const payload: OutboxPayload = { format: "digest", frequency, items };
      await trx
        .insertInto("mail_outbox")
        .values({
          id: randomUUID(),
          user_id: user.id,
          to_address: user.email,
          kind: frequency === "daily" ? "digest_daily" : "digest_weekly",
          status: "queued",
          attempts: 0,
          created_at: at,
          payload: JSON.stringify(payload),
          notification_types: typesOf(items),
          next_attempt_at: at,
        })
        .execute();
      await emit(trx, SYSTEM, {
        type: "notifications.digest_queued",
        target: { type: "user", id: user.id },
        details: { frequency, notifications: unread.length },
      });
      return true;
    });
  } catch (error) {
    if (error instanceof AlreadyDigested) return false;
    throw error;
  }
}
