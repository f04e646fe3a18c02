import { useT } from "../../../i18n/use-t";
import { useReactions } from "../api/reactions";
import { ReactionBar } from "./reaction-bar";

/** « Utile » / « pas utile » (and « j'aime ») on a correspondence one reads. */
export function CorrespondenceReactions({ correspondenceId }: { correspondenceId: string }) {
  const t = useT();
  const reactions = useReactions("correspondence", correspondenceId);
  if (reactions.data === undefined) return null;
  return (
    <fieldset className="fr-fieldset fr-mb-3w print-hidden">
      <legend className="fr-fieldset__legend fr-text--regular">
        {t("feed.reaction.onDocument")}
      </legend>
      <ReactionBar
        label={t("feed.reaction.onDocument")}
        targetType="correspondence"
        targetId={correspondenceId}
        summary={reactions.data}
        canReact
      />
    </fieldset>
  );
}
