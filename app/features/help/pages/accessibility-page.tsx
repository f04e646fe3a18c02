import { useT } from "../../../i18n/use-t";
import { usePageTitle } from "../../../layout/use-page-title";

/** « Accessibilité »: the accessibility statement (not yet audited, hence non compliant). */
export function AccessibilityPage() {
  const t = useT();
  usePageTitle(t("accessibility.title"));
  return (
    <>
      <h1>{t("accessibility.title")}</h1>
      <p>{t("accessibility.commitment")}</p>
      <h2>{t("accessibility.statusTitle")}</h2>
      <p>{t("accessibility.status")}</p>
      <h2>{t("accessibility.effortsTitle")}</h2>
      <ul>
        <li>{t("accessibility.effortDsfr")}</li>
        <li>{t("accessibility.effortKeyboard")}</li>
        <li>{t("accessibility.effortTests")}</li>
      </ul>
      <h2>{t("accessibility.contactTitle")}</h2>
      <p>{t("accessibility.contact")}</p>
      <h2>{t("accessibility.remedyTitle")}</h2>
      <p>{t("accessibility.remedy")}</p>
    </>
  );
}
