import { Button } from "@codegouvfr/react-dsfr/Button";
import { UNIT_KINDS } from "@shared/vocabulary";
import { useState } from "react";
import { Link } from "react-router";
import { DataTable } from "../../../components/data-table";
import { PagedResults } from "../../../components/paged-results";
import { useFormatters } from "../../../i18n/format";
import { useT } from "../../../i18n/use-t";
import { usePageTitle } from "../../../layout/use-page-title";
import { paths } from "../../../paths";
import { type UnitFilters, useUnitSearch } from "../../directory/api/search-units";
import { AdminSearchForm } from "../components/admin-search-form";

function UnitResults({ filters }: { filters: UnitFilters }) {
  const t = useT();
  const format = useFormatters();
  return (
    <PagedResults
      query={useUnitSearch(filters, { limit: 25 })}
      counts={{
        none: "adminUnits.noResult",
        all: "adminUnits.count",
        more: "adminUnits.countMore",
      }}
    >
      {(units) => (
        <DataTable
          caption={t("adminUnits.caption")}
          headers={[
            t("adminUnits.name"),
            t("adminUnits.kind"),
            t("adminUnits.organization"),
            t("adminUnits.country"),
            t("form.actions"),
          ]}
          rows={units.map((unit) => ({
            key: unit.id,
            cells: [
              <Link key="name" to={paths.unit(unit.id)}>
                {unit.name}
              </Link>,
              t(`unitKind.${unit.kind}`),
              unit.organization.shortName || unit.organization.name,
              unit.countryCode === null ? "" : format.country(unit.countryCode),
              <Link
                key="edit"
                to={paths.adminUnit(unit.id)}
                aria-label={t("adminUnits.editLabel", { name: unit.name })}
              >
                {t("adminUnits.edit")}
              </Link>,
            ],
          }))}
        />
      )}
    </PagedResults>
  );
}

/** « Unités »: find a unit to edit, or create one. */
export function UnitsPage() {
  const t = useT();
  usePageTitle(t("adminUnits.title"));
  const [filters, setFilters] = useState<UnitFilters>({});

  return (
    <>
      <h1>{t("adminUnits.title")}</h1>
      <Button
        iconId="fr-icon-add-line"
        linkProps={{ to: paths.adminNewUnit() }}
        className="fr-mb-3w"
      >
        {t("adminUnits.create")}
      </Button>
      <AdminSearchForm
        formLabel={t("adminUnits.searchFormLabel")}
        searchLabel={t("adminUnits.search")}
        filterLabel={t("adminUnits.kind")}
        filterChoices={["", ...UNIT_KINDS]}
        describeFilter={(value) =>
          value === "" ? t("adminUnits.allKinds") : t(`unitKind.${value}`)
        }
        onSearch={(q, kind) =>
          setFilters({ ...(q === "" ? {} : { q }), ...(kind === "" ? {} : { kind }) })
        }
      />
      <UnitResults filters={filters} />
    </>
  );
}
