import { Button } from "@codegouvfr/react-dsfr/Button";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { Select } from "@codegouvfr/react-dsfr/Select";
import { UNIT_KINDS, type UnitKind } from "@shared/vocabulary";
import { type FormEvent, useState } from "react";
import { Link } from "react-router";
import { ApiErrorAlert } from "../../../components/api-error-alert";
import { DataTable } from "../../../components/data-table";
import { LoadMoreButton } from "../../../components/load-more-button";
import { Loading } from "../../../components/loading";
import { useFormatters } from "../../../i18n/format";
import { useT } from "../../../i18n/use-t";
import { usePageTitle } from "../../../layout/use-page-title";
import { paths } from "../../../paths";
import { type UnitFilters, useUnitSearch } from "../../directory/api/search-units";

function UnitResults({ filters }: { filters: UnitFilters }) {
  const t = useT();
  const format = useFormatters();
  const search = useUnitSearch(filters, { limit: 25 });
  if (search.isPending) return <Loading />;
  if (search.data === undefined) return <ApiErrorAlert error={search.error} />;
  const units = search.data.pages.flatMap((page) => page.items);
  return (
    <div aria-busy={search.isFetching}>
      <p role="status" aria-live="polite">
        {units.length === 0
          ? t("adminUnits.noResult")
          : search.hasNextPage
            ? t("adminUnits.countMore", { count: units.length })
            : t("adminUnits.count", { count: units.length })}
      </p>
      {units.length > 0 && (
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
      {search.isFetchNextPageError && <ApiErrorAlert error={search.error} />}
      <LoadMoreButton
        hasMore={search.hasNextPage}
        isLoading={search.isFetchingNextPage}
        onLoadMore={() => void search.fetchNextPage()}
      />
    </div>
  );
}

/** « Unités »: find a unit to edit, or create one. */
export function UnitsPage() {
  const t = useT();
  usePageTitle(t("adminUnits.title"));
  const [q, setQ] = useState("");
  const [kind, setKind] = useState<UnitKind | "">("");
  const [filters, setFilters] = useState<UnitFilters>({});

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setFilters({
      ...(q.trim() === "" ? {} : { q: q.trim() }),
      ...(kind === "" ? {} : { kind }),
    });
  };

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
      <search aria-label={t("adminUnits.searchFormLabel")}>
        <form onSubmit={submit} className="fr-mb-3w">
          <div className="fr-grid-row fr-grid-row--gutters">
            <div className="fr-col-12 fr-col-md-8">
              <Input
                label={t("adminUnits.search")}
                nativeInputProps={{
                  type: "search",
                  value: q,
                  onChange: (event) => setQ(event.target.value),
                }}
              />
            </div>
            <div className="fr-col-12 fr-col-md-4">
              <Select
                label={t("adminUnits.kind")}
                nativeSelectProps={{
                  value: kind,
                  onChange: (event) =>
                    setKind(UNIT_KINDS.find((value) => value === event.target.value) ?? ""),
                }}
              >
                <option value="">{t("adminUnits.allKinds")}</option>
                {UNIT_KINDS.map((value) => (
                  <option key={value} value={value}>
                    {t(`unitKind.${value}`)}
                  </option>
                ))}
              </Select>
            </div>
          </div>
          <Button type="submit" iconId="fr-icon-search-line">
            {t("directory.submit")}
          </Button>
        </form>
      </search>
      <UnitResults filters={filters} />
    </>
  );
}
