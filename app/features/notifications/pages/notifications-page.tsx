import { Button } from "@codegouvfr/react-dsfr/Button";
import { Checkbox } from "@codegouvfr/react-dsfr/Checkbox";
import { NOTIFICATION_TYPES, type NotificationType } from "@shared/vocabulary";
import { useState } from "react";
import { ApiErrorAlert } from "../../../components/api-error-alert";
import { ChoiceSelect } from "../../../components/choice-select";
import { PagedResults } from "../../../components/paged-results";
import { useT } from "../../../i18n/use-t";
import { usePageTitle } from "../../../layout/use-page-title";
import { paths } from "../../../paths";
import { useNotifications } from "../api/list-notifications";
import { useMarkNotificationsRead } from "../api/mark-notifications-read";
import { useUnreadCounts } from "../api/unread-counts";
import { NotificationList } from "../components/notification-list";

/** « Notifications »: the centre, newest first, filtered by type or unread, marked read. */
export function NotificationsPage() {
  const t = useT();
  usePageTitle(t("notifications.title"));
  const [type, setType] = useState<NotificationType | null>(null);
  const [unreadOnly, setUnreadOnly] = useState(false);
  const query = useNotifications({ type, unreadOnly });
  const counts = useUnreadCounts();
  const markAll = useMarkNotificationsRead();
  const unreadHere = type === null ? (counts.data?.total ?? 0) : (counts.data?.[type] ?? 0);

  return (
    <>
      <h1>{t("notifications.title")}</h1>
      <p className="fr-text--lead">{t("notifications.lead")}</p>
      <div className="fr-grid-row fr-grid-row--gutters fr-grid-row--bottom fr-mb-2w">
        <div className="fr-col-12 fr-col-md-4">
          <ChoiceSelect
            label={t("notifications.filterType")}
            choices={["", ...NOTIFICATION_TYPES] as const}
            value={type ?? ""}
            onChange={(choice) => setType(choice === "" ? null : choice)}
            describe={(choice) =>
              choice === "" ? t("notifications.allTypes") : t(`notifications.typePlural.${choice}`)
            }
          />
        </div>
        <div className="fr-col-12 fr-col-md-4">
          <Checkbox
            options={[
              {
                label: t("notifications.unreadOnly"),
                nativeInputProps: {
                  checked: unreadOnly,
                  onChange: (event) => setUnreadOnly(event.target.checked),
                },
              },
            ]}
          />
        </div>
        <div className="fr-col-12 fr-col-md-4">
          <Button
            priority="secondary"
            disabled={markAll.isPending || unreadHere === 0}
            onClick={() => markAll.mutate(type === null ? { all: true } : { all: true, type })}
          >
            {t("notifications.markAllRead")}
          </Button>
        </div>
      </div>
      <ApiErrorAlert error={markAll.error} />
      <PagedResults
        query={query}
        counts={{
          none: "notifications.none",
          all: "notifications.countAll",
          more: "notifications.countMore",
        }}
      >
        {(items) => <NotificationList items={items} />}
      </PagedResults>
      <p className="fr-mt-4w">
        <Button
          priority="tertiary"
          iconId="fr-icon-settings-5-line"
          linkProps={{ to: paths.notificationPreferences }}
        >
          {t("notifications.preferencesLink")}
        </Button>
      </p>
    </>
  );
}
