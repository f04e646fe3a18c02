import type { CorrespondenceSummary } from "@shared/schemas/correspondence";
import { Link } from "react-router";
import { DataTable } from "../../../components/data-table";
import { MarkingBadge } from "../../../components/protection-badges";
import { useFormatters } from "../../../i18n/format";
import { useT } from "../../../i18n/use-t";
import { paths } from "../../../paths";
import { PrecedenceBadge } from "./precedence-badge";

type InboxTableProps = { items: CorrespondenceSummary[]; caption: string };

/** A box as a table: reference, subject (link), precedence, marking, origin unit, date. */
export function InboxTable({ items, caption }: InboxTableProps) {
  const t = useT();
  const format = useFormatters();
  return (
    <DataTable
      className="fr-table--no-caption"
      caption={caption}
      headers={[
        t("inbox.reference"),
        t("inbox.subject"),
        t("inbox.precedence"),
        t("inbox.marking"),
        t("inbox.originUnit"),
        t("inbox.date"),
      ]}
      rows={items.map((item) => ({
        key: item.id,
        cells: [
          <span key="reference">
            {item.reference ?? t("correspondence.draft")}
            <br />
            <span className="fr-text--sm fr-text-mention--grey">
              {t(`correspondenceKind.${item.kind}`)}
            </span>
          </span>,
          <Link key="subject" to={paths.correspondenceDocument(item.id)}>
            {item.subject}
          </Link>,
          <PrecedenceBadge key="precedence" precedence={item.precedence} small />,
          <MarkingBadge key="marking" marking={item.marking} small />,
          item.originUnit.shortName === "" ? (
            item.originUnit.name
          ) : (
            <abbr key="unit" title={item.originUnit.name}>
              {item.originUnit.shortName}
            </abbr>
          ),
          format.dateTime(item.updatedAt),
        ],
      }))}
    />
  );
}
