import { Tag } from "@codegouvfr/react-dsfr/Tag";
import type { CommunityRef } from "@shared/schemas/people";
import { Link } from "react-router";
import { useT } from "../../../i18n/use-t";
import { paths } from "../../../paths";

/** The communities a person belongs to, with the kind of community and their role in it. */
export function CommunityList({
  communities,
  emptyText,
}: {
  communities: CommunityRef[];
  emptyText?: string;
}) {
  const t = useT();
  if (communities.length === 0) return <p>{emptyText ?? t("communities.none")}</p>;
  return (
    <ul className="plain-list">
      {communities.map((community) => (
        <li key={community.id}>
          <strong>
            <Link to={paths.community(community.id)}>{community.name}</Link>
          </strong>
          <br />
          <Tag as="span" small className="fr-mr-1w">
            {t(`communityKind.${community.kind}`)}
          </Tag>
          <Tag as="span" small>
            {t(`membershipRole.${community.role}`)}
          </Tag>
        </li>
      ))}
    </ul>
  );
}
