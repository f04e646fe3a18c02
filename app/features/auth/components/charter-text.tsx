import { MarkingLegend } from "../../../components/protection-badges";
import { useT } from "../../../i18n/use-t";

/** The body of the charter: numbered sections, each a heading and its paragraphs. */
export function CharterText() {
  const t = useT();
  return (
    <div className="fr-mb-4w">
      <h2 className="fr-h4">{t("charter.purpose.title")}</h2>
      <p>{t("charter.purpose.body")}</p>

      <h2 className="fr-h4">{t("charter.needToKnow.title")}</h2>
      <p>{t("charter.needToKnow.body")}</p>
      <p>{t("charter.needToKnow.duty")}</p>

      <h2 className="fr-h4">{t("charter.markings.title")}</h2>
      <p>{t("charter.markings.body")}</p>
      <MarkingLegend />
      <p>{t("charter.markings.handling")}</p>

      <h2 className="fr-h4">{t("charter.classified.title")}</h2>
      <p>{t("charter.classified.body")}</p>

      <h2 className="fr-h4">{t("charter.traceability.title")}</h2>
      <p>{t("charter.traceability.body")}</p>

      <h2 className="fr-h4">{t("charter.personalData.title")}</h2>
      <p>{t("charter.personalData.body")}</p>
      <p>{t("charter.personalData.rights")}</p>

      <h2 className="fr-h4">{t("charter.security.title")}</h2>
      <p>{t("charter.security.body")}</p>

      <h2 className="fr-h4">{t("charter.sanctions.title")}</h2>
      <p>{t("charter.sanctions.body")}</p>
    </div>
  );
}
