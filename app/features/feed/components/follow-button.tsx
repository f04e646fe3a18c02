import { Button } from "@codegouvfr/react-dsfr/Button";
import type { FollowTarget } from "@shared/schemas/feed";
import { ApiErrorAlert } from "../../../components/api-error-alert";
import { useT } from "../../../i18n/use-t";
import { useFollowStatus, useSetFollowing } from "../api/follow";

/**
 * « Suivre » / « Ne plus suivre » a person, a community or a tag: what they post then comes into
 * the personal feed (where the follower may read it).
 */
export function FollowButton({ target, name }: { target: FollowTarget; name: string }) {
  const t = useT();
  const status = useFollowStatus(target);
  const change = useSetFollowing(target);
  const following = status.data?.following ?? false;
  return (
    <>
      <Button
        type="button"
        size="small"
        priority={following ? "secondary" : "primary"}
        iconId={following ? "fr-icon-check-line" : "fr-icon-add-line"}
        disabled={status.isPending || change.isPending}
        nativeButtonProps={{
          "aria-pressed": following,
          title: t(following ? "feed.follow.stopTitle" : "feed.follow.startTitle", { name }),
        }}
        onClick={() => change.mutate(!following)}
      >
        {t(following ? "feed.follow.following" : "feed.follow.follow")}
      </Button>
      <ApiErrorAlert error={change.error} className="fr-mt-1w" />
    </>
  );
}
