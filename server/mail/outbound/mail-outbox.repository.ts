import type { Kysely } from "kysely";
import type { MailOutboxStatus } from "../../../shared/vocabulary.js";
import type { DB, MailOutboxTable } from "../../db/schema.js";

/*
 * The outbox as the sender and the administrators see it. A row is claimed by a conditional
 * update (queued, due, and no live claim): on both engines only one of two concurrent senders
 * can change it, so only one sends it. The claim is a lease: a sender that dies mid-send
 * leaves the row to be taken again once `claimed_until` has passed.
 */

/** Rows queued and due at `at` that nobody holds, oldest first. */
export async function listDueMail(db: Kysely<DB>, at: string, limit: number) {
  return db
    .selectFrom("mail_outbox")
    .select("id")
    .where("status", "=", "queued")
    .where((eb) => eb.or([eb("next_attempt_at", "is", null), eb("next_attempt_at", "<=", at)]))
    .where((eb) => eb.or([eb("claimed_until", "is", null), eb("claimed_until", "<=", at)]))
    .orderBy("next_attempt_at")
    .orderBy("id")
    .limit(limit)
    .execute();
}

/** Takes the rows nobody holds for one sender until `until`; returns those it got. */
export async function claimMail(
  db: Kysely<DB>,
  ids: readonly string[],
  claim: { token: string; at: string; until: string },
): Promise<MailOutboxTable[]> {
  if (ids.length === 0) return [];
  await db
    .updateTable("mail_outbox")
    .set({ claim_token: claim.token, claimed_until: claim.until })
    .where("id", "in", [...ids])
    .where("status", "=", "queued")
    .where((eb) => eb.or([eb("claimed_until", "is", null), eb("claimed_until", "<=", claim.at)]))
    .execute();
  return db
    .selectFrom("mail_outbox")
    .selectAll()
    .where("claim_token", "=", claim.token)
    .orderBy("next_attempt_at")
    .orderBy("id")
    .execute();
}

/** Records the outcome of an attempt, only if the claim is still this sender's. */
export async function settleMail(
  db: Kysely<DB>,
  id: string,
  token: string,
  outcome: Partial<
    Pick<
      MailOutboxTable,
      | "status"
      | "attempts"
      | "last_error"
      | "next_attempt_at"
      | "sent_at"
      | "message_id"
      | "to_address"
    >
  >,
): Promise<boolean> {
  const result = await db
    .updateTable("mail_outbox")
    .set({ ...outcome, claim_token: null, claimed_until: null })
    .where("id", "=", id)
    .where("claim_token", "=", token)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Where each user wants mail and in which language, at send time. */
export async function listMailRecipients(db: Kysely<DB>, userIds: readonly string[]) {
  if (userIds.length === 0) return [];
  return db
    .selectFrom("users")
    .leftJoin("mail_settings", "mail_settings.user_id", "users.id")
    .select(["users.id", "users.email", "users.locale", "users.status", "mail_settings.address"])
    .where("users.id", "in", [...userIds])
    .execute();
}

/** How many rows are in each state, and how many queued ones have failed at least once. */
export async function countOutbox(db: Kysely<DB>) {
  const [byStatus, retrying] = await Promise.all([
    db
      .selectFrom("mail_outbox")
      .select(["status", (eb) => eb.fn.countAll<string>().as("count")])
      .groupBy("status")
      .execute(),
    db
      .selectFrom("mail_outbox")
      .select((eb) => eb.fn.countAll<string>().as("count"))
      .where("status", "=", "queued")
      .where("attempts", ">", 0)
      .executeTakeFirstOrThrow(),
  ]);
  return { byStatus, retrying: Number(retrying.count) };
}

/** A page of the outbox for administrators, newest first, optionally in one state. */
export async function listOutboxRows(
  db: Kysely<DB>,
  o: { status?: MailOutboxStatus; before?: [string, string]; limit: number },
) {
  let query = db
    .selectFrom("mail_outbox")
    .select([
      "id",
      "user_id",
      "to_address",
      "kind",
      "status",
      "attempts",
      "last_error",
      "next_attempt_at",
      "created_at",
      "sent_at",
    ])
    .orderBy("created_at", "desc")
    .orderBy("id", "desc")
    .limit(o.limit + 1);
  if (o.status) query = query.where("status", "=", o.status);
  if (o.before) {
    const [createdAt, id] = o.before;
    query = query.where((eb) =>
      eb.or([
        eb("created_at", "<", createdAt),
        eb.and([eb("created_at", "=", createdAt), eb("id", "<", id)]),
      ]),
    );
  }
  return query.execute();
}
