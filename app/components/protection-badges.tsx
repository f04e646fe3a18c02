import type { AlertProps } from "@codegouvfr/react-dsfr/Alert";
import { Badge } from "@codegouvfr/react-dsfr/Badge";
import type { ClearanceLevel, Marking } from "@shared/vocabulary";
import { useT } from "../i18n/use-t";

/** Neutral for NP, warning for DR, error-red for DR-SF; the text always names the level too. */
const MARKING_SEVERITY: Record<Marking, AlertProps.Severity | undefined> = {
  NP: undefined,
  DR: "warning",
  "DR-SF": "error",
};

type MarkingBadgeProps = { marking: Marking; small?: boolean };

/** A protection marking (mention de protection) as a DSFR badge with its full name. */
export function MarkingBadge({ marking, small = false }: MarkingBadgeProps) {
  const t = useT();
  return (
    <Badge as="span" small={small} noIcon severity={MARKING_SEVERITY[marking]}>
      {t(`marking.${marking}`)}
    </Badge>
  );
}

type ClearanceBadgeProps = { level: ClearanceLevel; small?: boolean };

/** A clearance level (habilitation) as a DSFR badge. */
export function ClearanceBadge({ level, small = false }: ClearanceBadgeProps) {
  const t = useT();
  return (
    <Badge as="span" small={small} noIcon severity={MARKING_SEVERITY[level]}>
      {t(`clearance.${level}`)}
    </Badge>
  );
}
