import { Breadcrumb } from "@codegouvfr/react-dsfr/Breadcrumb";
import { useParams } from "react-router";
import { ApiErrorAlert } from "../../../components/api-error-alert";
import { Loading } from "../../../components/loading";
import { useFormatters } from "../../../i18n/format";
import { useT } from "../../../i18n/use-t";
import { usePageTitle } from "../../../layout/use-page-title";
import { paths } from "../../../paths";
import { atomFeedUrl, usePublicItem } from "../api/public";

/** One published item's public page (no login). */
export function PublicItemPage() {
  const t = useT();
  const format = useFormatters();
  const countryName = format.country;
  const { id = "" } = useParams();
  const item = usePublicItem(id);
  usePageTitle(item.data?.title ?? t("public.title"));
  if (item.isPending) return <Loading />;
  if (item.data === undefined) return <ApiErrorAlert error={item.error} />;
  const d = item.data;
  return (
    <article>
      <Breadcrumb
        homeLinkProps={{ to: paths.publications }}
        segments={[]}
        currentPageLabel={d.title}
      />
      <h1>{d.title}</h1>
      <p className="fr-text--sm">
        {t("public.publishedOn", { date: format.dateTime(d.publishedAt) })} —{" "}
        {d.countryTags.map(countryName).join(", ")}
      </p>
      {d.summary !== "" && <p className="fr-text--lead">{d.summary}</p>}
      {d.paragraphs.map((p, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: the paragraphs of a published text never reorder.
        <p key={i}>{p}</p>
      ))}
      {d.tags.length > 0 && (
        <ul className="fr-tags-group">
          {d.tags.map((tag) => (
            <li key={tag}>
              <a className="fr-tag" href={`${paths.publications}?theme=${encodeURIComponent(tag)}`}>
                {tag}
              </a>
            </li>
          ))}
        </ul>
      )}
      <h2 className="fr-h6">{t("public.feeds")}</h2>
      <ul>
        {d.countryTags.map((c) => (
          <li key={c}>
            <a href={atomFeedUrl("country", c)} type="application/atom+xml">
              {t("public.countryFeed", { country: countryName(c) })}
            </a>
          </li>
        ))}
      </ul>
    </article>
  );
}
