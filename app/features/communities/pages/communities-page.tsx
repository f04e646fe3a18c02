import { Button } from "@codegouvfr/react-dsfr/Button";
import { Checkbox } from "@codegouvfr/react-dsfr/Checkbox";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { Select } from "@codegouvfr/react-dsfr/Select";
import { COMMUNITY_KINDS, type CommunityKind } from "@shared/vocabulary";
import { type FormEvent, useEffect, useState } from "react";
import { useSearchParams } from "react-router";
import { useT } from "../../../i18n/use-t";
import { usePageTitle } from "../../../layout/use-page-title";
import { paths } from "../../../paths";
import { useCurrentUser } from "../../auth/components/current-user";
import type { CommunityFilters } from "../api/list-communities";
import { CommunityResults } from "../components/community-results";

const isKind = (value: string | null): value is CommunityKind =>
  (COMMUNITY_KINDS as readonly (string | null)[]).includes(value);

/** The filters live in the address (?q=&kind=&mine=1) so a list can be shared and revisited. */
function readFilters(params: URLSearchParams): CommunityFilters {
  const filters: CommunityFilters = {};
  const q = params.get("q")?.trim();
  if (q) filters.q = q;
  const kind = params.get("kind");
  if (isKind(kind)) filters.kind = kind;
  if (params.get("mine") === "1") filters.mine = true;
  return filters;
}

/** « Communautés »: the communities one may see, searchable, and the way to create one. */
export function CommunitiesPage() {
  const t = useT();
  const me = useCurrentUser();
  usePageTitle(t("communities.title"));
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = readFilters(searchParams);
  const [q, setQ] = useState(filters.q ?? "");
  const [kind, setKind] = useState<string>(filters.kind ?? "");
  const [mine, setMine] = useState(filters.mine ?? false);

  const searchKey = searchParams.toString();
  useEffect(() => {
    const current = readFilters(new URLSearchParams(searchKey));
    setQ(current.q ?? "");
    setKind(current.kind ?? "");
    setMine(current.mine ?? false);
  }, [searchKey]);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const next = new URLSearchParams();
    if (q.trim() !== "") next.set("q", q.trim());
    if (kind !== "") next.set("kind", kind);
    if (mine) next.set("mine", "1");
    setSearchParams(next);
  };

  return (
    <>
      <h1>{t("communities.title")}</h1>
      <p className="fr-text--lead">{t("communities.lead")}</p>
      {!me.user.isExternal && (
        <Button
          iconId="fr-icon-add-line"
          className="fr-mb-4w"
          linkProps={{ to: paths.newCommunity }}
        >
          {t("communities.create")}
        </Button>
      )}
      <search aria-label={t("communities.searchFormLabel")}>
        <form onSubmit={submit} className="fr-mb-4w">
          <div className="fr-grid-row fr-grid-row--gutters">
            <div className="fr-col-12 fr-col-md-6">
              <Input
                label={t("communities.searchName")}
                nativeInputProps={{
                  type: "search",
                  name: "q",
                  value: q,
                  maxLength: 200,
                  onChange: (event) => setQ(event.target.value),
                }}
              />
            </div>
            <div className="fr-col-12 fr-col-md-6">
              <Select
                label={t("communities.filterKind")}
                nativeSelectProps={{
                  name: "kind",
                  value: kind,
                  onChange: (event) => setKind(event.target.value),
                }}
              >
                <option value="">{t("communities.allKinds")}</option>
                {COMMUNITY_KINDS.map((k) => (
                  <option key={k} value={k}>
                    {t(`communityKind.${k}`)}
                  </option>
                ))}
              </Select>
            </div>
          </div>
          <Checkbox
            options={[
              {
                label: t("communities.onlyMine"),
                nativeInputProps: {
                  name: "mine",
                  checked: mine,
                  onChange: (event) => setMine(event.target.checked),
                },
              },
            ]}
          />
          <Button type="submit" iconId="fr-icon-search-line" iconPosition="left">
            {t("communities.submit")}
          </Button>
        </form>
      </search>
      <section aria-labelledby="communities-results-title">
        <h2 id="communities-results-title">{t("communities.results")}</h2>
        <CommunityResults filters={filters} />
      </section>
    </>
  );
}
