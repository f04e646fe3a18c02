import { Badge } from "@codegouvfr/react-dsfr/Badge";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Input } from "@codegouvfr/react-dsfr/Input";
import type { EligibleRecord, TransferSummary } from "@shared/schemas/archives";
import type { TransferStatus } from "@shared/vocabulary";
import { useId, useState } from "react";
import { ApiErrorAlert } from "../../../components/api-error-alert";
import { DataTable } from "../../../components/data-table";
import { PagedResults } from "../../../components/paged-results";
import { MarkingBadge } from "../../../components/protection-badges";
import { useFormatters } from "../../../i18n/format";
import { useT } from "../../../i18n/use-t";
import { usePageTitle } from "../../../layout/use-page-title";
import {
  transferPackageUrl,
  useCreateTransfer,
  useEligibleRecords,
  useImportTransferReply,
  useTransfers,
} from "../api/transfers";

const STATUS_SEVERITY: Record<TransferStatus, "info" | "success" | "error"> = {
  pending: "info",
  accepted: "success",
  rejected: "error",
};

/** « Importer l'accusé de réception »: the archive's XML reply for one pending transfer. */
function ReplyImport({ transfer }: { transfer: TransferSummary }) {
  const t = useT();
  const inputId = useId();
  const importReply = useImportTransferReply();
  return (
    <div>
      <label className="fr-label" htmlFor={inputId}>
        {t("archives.transfers.importReply", { identifier: transfer.messageIdentifier })}
        <span className="fr-hint-text">{t("archives.transfers.importReplyHint")}</span>
      </label>
      <input
        id={inputId}
        className="fr-upload"
        type="file"
        accept=".xml,application/xml,text/xml"
        disabled={importReply.isPending}
        onChange={(event) => {
          const file = event.currentTarget.files?.[0];
          if (file) importReply.mutate({ id: transfer.id, file });
        }}
      />
      {importReply.isError && <ApiErrorAlert error={importReply.error} className="fr-mt-1w" />}
    </div>
  );
}

/** The list of transfers with their package and, while pending, the reply import. */
function TransferList() {
  const t = useT();
  const format = useFormatters();
  const transfers = useTransfers();
  return (
    <PagedResults
      query={transfers}
      counts={{
        none: "archives.transfers.none",
        all: "archives.transfers.count",
        more: "archives.transfers.countMore",
      }}
    >
      {(items) => (
        <DataTable
          caption={t("archives.transfers.listCaption")}
          headers={[
            t("archives.transfers.identifier"),
            t("archives.transfers.createdAt"),
            t("archives.transfers.records"),
            t("archives.transfers.status"),
            t("archives.transfers.actions"),
          ]}
          rows={items.map((transfer) => ({
            key: transfer.id,
            cells: [
              transfer.messageIdentifier,
              format.dateTime(transfer.createdAt),
              String(transfer.recordCount),
              <Badge key="status" small severity={STATUS_SEVERITY[transfer.status]}>
                {t(`archives.transferStatus.${transfer.status}`)}
              </Badge>,
              transfer.status === "accepted" ? (
                t("archives.transfers.purged")
              ) : (
                <div key="actions">
                  <a
                    className="fr-link fr-icon-download-line fr-link--icon-left"
                    href={transferPackageUrl(transfer.id)}
                    download
                  >
                    {t("archives.transfers.download", { identifier: transfer.messageIdentifier })}
                  </a>
                  {transfer.status === "pending" && <ReplyImport transfer={transfer} />}
                </div>
              ),
            ],
          }))}
        />
      )}
    </PagedResults>
  );
}

/** Eligible records with a check box each, and the two ways to build a transfer. */
function TransferBuilder() {
  const t = useT();
  const format = useFormatters();
  const [dueOnly, setDueOnly] = useState(true);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [comment, setComment] = useState("");
  const eligible = useEligibleRecords(dueOnly);
  const create = useCreateTransfer();
  const toggle = (record: EligibleRecord) =>
    setSelected((current) => {
      const next = new Set(current);
      if (next.has(record.id)) next.delete(record.id);
      else next.add(record.id);
      return next;
    });
  const submit = (recordIds?: string[]) =>
    create.mutate(
      {
        ...(recordIds ? { recordIds } : {}),
        ...(comment.trim() ? { comment: comment.trim() } : {}),
      },
      { onSuccess: () => setSelected(new Set()) },
    );
  return (
    <>
      <div className="fr-checkbox-group fr-mb-2w">
        <input
          type="checkbox"
          id="archives-due-only"
          checked={dueOnly}
          onChange={(event) => setDueOnly(event.currentTarget.checked)}
        />
        <label className="fr-label" htmlFor="archives-due-only">
          {t("archives.transfers.dueOnly")}
        </label>
      </div>
      <PagedResults
        query={eligible}
        counts={{
          none: "archives.eligible.none",
          all: "archives.eligible.count",
          more: "archives.eligible.countMore",
        }}
      >
        {(items) => (
          <DataTable
            caption={t("archives.eligible.caption")}
            headers={[
              t("archives.eligible.reference"),
              t("archives.eligible.subject"),
              t("archives.eligible.series"),
              t("archives.eligible.dueAt"),
            ]}
            rows={items.map((record) => ({
              key: record.id,
              cells: [
                <div key="select" className="fr-checkbox-group fr-checkbox-group--sm">
                  <input
                    type="checkbox"
                    id={`record-${record.id}`}
                    checked={selected.has(record.id)}
                    onChange={() => toggle(record)}
                  />
                  <label className="fr-label" htmlFor={`record-${record.id}`}>
                    <span className="fr-sr-only">{t("archives.eligible.selectPrefix")} </span>
                    {record.reference}
                  </label>
                  <MarkingBadge marking={record.marking} small />
                </div>,
                record.subject,
                `${record.series.code} — ${record.series.title}`,
                record.dueAt ? format.date(record.dueAt) : "—",
              ],
            }))}
          />
        )}
      </PagedResults>
      <Input
        className="fr-mt-2w"
        label={t("archives.transfers.comment")}
        nativeInputProps={{
          value: comment,
          maxLength: 500,
          onChange: (event) => setComment(event.currentTarget.value),
        }}
      />
      {create.isError && <ApiErrorAlert error={create.error} />}
      {create.isSuccess && (
        <p role="status" className="fr-text--sm">
          {t("archives.transfers.created", {
            identifier: create.data.messageIdentifier,
            count: create.data.recordCount,
          })}
        </p>
      )}
      <ul className="fr-btns-group fr-btns-group--inline-md">
        <li>
          <Button
            disabled={selected.size === 0 || create.isPending}
            onClick={() => submit([...selected])}
          >
            {t("archives.transfers.createSelected", { count: selected.size })}
          </Button>
        </li>
        <li>
          <Button priority="secondary" disabled={create.isPending} onClick={() => submit()}>
            {t("archives.transfers.createDue")}
          </Button>
        </li>
      </ul>
    </>
  );
}

/** « Versements »: transfers to the State archives, for archivists. */
export function TransfersPage() {
  const t = useT();
  usePageTitle(t("archives.transfers.title"));
  return (
    <>
      <h1>{t("archives.transfers.title")}</h1>
      <p>{t("archives.transfers.intro")}</p>
      <h2>{t("archives.transfers.newHeading")}</h2>
      <TransferBuilder />
      <h2 className="fr-mt-6w">{t("archives.transfers.listHeading")}</h2>
      <TransferList />
    </>
  );
}
