import type { CorrespondenceSummary } from "@shared/schemas/correspondence";
import type { HomeActionItem } from "@shared/schemas/home";
import { MarkingBadge } from "../../../components/protection-badges";
import { useFormatters } from "../../../i18n/format";
import { useT } from "../../../i18n/use-t";
import { HandlingFlags, HandlingStateBadge } from "../../correspondence/components/handling-badges";
import { PrecedenceBadge } from "../../correspondence/components/precedence-badge";
import { SubjectLink } from "../../correspondence/components/subject-link";
import "../../correspondence/components/correspondence.css";
import "./home.css";

type HomeItemProps = { item: CorrespondenceSummary | HomeActionItem };

/**
 * One document on the home: precedence and marking, reference, subject as a link, origin, and
 * for an action its state and deadline — overdue in the error colour AND spelled out in a badge.
 */
export function HomeItem({ item }: HomeItemProps) {
  const t = useT();
  const format = useFormatters();
  const deadline = "deadline" in item ? item.deadline : null;
  const overdue = item.ownAction?.overdue ?? false;
  return (
    <li className={overdue ? "home-item home-item--overdue" : "home-item"}>
      <p className="home-item__badges fr-mb-1v">
        <PrecedenceBadge precedence={item.precedence} small />
        <MarkingBadge marking={item.marking} small />
        {item.ownAction && <HandlingStateBadge state={item.ownAction.handling} />}
      </p>
      <p className="fr-mb-1v">
        <SubjectLink item={item} />
      </p>
      <p className="fr-text--sm fr-mb-0">
        {item.reference ?? t("correspondence.draft")} · {item.originUnit.name}
        {item.dispatchedAt !== null && <> · {format.dateTime(item.dispatchedAt)}</>}
      </p>
      {deadline !== null && (
        <p className={overdue ? "fr-text--sm fr-mb-0 home-item__overdue" : "fr-text--sm fr-mb-0"}>
          {t("home.deadline", { date: format.date(deadline) })}
        </p>
      )}
      {item.ownAction && (
        <HandlingFlags overdue={item.ownAction.overdue} alert={item.ownAction.alert} />
      )}
    </li>
  );
}
