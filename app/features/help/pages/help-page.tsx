import { Accordion } from "@codegouvfr/react-dsfr/Accordion";
import { Link } from "react-router";
import { MarkingLegend } from "../../../components/protection-badges";
import { useT } from "../../../i18n/use-t";
import { usePageTitle } from "../../../layout/use-page-title";
import { paths } from "../../../paths";

/** « Aide »: frequently asked questions, by topic, as DSFR accordions. */
export function HelpPage() {
  const t = useT();
  usePageTitle(t("help.title"));
  return (
    <>
      <h1>{t("help.title")}</h1>
      <p className="fr-text--lead">{t("help.lead")}</p>

      <h2 className="fr-mt-4w">{t("help.signIn.title")}</h2>
      <div className="fr-accordions-group">
        <Accordion label={t("help.signIn.howQ")} titleAs="h3">
          <p>{t("help.signIn.howA")}</p>
        </Accordion>
        <Accordion label={t("help.signIn.forgotQ")} titleAs="h3">
          <p>{t("help.signIn.forgotA")}</p>
        </Accordion>
        <Accordion label={t("help.signIn.lockedQ")} titleAs="h3">
          <p>{t("help.signIn.lockedA")}</p>
        </Accordion>
        <Accordion label={t("help.signIn.charterQ")} titleAs="h3">
          <p>{t("help.signIn.charterA")}</p>
          <p>
            <Link to={paths.charter}>{t("help.readCharter")}</Link>
          </p>
        </Accordion>
      </div>

      <h2 className="fr-mt-4w">{t("help.markings.title")}</h2>
      <div className="fr-accordions-group">
        <Accordion label={t("help.markings.whatQ")} titleAs="h3">
          <p>{t("help.markings.whatA")}</p>
          <MarkingLegend />
        </Accordion>
        <Accordion label={t("help.markings.drsfQ")} titleAs="h3">
          <p>{t("help.markings.drsfA")}</p>
        </Accordion>
        <Accordion label={t("help.markings.classifiedQ")} titleAs="h3">
          <p>{t("help.markings.classifiedA")}</p>
        </Accordion>
      </div>

      <h2 className="fr-mt-4w">{t("help.directory.title")}</h2>
      <div className="fr-accordions-group">
        <Accordion label={t("help.directory.searchQ")} titleAs="h3">
          <p>{t("help.directory.searchA")}</p>
        </Accordion>
        <Accordion label={t("help.directory.missingQ")} titleAs="h3">
          <p>{t("help.directory.missingA")}</p>
        </Accordion>
        <Accordion label={t("help.directory.postsQ")} titleAs="h3">
          <p>{t("help.directory.postsA")}</p>
        </Accordion>
      </div>

      <h2 className="fr-mt-4w">{t("help.privacy.title")}</h2>
      <div className="fr-accordions-group">
        <Accordion label={t("help.privacy.dataQ")} titleAs="h3">
          <p>{t("help.privacy.dataA")}</p>
        </Accordion>
        <Accordion label={t("help.privacy.traceQ")} titleAs="h3">
          <p>{t("help.privacy.traceA")}</p>
        </Accordion>
        <Accordion label={t("help.privacy.rightsQ")} titleAs="h3">
          <p>{t("help.privacy.rightsA")}</p>
        </Accordion>
      </div>

      <p className="fr-mt-4w">
        <Link to={paths.charter}>{t("help.readCharter")}</Link>
      </p>
    </>
  );
}
