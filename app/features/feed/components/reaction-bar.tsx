import { Button } from "@codegouvfr/react-dsfr/Button";
import type { ReactionSummary } from "@shared/schemas/feed";
import type { ReactionKind, ReactionTargetType } from "@shared/vocabulary";
import { ApiErrorAlert } from "../../../components/api-error-alert";
import { useT } from "../../../i18n/use-t";
import { useReact } from "../api/react";

const KINDS: {
  kind: ReactionKind;
  icon: "fr-icon-heart-line" | "fr-icon-thumb-up-line" | "fr-icon-thumb-down-line";
}[] = [
  { kind: "like", icon: "fr-icon-heart-line" },
  { kind: "useful", icon: "fr-icon-thumb-up-line" },
  { kind: "not_useful", icon: "fr-icon-thumb-down-line" },
];

type ReactionBarProps = {
  /** Names the group of buttons (« Réactions au message »), as several bars share a page. */
  label: string;
  targetType: ReactionTargetType;
  targetId: string;
  summary: ReactionSummary;
  canReact: boolean;
};

/** « J'aime », « Utile », « Pas utile »: toggle buttons with their counts. */
export function ReactionBar({ label, targetType, targetId, summary, canReact }: ReactionBarProps) {
  const t = useT();
  const reaction = useReact();
  return (
    <>
      <ul
        aria-label={label}
        className="fr-btns-group fr-btns-group--inline fr-btns-group--sm fr-btns-group--icon-left fr-mb-0"
      >
        {KINDS.map(({ kind, icon }) => {
          const mine = summary.mine.includes(kind);
          return (
            <li key={kind}>
              <Button
                type="button"
                size="small"
                priority={mine ? "secondary" : "tertiary"}
                iconId={icon}
                disabled={!canReact || reaction.isPending}
                nativeButtonProps={{ "aria-pressed": mine }}
                onClick={() => reaction.mutate({ targetType, targetId, kind, remove: mine })}
              >
                {t(`feed.reaction.${kind}`, { count: summary.counts[kind] })}
              </Button>
            </li>
          );
        })}
      </ul>
      <ApiErrorAlert error={reaction.error} className="fr-mt-1w" />
    </>
  );
}
