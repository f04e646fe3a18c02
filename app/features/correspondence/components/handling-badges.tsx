import type { AlertProps } from "@codegouvfr/react-dsfr/Alert";
import { Badge } from "@codegouvfr/react-dsfr/Badge";
import type { HandlingState } from "@shared/vocabulary";
import { useT } from "../../../i18n/use-t";

/** Blue while it waits for someone, green once answered, grey once closed; the text names it. */
const HANDLING_SEVERITY: Record<HandlingState, AlertProps.Severity | "new" | undefined> = {
  new: "new",
  acknowledged: "info",
  assigned: "info",
  answered: "success",
  closed: undefined,
};

/** An action addressee's handling state (« Nouveau », « Attribué » …) as a DSFR badge. */
export function HandlingStateBadge({ state }: { state: HandlingState }) {
  const t = useT();
  return (
    <Badge as="span" small noIcon severity={HANDLING_SEVERITY[state]}>
      {t(`handlingState.${state}`)}
    </Badge>
  );
}

/**
 * The flags of an action that needs attention, each spelled out (never by colour alone):
 * past its deadline, and flash or immediate still awaiting acknowledgement.
 */
export function HandlingFlags({ overdue, alert }: { overdue: boolean; alert: boolean }) {
  const t = useT();
  if (!overdue && !alert) return null;
  return (
    <ul className="handling-flags">
      {overdue && (
        <li>
          <Badge as="span" small severity="error">
            {t("handling.overdue")}
          </Badge>
        </li>
      )}
      {alert && (
        <li>
          <Badge as="span" small severity="warning">
            {t("handling.alert")}
          </Badge>
        </li>
      )}
    </ul>
  );
}
