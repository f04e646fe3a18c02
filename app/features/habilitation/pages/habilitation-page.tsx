import { Breadcrumb } from "@codegouvfr/react-dsfr/Breadcrumb";
import { useT } from "../../../i18n/use-t";
import { usePageTitle } from "../../../layout/use-page-title";
import { paths } from "../../../paths";
import { useCurrentUser } from "../../auth/components/current-user";
import { AccessRequestsSection } from "../components/access-requests-section";
import { ClearancesSection } from "../components/clearances-section";

/** « Habilitations »: access requests to decide, and for security officers the clearances. */
export function HabilitationPage() {
  const t = useT();
  const me = useCurrentUser();
  usePageTitle(t("habilitation.title"));
  return (
    <>
      <Breadcrumb
        homeLinkProps={{ to: paths.home }}
        segments={[]}
        currentPageLabel={t("habilitation.title")}
      />
      <h1>{t("habilitation.title")}</h1>
      <AccessRequestsSection />
      {me.abilities.manageClearances && <ClearancesSection />}
    </>
  );
}
