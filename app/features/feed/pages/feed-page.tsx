import { useT } from "../../../i18n/use-t";
import { usePageTitle } from "../../../layout/use-page-title";
import { FeedList } from "../components/feed-list";
import { FollowTagForm } from "../components/follow-tag-form";
import { PostComposer } from "../components/post-composer";

/**
 * « Fil d'actualité »: what is posted in one's communities and by the people, communities and
 * tags one follows, newest first.
 */
export function FeedPage() {
  const t = useT();
  usePageTitle(t("feed.title"));
  return (
    <div className="feed">
      <h1>{t("feed.title")}</h1>
      <p className="fr-text--lead">{t("feed.lead")}</p>
      <div className="fr-grid-row fr-grid-row--gutters">
        <div className="fr-col-12 fr-col-lg-8">
          <PostComposer />
          <FeedList scope={{ kind: "personal" }} />
        </div>
        <div className="fr-col-12 fr-col-lg-4">
          <FollowTagForm />
        </div>
      </div>
    </div>
  );
}
