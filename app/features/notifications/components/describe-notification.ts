import type { Notification } from "@shared/schemas/notifications";
import type { Translate } from "../../../i18n/use-t";
import { paths } from "../../../paths";

/** The sentence that says what happened, in the interface language. */
export function describeNotification(n: Notification, t: Translate): string {
  const first = n.actors[0]?.displayName ?? t("notifications.someone");
  const who =
    n.count > 1 && n.actors.length > 0
      ? t("notifications.whoAndOthers", { who: first, others: n.count - 1 })
      : first;
  const text = (value: unknown, fallback: string) =>
    typeof value === "string" && value !== "" ? value : fallback;
  const params = {
    who,
    count: n.count,
    reference: text(n.details.reference, t("notifications.aDocument")),
    community: text(n.details.communityName, t("notifications.aCommunity")),
    precedence: n.details.precedence === "flash" ? "FLASH" : t("notifications.immediate"),
  };
  switch (n.reason) {
    case "correspondence_action":
      return t("notifications.reason.correspondence_action", params);
    case "correspondence_info":
      return t("notifications.reason.correspondence_info", params);
    case "correspondence_urgent":
      return t("notifications.reason.correspondence_urgent", params);
    case "circuit_step":
      return t("notifications.reason.circuit_step", params);
    case "draft_returned":
      return t("notifications.reason.draft_returned", params);
    case "enrolment_request":
      return t("notifications.reason.enrolment_request", params);
    case "membership_decided":
      return n.details.accepted === true
        ? t("notifications.reason.membership_accepted", params)
        : t("notifications.reason.membership_refused", params);
    case "invited":
      return t("notifications.reason.invited", params);
    case "mention":
      return t("notifications.reason.mention", params);
    case "comment_on_post":
      return t("notifications.reason.comment_on_post", params);
    case "reply_to_comment":
      return t("notifications.reason.reply_to_comment", params);
    case "followed_post":
      return n.count > 1
        ? t("notifications.reason.followed_posts", params)
        : t("notifications.reason.followed_post", params);
    case "deadline_passed":
      return t("notifications.reason.deadline_passed", params);
    case "saved_search_match":
      return t("notifications.reason.saved_search_match", {
        ...params,
        search: text(n.details.searchName, ""),
      });
    /* habilitation */
    case "access_request":
    case "access_request_decided":
    case "clearance_expiring":
      return t(`notifications.reason.${n.reason}`, {
        ...params,
        person: text(n.details.personName, ""),
        unit: text(n.details.unitName, ""),
        level: text(n.details.level, ""),
        until: text(n.details.validUntil, ""),
      });
    case "clearance_changed":
      return n.details.revoked === true
        ? t("notifications.reason.clearance_revoked", { level: text(n.details.level, "") })
        : t("notifications.reason.clearance_granted", {
            level: text(n.details.level, ""),
            until: text(n.details.validUntil, ""),
          });
    case "fixity_mismatch":
      return t("notifications.reason.fixity_mismatch", {
        ...params,
        failures: typeof n.details.failures === "number" ? n.details.failures : 0,
      });
  }
}

/** The communities' pages come with the communities feature; their address is fixed here. */
const communityPath = (id: string) => `/communautes/${id}`;

/** Where the notification leads: the document, or the community of the post or request. */
export function notificationLink(n: Notification): string | null {
  if (n.target.type === "correspondence") return paths.correspondenceDocument(n.target.id);
  if (n.reason === "access_request" || n.reason === "access_request_decided") {
    return paths.habilitation;
  }
  if (n.target.type === "fixity_run") return "/archives/integrite";
  if (n.communityId !== null) return communityPath(n.communityId);
  if (n.target.type === "community") return communityPath(n.target.id);
  return null;
}
