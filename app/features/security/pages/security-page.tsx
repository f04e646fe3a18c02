import { Breadcrumb } from "@codegouvfr/react-dsfr/Breadcrumb";
import { InfoPanel } from "../../../components/info-panel";
import { useT } from "../../../i18n/use-t";
import { usePageTitle } from "../../../layout/use-page-title";
import { paths } from "../../../paths";
import { useCurrentUser } from "../../auth/components/current-user";
import { SessionsTable } from "../components/sessions-table";
import { StepUpForm } from "../components/step-up-form";
import { TotpEnrolment } from "../components/totp-enrolment";
import "../components/security.css";

/** « Sécurité du compte »: the authenticator app, strengthening this session, my sessions. */
export function SecurityPage() {
  const t = useT();
  const me = useCurrentUser();
  usePageTitle(t("security.title"));
  return (
    <>
      <Breadcrumb
        homeLinkProps={{ to: paths.home }}
        segments={[{ label: t("profile.title"), linkProps: { to: paths.profile } }]}
        currentPageLabel={t("security.title")}
      />
      <h1>{t("security.title")}</h1>
      <div className="fr-grid-row fr-grid-row--gutters fr-mb-4w">
        <div className="fr-col-12 fr-col-lg-6">
          <InfoPanel title={t("security.totp")}>
            <TotpEnrolment enrolled={me.session.totpEnrolled} />
          </InfoPanel>
        </div>
        <div className="fr-col-12 fr-col-lg-6">
          <InfoPanel title={t("security.thisSession")}>
            <p>{me.session.mfa ? t("security.sessionStrong") : t("security.sessionWeak")}</p>
            {!me.session.mfa && me.session.totpEnrolled && <StepUpForm />}
          </InfoPanel>
        </div>
      </div>
      <h2>{t("security.sessions")}</h2>
      <SessionsTable />
    </>
  );
}
