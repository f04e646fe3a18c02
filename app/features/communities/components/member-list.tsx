import { Button } from "@codegouvfr/react-dsfr/Button";
import { Tag } from "@codegouvfr/react-dsfr/Tag";
import type { CommunityDetail } from "@shared/schemas/communities";
import { Link } from "react-router";
import { ApiErrorAlert } from "../../../components/api-error-alert";
import { PagedResults } from "../../../components/paged-results";
import { useT } from "../../../i18n/use-t";
import { paths } from "../../../paths";
import { useMembers } from "../api/members";
import { useRemoveMember } from "../api/remove-member";

/** The members by name with their role; managers may remove those who joined by hand. */
export function MemberList({ community }: { community: CommunityDetail }) {
  const t = useT();
  const query = useMembers(community.id);
  const remove = useRemoveMember(community.id);
  return (
    <>
      <ApiErrorAlert error={remove.error} />
      <PagedResults
        query={query}
        counts={{
          none: "community.membersNone",
          all: "community.membersAll",
          more: "community.membersMore",
        }}
      >
        {(members) => (
          <ul className="plain-list">
            {members.map((member) => (
              <li key={member.user.id} className="fr-py-1w">
                <Link to={paths.person(member.user.id)}>{member.user.displayName}</Link>
                {member.user.jobTitle !== null && (
                  <span className="fr-text--sm"> — {member.user.jobTitle}</span>
                )}{" "}
                <Tag as="span" small className="fr-ml-1w">
                  {t(`membershipRole.${member.role}`)}
                </Tag>
                {member.origin === "assignment" && (
                  <Tag as="span" small className="fr-ml-1w">
                    {t("community.byAssignment")}
                  </Tag>
                )}
                {community.abilities.manage && member.origin === "direct" && (
                  <Button
                    priority="tertiary no outline"
                    size="small"
                    iconId="fr-icon-delete-line"
                    className="fr-ml-1w"
                    disabled={remove.isPending}
                    onClick={() => {
                      if (
                        window.confirm(
                          t("community.removeConfirm", { name: member.user.displayName }),
                        )
                      ) {
                        remove.mutate(member.user.id);
                      }
                    }}
                  >
                    {t("community.remove")}
                    <span className="fr-sr-only"> {member.user.displayName}</span>
                  </Button>
                )}
              </li>
            ))}
          </ul>
        )}
      </PagedResults>
    </>
  );
}
