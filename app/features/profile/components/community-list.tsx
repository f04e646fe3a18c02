import { Tag } from "@codegouvfr/react-dsfr/Tag";
import type { CommunityRef } from "@shared/schemas/people";
import { useT } from "../../../i18n/use-t";

/** The communities a person belongs to, with the kind of community and their role in it. */
export function CommunityList({ communities }: { communities: CommunityRef[] }) {
  const t = useT();
  if (communities.length === 0) return <p>{t("communities.none")}</p>;
  return (
    <ul className="plain-list">
      {communities.map((community) => (
        <li key={community.id}>
          <strong>{community.name}</strong>
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
