import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import {
  NotificationPreferences,
  type NotificationPreferences as Preferences,
} from "@shared/schemas/notifications";
import { EMAIL_DELIVERIES, type EmailDelivery, NOTIFICATION_TYPES } from "@shared/vocabulary";
import { type FormEvent, useEffect, useState } from "react";
import { Link } from "react-router";
import { ApiErrorAlert } from "../../../components/api-error-alert";
import { Loading } from "../../../components/loading";
import { useT } from "../../../i18n/use-t";
import { usePageTitle } from "../../../layout/use-page-title";
import { paths } from "../../../paths";
import { useNotificationPreferences } from "../api/get-notification-preferences";
import { useUpdateNotificationPreferences } from "../api/update-notification-preferences";

/** « Préférences de notification »: a table of types × channels (in the portal, by e-mail). */
export function NotificationPreferencesPage() {
  const t = useT();
  usePageTitle(t("notificationPreferences.title"));
  const current = useNotificationPreferences();
  const update = useUpdateNotificationPreferences();
  const [draft, setDraft] = useState<Preferences | null>(null);
  const [invalid, setInvalid] = useState(false);
  useEffect(() => {
    if (current.data && draft === null) setDraft(current.data);
  }, [current.data, draft]);

  if (current.isPending) return <Loading />;
  if (!current.data || draft === null) return <ApiErrorAlert error={current.error} />;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const checked = NotificationPreferences.safeParse(draft);
    setInvalid(!checked.success);
    if (checked.success) update.mutate(checked.data);
  };

  return (
    <>
      <h1>{t("notificationPreferences.title")}</h1>
      <p className="fr-text--lead">{t("notificationPreferences.lead")}</p>
      <p>
        <Link className="fr-link fr-icon-mail-line fr-link--icon-left" to={paths.mailSettings}>
          {t("mailSettings.link")}
        </Link>
      </p>
      <form onSubmit={submit}>
        <div className="fr-table fr-table--no-caption">
          <div className="fr-table__wrapper">
            <div className="fr-table__container">
              <div className="fr-table__content">
                <table>
                  <caption>{t("notificationPreferences.caption")}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t("notificationPreferences.type")}</th>
                      <th scope="col">{t("notificationPreferences.inApp")}</th>
                      <th scope="col">{t("notificationPreferences.email")}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {NOTIFICATION_TYPES.map((type) => {
                      const typeName = t(`notifications.typePlural.${type}`);
                      const inAppId = `pref-${type}-in-app`;
                      const emailId = `pref-${type}-email`;
                      return (
                        <tr key={type}>
                          <th scope="row">
                            {typeName}
                            <p className="fr-text--xs fr-mb-0">
                              {t(`notificationPreferences.typeHint.${type}`)}
                            </p>
                          </th>
                          <td>
                            <div className="fr-checkbox-group fr-checkbox-group--sm">
                              <input
                                type="checkbox"
                                id={inAppId}
                                checked={draft[type].inApp}
                                onChange={(event) =>
                                  setDraft({
                                    ...draft,
                                    [type]: { ...draft[type], inApp: event.target.checked },
                                  })
                                }
                              />
                              <label className="fr-label" htmlFor={inAppId}>
                                {t("notificationPreferences.inAppLabel", { type: typeName })}
                              </label>
                            </div>
                          </td>
                          <td>
                            <label className="fr-label fr-sr-only" htmlFor={emailId}>
                              {t("notificationPreferences.emailLabel", { type: typeName })}
                            </label>
                            <select
                              className="fr-select"
                              id={emailId}
                              value={draft[type].email}
                              onChange={(event) =>
                                setDraft({
                                  ...draft,
                                  [type]: {
                                    ...draft[type],
                                    email: event.target.value as EmailDelivery,
                                  },
                                })
                              }
                            >
                              {EMAIL_DELIVERIES.map((delivery) => (
                                <option key={delivery} value={delivery}>
                                  {t(`notificationPreferences.delivery.${delivery}`)}
                                </option>
                              ))}
                            </select>
                          </td>
                        </tr>
                      );
                    })}
                  </tbody>
                </table>
              </div>
            </div>
          </div>
        </div>
        {invalid && (
          <Alert
            className="fr-mb-2w"
            severity="error"
            small
            description={t("errors.invalid_input")}
          />
        )}
        <ApiErrorAlert error={update.error} />
        {update.isSuccess && (
          <Alert
            className="fr-mb-2w"
            severity="success"
            small
            description={t("notificationPreferences.saved")}
          />
        )}
        <ul className="fr-btns-group fr-btns-group--inline-md">
          <li>
            <Button type="submit" disabled={update.isPending}>
              {t("notificationPreferences.save")}
            </Button>
          </li>
          <li>
            <Button priority="secondary" linkProps={{ to: paths.notifications }}>
              {t("notificationPreferences.backToNotifications")}
            </Button>
          </li>
        </ul>
      </form>
    </>
  );
}
