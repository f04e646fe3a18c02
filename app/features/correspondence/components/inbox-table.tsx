import type { CorrespondenceSummary } from "@shared/schemas/correspondence";
import type { ReactNode } from "react";
import { DataTable } from "../../../components/data-table";
import { MarkingBadge } from "../../../components/protection-badges";
import { useFormatters } from "../../../i18n/format";
import { useT } from "../../../i18n/use-t";
import type { InboxBox } from "../api/inbox";
import { InboxHandling } from "./inbox-handling";
import { PrecedenceBadge } from "./precedence-badge";
import { SubjectLink } from "./subject-link";

type InboxTableProps = { box: InboxBox; items: CorrespondenceSummary[]; caption: string };

/**
 * A box as a table: reference, subject (link), precedence, marking, origin unit, date — the
 * dispatch date, or for drafts the last save; « À traiter » adds where one's action stands.
 */
export function InboxTable({ box, items, caption }: InboxTableProps) {
  const t = useT();
  const format = useFormatters();
  const isActionBox = box === "action";
  const headers = [
    t("inbox.reference"),
    t("inbox.subject"),
    ...(isActionBox ? [t("inbox.handling")] : []),
    t("inbox.precedence"),
    t("inbox.marking"),
    t("inbox.originUnit"),
    box === "drafts" || box === "circuit" ? t("inbox.savedAt") : t("inbox.dispatchedAt"),
  ];
  return (
    <DataTable
      className="fr-table--no-caption fr-table--multiline"
      caption={caption}
      headers={headers}
      rows={items.map((item) => {
        const date =
          box === "drafts" || box === "circuit"
            ? item.updatedAt
            : (item.dispatchedAt ?? item.updatedAt);
        const cells: ReactNode[] = [
          <span key="reference">
            {item.reference ?? t("correspondence.draft")}
            <br />
            <span className="fr-text--sm fr-text-mention--grey">
              {t(`correspondenceKind.${item.kind}`)}
            </span>
          </span>,
          <SubjectLink key="subject" item={item} />,
          ...(isActionBox ? [<InboxHandling key="handling" ownAction={item.ownAction} />] : []),
          <PrecedenceBadge key="precedence" precedence={item.precedence} small />,
          <MarkingBadge key="marking" marking={item.marking} small />,
          item.originUnit.shortName === "" ? (
            item.originUnit.name
          ) : (
            <abbr key="unit" title={item.originUnit.name}>
              {item.originUnit.shortName}
            </abbr>
          ),
          format.dateTime(date),
        ];
        return { key: item.id, cells };
      })}
    />
  );
}
