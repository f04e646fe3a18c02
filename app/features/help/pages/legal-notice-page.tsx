import { Link } from "react-router";
import { useT } from "../../../i18n/use-t";
import { usePageTitle } from "../../../layout/use-page-title";
import { paths } from "../../../paths";

/** « Mentions légales »: publisher, hosting, personal data and conditions of use. */
export function LegalNoticePage() {
  const t = useT();
  usePageTitle(t("legal.title"));
  return (
    <>
      <h1>{t("legal.title")}</h1>
      <h2>{t("legal.publisherTitle")}</h2>
      <p>{t("legal.publisher")}</p>
      <h2>{t("legal.hostingTitle")}</h2>
      <p>{t("legal.hosting")}</p>
      <h2>{t("legal.dataTitle")}</h2>
      <p>{t("legal.data")}</p>
      <h2>{t("legal.termsTitle")}</h2>
      <p>
        {t("legal.terms")} <Link to={paths.charter}>{t("footer.charter")}</Link>
      </p>
    </>
  );
}
