import "./feed.css";
import { Badge } from "@codegouvfr/react-dsfr/Badge";
import { Button } from "@codegouvfr/react-dsfr/Button";
import type { Post } from "@shared/schemas/feed";
import { useId, useState } from "react";
import { Link } from "react-router";
import { MarkingBadge } from "../../../components/protection-badges";
import { useFormatters } from "../../../i18n/format";
import { useT } from "../../../i18n/use-t";
import { paths } from "../../../paths";
import { CommentSection } from "./comment-section";
import { ModerationActions } from "./moderation-actions";
import { ReactionBar } from "./reaction-bar";
import { RichTextView } from "./rich-text";

/** The correspondence a post shares: a link for those who may read it, a notice for the others. */
function SharedCorrespondence({ post }: { post: Post }) {
  const t = useT();
  const format = useFormatters();
  const shared = post.sharedCorrespondence;
  if (shared === null) {
    return post.sharesCorrespondence ? (
      <p className="fr-text--sm fr-text-mention--grey">{t("feed.shared.unreadable")}</p>
    ) : null;
  }
  return (
    <div className="fr-callout fr-py-2w fr-mb-2w">
      <p className="fr-text--sm fr-mb-1v">
        {t("feed.shared.label")} <MarkingBadge marking={shared.marking} small />
      </p>
      <p className="fr-mb-1v">
        <Link to={paths.correspondenceDocument(shared.id)}>
          {shared.reference !== null ? `${shared.reference} — ` : ""}
          {shared.subject}
        </Link>
      </p>
      {shared.dispatchedAt !== null && (
        <p className="fr-text--xs fr-mb-0">
          {t("feed.shared.dispatchedOn", { date: format.dateTime(shared.dispatchedAt) })}
        </p>
      )}
    </div>
  );
}

/** One post: author, community, rich text, tags, shared correspondence, reactions, comments. */
export function PostCard({ post, headingLevel = 3 }: { post: Post; headingLevel?: 2 | 3 }) {
  const t = useT();
  const format = useFormatters();
  const commentsId = useId();
  const [showComments, setShowComments] = useState(false);
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <article className={`feed-post${post.hidden !== null ? " feed-post--hidden" : ""}`}>
      <Heading className="fr-text--md fr-mb-1v">
        <Link to={paths.person(post.author.id)}>{post.author.displayName}</Link>
        <span className="fr-text--regular">
          {" "}
          {t("feed.post.in")} {post.community.name}
        </span>
      </Heading>
      <p className="fr-text--xs fr-text-mention--grey fr-mb-1w">
        <time dateTime={post.createdAt}>{format.dateTime(post.createdAt)}</time>
      </p>
      <ul className="fr-badges-group fr-mb-1w">
        {post.pinnedAt !== null && (
          <li>
            <Badge small severity="info">
              {t("feed.post.pinned")}
            </Badge>
          </li>
        )}
        {post.isQuestion && (
          <li>
            <Badge small severity="new">
              {post.commentCount === 0 ? t("feed.post.openQuestion") : t("feed.post.question")}
            </Badge>
          </li>
        )}
        {post.visibleToGuests && (
          <li>
            <Badge small noIcon>
              {t("feed.post.guests")}
            </Badge>
          </li>
        )}
        {post.hidden !== null && (
          <li>
            <Badge small severity="warning">
              {t("feed.post.hidden")}
            </Badge>
          </li>
        )}
      </ul>
      {post.hidden !== null && (
        <p className="fr-text--sm">
          {t("feed.post.hiddenBecause", {
            name: post.hidden.by?.displayName ?? "",
            reason: post.hidden.reason ?? "",
          })}
        </p>
      )}
      <RichTextView doc={post.body} />
      <SharedCorrespondence post={post} />
      {post.tags.length > 0 && (
        <ul className="fr-tags-group fr-mb-1w" aria-label={t("feed.post.tags")}>
          {post.tags.map((tag) => (
            <li key={tag}>
              <span className="fr-tag fr-tag--sm">#{tag}</span>
            </li>
          ))}
        </ul>
      )}
      <ReactionBar
        label={t("feed.reaction.onPost")}
        targetType="post"
        targetId={post.id}
        summary={post.reactions}
        canReact={post.abilities.react}
      />
      <Button
        type="button"
        size="small"
        priority="tertiary no outline"
        iconId="fr-icon-chat-3-line"
        nativeButtonProps={{ "aria-expanded": showComments, "aria-controls": commentsId }}
        onClick={() => setShowComments(!showComments)}
      >
        {t("feed.post.comments", { count: post.commentCount })}
      </Button>
      <div id={commentsId}>
        {showComments && (
          <CommentSection
            postId={post.id}
            canComment={post.abilities.comment}
            canModerate={post.abilities.moderate}
          />
        )}
      </div>
      {post.abilities.moderate && <ModerationActions post={post} />}
    </article>
  );
}
