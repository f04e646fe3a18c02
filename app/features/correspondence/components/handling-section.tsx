import type { DistributionEntry, DistributionList } from "@shared/schemas/handling";
import { useId } from "react";
import { Link } from "react-router";
import { ApiErrorAlert } from "../../../components/api-error-alert";
import { DataTable } from "../../../components/data-table";
import { Loading } from "../../../components/loading";
import { useFormatters } from "../../../i18n/format";
import { useT } from "../../../i18n/use-t";
import { paths } from "../../../paths";
import { useDistribution } from "../api/distribution";
import { HandlingActions } from "./handling-actions";
import { HandlingFlags, HandlingStateBadge } from "./handling-badges";

function HandlingState({ entry }: { entry: DistributionEntry }) {
  const t = useT();
  const format = useFormatters();
  if (entry.handling === null) return t("handling.infoOnly");
  return (
    <>
      <HandlingStateBadge state={entry.handling} />
      <HandlingFlags overdue={entry.overdue} alert={entry.alert} />
      <ul className="handling-details">
        {entry.acknowledgedAt !== null && (
          <li>{t("handling.acknowledgedAt", { date: format.dateTime(entry.acknowledgedAt) })}</li>
        )}
        {entry.assignedTo !== null && (
          <li>{t("handling.assignedTo", { name: entry.assignedTo.displayName })}</li>
        )}
        {entry.answerId !== null && (
          <li>
            <Link to={paths.correspondenceDocument(entry.answerId)}>
              {t("handling.seeAnswer", { addressee: entry.addresseeName })}
            </Link>
          </li>
        )}
        {entry.closedAt !== null && (
          <li>
            {t("handling.closedAt", { date: format.dateTime(entry.closedAt) })}
            {entry.closeComment !== null && (
              <>
                {" "}
                <span className="circuit-comment">« {entry.closeComment} »</span>
              </>
            )}
          </li>
        )}
      </ul>
    </>
  );
}

function ReadReceipts({ entry }: { entry: DistributionEntry }) {
  const t = useT();
  const format = useFormatters();
  if (entry.readBy.length === 0) return t("handling.unread");
  return (
    <ul className="handling-details">
      {entry.readBy.map((receipt) => (
        <li key={receipt.user.id}>
          {t("handling.readBy", {
            name: receipt.user.displayName,
            date: format.dateTime(receipt.firstReadAt),
          })}
        </li>
      ))}
    </ul>
  );
}

function DistributionTable({ list }: { list: DistributionList }) {
  const t = useT();
  const format = useFormatters();
  return (
    <DataTable
      className="fr-table--no-caption fr-table--multiline"
      caption={t("handling.caption")}
      headers={[
        t("handling.addressee"),
        t("handling.mode"),
        t("handling.state"),
        t("handling.deadline"),
        t("handling.reads"),
      ]}
      rows={list.items.map((entry) => ({
        key: entry.id,
        cells: [
          <span key="addressee">
            {entry.addresseeName}
            <br />
            <span className="fr-text--sm fr-text-mention--grey">
              {t(`addressees.type.${entry.addresseeType}`)}
              {entry.id === list.ownDistributionId && ` — ${t("handling.yours")}`}
            </span>
          </span>,
          t(`addressees.mode.${entry.mode}`),
          <HandlingState key="state" entry={entry} />,
          entry.deadline === null ? t("detail.none") : format.date(entry.deadline),
          <ReadReceipts key="reads" entry={entry} />,
        ],
      }))}
    />
  );
}

/**
 * « Traitement »: once dispatched, each addressee's handling state (overdue and alerts spelled
 * out), deadline and read receipts, and what the user may do with their own action.
 */
export function HandlingSection({ correspondenceId }: { correspondenceId: string }) {
  const t = useT();
  const headingId = useId();
  const distribution = useDistribution(correspondenceId);
  return (
    <section aria-labelledby={headingId} className="fr-mt-6w handling-section">
      <h2 id={headingId} className="fr-h4">
        {t("handling.title")}
      </h2>
      {distribution.isPending && <Loading />}
      <ApiErrorAlert error={distribution.error} />
      {distribution.data !== undefined && (
        <>
          <HandlingActions distribution={distribution.data} />
          <DistributionTable list={distribution.data} />
        </>
      )}
    </section>
  );
}
