import type { NotificationReason, NotificationType } from "../../../shared/vocabulary.js";

/*
 * The words of notification e-mails (immediate ones and digests), French first, English typed
 * against it. Only what the notification row holds: references, names, never protected content
 * (a document's subject is added by mail-compose.ts, and only when it is not protected).
 */

export type MailLocale = "fr" | "en";

export const mailLocale = (locale: string): MailLocale => (locale === "en" ? "en" : "fr");

export interface DescribedNotification {
  type: NotificationType;
  reason: NotificationReason;
  count: number;
  actors: readonly { displayName: string }[];
  details: Record<string, unknown>;
}

const text = (value: unknown, fallback: string) =>
  typeof value === "string" && value !== "" ? value : fallback;

const fr = {
  typeName: { action: "À traiter", information: "Information", alert: "Alerte" },
  reason: (n: DescribedNotification): string => {
    const who = n.actors[0]?.displayName ?? "Quelqu'un";
    const others = n.count > 1 ? ` et ${n.count - 1} autre(s)` : "";
    const ref = text(n.details.reference, "un document");
    const community = text(n.details.communityName, "une communauté");
    switch (n.reason) {
      case "correspondence_action":
        return `${ref} vous est adressé pour action.`;
      case "correspondence_info":
        return `${ref} vous est adressé pour information.`;
      case "correspondence_urgent":
        return `${ref} est ${n.details.precedence === "flash" ? "FLASH" : "IMMÉDIAT"} : à prendre en compte sans délai.`;
      case "circuit_step":
        return `Un document attend votre visa ou votre signature (de ${who}).`;
      case "draft_returned":
        return `${who} vous a renvoyé votre projet.`;
      case "enrolment_request":
        return `${who}${others} demande à rejoindre ${community}.`;
      case "membership_decided":
        return n.details.accepted === true
          ? `Votre demande d'adhésion à ${community} a été acceptée.`
          : `Votre demande d'adhésion à ${community} a été refusée.`;
      case "invited":
        return `${who} vous a invité dans ${community}.`;
      case "mention":
        return `${who} vous a mentionné dans ${community}.`;
      case "comment_on_post":
        return `${who}${others} a commenté votre publication dans ${community}.`;
      case "reply_to_comment":
        return `${who}${others} a répondu à votre commentaire dans ${community}.`;
      case "followed_post":
        return `${n.count > 1 ? `${n.count} nouvelles publications` : "Nouvelle publication"} dans ${community} (${who}).`;
      case "deadline_passed":
        return `Le délai de traitement de ${ref} est dépassé.`;
      case "saved_search_match":
        return `${ref} correspond à votre recherche enregistrée « ${text(n.details.searchName, "")} ».`;
      /* habilitation */
      case "access_request":
        return `${text(n.details.personName, "Un agent")} demande l'accès à Diplomatie dans ${text(n.details.unitName, "votre unité")}.`;
      case "access_request_decided":
        return `${who} a accepté la demande d'accès de ${text(n.details.personName, "un agent")} (${text(n.details.unitName, "")}) : habilitation à examiner.`;
      case "clearance_changed":
        return n.details.revoked === true
          ? `Votre habilitation ${text(n.details.level, "")} a été retirée.`
          : `Une habilitation ${text(n.details.level, "")} vous a été accordée jusqu'au ${text(n.details.validUntil, "")}.`;
      case "clearance_expiring":
        return `L'habilitation ${text(n.details.level, "")} de ${text(n.details.personName, "")} expire le ${text(n.details.validUntil, "")}.`;
      case "fixity_mismatch":
        return `Contrôle d'intégrité : ${String(n.details.failures ?? "des")} contenu(s) ne correspondent plus à leur empreinte SHA-512.`;
    }
  },
  digestSubject: (frequency: "daily" | "weekly", count: number) =>
    `[Diplomatie] Votre résumé ${frequency === "daily" ? "quotidien" : "hebdomadaire"} : ${count} notification(s)`,
  digestIntro: (frequency: "daily" | "weekly") =>
    `Voici ce qui s'est passé ${frequency === "daily" ? "depuis hier" : "cette semaine"} sur Diplomatie.`,
  correspondenceHeading: "Correspondance",
  otherHeading: "Autres notifications",
  footer: "Vous recevez ce message selon vos préférences de notification (Profil › Notifications).",
  open: "Ouvrir dans Diplomatie",
  /** « Libellé : valeur » in French, "Label: value" in English. */
  labelled: (label: string, value: string) => `${label} : ${value}`,
  subjectOf: (subject: string) => `Objet : ${subject}`,
  settings: "Régler vos courriels",
  unsubscribe: (typeName: string) =>
    `Ne plus recevoir par courriel les notifications « ${typeName} »`,
};

const en: typeof fr = {
  typeName: { action: "To handle", information: "Information", alert: "Alert" },
  reason: (n) => {
    const who = n.actors[0]?.displayName ?? "Someone";
    const others = n.count > 1 ? ` and ${n.count - 1} other(s)` : "";
    const ref = text(n.details.reference, "a document");
    const community = text(n.details.communityName, "a community");
    switch (n.reason) {
      case "correspondence_action":
        return `${ref} is addressed to you for action.`;
      case "correspondence_info":
        return `${ref} is addressed to you for information.`;
      case "correspondence_urgent":
        return `${ref} is ${n.details.precedence === "flash" ? "FLASH" : "IMMEDIATE"}: attend to it without delay.`;
      case "circuit_step":
        return `A document awaits your clearance or signature (from ${who}).`;
      case "draft_returned":
        return `${who} returned your draft to you.`;
      case "enrolment_request":
        return `${who}${others} asked to join ${community}.`;
      case "membership_decided":
        return n.details.accepted === true
          ? `Your request to join ${community} was accepted.`
          : `Your request to join ${community} was declined.`;
      case "invited":
        return `${who} invited you to ${community}.`;
      case "mention":
        return `${who} mentioned you in ${community}.`;
      case "comment_on_post":
        return `${who}${others} commented on your post in ${community}.`;
      case "reply_to_comment":
        return `${who}${others} replied to your comment in ${community}.`;
      case "followed_post":
        return `${n.count > 1 ? `${n.count} new posts` : "New post"} in ${community} (${who}).`;
      case "deadline_passed":
        return `The handling deadline of ${ref} has passed.`;
      case "saved_search_match":
        return `${ref} matches your saved search “${text(n.details.searchName, "")}”.`;
      /* habilitation */
      case "access_request":
        return `${text(n.details.personName, "An agent")} asks for access to Diplomatie in ${text(n.details.unitName, "your unit")}.`;
      case "access_request_decided":
        return `${who} accepted the access request of ${text(n.details.personName, "an agent")} (${text(n.details.unitName, "")}): clearance to review.`;
      case "clearance_changed":
        return n.details.revoked === true
          ? `Your ${text(n.details.level, "")} clearance was revoked.`
          : `You were granted a ${text(n.details.level, "")} clearance until ${text(n.details.validUntil, "")}.`;
      case "clearance_expiring":
        return `The ${text(n.details.level, "")} clearance of ${text(n.details.personName, "")} expires on ${text(n.details.validUntil, "")}.`;
      case "fixity_mismatch":
        return `Integrity check: ${String(n.details.failures ?? "some")} stored item(s) no longer match their SHA-512 digest.`;
    }
  },
  digestSubject: (frequency, count) =>
    `[Diplomatie] Your ${frequency} digest: ${count} notification(s)`,
  digestIntro: (frequency) =>
    `Here is what happened on Diplomatie ${frequency === "daily" ? "since yesterday" : "this week"}.`,
  correspondenceHeading: "Correspondence",
  otherHeading: "Other notifications",
  footer:
    "You receive this message according to your notification settings (Profile › Notifications).",
  open: "Open in Diplomatie",
  labelled: (label, value) => `${label}: ${value}`,
  subjectOf: (subject) => `Subject: ${subject}`,
  settings: "Your e-mail settings",
  unsubscribe: (typeName) => `Stop e-mails for “${typeName}” notifications`,
};

export const mailText = { fr, en } as const;

/** Escapes text for HTML e-mail bodies: names and references come from users. */
export function escapeHtml(value: string): string {
  return value
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;")
    .replaceAll("'", "&#39;");
}
