import { Badge } from "@codegouvfr/react-dsfr/Badge";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Input } from "@codegouvfr/react-dsfr/Input";
import {
  ADDRESSED_FILTERS,
  SEARCH_SORTS,
  SearchQuery,
  type SearchResponse,
} from "@shared/schemas/search";
import { CORRESPONDENCE_KINDS, HANDLING_STATES, MARKINGS, PRECEDENCES } from "@shared/vocabulary";
import { type FormEvent, useEffect, useState } from "react";
import { Link, useNavigate, useSearchParams } from "react-router";
import { ChoiceSelect } from "../../../components/choice-select";
import { CountrySelect } from "../../../components/country-select";
import { PagedResults } from "../../../components/paged-results";
import { useT } from "../../../i18n/use-t";
import { usePageTitle } from "../../../layout/use-page-title";
import { paths } from "../../../paths";
import { type SearchParams, useSearch } from "../api/search";
import { Highlighted } from "../components/highlighted";
import { SaveSearchForm } from "../components/save-search-form";
import { SearchGroups, TypeResults } from "../components/search-hits";

const FIELDS = [
  "q",
  "kind",
  "precedence",
  "marking",
  "originUnit",
  "country",
  "tag",
  "from",
  "to",
  "addressed",
  "actionState",
  "sort",
  "type",
] as const;
type Field = (typeof FIELDS)[number];
type Form = Record<Field, string>;

const emptyForm = (): Form =>
  Object.fromEntries(FIELDS.map((f) => [f, ""])) as Record<Field, string>;

/** The address's parameters, each kept only if the shared schema accepts it. */
function readParams(params: URLSearchParams): SearchParams {
  const raw: Record<string, string> = {};
  for (const field of FIELDS) {
    const value = params.get(field)?.trim();
    if (value) raw[field] = value;
  }
  const parsed = SearchQuery.safeParse(raw);
  if (parsed.success) {
    const { cursor: _c, limit: _l, ...rest } = parsed.data;
    return rest;
  }
  // Drop only the fields that fail, keep the rest.
  const kept: Record<string, string> = {};
  for (const [name, value] of Object.entries(raw)) {
    if (SearchQuery.safeParse({ [name]: value }).success) kept[name] = value;
  }
  const { cursor: _c, limit: _l, ...rest } = SearchQuery.parse(kept);
  return rest;
}

function toForm(params: SearchParams): Form {
  const form = emptyForm();
  for (const field of FIELDS) form[field] = String(params[field] ?? "");
  return form;
}

/** The typed text is a whole reference number of the first, direct hit: open it. */
function directDocument(q: string | undefined, data: SearchResponse | undefined) {
  const first = data?.items[0];
  if (!q || !first?.directHit || !first.reference) return null;
  return first.reference.toUpperCase() === q.trim().toUpperCase() ? first.id : null;
}

/** « Recherche »: correspondence by words, phrases and references, with facets and filters. */
export function SearchPage() {
  const t = useT();
  usePageTitle(t("search.title"));
  const navigate = useNavigate();
  const [searchParams, setSearchParams] = useSearchParams();
  const params = readParams(searchParams);
  const [form, setForm] = useState<Form>(() => toForm(params));
  const searchKey = searchParams.toString();
  useEffect(() => {
    setForm(toForm(readParams(new URLSearchParams(searchKey))));
  }, [searchKey]);

  const hasCriteria = Object.keys(params).some((k) => k !== "sort" && k !== "type");
  const otherType =
    params.type !== undefined && params.type !== "correspondence" ? params.type : null;
  const query = useSearch(params, hasCriteria && otherType === null);
  const { type: _type, ...savable } = params;
  const addressWith = (type: string | null) => {
    const address = new URLSearchParams(searchKey);
    if (type === null) address.delete("type");
    else address.set("type", type);
    return paths.search(address);
  };
  const firstPage = query.data?.pages[0];
  const direct = directDocument(params.q, firstPage);
  useEffect(() => {
    if (direct) void navigate(paths.correspondenceDocument(direct), { replace: true });
  }, [direct, navigate]);

  const apply = (next: Form) => {
    const address = new URLSearchParams();
    for (const field of FIELDS) {
      const value = next[field].trim();
      if (value !== "") address.set(field, value);
    }
    setSearchParams(address);
  };
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    apply(form);
  };
  const set = (field: Field) => (value: string) => setForm((f) => ({ ...f, [field]: value }));
  const facetFilter = (field: Field, value: string) => apply({ ...toForm(params), [field]: value });

  const describeFacet = (field: "kind" | "precedence" | "marking", value: string) =>
    field === "kind"
      ? t(`correspondenceKind.${value as (typeof CORRESPONDENCE_KINDS)[number]}`)
      : field === "precedence"
        ? t(`precedence.${value as (typeof PRECEDENCES)[number]}`)
        : t(`marking.${value as (typeof MARKINGS)[number]}`);

  return (
    <>
      <h1>{t("search.title")}</h1>
      <p>
        <Link to={paths.savedSearches} className="fr-link fr-icon-bookmark-line fr-link--icon-left">
          {t("search.savedLink")}
        </Link>
      </p>
      <search aria-label={t("search.formLabel")}>
        <form onSubmit={submit} className="search-form fr-mb-4w">
          <Input
            label={t("search.q")}
            hintText={t("search.qHint")}
            nativeInputProps={{
              type: "search",
              name: "q",
              value: form.q,
              maxLength: 200,
              onChange: (event) => set("q")(event.target.value),
            }}
          />
          <details className="fr-mb-2w" open={Object.keys(params).length > 1}>
            <summary>{t("search.filters")}</summary>
            <div className="fr-grid-row fr-grid-row--gutters fr-mt-1w">
              <div className="fr-col-12 fr-col-md-4">
                <ChoiceSelect
                  label={t("search.kind")}
                  choices={["", ...CORRESPONDENCE_KINDS]}
                  value={form.kind as "" | (typeof CORRESPONDENCE_KINDS)[number]}
                  onChange={set("kind")}
                  describe={(c) => (c === "" ? t("search.any") : describeFacet("kind", c))}
                />
              </div>
              <div className="fr-col-12 fr-col-md-4">
                <ChoiceSelect
                  label={t("search.precedence")}
                  choices={["", ...PRECEDENCES]}
                  value={form.precedence as "" | (typeof PRECEDENCES)[number]}
                  onChange={set("precedence")}
                  describe={(c) => (c === "" ? t("search.any") : describeFacet("precedence", c))}
                />
              </div>
              <div className="fr-col-12 fr-col-md-4">
                <ChoiceSelect
                  label={t("search.marking")}
                  choices={["", ...MARKINGS]}
                  value={form.marking as "" | (typeof MARKINGS)[number]}
                  onChange={set("marking")}
                  describe={(c) => (c === "" ? t("search.any") : describeFacet("marking", c))}
                />
              </div>
              <div className="fr-col-12 fr-col-md-4">
                <CountrySelect
                  label={t("search.country")}
                  value={form.country}
                  onChange={set("country")}
                  emptyOptionLabel={t("search.any")}
                />
              </div>
              <div className="fr-col-12 fr-col-md-4">
                <Input
                  label={t("search.tag")}
                  nativeInputProps={{
                    name: "tag",
                    value: form.tag,
                    maxLength: 40,
                    onChange: (event) => set("tag")(event.target.value),
                  }}
                />
              </div>
              <div className="fr-col-12 fr-col-md-4">
                <ChoiceSelect
                  label={t("search.originUnit")}
                  choices={[
                    "",
                    ...new Set([
                      ...(form.originUnit ? [form.originUnit] : []),
                      ...(firstPage?.facets.originUnit.map((f) => f.value) ?? []),
                    ]),
                  ]}
                  value={form.originUnit}
                  onChange={set("originUnit")}
                  describe={(c) =>
                    c === ""
                      ? t("search.any")
                      : (firstPage?.facets.originUnit.find((f) => f.value === c)?.label ?? c)
                  }
                />
              </div>
              <div className="fr-col-12 fr-col-md-3">
                <Input
                  label={t("search.from")}
                  nativeInputProps={{
                    type: "date",
                    name: "from",
                    value: form.from,
                    onChange: (event) => set("from")(event.target.value),
                  }}
                />
              </div>
              <div className="fr-col-12 fr-col-md-3">
                <Input
                  label={t("search.to")}
                  nativeInputProps={{
                    type: "date",
                    name: "to",
                    value: form.to,
                    onChange: (event) => set("to")(event.target.value),
                  }}
                />
              </div>
              <div className="fr-col-12 fr-col-md-3">
                <ChoiceSelect
                  label={t("search.addressed")}
                  choices={["", ...ADDRESSED_FILTERS]}
                  value={form.addressed as "" | (typeof ADDRESSED_FILTERS)[number]}
                  onChange={set("addressed")}
                  describe={(c) => (c === "" ? t("search.any") : t(`search.addressed.${c}`))}
                />
              </div>
              <div className="fr-col-12 fr-col-md-3">
                <ChoiceSelect
                  label={t("search.actionState")}
                  choices={["", ...HANDLING_STATES]}
                  value={form.actionState as "" | (typeof HANDLING_STATES)[number]}
                  onChange={set("actionState")}
                  describe={(c) => (c === "" ? t("search.any") : t(`handlingState.${c}`))}
                />
              </div>
            </div>
          </details>
          <div className="fr-grid-row fr-grid-row--gutters">
            <div className="fr-col-12 fr-col-md-4">
              <ChoiceSelect
                label={t("search.sort")}
                choices={["", ...SEARCH_SORTS]}
                value={form.sort as "" | (typeof SEARCH_SORTS)[number]}
                onChange={set("sort")}
                describe={(c) => t(c === "" ? "search.sort.default" : `search.sort.${c}`)}
              />
            </div>
          </div>
          <ul className="fr-btns-group fr-btns-group--inline-sm fr-btns-group--icon-left">
            <li>
              <Button type="submit" iconId="fr-icon-search-line">
                {t("search.submit")}
              </Button>
            </li>
            <li>
              <Button
                type="button"
                priority="tertiary"
                onClick={() => {
                  setForm(emptyForm());
                  setSearchParams(new URLSearchParams());
                }}
              >
                {t("search.reset")}
              </Button>
            </li>
          </ul>
        </form>
      </search>

      {hasCriteria && otherType !== null && (
        <TypeResults params={params} type={otherType} allTypesPath={addressWith(null)} />
      )}
      {hasCriteria && otherType === null && (
        <div className="fr-grid-row fr-grid-row--gutters">
          <section className="fr-col-12 fr-col-md-8" aria-labelledby="search-results-title">
            <h2 id="search-results-title">{t("search.results")}</h2>
            <PagedResults
              query={query}
              counts={{ none: "search.none", all: "search.countAll", more: "search.countMore" }}
            >
              {(items) => (
                <>
                  {firstPage && (
                    <p className="fr-text--sm">
                      {firstPage.countsCapped
                        ? t("search.totalCapped", { count: firstPage.total })
                        : t("search.total", { count: firstPage.total })}
                    </p>
                  )}
                  <h3 className="fr-h6">{t("search.type.correspondence")}</h3>
                  <ul className="search-results">
                    {items.map((item) => (
                      <li key={item.id} className="search-result fr-mb-3w">
                        <p className="fr-mb-1v">
                          <Link to={paths.correspondenceDocument(item.id)} className="fr-link">
                            <Highlighted segments={item.subject} />
                          </Link>
                        </p>
                        <p className="fr-text--sm fr-mb-1v">
                          {item.reference && <strong>{item.reference} · </strong>}
                          {describeFacet("kind", item.kind)} · {item.originUnit.name} ·{" "}
                          <time dateTime={item.dispatchedAt}>{item.dispatchedAt.slice(0, 10)}</time>
                        </p>
                        <p className="fr-mb-1v">
                          <Highlighted segments={item.snippet} />
                        </p>
                        <ul className="fr-badges-group">
                          {item.precedence !== "routine" && (
                            <li>
                              <Badge small severity="warning">
                                {describeFacet("precedence", item.precedence)}
                              </Badge>
                            </li>
                          )}
                          {item.marking !== "NP" && (
                            <li>
                              <Badge small>{item.marking}</Badge>
                            </li>
                          )}
                          {item.countryTags.map((c) => (
                            <li key={c}>
                              <Badge small noIcon severity="info">
                                {c}
                              </Badge>
                            </li>
                          ))}
                        </ul>
                      </li>
                    ))}
                  </ul>
                </>
              )}
            </PagedResults>
            {firstPage && (
              <SearchGroups groups={firstPage.groups} linkToType={(type) => addressWith(type)} />
            )}
            <SaveSearchForm query={savable} />
          </section>
          {firstPage && (
            <aside className="fr-col-12 fr-col-md-4" aria-labelledby="search-facets-title">
              <h2 id="search-facets-title" className="fr-h4">
                {t("search.facets")}
              </h2>
              {firstPage.countsCapped && (
                <p className="fr-text--sm fr-mb-1w">
                  {t("search.facetsCapped", { count: firstPage.total })}
                </p>
              )}
              {(
                [
                  ["kind", "kind"],
                  ["precedence", "precedence"],
                  ["marking", "marking"],
                  ["originUnit", "originUnit"],
                  ["country", "country"],
                  ["tag", "tag"],
                ] as const
              ).map(([facet, field]) =>
                firstPage.facets[facet].length === 0 ? null : (
                  <section key={facet} className="fr-mb-2w">
                    <h3 className="fr-h6 fr-mb-1v">{t(`search.${field}`)}</h3>
                    <ul className="search-facets">
                      {firstPage.facets[facet].map((f) => (
                        <li key={f.value}>
                          <button
                            type="button"
                            className="fr-link"
                            aria-pressed={params[field] === f.value}
                            onClick={() =>
                              facetFilter(field, params[field] === f.value ? "" : f.value)
                            }
                          >
                            {facet === "kind" || facet === "precedence" || facet === "marking"
                              ? describeFacet(facet, f.value)
                              : (f.label ?? f.value)}{" "}
                            ({f.count})
                          </button>
                        </li>
                      ))}
                    </ul>
                  </section>
                ),
              )}
            </aside>
          )}
        </div>
      )}
    </>
  );
}
