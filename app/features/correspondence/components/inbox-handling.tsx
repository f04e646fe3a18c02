import { useT } from "../../../i18n/use-t";
import { useDistribution } from "../api/distribution";
import { HandlingFlags, HandlingStateBadge } from "./handling-badges";

/**
 * In « À traiter »: where the user's own action stands, flagged when overdue or when a flash or
 * immediate document still awaits acknowledgement. Read from the document's distribution list,
 * which the document page shares from the same cache.
 */
export function InboxHandling({ correspondenceId }: { correspondenceId: string }) {
  const t = useT();
  const distribution = useDistribution(correspondenceId);
  if (distribution.isPending) return t("common.loading");
  const own = distribution.data?.items.find(
    (item) => item.id === distribution.data?.ownDistributionId,
  );
  // Unknown when the list could not be read; every item of the box is otherwise one's own.
  if (own?.handling == null) return t("handling.noState");
  return (
    <>
      <HandlingStateBadge state={own.handling} />
      <HandlingFlags overdue={own.overdue} alert={own.alert} />
    </>
  );
}
