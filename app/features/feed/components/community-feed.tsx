import { FeedList } from "./feed-list";
import { PostComposer } from "./post-composer";

/**
 * A community's feed, to place on its page: the composer for its members and managers, its
 * pinned posts, then its posts newest first. The server answers 404 to anyone who may not read it.
 */
export function CommunityFeed({ communityId }: { communityId: string }) {
  return (
    <div className="feed">
      <PostComposer communityId={communityId} />
      <FeedList scope={{ kind: "community", communityId }} />
    </div>
  );
}
