import { Breadcrumb } from "@codegouvfr/react-dsfr/Breadcrumb";
import { Button } from "@codegouvfr/react-dsfr/Button";
import type { OrgChartNode } from "@shared/schemas/organization";
import { useState } from "react";
import { useParams } from "react-router";
import { PageFallback } from "../../../components/page-fallback";
import { useT } from "../../../i18n/use-t";
import { usePageTitle } from "../../../layout/use-page-title";
import { paths } from "../../../paths";
import { useOrgChart } from "../api/org-chart";
import { OrgChartTree } from "../components/org-chart-tree";

function branchIds(nodes: OrgChartNode[]): string[] {
  return nodes.flatMap((node) =>
    node.children.length > 0 ? [node.id, ...branchIds(node.children)] : [],
  );
}

/** One organisation's chart: ministry → directorates → offices and posts, folded by level. */
export function OrgChartPage() {
  const t = useT();
  const { organizationId = "" } = useParams();
  const chart = useOrgChart(organizationId);
  // null means « the default »: top-level units open, everything below folded.
  const [expanded, setExpanded] = useState<ReadonlySet<string> | null>(null);
  usePageTitle(chart.data?.organization.name ?? t("orgCharts.title"));

  if (chart.isPending || chart.isError) {
    return <PageFallback title={t("orgCharts.title")} query={chart} />;
  }

  const { organization, roots } = chart.data;
  const open = expanded ?? new Set(roots.map((root) => root.id));
  const toggle = (id: string) => {
    const next = new Set(open);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    setExpanded(next);
  };

  return (
    <>
      <Breadcrumb
        homeLinkProps={{ to: paths.home }}
        segments={[{ label: t("orgCharts.title"), linkProps: { to: paths.orgCharts } }]}
        currentPageLabel={organization.name}
      />
      <h1>{organization.name}</h1>
      <p className="fr-text--lead">{t("orgChart.lead")}</p>
      {roots.length === 0 ? (
        <p>{t("orgChart.empty")}</p>
      ) : (
        <>
          <ul className="fr-btns-group fr-btns-group--inline-sm fr-btns-group--sm">
            <li>
              <Button priority="secondary" onClick={() => setExpanded(new Set(branchIds(roots)))}>
                {t("orgChart.expandAll")}
              </Button>
            </li>
            <li>
              <Button priority="secondary" onClick={() => setExpanded(new Set())}>
                {t("orgChart.collapseAll")}
              </Button>
            </li>
          </ul>
          <OrgChartTree nodes={roots} expanded={open} onToggle={toggle} />
        </>
      )}
    </>
  );
}
