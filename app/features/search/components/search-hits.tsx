import type { OtherSearchType, SearchGroup, SearchHit } from "@shared/schemas/search";
import { Link } from "react-router";
import { PagedResults } from "../../../components/paged-results";
import { useT } from "../../../i18n/use-t";
import { paths } from "../../../paths";
import { type SearchParams, useSearchHits } from "../api/search";
import { Highlighted } from "./highlighted";

/** Where a hit opens: a person's card, a community's page (its feed, its library). */
function hitPath(hit: SearchHit): string {
  if (hit.type === "person") return paths.person(hit.id);
  if (hit.type === "community") return paths.community(hit.id);
  return paths.community(hit.community?.id ?? "");
}

/** One post, comment, file, person or community found, its words highlighted. */
function HitItem({ hit }: { hit: SearchHit }) {
  const t = useT();
  return (
    <li className="search-hit fr-mb-2w">
      <p className="fr-mb-1v">
        <Link to={hitPath(hit)} className="fr-link">
          <Highlighted segments={hit.title} />
        </Link>
      </p>
      {(hit.community || hit.author) && (
        <p className="fr-text--sm fr-mb-1v">
          {[
            hit.author ? t("search.hitBy", { author: hit.author }) : null,
            hit.community ? t("search.hitIn", { community: hit.community.name }) : null,
          ]
            .filter((v) => v !== null)
            .join(" ")}{" "}
          · <time dateTime={hit.date}>{hit.date.slice(0, 10)}</time>
        </p>
      )}
      {hit.snippet.length > 0 && (
        <p className="fr-mb-1v fr-text--sm">
          <Highlighted segments={hit.snippet} />
        </p>
      )}
    </li>
  );
}

/** The other types' groups under the correspondence: a count, the best hits, a link to all. */
export function SearchGroups({
  groups,
  linkToType,
}: {
  groups: readonly SearchGroup[];
  linkToType: (type: OtherSearchType) => string;
}) {
  const t = useT();
  return (
    <>
      {groups
        .filter((g) => g.total > 0)
        .map((group) => (
          <section
            key={group.type}
            className="fr-mt-4w"
            aria-labelledby={`search-group-${group.type}`}
          >
            <h3 id={`search-group-${group.type}`} className="fr-h6 fr-mb-1v">
              {t(`search.type.${group.type}`)}
            </h3>
            <p className="fr-text--sm fr-mb-1w">{t("search.groupTotal", { count: group.total })}</p>
            <ul className="search-results">
              {group.items.map((hit) => (
                <HitItem key={hit.id} hit={hit} />
              ))}
            </ul>
            {group.total > group.items.length && (
              <p>
                <Link to={linkToType(group.type)} className="fr-link">
                  {t("search.groupAll", {
                    count: group.total,
                    type: t(`search.type.${group.type}`),
                  })}
                </Link>
              </p>
            )}
          </section>
        ))}
    </>
  );
}

/** Every hit of one type, page after page (`/recherche?q=…&type=post`). */
export function TypeResults({
  params,
  type,
  allTypesPath,
}: {
  params: SearchParams;
  type: OtherSearchType;
  allTypesPath: string;
}) {
  const t = useT();
  const query = useSearchHits(params, true);
  const total = query.data?.pages[0]?.total;
  return (
    <section aria-labelledby="search-results-title">
      <h2 id="search-results-title">{t(`search.type.${type}`)}</h2>
      <p>
        <Link to={allTypesPath} className="fr-link fr-icon-arrow-left-line fr-link--icon-left">
          {t("search.allTypes")}
        </Link>
      </p>
      {total !== undefined && (
        <p className="fr-text--sm">{t("search.groupTotal", { count: total })}</p>
      )}
      <PagedResults
        query={query}
        counts={{ none: "search.none", all: "search.countAll", more: "search.countMore" }}
      >
        {(items) => (
          <ul className="search-results">
            {items.map((hit) => (
              <HitItem key={hit.id} hit={hit} />
            ))}
          </ul>
        )}
      </PagedResults>
    </section>
  );
}
