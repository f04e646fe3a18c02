import { Button } from "@codegouvfr/react-dsfr/Button";
import { InfoPanel } from "../../../components/info-panel";
import { useT } from "../../../i18n/use-t";
import { usePageTitle } from "../../../layout/use-page-title";
import { paths } from "../../../paths";
import { useCurrentUser } from "../../auth/components/current-user";
import { AssignmentList } from "../../profile/components/assignment-list";
import { ClearanceSummary } from "../../profile/components/clearance-summary";
import { CommunityList } from "../../profile/components/community-list";
import { IdentitySummary } from "../../profile/components/identity-summary";
import { RoleList } from "../../profile/components/role-list";

/** The home page: who I am, where I work, what I may read, my roles and communities. */
export function HomePage() {
  const t = useT();
  const me = useCurrentUser();
  usePageTitle(t("home.pageTitle"));

  return (
    <>
      <h1>{t("home.title", { name: me.user.givenName })}</h1>
      <p className="fr-text--lead">{t("home.lead")}</p>
      <div className="fr-grid-row fr-grid-row--gutters fr-mb-4w">
        <div className="fr-col-12 fr-col-md-6">
          <InfoPanel title={t("home.identity")}>
            <IdentitySummary user={me.user} />
            <Button priority="tertiary" size="small" linkProps={{ to: paths.profile }}>
              {t("home.seeProfile")}
            </Button>
          </InfoPanel>
        </div>
        <div className="fr-col-12 fr-col-md-6">
          <InfoPanel title={t("home.clearance")}>
            <ClearanceSummary clearance={me.clearance} />
          </InfoPanel>
        </div>
        <div className="fr-col-12 fr-col-md-6">
          <InfoPanel title={t("home.assignments")}>
            <AssignmentList assignments={me.user.assignments} />
          </InfoPanel>
        </div>
        <div className="fr-col-12 fr-col-md-6">
          <InfoPanel title={t("home.roles")}>
            <RoleList roles={me.user.roles} />
          </InfoPanel>
        </div>
        <div className="fr-col-12 fr-col-md-6">
          <InfoPanel title={t("home.communities")}>
            <CommunityList communities={me.communities} />
          </InfoPanel>
        </div>
        <div className="fr-col-12 fr-col-md-6">
          <InfoPanel title={t("home.directory")}>
            <p>{t("home.directoryLead")}</p>
            <Button priority="secondary" linkProps={{ to: paths.directory }}>
              {t("home.directoryLink")}
            </Button>
          </InfoPanel>
        </div>
      </div>
    </>
  );
}
