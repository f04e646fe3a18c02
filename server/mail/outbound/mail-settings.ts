import type {
  DigestFrequency,
  MailDelivery,
  UpdateMailSettingsBody,
} from "../../../shared/schemas/mail-outbound.js";
import type { ChannelPreference } from "../../../shared/schemas/notifications.js";
import { NOTIFICATION_TYPES, type NotificationType } from "../../../shared/vocabulary.js";

/*
 * Mail settings are a view of the notification preferences, not a copy: each type's e-mail
 * delivery (immediate, daily, weekly, none) reads as « at once », « in the digest » or « none »,
 * and the digest's frequency is the one the digested types share.
 */

type Preferences = Record<NotificationType, ChannelPreference>;

/** The digest frequency and per-type deliveries the preferences amount to. */
export function mailViewOf(prefs: Preferences): {
  digestFrequency: DigestFrequency;
  types: Record<NotificationType, MailDelivery>;
} {
  const digested = NOTIFICATION_TYPES.map((t) => prefs[t].email).filter(
    (e) => e === "daily" || e === "weekly",
  );
  const weekly = digested.filter((e) => e === "weekly").length;
  // Types mixed between daily and weekly (set on the preferences page) read as the majority.
  const digestFrequency: DigestFrequency =
    digested.length === 0 ? "none" : weekly > digested.length - weekly ? "weekly" : "daily";
  const types = Object.fromEntries(
    NOTIFICATION_TYPES.map((t) => {
      const email = prefs[t].email;
      return [t, email === "immediate" ? "immediate" : email === "none" ? "none" : "digest"];
    }),
  ) as Record<NotificationType, MailDelivery>;
  return { digestFrequency, types };
}

/** The preferences after a change of mail settings; in-portal choices are kept. */
export function preferencesAfter(prefs: Preferences, body: UpdateMailSettingsBody): Preferences {
  const view = mailViewOf(prefs);
  const frequency = body.digestFrequency ?? view.digestFrequency;
  const next = { ...prefs };
  for (const type of NOTIFICATION_TYPES) {
    const delivery = body.types?.[type] ?? view.types[type];
    const email =
      delivery === "immediate"
        ? "immediate"
        : delivery === "none" || frequency === "none"
          ? "none"
          : frequency;
    next[type] = { ...prefs[type], email };
  }
  return next;
}
