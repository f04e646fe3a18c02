import { Breadcrumb } from "@codegouvfr/react-dsfr/Breadcrumb";
import { Tabs } from "@codegouvfr/react-dsfr/Tabs";
import { Tag } from "@codegouvfr/react-dsfr/Tag";
import { useParams } from "react-router";
import { PageFallback } from "../../../components/page-fallback";
import { useT } from "../../../i18n/use-t";
import { usePageTitle } from "../../../layout/use-page-title";
import { paths } from "../../../paths";
import { CommunityFeed } from "../../feed/components/community-feed";
import { FollowButton } from "../../feed/components/follow-button";
import { FunctionalAddress } from "../../mail/components/functional-address";
import { useCommunity } from "../api/community";
import { AccessBadge } from "../components/access-badge";
import { CommunityDashboardPanel } from "../components/community-dashboard";
import { InviteForm } from "../components/invite-form";
import { LibraryPanel } from "../components/library-panel";
import { MemberList } from "../components/member-list";
import { MembershipActions } from "../components/membership-actions";
import { RequestDecisions } from "../components/request-decisions";

/** A community: its header with the enrolment actions, then its members and, for managers, management. */
export function CommunityPage() {
  const t = useT();
  const { id = "" } = useParams();
  const community = useCommunity(id);
  usePageTitle(community.data?.name ?? t("community.title"));

  if (community.isPending || community.isError) {
    return <PageFallback title={t("community.title")} query={community} />;
  }
  const detail = community.data;
  const tabs = [
    ...(detail.abilities.readContent
      ? [
          { label: t("community.tabFeed"), content: <CommunityFeed communityId={detail.id} /> },
          { label: t("community.tabMembers"), content: <MemberList community={detail} /> },
        ]
      : []),
    ...(detail.abilities.readFiles
      ? [{ label: t("community.tabDocuments"), content: <LibraryPanel communityId={detail.id} /> }]
      : []),
    ...(detail.abilities.manage
      ? [
          {
            label: t("community.tabManage"),
            content: (
              <>
                <h2 className="fr-h4">{t("community.requests")}</h2>
                <RequestDecisions communityId={detail.id} />
                <h2 className="fr-h4 fr-mt-4w">{t("community.invite")}</h2>
                <InviteForm communityId={detail.id} />
              </>
            ),
          },
          {
            label: t("community.tabDashboard"),
            content: <CommunityDashboardPanel communityId={detail.id} />,
          },
        ]
      : []),
  ];

  return (
    <>
      <Breadcrumb
        homeLinkProps={{ to: paths.home }}
        segments={[{ label: t("communities.title"), linkProps: { to: paths.communities } }]}
        currentPageLabel={detail.name}
      />
      <h1>{detail.name}</h1>
      <p>
        <AccessBadge access={detail.access} kind={detail.kind} />{" "}
        <span className="fr-ml-1w">
          {t("communities.memberCount", { count: detail.memberCount })}
        </span>
        {detail.myRole !== null && (
          <Tag as="span" small className="fr-ml-1w">
            {t(`membershipRole.${detail.myRole}`)}
          </Tag>
        )}
      </p>
      {detail.description !== "" && (
        <p className="fr-text--lead" style={{ whiteSpace: "pre-wrap" }}>
          {detail.description}
        </p>
      )}
      {detail.kind === "hierarchical" && (
        <p className="fr-text--sm">
          {t("community.hierarchicalExplained", { unit: detail.unit?.name ?? "" })}
        </p>
      )}
      <FunctionalAddress communityId={detail.id} />
      <MembershipActions community={detail} />
      {detail.abilities.readContent && (
        <FollowButton
          target={{ targetType: "community", targetKey: detail.id }}
          name={detail.name}
        />
      )}
      {tabs.length > 0 ? (
        <Tabs label={t("community.tabsLabel")} tabs={tabs} />
      ) : (
        <p>{t("community.contentHidden")}</p>
      )}
    </>
  );
}
