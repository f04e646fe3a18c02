import type { AlertProps } from "@codegouvfr/react-dsfr/Alert";
import { Badge } from "@codegouvfr/react-dsfr/Badge";
import type { Precedence } from "@shared/vocabulary";
import { useT } from "../../../i18n/use-t";

/** Red for flash, orange for immediate, blue for priority; the text always names the level. */
const PRECEDENCE_SEVERITY: Record<Precedence, AlertProps.Severity | undefined> = {
  flash: "error",
  immediate: "warning",
  priority: "info",
  routine: undefined,
};

type PrecedenceBadgeProps = { precedence: Precedence; small?: boolean };

/** A precedence (urgence) as a DSFR badge with its name. */
export function PrecedenceBadge({ precedence, small = false }: PrecedenceBadgeProps) {
  const t = useT();
  return (
    <Badge as="span" small={small} noIcon severity={PRECEDENCE_SEVERITY[precedence]}>
      {t(`precedence.${precedence}`)}
    </Badge>
  );
}
