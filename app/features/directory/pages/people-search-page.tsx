import { Button } from "@codegouvfr/react-dsfr/Button";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { type FormEvent, useEffect, useState } from "react";
import { useSearchParams } from "react-router";
import { CountrySelect } from "../../../components/country-select";
import { useT } from "../../../i18n/use-t";
import { usePageTitle } from "../../../layout/use-page-title";
import type { PeopleFilters } from "../api/search-people";
import { PeopleResults } from "../components/people-results";
import { UnitPicker } from "../components/unit-picker";

/** The filters live in the address (?q=&unitId=&country=) so results can be shared and revisited. */
function readFilters(params: URLSearchParams): PeopleFilters {
  const filters: PeopleFilters = {};
  for (const name of ["q", "unitId", "country"] as const) {
    const value = params.get(name)?.trim();
    if (value) filters[name] = value;
  }
  return filters;
}

/** « Annuaire »: search people by name, unit and country. */
export function PeopleSearchPage() {
  const t = useT();
  usePageTitle(t("directory.title"));
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = readFilters(searchParams);
  const [q, setQ] = useState(filters.q ?? "");
  const [unitId, setUnitId] = useState(filters.unitId ?? "");
  const [country, setCountry] = useState(filters.country ?? "");

  // Keep the form in step when the address changes from outside (menu link, back button).
  const searchKey = searchParams.toString();
  useEffect(() => {
    const current = readFilters(new URLSearchParams(searchKey));
    setQ(current.q ?? "");
    setUnitId(current.unitId ?? "");
    setCountry(current.country ?? "");
  }, [searchKey]);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const next = new URLSearchParams();
    if (q.trim() !== "") next.set("q", q.trim());
    if (unitId !== "") next.set("unitId", unitId);
    if (country !== "") next.set("country", country);
    setSearchParams(next);
  };

  const reset = () => {
    setQ("");
    setUnitId("");
    setCountry("");
    setSearchParams(new URLSearchParams());
  };

  return (
    <>
      <h1>{t("directory.title")}</h1>
      <p className="fr-text--lead">{t("directory.lead")}</p>
      <search aria-label={t("directory.searchFormLabel")}>
        <form onSubmit={submit} className="fr-mb-4w">
          <Input
            label={t("directory.searchPerson")}
            hintText={t("directory.searchPersonHint")}
            nativeInputProps={{
              type: "search",
              name: "q",
              value: q,
              maxLength: 200,
              onChange: (event) => setQ(event.target.value),
            }}
          />
          <div className="fr-grid-row fr-grid-row--gutters">
            <div className="fr-col-12 fr-col-md-7">
              <UnitPicker
                label={t("directory.filterUnit")}
                value={unitId}
                onChange={setUnitId}
                emptyOptionLabel={t("directory.allUnits")}
              />
            </div>
            <div className="fr-col-12 fr-col-md-5">
              <CountrySelect
                label={t("directory.filterCountry")}
                value={country}
                onChange={setCountry}
                emptyOptionLabel={t("directory.allCountries")}
              />
            </div>
          </div>
          <ul className="fr-btns-group fr-btns-group--inline-sm fr-btns-group--icon-left">
            <li>
              <Button type="submit" iconId="fr-icon-search-line">
                {t("directory.submit")}
              </Button>
            </li>
            <li>
              <Button type="button" priority="tertiary" onClick={reset}>
                {t("directory.reset")}
              </Button>
            </li>
          </ul>
        </form>
      </search>
      <section aria-labelledby="people-results-title">
        <h2 id="people-results-title">{t("directory.results")}</h2>
        <PeopleResults filters={filters} caption={t("directory.resultsCaption")} />
      </section>
    </>
  );
}
