import type { Kysely } from "kysely";
import type { NotificationType } from "../../../shared/vocabulary.js";
import type { DB } from "../../db/schema.js";
import { emit } from "../../events/events.js";
import { effectivePreferences } from "../../notifications/delivery.js";
import { upsertPreferences } from "../../notifications/notifications.repository.js";
import { readUnsubscribeToken, unsubscribeKey } from "./unsubscribe-token.js";

/*
 * One-click unsubscribe (RFC 8058): the link of a mail turns off the e-mail delivery of the
 * notification types it names, for the user it was sent to. The link is the credential (an
 * HMAC nobody can forge); the page that shows it changes nothing, only the POST does.
 */

export interface UnsubscribeTarget {
  userId: string;
  locale: string;
  types: NotificationType[];
}

/** Whom and what a link unsubscribes; null for a forged, damaged or orphaned link. */
export async function readUnsubscribeLink(
  db: Kysely<DB>,
  token: string,
): Promise<UnsubscribeTarget | null> {
  const read = readUnsubscribeToken(await unsubscribeKey(db), token);
  if (!read) return null;
  const user = await db
    .selectFrom("users")
    .select("locale")
    .where("id", "=", read.userId)
    .executeTakeFirst();
  return user ? { ...read, locale: user.locale } : null;
}

/**
 * Turns off the e-mails of the link's types (in-portal notifications stay as they were) and
 * journals it as the user's own act, with the address it came from.
 */
export async function unsubscribeByLink(
  db: Kysely<DB>,
  token: string,
  ip: string | null,
  now: Date = new Date(),
): Promise<UnsubscribeTarget | null> {
  const target = await readUnsubscribeLink(db, token);
  if (!target) return null;
  await db.transaction().execute(async (trx) => {
    const prefs = (await effectivePreferences(trx, [target.userId])).get(target.userId);
    if (!prefs) return;
    const at = now.toISOString();
    await upsertPreferences(
      trx,
      target.types.map((type) => ({
        user_id: target.userId,
        type,
        in_app: prefs[type].inApp ? 1 : 0,
        email: "none" as const,
        updated_at: at,
      })),
    );
    await emit(
      trx,
      { userId: target.userId, ip },
      {
        type: "mail.unsubscribed",
        target: { type: "user", id: target.userId },
        details: {
          types: target.types,
          previously: Object.fromEntries(target.types.map((t) => [t, prefs[t].email])),
        },
      },
    );
  });
  return target;
}
