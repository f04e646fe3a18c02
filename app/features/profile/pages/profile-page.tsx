import { Button } from "@codegouvfr/react-dsfr/Button";
import { InfoPanel } from "../../../components/info-panel";
import { KeyValueList } from "../../../components/key-value-list";
import { useFormatters } from "../../../i18n/format";
import { useT } from "../../../i18n/use-t";
import { usePageTitle } from "../../../layout/use-page-title";
import { paths } from "../../../paths";
import { useCurrentUser } from "../../auth/components/current-user";
import { AssignmentList } from "../components/assignment-list";
import { ClearanceSummary } from "../components/clearance-summary";
import { CommunityList } from "../components/community-list";
import { IdentitySummary } from "../components/identity-summary";
import { RoleList } from "../components/role-list";
import { SkillsForm } from "../components/skills-form";

/** « Mon profil »: everything the portal knows about the signed-in user. */
export function ProfilePage() {
  const t = useT();
  const format = useFormatters();
  const me = useCurrentUser();
  usePageTitle(t("profile.title"));

  return (
    <>
      <h1>{t("profile.title")}</h1>
      <div className="fr-grid-row fr-grid-row--gutters fr-mb-4w">
        <div className="fr-col-12 fr-col-lg-6">
          <InfoPanel title={t("profile.identity")}>
            <IdentitySummary user={me.user} detailed />
          </InfoPanel>
        </div>
        <div className="fr-col-12 fr-col-lg-6">
          <InfoPanel title={t("profile.clearance")}>
            <ClearanceSummary clearance={me.clearance} />
          </InfoPanel>
        </div>
        <div className="fr-col-12 fr-col-lg-6">
          <InfoPanel title={t("profile.assignments")}>
            <AssignmentList assignments={me.user.assignments} />
          </InfoPanel>
        </div>
        <div className="fr-col-12 fr-col-lg-6">
          <InfoPanel title={t("profile.roles")}>
            <RoleList roles={me.user.roles} />
          </InfoPanel>
        </div>
        <div className="fr-col-12 fr-col-lg-6">
          <InfoPanel title={t("skills.title")}>
            <SkillsForm languages={me.user.languages} expertise={me.user.expertise} />
          </InfoPanel>
        </div>
        <div className="fr-col-12 fr-col-lg-6">
          <InfoPanel title={t("profile.communities")}>
            <CommunityList communities={me.communities} />
          </InfoPanel>
        </div>
        <div className="fr-col-12 fr-col-lg-6">
          <InfoPanel title={t("profile.account")}>
            <KeyValueList
              items={[
                {
                  label: t("profile.charterAccepted"),
                  value:
                    me.charter.acceptedAt === null
                      ? t("common.notProvided")
                      : t("profile.charterAcceptedValue", {
                          version: me.charter.acceptedVersion ?? "",
                          date: format.date(me.charter.acceptedAt),
                        }),
                },
                {
                  label: t("profile.sessionExpires"),
                  value: format.dateTime(me.session.expiresAt),
                },
                {
                  label: t("profile.idleTimeout"),
                  value: t("profile.minutes", {
                    count: Math.round(me.session.idleTimeoutSeconds / 60),
                  }),
                },
              ]}
            />
            <Button priority="tertiary" size="small" linkProps={{ to: paths.charter }}>
              {t("profile.readCharter")}
            </Button>
            <Button
              priority="tertiary"
              size="small"
              iconId="fr-icon-notification-3-line"
              linkProps={{ to: paths.notificationPreferences }}
            >
              {t("profile.notificationPreferences")}
            </Button>
            <Button
              priority="tertiary"
              size="small"
              iconId="fr-icon-lock-line"
              linkProps={{ to: paths.security }}
            >
              {t("profile.security")}
            </Button>
          </InfoPanel>
        </div>
      </div>
    </>
  );
}
