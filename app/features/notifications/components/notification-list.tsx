import { Badge } from "@codegouvfr/react-dsfr/Badge";
import { Button } from "@codegouvfr/react-dsfr/Button";
import type { Notification } from "@shared/schemas/notifications";
import { Link } from "react-router";
import { useFormatters } from "../../../i18n/format";
import { useT } from "../../../i18n/use-t";
import { useMarkNotificationsRead } from "../api/mark-notifications-read";
import { describeNotification, notificationLink } from "./describe-notification";

const SEVERITY = { action: "warning", information: "info", alert: "error" } as const;

/** The notifications of a page: type, what happened, when, a link, and « mark as read ». */
export function NotificationList({ items }: { items: Notification[] }) {
  const t = useT();
  const format = useFormatters();
  const markRead = useMarkNotificationsRead();
  return (
    <ul className="fr-raw-list">
      {items.map((n) => {
        const sentence = describeNotification(n, t);
        const link = notificationLink(n);
        return (
          <li
            key={n.id}
            className="fr-py-2w"
            style={{ borderBottom: "1px solid var(--border-default-grey)" }}
          >
            <p className="fr-mb-1v">
              <Badge small severity={SEVERITY[n.type]} noIcon className="fr-mr-1w">
                {t(`notifications.type.${n.type}`)}
              </Badge>
              {!n.read && (
                <Badge small severity="new" className="fr-mr-1w">
                  {t("notifications.unread")}
                </Badge>
              )}
            </p>
            <p className={n.read ? "fr-mb-1v" : "fr-mb-1v fr-text--bold"}>
              {link === null ? (
                sentence
              ) : (
                <Link
                  to={link}
                  onClick={() => {
                    // Following a notification reads it.
                    if (!n.read) markRead.mutate({ ids: [n.id] });
                  }}
                >
                  {sentence}
                </Link>
              )}
            </p>
            <p className="fr-text--sm fr-mb-1v">
              <time dateTime={n.updatedAt}>{format.dateTime(n.updatedAt)}</time>
            </p>
            {!n.read && (
              <Button
                priority="tertiary no outline"
                size="small"
                disabled={markRead.isPending}
                nativeButtonProps={{
                  "aria-label": t("notifications.markReadOne", { what: sentence }),
                }}
                onClick={() => markRead.mutate({ ids: [n.id] })}
              >
                {t("notifications.markRead")}
              </Button>
            )}
          </li>
        );
      })}
    </ul>
  );
}
