import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { type FormEvent, useState } from "react";
import { useParams } from "react-router";
import { ApiErrorAlert } from "../../../components/api-error-alert";
import { DataTable } from "../../../components/data-table";
import { Loading } from "../../../components/loading";
import { useFormatters } from "../../../i18n/format";
import { useT } from "../../../i18n/use-t";
import { usePageTitle } from "../../../layout/use-page-title";
import { certificateUrl, useDecideDisposal, useDisposalList } from "../api/disposals";

/** One disposal list: its records, the approver's decision, the certificate once approved. */
export function DisposalListPage() {
  const t = useT();
  const format = useFormatters();
  const { id = "" } = useParams();
  usePageTitle(t("records.disposals.listTitle"));
  const list = useDisposalList(id);
  const decide = useDecideDisposal(id);
  const [comment, setComment] = useState("");
  if (list.isPending) return <Loading />;
  if (!list.data) return <ApiErrorAlert error={list.error} />;
  const l = list.data;
  const submit = (decision: "approve" | "reject") => (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    decide.mutate({ decision, comment });
  };
  return (
    <>
      <h1>{t("records.disposals.listTitle")}</h1>
      <p>
        {t("records.disposals.proposedOn", {
          who: l.proposedBy.displayName,
          at: format.dateTime(l.proposedAt),
        })}
        {l.note && (
          <>
            <br />
            {l.note}
          </>
        )}
      </p>
      <p>
        <strong>{t(`records.disposals.status.${l.status}`)}</strong>
        {l.decidedBy &&
          l.decidedAt &&
          ` — ${t("records.disposals.decidedBy", { who: l.decidedBy.displayName, at: format.dateTime(l.decidedAt) })}`}
      </p>
      {l.status === "approved" && (
        <>
          <Alert
            severity="success"
            small
            className="fr-mb-2w"
            description={t("records.disposals.done", {
              disposed: l.counts.disposed,
              withheld: l.counts.withheld,
            })}
          />
          <p>
            <a
              className="fr-link fr-icon-download-line fr-link--icon-left"
              href={certificateUrl(l.id)}
              download
            >
              {t("records.disposals.certificate")}
            </a>
          </p>
        </>
      )}
      <DataTable
        caption={t("records.disposals.itemsCaption")}
        headers={[
          t("records.list.reference"),
          t("records.list.subject"),
          t("records.list.series"),
          t("records.disposals.outcome"),
          t("records.disposals.fingerprint"),
        ]}
        rows={l.items.map((item) => ({
          key: item.record.id,
          cells: [
            item.record.reference ?? "—",
            item.trace?.title ?? item.record.subject ?? t("records.list.subjectHidden"),
            item.record.series ? `${item.record.series.code} ${item.record.series.title}` : "—",
            t(`records.disposals.outcome.${item.outcome}`),
            item.trace ? (
              <code key="sha" title={item.trace.destroyedSha512}>
                {item.trace.destroyedSha512.slice(0, 16)}…
              </code>
            ) : (
              ""
            ),
          ],
        }))}
      />
      {l.abilities.approve && (
        <section aria-labelledby="decision-title" className="fr-mt-4w">
          <h2 id="decision-title" className="fr-h5">
            {t("records.disposals.decision")}
          </h2>
          <p className="fr-text--sm">{t("records.disposals.warning")}</p>
          <ApiErrorAlert error={decide.error} />
          <form onSubmit={submit("approve")}>
            <Input
              label={t("records.disposals.comment")}
              nativeInputProps={{
                maxLength: 2000,
                value: comment,
                onChange: (e) => setComment(e.target.value),
              }}
            />
            <Button type="submit" disabled={decide.isPending}>
              {t("records.disposals.approve")}
            </Button>
          </form>
          <form onSubmit={submit("reject")} className="fr-mt-2w">
            <Button type="submit" priority="secondary" disabled={decide.isPending}>
              {t("records.disposals.reject")}
            </Button>
          </form>
        </section>
      )}
    </>
  );
}
