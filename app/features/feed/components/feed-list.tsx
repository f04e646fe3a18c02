import "./feed.css";
import { PagedResults } from "../../../components/paged-results";
import { useT } from "../../../i18n/use-t";
import { type FeedScope, useFeed } from "../api/feed";
import { PostCard } from "./post-card";

/** A feed's posts, newest first with « Afficher plus »; a community's pinned posts lead. */
export function FeedList({ scope }: { scope: FeedScope }) {
  const t = useT();
  const feed = useFeed(scope);
  const pinned = feed.data?.pages[0]?.pinned ?? [];
  return (
    <section aria-label={t("feed.list.label")}>
      {pinned.length > 0 && (
        <div className="fr-mb-4w">
          <h2 className="fr-h5">{t("feed.list.pinned")}</h2>
          <ul className="feed-posts">
            {pinned.map((post) => (
              <li key={post.id}>
                <PostCard post={post} />
              </li>
            ))}
          </ul>
        </div>
      )}
      <PagedResults
        query={feed}
        counts={{ none: "feed.list.none", all: "feed.list.all", more: "feed.list.more" }}
      >
        {(posts) => (
          <ul className="feed-posts">
            {posts.map((post) => (
              <li key={post.id}>
                <PostCard post={post} />
              </li>
            ))}
          </ul>
        )}
      </PagedResults>
    </section>
  );
}
