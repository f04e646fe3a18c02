import { Select } from "@codegouvfr/react-dsfr/Select";
import { Link, useSearchParams } from "react-router";
import { ApiErrorAlert } from "../../../components/api-error-alert";
import { Loading } from "../../../components/loading";
import { useFormatters } from "../../../i18n/format";
import { useT } from "../../../i18n/use-t";
import { usePageTitle } from "../../../layout/use-page-title";
import { paths } from "../../../paths";
import { atomFeedUrl, usePublicFeed, usePublicTopics } from "../api/public";

/** The public list of publications, by country and theme, with their Atom feeds (no login). */
export function PublicListPage() {
  const t = useT();
  const format = useFormatters();
  const countryName = format.country;
  const [params, setParams] = useSearchParams();
  const country = params.get("country") ?? "";
  const theme = params.get("theme") ?? "";
  const topics = usePublicTopics();
  const feed = usePublicFeed({ country, theme });
  usePageTitle(t("public.title"));
  const setFilter = (name: "country" | "theme", value: string) => {
    const next = new URLSearchParams(params);
    if (value === "") next.delete(name);
    else next.set(name, value);
    setParams(next);
  };
  return (
    <>
      <h1>{t("public.title")}</h1>
      <p className="fr-text--lead">{t("public.lead")}</p>
      <div className="fr-grid-row fr-grid-row--gutters">
        <div className="fr-col-12 fr-col-md-6">
          <Select
            label={t("public.country")}
            nativeSelectProps={{
              value: country,
              onChange: (e) => setFilter("country", e.target.value),
            }}
          >
            <option value="">{t("public.allCountries")}</option>
            {(topics.data?.countries ?? []).map((c) => (
              <option key={c} value={c}>
                {countryName(c)}
              </option>
            ))}
          </Select>
        </div>
        <div className="fr-col-12 fr-col-md-6">
          <Select
            label={t("public.theme")}
            nativeSelectProps={{
              value: theme,
              onChange: (e) => setFilter("theme", e.target.value),
            }}
          >
            <option value="">{t("public.allThemes")}</option>
            {(topics.data?.themes ?? []).map((x) => (
              <option key={x} value={x}>
                {x}
              </option>
            ))}
          </Select>
        </div>
      </div>
      {feed.isPending ? (
        <Loading />
      ) : feed.data === undefined ? (
        <ApiErrorAlert error={feed.error} />
      ) : feed.data.items.length === 0 ? (
        <p>{t("public.none")}</p>
      ) : (
        <ul className="fr-raw-list fr-mt-4w">
          {feed.data.items.map((item) => (
            <li key={item.id} className="fr-mb-3w">
              <h2 className="fr-h5 fr-mb-1w">
                <Link to={paths.publication(item.id)}>{item.title}</Link>
              </h2>
              <p className="fr-text--sm fr-mb-1w">
                {t("public.publishedOn", { date: format.dateTime(item.publishedAt) })} —{" "}
                {item.countryTags.map(countryName).join(", ")}
              </p>
              {item.summary !== "" && <p>{item.summary}</p>}
            </li>
          ))}
        </ul>
      )}
      {(country !== "" || theme !== "") && (
        <section aria-labelledby="atom-feeds">
          <h2 id="atom-feeds" className="fr-h6">
            {t("public.feeds")}
          </h2>
          <ul>
            {country !== "" && (
              <li>
                <a href={atomFeedUrl("country", country)} type="application/atom+xml">
                  {t("public.countryFeed", { country: countryName(country) })}
                </a>
              </li>
            )}
            {theme !== "" && (
              <li>
                <a href={atomFeedUrl("theme", theme)} type="application/atom+xml">
                  {t("public.themeFeed", { theme })}
                </a>
              </li>
            )}
          </ul>
        </section>
      )}
    </>
  );
}
