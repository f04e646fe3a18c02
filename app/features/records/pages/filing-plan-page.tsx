import { Button } from "@codegouvfr/react-dsfr/Button";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { Select } from "@codegouvfr/react-dsfr/Select";
import type { RetentionRule, Series } from "@shared/schemas/records";
import { FINAL_ACTIONS, RETENTION_START_EVENTS } from "@shared/vocabulary";
import { type FormEvent, useState } from "react";
import { ApiError } from "../../../api/client";
import { ApiErrorAlert } from "../../../components/api-error-alert";
import { DataTable } from "../../../components/data-table";
import { Loading } from "../../../components/loading";
import { useT } from "../../../i18n/use-t";
import { usePageTitle } from "../../../layout/use-page-title";
import { seriesCsvUrl, useImportSeries, useSeries, useUpdateRetentionRule } from "../api/series";
import { RetentionText } from "../components/retention-text";

function RetentionForm({ series, onDone }: { series: Series; onDone: () => void }) {
  const t = useT();
  const update = useUpdateRetentionRule(series.id);
  const [rule, setRule] = useState<RetentionRule>(series.retention);
  const [reason, setReason] = useState("");
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    update.mutate({ retention: rule, reason }, { onSuccess: onDone });
  };
  return (
    <form onSubmit={submit} aria-label={t("records.plan.editRule", { code: series.code })}>
      <ApiErrorAlert error={update.error} />
      <Input
        label={t("records.retention.months")}
        nativeInputProps={{
          type: "number",
          min: 0,
          max: 1200,
          value: rule.retentionMonths ?? "",
          onChange: (e) =>
            setRule({
              ...rule,
              retentionMonths: e.target.value === "" ? null : Number(e.target.value),
            }),
        }}
      />
      <Select
        label={t("records.retention.start")}
        nativeSelectProps={{
          value: rule.retentionStart,
          onChange: (e) =>
            setRule({ ...rule, retentionStart: e.target.value as RetentionRule["retentionStart"] }),
        }}
      >
        {RETENTION_START_EVENTS.map((s) => (
          <option key={s} value={s}>
            {t(`records.start.${s}`)}
          </option>
        ))}
      </Select>
      <Select
        label={t("records.retention.finalAction")}
        nativeSelectProps={{
          value: rule.finalAction,
          onChange: (e) =>
            setRule({ ...rule, finalAction: e.target.value as RetentionRule["finalAction"] }),
        }}
      >
        {FINAL_ACTIONS.map((a) => (
          <option key={a} value={a}>
            {t(`records.finalAction.${a}`)}
          </option>
        ))}
      </Select>
      <Input
        label={t("records.retention.accessDelay")}
        nativeInputProps={{
          type: "number",
          min: 0,
          max: 150,
          required: true,
          value: rule.accessDelayYears,
          onChange: (e) => setRule({ ...rule, accessDelayYears: Number(e.target.value) }),
        }}
      />
      <Input
        label={t("records.reason")}
        nativeInputProps={{
          required: true,
          maxLength: 500,
          value: reason,
          onChange: (e) => setReason(e.target.value),
        }}
      />
      <Button type="submit" disabled={update.isPending}>
        {t("records.plan.saveRule")}
      </Button>{" "}
      <Button type="button" priority="secondary" onClick={onDone}>
        {t("records.cancel")}
      </Button>
    </form>
  );
}

function ImportForm() {
  const t = useT();
  const importSeries = useImportSeries();
  const [file, setFile] = useState<File | null>(null);
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (file) importSeries.mutate(await file.text());
  };
  const lines =
    importSeries.error instanceof ApiError &&
    typeof importSeries.error.details === "object" &&
    importSeries.error.details !== null &&
    "lines" in importSeries.error.details
      ? (importSeries.error.details.lines as { line: number; problem: string }[])
      : [];
  return (
    <form onSubmit={submit} className="fr-mt-4w">
      <h2 className="fr-h5">{t("records.plan.import")}</h2>
      <p className="fr-text--sm">{t("records.plan.importHint")}</p>
      <ApiErrorAlert error={importSeries.error} />
      {lines.length > 0 && (
        <ul>
          {lines.map((l) => (
            <li key={l.line}>
              {t("records.plan.importLine", { line: l.line, problem: l.problem })}
            </li>
          ))}
        </ul>
      )}
      {importSeries.data && <p role="status">{t("records.plan.imported", importSeries.data)}</p>}
      <div className="fr-upload-group fr-mb-2w">
        <label className="fr-label" htmlFor="series-csv">
          {t("records.plan.csvFile")}
        </label>
        <input
          id="series-csv"
          className="fr-upload"
          type="file"
          accept=".csv,text/csv"
          onChange={(e) => setFile(e.target.files?.[0] ?? null)}
        />
      </div>
      <Button type="submit" disabled={!file || importSeries.isPending}>
        {t("records.plan.importButton")}
      </Button>
    </form>
  );
}

/** « Plan de classement »: the tree of series with their retention rules. */
export function FilingPlanPage() {
  const t = useT();
  usePageTitle(t("records.plan.title"));
  const series = useSeries();
  const [editing, setEditing] = useState<string | null>(null);
  if (series.isPending) return <Loading />;
  if (!series.data) return <ApiErrorAlert error={series.error} />;
  const current = series.data.items.find((s) => s.id === editing);
  return (
    <>
      <h1>{t("records.plan.title")}</h1>
      <p>
        <a
          className="fr-link fr-icon-download-line fr-link--icon-left"
          href={seriesCsvUrl}
          download
        >
          {t("records.plan.export")}
        </a>
      </p>
      {current && <RetentionForm series={current} onDone={() => setEditing(null)} />}
      <DataTable
        caption={t("records.plan.caption")}
        headers={[t("records.plan.series"), t("records.plan.rule"), t("records.plan.records"), ""]}
        rows={series.data.items.map((s) => ({
          key: s.id,
          cells: [
            <span
              key="title"
              style={{ paddingLeft: `${s.depth * 1.5}rem`, display: "inline-block" }}
            >
              <strong>{s.code}</strong> {s.title}
              {s.closedAt && ` (${t("records.plan.closed")})`}
            </span>,
            <RetentionText key="rule" rule={s.retention} />,
            s.recordCount,
            <Button
              key="edit"
              size="small"
              priority="tertiary"
              onClick={() => setEditing(s.id)}
              title={t("records.plan.editRule", { code: s.code })}
            >
              {t("records.plan.edit")}
            </Button>,
          ],
        }))}
      />
      <ImportForm />
    </>
  );
}
