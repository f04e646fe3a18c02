import { Tag } from "@codegouvfr/react-dsfr/Tag";
import { Link } from "react-router";
import { PagedResults } from "../../../components/paged-results";
import { useT } from "../../../i18n/use-t";
import { paths } from "../../../paths";
import { type CommunityFilters, useCommunities } from "../api/list-communities";
import { AccessBadge } from "./access-badge";

/** The communities matching the filters, each with its access, size and the user's standing. */
export function CommunityResults({ filters }: { filters: CommunityFilters }) {
  const t = useT();
  const query = useCommunities(filters);
  return (
    <PagedResults
      query={query}
      counts={{
        none: "communities.resultsNone",
        all: "communities.resultsAll",
        more: "communities.resultsMore",
      }}
    >
      {(items) => (
        <ul className="plain-list">
          {items.map((community) => (
            <li key={community.id} className="fr-mb-3w">
              <h3 className="fr-h6 fr-mb-1v">
                <Link to={paths.community(community.id)}>{community.name}</Link>
              </h3>
              {community.description !== "" && <p className="fr-mb-1v">{community.description}</p>}
              <p className="fr-mb-0">
                <AccessBadge access={community.access} kind={community.kind} />{" "}
                <span className="fr-text--sm fr-ml-1w">
                  {t("communities.memberCount", { count: community.memberCount })}
                </span>{" "}
                {community.myRole !== null && (
                  <Tag as="span" small className="fr-ml-1w">
                    {t(`membershipRole.${community.myRole}`)}
                  </Tag>
                )}
                {community.myPendingRequest !== null && (
                  <Tag as="span" small className="fr-ml-1w">
                    {t("communities.requestPending")}
                  </Tag>
                )}
              </p>
            </li>
          ))}
        </ul>
      )}
    </PagedResults>
  );
}
