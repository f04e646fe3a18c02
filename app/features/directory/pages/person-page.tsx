import { Breadcrumb } from "@codegouvfr/react-dsfr/Breadcrumb";
import { useParams } from "react-router";
import { InfoPanel } from "../../../components/info-panel";
import { KeyValueList } from "../../../components/key-value-list";
import { PageFallback } from "../../../components/page-fallback";
import { UnitLink } from "../../../components/unit-link";
import { useT } from "../../../i18n/use-t";
import { usePageTitle } from "../../../layout/use-page-title";
import { paths } from "../../../paths";
import { useCurrentUser } from "../../auth/components/current-user";
import { FeedList } from "../../feed/components/feed-list";
import { FollowButton } from "../../feed/components/follow-button";
import { AssignmentList } from "../../profile/components/assignment-list";
import { CommunityList } from "../../profile/components/community-list";
import { RoleList } from "../../profile/components/role-list";
import { SkillsSummary } from "../../profile/components/skills-summary";
import { usePerson } from "../api/person";

/** A person's directory card: contact, assignments and roles. */
export function PersonPage() {
  const t = useT();
  const { id = "" } = useParams();
  const person = usePerson(id);
  const me = useCurrentUser();
  usePageTitle(person.data?.displayName ?? t("person.title"));

  if (person.isPending || person.isError) {
    return <PageFallback title={t("person.title")} query={person} />;
  }

  const detail = person.data;
  return (
    <>
      <Breadcrumb
        homeLinkProps={{ to: paths.home }}
        segments={[{ label: t("directory.title"), linkProps: { to: paths.directory } }]}
        currentPageLabel={detail.displayName}
      />
      <h1>{detail.displayName}</h1>
      {detail.jobTitle !== null && <p className="fr-text--lead">{detail.jobTitle}</p>}
      {detail.id !== me.user.id && (
        <div className="fr-mb-3w">
          <FollowButton
            target={{ targetType: "user", targetKey: detail.id }}
            name={detail.displayName}
          />
        </div>
      )}
      <div className="fr-grid-row fr-grid-row--gutters">
        <div className="fr-col-12 fr-col-lg-6">
          <InfoPanel title={t("person.contact")}>
            <KeyValueList
              items={[
                {
                  label: t("identity.email"),
                  value: <a href={`mailto:${detail.email}`}>{detail.email}</a>,
                },
                { label: t("identity.organization"), value: detail.organization.name },
                {
                  label: t("identity.principalUnit"),
                  value:
                    detail.principalUnit === null ? (
                      t("common.notProvided")
                    ) : (
                      <UnitLink unit={detail.principalUnit} />
                    ),
                },
              ]}
            />
          </InfoPanel>
        </div>
        <div className="fr-col-12 fr-col-lg-6">
          <InfoPanel title={t("person.assignments")}>
            <AssignmentList assignments={detail.assignments} />
          </InfoPanel>
        </div>
        <div className="fr-col-12 fr-col-lg-6">
          <InfoPanel title={t("person.roles")}>
            <RoleList roles={detail.roles} />
          </InfoPanel>
        </div>
        <div className="fr-col-12 fr-col-lg-6">
          <InfoPanel title={t("skills.title")}>
            <SkillsSummary languages={detail.languages} expertise={detail.expertise} />
          </InfoPanel>
        </div>
        <div className="fr-col-12 fr-col-lg-6">
          <InfoPanel title={t("person.communities")}>
            <CommunityList communities={detail.communities} emptyText={t("person.noCommunities")} />
          </InfoPanel>
        </div>
      </div>
      <section className="fr-mt-4w" aria-labelledby="person-activity">
        <h2 id="person-activity">{t("person.activity")}</h2>
        <FeedList scope={{ kind: "author", userId: detail.id }} />
      </section>
    </>
  );
}
