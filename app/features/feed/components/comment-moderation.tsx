import { Button } from "@codegouvfr/react-dsfr/Button";
import type { CommentReply } from "@shared/schemas/feed";
import { useState } from "react";
import { ApiErrorAlert } from "../../../components/api-error-alert";
import { useT } from "../../../i18n/use-t";
import { useModerateComment } from "../api/moderate-comment";
import { HideForm } from "./hide-form";

/** A manager hides a comment with a reason, or shows it again. */
export function CommentModeration({ comment }: { comment: CommentReply }) {
  const t = useT();
  const moderate = useModerateComment(comment.id);
  const [hiding, setHiding] = useState(false);
  return (
    <div>
      {comment.hidden === null ? (
        <Button
          type="button"
          size="small"
          priority="tertiary no outline"
          iconId="fr-icon-eye-off-line"
          nativeButtonProps={{ "aria-expanded": hiding }}
          onClick={() => setHiding(!hiding)}
        >
          {t("feed.moderation.hideComment")}
        </Button>
      ) : (
        <Button
          type="button"
          size="small"
          priority="tertiary no outline"
          iconId="fr-icon-eye-line"
          disabled={moderate.isPending}
          onClick={() => moderate.mutate({ hidden: false })}
        >
          {t("feed.moderation.showComment")}
        </Button>
      )}
      {hiding && (
        <HideForm
          pending={moderate.isPending}
          onHide={(body) => moderate.mutate(body, { onSuccess: () => setHiding(false) })}
        />
      )}
      <ApiErrorAlert error={moderate.error} className="fr-mt-1w" />
    </div>
  );
}
