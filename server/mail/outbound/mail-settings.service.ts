import type { Kysely, Transaction } from "kysely";
import type {
  MailSettings,
  UpdateMailSettingsBody,
} from "../../../shared/schemas/mail-outbound.js";
import { NOTIFICATION_TYPES } from "../../../shared/vocabulary.js";
import type { DB } from "../../db/schema.js";
import { type Actor, emit } from "../../events/events.js";
import { effectivePreferences } from "../../notifications/delivery.js";
import { upsertPreferences } from "../../notifications/notifications.repository.js";
import type { Subject } from "../../policy/subject.js";
import { mailViewOf, preferencesAfter } from "./mail-settings.js";

/* A user's own mail settings: nobody reads or changes another's. */

async function readSettings(trx: Transaction<DB>, userId: string): Promise<MailSettings> {
  const [prefs, user] = await Promise.all([
    effectivePreferences(trx, [userId]),
    trx
      .selectFrom("users")
      .leftJoin("mail_settings", "mail_settings.user_id", "users.id")
      .select(["users.email", "mail_settings.address"])
      .where("users.id", "=", userId)
      .executeTakeFirstOrThrow(),
  ]);
  const mine = prefs.get(userId);
  if (!mine) throw new Error(`no preferences for ${userId}`);
  return { accountAddress: user.email, address: user.address ?? null, ...mailViewOf(mine) };
}

/** The subject's mail settings: address, digest frequency, how each type reaches them. */
export async function getMailSettings(db: Kysely<DB>, subject: Subject): Promise<MailSettings> {
  return db.transaction().execute((trx) => readSettings(trx, subject.userId));
}

/**
 * Changes the subject's mail settings: the address in `mail_settings`, the deliveries in their
 * notification preferences (the one place delivery reads them), journaled as one event.
 */
export async function updateMailSettings(
  db: Kysely<DB>,
  subject: Subject,
  actor: Actor,
  body: UpdateMailSettingsBody,
  now: Date = new Date(),
): Promise<MailSettings> {
  return db.transaction().execute(async (trx) => {
    const at = now.toISOString();
    const userId = subject.userId;
    if (body.address !== undefined) {
      await trx
        .insertInto("mail_settings")
        .values({ user_id: userId, address: body.address, updated_at: at })
        .onConflict((oc) =>
          oc.column("user_id").doUpdateSet({ address: body.address ?? null, updated_at: at }),
        )
        .execute();
    }
    if (body.digestFrequency !== undefined || body.types !== undefined) {
      const current = (await effectivePreferences(trx, [userId])).get(userId);
      if (!current) throw new Error(`no preferences for ${userId}`);
      const next = preferencesAfter(current, body);
      await upsertPreferences(
        trx,
        NOTIFICATION_TYPES.map((type) => ({
          user_id: userId,
          type,
          in_app: next[type].inApp ? 1 : 0,
          email: next[type].email,
          updated_at: at,
        })),
      );
    }
    await emit(trx, actor, {
      type: "mail_settings.updated",
      target: { type: "user", id: userId },
      details: { ...body },
    });
    return readSettings(trx, userId);
  });
}
