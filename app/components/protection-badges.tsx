import type { AlertProps } from "@codegouvfr/react-dsfr/Alert";
import { Badge } from "@codegouvfr/react-dsfr/Badge";
import { type ClearanceLevel, MARKINGS, type Marking } from "@shared/vocabulary";
import type { UiKey } from "../i18n/catalogs";
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

/** What each marking covers, in the words of the charter. */
const MARKING_DESCRIPTIONS: Record<Marking, UiKey> = {
  NP: "charter.markings.np",
  DR: "charter.markings.dr",
  "DR-SF": "charter.markings.drsf",
};

/** The three markings, each badge followed by what it covers (charter and help). */
export function MarkingLegend() {
  const t = useT();
  return (
    <ul>
      {MARKINGS.map((marking) => (
        <li key={marking}>
          <MarkingBadge marking={marking} small /> {t(MARKING_DESCRIPTIONS[marking])}
        </li>
      ))}
    </ul>
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
