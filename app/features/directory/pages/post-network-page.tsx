import { Input } from "@codegouvfr/react-dsfr/Input";
import { useMemo, useState } from "react";
import { ApiErrorAlert } from "../../../components/api-error-alert";
import { DataTable } from "../../../components/data-table";
import { Loading } from "../../../components/loading";
import { UnitLink } from "../../../components/unit-link";
import { useFormatters } from "../../../i18n/format";
import { useLocale, useT } from "../../../i18n/use-t";
import { usePageTitle } from "../../../layout/use-page-title";
import { usePostNetwork } from "../api/post-network";

/** Accent- and case-insensitive comparison for the country filter. */
function fold(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .toLowerCase();
}

/** « Réseau des postes »: embassies, consulates and permanent representations by country. */
export function PostNetworkPage() {
  const t = useT();
  const locale = useLocale();
  const format = useFormatters();
  usePageTitle(t("posts.title"));
  const network = usePostNetwork();
  const [filter, setFilter] = useState("");

  const countries = useMemo(() => {
    const named = (network.data?.countries ?? []).map((entry) => ({
      ...entry,
      name: format.country(entry.countryCode),
    }));
    return named.sort((a, b) => a.name.localeCompare(b.name, locale));
  }, [network.data, format, locale]);

  const needle = fold(filter.trim());
  const shown =
    needle === ""
      ? countries
      : countries.filter(
          (entry) =>
            fold(entry.name).includes(needle) ||
            entry.posts.some((post) => fold(`${post.name} ${post.city ?? ""}`).includes(needle)),
        );

  return (
    <>
      <h1>{t("posts.title")}</h1>
      <p className="fr-text--lead">{t("posts.lead")}</p>
      <Input
        label={t("posts.filter")}
        hintText={t("posts.filterHint")}
        nativeInputProps={{
          type: "search",
          value: filter,
          onChange: (event) => setFilter(event.target.value),
        }}
      />
      {network.isPending && <Loading />}
      <ApiErrorAlert error={network.error} />
      {network.data !== undefined && (
        <>
          <p role="status" aria-live="polite">
            {t("posts.count", { count: shown.length })}
          </p>
          {shown.length > 0 && (
            <DataTable
              caption={t("posts.caption")}
              headers={[t("posts.country"), t("posts.posts")]}
              rows={shown.map((entry) => ({
                key: entry.countryCode,
                cells: [
                  entry.name,
                  <ul key="posts" className="fr-m-0">
                    {entry.posts.map((post) => (
                      <li key={post.id}>
                        <UnitLink unit={post} />
                      </li>
                    ))}
                  </ul>,
                ],
              }))}
            />
          )}
        </>
      )}
    </>
  );
}
