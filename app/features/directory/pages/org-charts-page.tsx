import { Card } from "@codegouvfr/react-dsfr/Card";
import type { OrganizationRef } from "@shared/schemas/organization";
import { ORGANIZATION_KINDS } from "@shared/vocabulary";
import { ApiErrorAlert } from "../../../components/api-error-alert";
import { Loading } from "../../../components/loading";
import { useT } from "../../../i18n/use-t";
import { usePageTitle } from "../../../layout/use-page-title";
import { paths } from "../../../paths";
import { useOrganizations } from "../api/organizations";

function OrganizationCards({ organizations }: { organizations: OrganizationRef[] }) {
  return (
    <div className="fr-grid-row fr-grid-row--gutters fr-mb-4w">
      {organizations.map((organization) => (
        <div key={organization.id} className="fr-col-12 fr-col-md-6">
          <Card
            title={organization.name}
            titleAs="h3"
            desc={organization.shortName}
            enlargeLink
            linkProps={{ to: paths.orgChart(organization.id) }}
            size="small"
          />
        </div>
      ))}
    </div>
  );
}

/** « Organigrammes »: the organisations, grouped by kind; each opens its chart. */
export function OrgChartsPage() {
  const t = useT();
  usePageTitle(t("orgCharts.title"));
  const organizations = useOrganizations();

  return (
    <>
      <h1>{t("orgCharts.title")}</h1>
      <p className="fr-text--lead">{t("orgCharts.lead")}</p>
      {organizations.isPending && <Loading />}
      <ApiErrorAlert error={organizations.error} />
      {organizations.data !== undefined &&
        ORGANIZATION_KINDS.map((kind) => {
          const ofKind = organizations.data.items.filter((item) => item.kind === kind);
          if (ofKind.length === 0) return null;
          return (
            <section key={kind} aria-labelledby={`organizations-${kind}`}>
              <h2 id={`organizations-${kind}`} className="fr-h4">
                {t(`organizationKind.${kind}`)}
              </h2>
              <OrganizationCards organizations={ofKind} />
            </section>
          );
        })}
    </>
  );
}
