import { Breadcrumb } from "@codegouvfr/react-dsfr/Breadcrumb";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Tag } from "@codegouvfr/react-dsfr/Tag";
import type { UnitDetail } from "@shared/schemas/organization";
import { useParams } from "react-router";
import { InfoPanel } from "../../../components/info-panel";
import { PageFallback } from "../../../components/page-fallback";
import { UnitLink } from "../../../components/unit-link";
import { useFormatters } from "../../../i18n/format";
import { useT } from "../../../i18n/use-t";
import { usePageTitle } from "../../../layout/use-page-title";
import { paths } from "../../../paths";
import { FunctionalAddress } from "../../mail/components/functional-address";
import { useUnit } from "../api/unit";
import { PeopleResults } from "../components/people-results";

function UnitActions({ unit }: { unit: UnitDetail }) {
  const t = useT();
  if (!unit.abilities.update && !unit.abilities.createChild) return null;
  return (
    <ul className="fr-btns-group fr-btns-group--inline-sm fr-btns-group--icon-left fr-mb-2w">
      {unit.abilities.update && (
        <li>
          <Button
            priority="secondary"
            iconId="fr-icon-edit-line"
            linkProps={{ to: paths.adminUnit(unit.id) }}
          >
            {t("unit.edit")}
          </Button>
        </li>
      )}
      {unit.abilities.createChild && (
        <li>
          <Button
            priority="secondary"
            iconId="fr-icon-add-line"
            linkProps={{ to: paths.adminNewUnit(unit.id) }}
          >
            {t("unit.addChild")}
          </Button>
        </li>
      )}
    </ul>
  );
}

/** A unit's page: where it sits (breadcrumb), its sub-units and its members. */
export function UnitPage() {
  const t = useT();
  const format = useFormatters();
  const { id = "" } = useParams();
  const unit = useUnit(id);
  usePageTitle(unit.data?.name ?? t("unit.title"));

  if (unit.isPending || unit.isError) {
    return <PageFallback title={t("unit.title")} query={unit} />;
  }

  const detail = unit.data;
  const place = [
    detail.city,
    detail.countryCode === null ? null : format.country(detail.countryCode),
  ]
    .filter((part) => part !== null && part !== "")
    .join(", ");
  return (
    <>
      <Breadcrumb
        homeLinkProps={{ to: paths.home }}
        segments={[
          { label: t("directory.orgCharts"), linkProps: { to: paths.orgCharts } },
          {
            label: detail.organization.shortName || detail.organization.name,
            linkProps: { to: paths.orgChart(detail.organization.id) },
          },
          ...detail.ancestors.map((ancestor) => ({
            label: ancestor.shortName || ancestor.name,
            linkProps: { to: paths.unit(ancestor.id) },
          })),
        ]}
        currentPageLabel={detail.shortName || detail.name}
      />
      <h1>{detail.name}</h1>
      <ul className="fr-tags-group">
        <li>
          <Tag as="span">{t(`unitKind.${detail.kind}`)}</Tag>
        </li>
        <li>
          <Tag as="span">{detail.shortName}</Tag>
        </li>
        {place !== "" && (
          <li>
            <Tag as="span" iconId="fr-icon-map-pin-2-line">
              {place}
            </Tag>
          </li>
        )}
      </ul>
      <FunctionalAddress unitId={detail.id} />
      <UnitActions unit={detail} />
      <div className="fr-grid-row fr-grid-row--gutters fr-mb-4w">
        <div className="fr-col-12">
          <InfoPanel title={t("unit.children", { count: detail.children.length })}>
            {detail.children.length === 0 ? (
              <p>{t("unit.noChildren")}</p>
            ) : (
              <ul className="plain-list">
                {detail.children.map((child) => (
                  <li key={child.id}>
                    <UnitLink unit={child} />
                  </li>
                ))}
              </ul>
            )}
          </InfoPanel>
        </div>
      </div>
      <section aria-labelledby="unit-members-title">
        <h2 id="unit-members-title">{t("unit.members", { count: detail.memberCount })}</h2>
        <PeopleResults
          filters={{ unitId: detail.id }}
          caption={t("unit.membersCaption", { name: detail.name })}
        />
      </section>
    </>
  );
}
