import { Button } from "@codegouvfr/react-dsfr/Button";
import type { Post } from "@shared/schemas/feed";
import { useState } from "react";
import { ApiErrorAlert } from "../../../components/api-error-alert";
import { useT } from "../../../i18n/use-t";
import { useModeratePost } from "../api/moderate-post";
import { usePinPost } from "../api/pin-post";
import { HideForm } from "./hide-form";

/** A manager's actions on a post: pin or unpin; hide with a reason, or show again. */
export function ModerationActions({ post }: { post: Post }) {
  const t = useT();
  const pin = usePinPost(post.id);
  const moderate = useModeratePost(post.id);
  const [hiding, setHiding] = useState(false);

  return (
    <div className="fr-mt-1w">
      <ul className="fr-btns-group fr-btns-group--inline fr-btns-group--sm fr-mb-0">
        {post.abilities.pin && (
          <li>
            <Button
              type="button"
              size="small"
              priority="tertiary"
              iconId="ri-pushpin-line"
              disabled={pin.isPending}
              onClick={() => pin.mutate(post.pinnedAt === null)}
            >
              {t(post.pinnedAt === null ? "feed.moderation.pin" : "feed.moderation.unpin")}
            </Button>
          </li>
        )}
        <li>
          {post.hidden === null ? (
            <Button
              type="button"
              size="small"
              priority="tertiary"
              iconId="fr-icon-eye-off-line"
              nativeButtonProps={{ "aria-expanded": hiding }}
              onClick={() => setHiding(!hiding)}
            >
              {t("feed.moderation.hide")}
            </Button>
          ) : (
            <Button
              type="button"
              size="small"
              priority="tertiary"
              iconId="fr-icon-eye-line"
              disabled={moderate.isPending}
              onClick={() => moderate.mutate({ hidden: false })}
            >
              {t("feed.moderation.show")}
            </Button>
          )}
        </li>
      </ul>
      {hiding && (
        <HideForm
          pending={moderate.isPending}
          onHide={(body) => moderate.mutate(body, { onSuccess: () => setHiding(false) })}
        />
      )}
      <ApiErrorAlert error={pin.error ?? moderate.error} className="fr-mt-1w" />
    </div>
  );
}
