import type { CorrespondenceSummary } from "@shared/schemas/correspondence";
import { useT } from "../../../i18n/use-t";
import { HandlingFlags, HandlingStateBadge } from "./handling-badges";

/**
 * In « À traiter »: where the user's own action stands, flagged when overdue or when a flash or
 * immediate document still awaits acknowledgement. The box answer carries it for every row.
 */
export function InboxHandling({ ownAction }: { ownAction: CorrespondenceSummary["ownAction"] }) {
  const t = useT();
  if (ownAction === null) return t("handling.noState");
  return (
    <>
      <HandlingStateBadge state={ownAction.handling} />
      <HandlingFlags overdue={ownAction.overdue} alert={ownAction.alert} />
    </>
  );
}
