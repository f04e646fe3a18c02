import { Button } from "@codegouvfr/react-dsfr/Button";
import { useParams } from "react-router";
import { InfoPanel } from "../../../components/info-panel";
import { PageFallback } from "../../../components/page-fallback";
import { useFormatters } from "../../../i18n/format";
import { useT } from "../../../i18n/use-t";
import { usePageTitle } from "../../../layout/use-page-title";
import { paths } from "../../../paths";
import { useAdminUser } from "../api/user";
import { AdminBreadcrumb } from "../components/admin-breadcrumb";
import { AssignmentsSection } from "../components/assignments-section";
import { ClearancesSection } from "../components/clearances-section";
import { RolesSection } from "../components/roles-section";
import { UserIdentityForm } from "../components/user-identity-form";
import { UserSessionsSection } from "../components/user-sessions-section";
import { UserStatusBadge } from "../components/user-status-badge";

/** One account: identity and status, assignments, clearances and roles, each editable. */
export function UserPage() {
  const t = useT();
  const format = useFormatters();
  const { id = "" } = useParams();
  const user = useAdminUser(id);
  usePageTitle(user.data?.displayName ?? t("adminUser.title"));

  if (user.isPending || user.isError) {
    return <PageFallback title={t("adminUser.title")} query={user} />;
  }

  const detail = user.data;
  return (
    <>
      <AdminBreadcrumb list="users" currentPageLabel={detail.displayName} />
      <h1>{detail.displayName}</h1>
      <p>
        <UserStatusBadge status={detail.status} /> {detail.email} — {detail.organization.name}
      </p>
      <p className="fr-text--sm">
        {t("adminUser.timestamps", {
          created: format.dateTime(detail.createdAt),
          updated: format.dateTime(detail.updatedAt),
        })}
      </p>
      <Button
        priority="tertiary"
        size="small"
        className="fr-mb-3w"
        linkProps={{ to: paths.person(detail.id) }}
      >
        {t("adminUser.directoryCard")}
      </Button>
      <div className="fr-grid-row fr-grid-row--gutters">
        <div className="fr-col-12">
          <InfoPanel title={t("adminUser.identity")}>
            <UserIdentityForm key={detail.id} user={detail} />
          </InfoPanel>
        </div>
        <div className="fr-col-12">
          <InfoPanel title={t("adminUser.assignments")}>
            <AssignmentsSection user={detail} />
          </InfoPanel>
        </div>
        <div className="fr-col-12">
          <InfoPanel title={t("adminUser.clearances")}>
            <ClearancesSection user={detail} />
          </InfoPanel>
        </div>
        <div className="fr-col-12">
          <InfoPanel title={t("adminUser.roles")}>
            <RolesSection user={detail} />
          </InfoPanel>
        </div>
        <div className="fr-col-12">
          <InfoPanel title={t("adminUser.sessions")}>
            <UserSessionsSection userId={detail.id} />
          </InfoPanel>
        </div>
      </div>
    </>
  );
}
