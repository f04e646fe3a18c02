import { useEffect, useRef, useState } from "react";
import { Link } from "react-router";
import { useT } from "../../../i18n/use-t";
import { paths } from "../../../paths";
import { useUnreadCounts } from "../api/unread-counts";

/**
 * The header's bell: a link to the notification centre with the unread count. The header
 * renders its quick access items twice (desktop and mobile menus), so the bell itself announces
 * nothing; `UnreadAnnouncer` does, once.
 */
export function NotificationBell({ id }: { id?: string }) {
  const t = useT();
  const { data } = useUnreadCounts();
  const total = data?.total ?? 0;
  return (
    <Link
      id={id}
      to={paths.notifications}
      className="fr-btn fr-icon-notification-3-line fr-btn--icon-left"
      title={t("notifications.bellTitle", { count: total })}
    >
      {t("notifications.bell")}
      {total > 0 && (
        <span
          className="fr-badge fr-badge--sm fr-badge--error fr-badge--no-icon fr-ml-1v"
          aria-hidden="true"
        >
          {total > 99 ? "99+" : total}
        </span>
      )}
      <span className="fr-sr-only">{t("notifications.bellUnread", { count: total })}</span>
    </Link>
  );
}

/**
 * Tells screen-reader users, politely, when new notifications arrive — only when the count
 * grows, never for a poll that changed nothing nor for their own « mark as read ».
 */
export function UnreadAnnouncer() {
  const t = useT();
  const { data } = useUnreadCounts();
  const previous = useRef<number | null>(null);
  const [message, setMessage] = useState("");
  const total = data?.total;
  useEffect(() => {
    if (total === undefined) return;
    if (previous.current !== null && total > previous.current) {
      setMessage(t("notifications.announce", { count: total }));
    }
    previous.current = total;
  }, [total, t]);
  return (
    <p className="fr-sr-only" role="status" aria-live="polite">
      {message}
    </p>
  );
}
