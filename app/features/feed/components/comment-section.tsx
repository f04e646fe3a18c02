import { Button } from "@codegouvfr/react-dsfr/Button";
import type { CommentReply } from "@shared/schemas/feed";
import { useState } from "react";
import { Link } from "react-router";
import { ApiErrorAlert } from "../../../components/api-error-alert";
import { Loading } from "../../../components/loading";
import { useFormatters } from "../../../i18n/format";
import { useT } from "../../../i18n/use-t";
import { paths } from "../../../paths";
import { useComments } from "../api/comments";
import { CommentForm } from "./comment-form";
import { CommentModeration } from "./comment-moderation";
import { ReactionBar } from "./reaction-bar";
import { RichTextView } from "./rich-text";

function CommentBody({
  comment,
  canReact,
  canModerate,
}: {
  comment: CommentReply;
  canReact: boolean;
  canModerate: boolean;
}) {
  const t = useT();
  const format = useFormatters();
  return (
    <>
      <p className="fr-text--sm fr-mb-1v">
        <Link to={paths.person(comment.author.id)}>{comment.author.displayName}</Link>
        {" — "}
        <time dateTime={comment.createdAt}>{format.dateTime(comment.createdAt)}</time>
        {comment.hidden !== null && (
          <span className="fr-badge fr-badge--sm fr-badge--warning fr-ml-1w">
            {t("feed.post.hidden")}
          </span>
        )}
      </p>
      <RichTextView doc={comment.body} />
      <ReactionBar
        label={t("feed.reaction.onComment")}
        targetType="comment"
        targetId={comment.id}
        summary={comment.reactions}
        canReact={canReact && comment.hidden === null}
      />
      {canModerate && <CommentModeration comment={comment} />}
    </>
  );
}

/** A post's comments (oldest first, replies under their comment) and the form to add one. */
export function CommentSection({
  postId,
  canComment,
  canModerate,
}: {
  postId: string;
  canComment: boolean;
  canModerate: boolean;
}) {
  const t = useT();
  const comments = useComments(postId, true);
  const [replyingTo, setReplyingTo] = useState<string | null>(null);
  if (comments.isPending) return <Loading />;
  if (comments.data === undefined) return <ApiErrorAlert error={comments.error} />;
  const items = comments.data.pages.flatMap((p) => p.items);
  return (
    <section className="feed-comments" aria-label={t("feed.comment.section")}>
      {items.length > 0 && (
        <ol className="feed-comment-list">
          {items.map((comment) => (
            <li key={comment.id} className="feed-comment">
              <CommentBody comment={comment} canReact={canComment} canModerate={canModerate} />
              {comment.replies.length > 0 && (
                <ol className="feed-comment-list feed-replies">
                  {comment.replies.map((reply) => (
                    <li key={reply.id} className="feed-comment">
                      <CommentBody
                        comment={reply}
                        canReact={canComment}
                        canModerate={canModerate}
                      />
                    </li>
                  ))}
                </ol>
              )}
              {canComment &&
                (replyingTo === comment.id ? (
                  <CommentForm
                    postId={postId}
                    parentId={comment.id}
                    label={t("feed.comment.replyLabel", { name: comment.author.displayName })}
                    onDone={() => setReplyingTo(null)}
                  />
                ) : (
                  <Button
                    type="button"
                    size="small"
                    priority="tertiary no outline"
                    onClick={() => setReplyingTo(comment.id)}
                  >
                    {t("feed.comment.reply")}
                  </Button>
                ))}
            </li>
          ))}
        </ol>
      )}
      {comments.hasNextPage && (
        <Button
          type="button"
          size="small"
          priority="secondary"
          disabled={comments.isFetchingNextPage}
          onClick={() => void comments.fetchNextPage()}
        >
          {t("common.showMore")}
        </Button>
      )}
      {canComment && (
        <CommentForm postId={postId} parentId={null} label={t("feed.comment.label")} />
      )}
    </section>
  );
}
