import { createHmac, timingSafeEqual } from "node:crypto";
import type { Kysely } from "kysely";
import { NOTIFICATION_TYPES, type NotificationType } from "../../../shared/vocabulary.js";
import type { DB } from "../../db/schema.js";

/*
 * One-click unsubscribe links (RFC 8058): `<user id>.<types>.<HMAC-SHA256>` with a key kept in
 * the database (`mail_secrets`, made by the migration), so every process signs and checks the
 * same links, nothing is stored per mail, and a link cannot be forged or widened to other types.
 */

const TYPE_SEPARATOR = "_";
const TOKEN = /^([0-9a-f-]{36})\.([a-z_]{1,40})\.([A-Za-z0-9_-]{43})$/;

/** The unsubscribe key of this portal. */
export async function unsubscribeKey(db: Kysely<DB>): Promise<Buffer> {
  const row = await db
    .selectFrom("mail_secrets")
    .select("secret")
    .where("name", "=", "unsubscribe")
    .executeTakeFirstOrThrow();
  return Buffer.from(row.secret, "base64url");
}

const macOf = (key: Buffer, userId: string, types: string) =>
  createHmac("sha256", key).update(`unsubscribe:${userId}:${types}`).digest("base64url");

/** The token that turns off the e-mails of these types for this user. */
export function unsubscribeToken(
  key: Buffer,
  userId: string,
  types: readonly NotificationType[],
): string {
  const list = NOTIFICATION_TYPES.filter((t) => types.includes(t)).join(TYPE_SEPARATOR);
  return `${userId}.${list}.${macOf(key, userId, list)}`;
}

/** The user and types of a genuine token; null for anything else. */
export function readUnsubscribeToken(
  key: Buffer,
  token: string,
): { userId: string; types: NotificationType[] } | null {
  const match = TOKEN.exec(token);
  if (!match) return null;
  const [, userId = "", list = "", mac = ""] = match;
  const expected = Buffer.from(macOf(key, userId, list));
  const given = Buffer.from(mac);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  const types = list.split(TYPE_SEPARATOR);
  const known = NOTIFICATION_TYPES.filter((t) => types.includes(t));
  if (known.length === 0 || known.length !== types.length) return null;
  return { userId, types: known };
}
