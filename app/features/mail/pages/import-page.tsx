import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Upload } from "@codegouvfr/react-dsfr/Upload";
import type { ImportReport } from "@shared/schemas/mail-inbound";
import { type FormEvent, useState } from "react";
import { Link } from "react-router";
import { ApiErrorAlert } from "../../../components/api-error-alert";
import { DataTable } from "../../../components/data-table";
import { useT } from "../../../i18n/use-t";
import { usePageTitle } from "../../../layout/use-page-title";
import { paths } from "../../../paths";
import { importMailFile } from "../api/import-mail";

const EMPTY: ImportReport = { imported: 0, duplicates: 0, quarantined: 0, refused: 0, lines: [] };

function merge(a: ImportReport, b: ImportReport): ImportReport {
  return {
    imported: a.imported + b.imported,
    duplicates: a.duplicates + b.duplicates,
    quarantined: a.quarantined + b.quarantined,
    refused: a.refused + b.refused,
    lines: [...a.lines, ...b.lines],
  };
}

/** « Importer des courriels »: .eml files and .mbox archives, one after the other, with a report. */
export function ImportMailPage() {
  const t = useT();
  usePageTitle(t("mail.import.title"));
  const [files, setFiles] = useState<File[]>([]);
  const [done, setDone] = useState(0);
  const [running, setRunning] = useState(false);
  const [report, setReport] = useState<ImportReport | null>(null);
  const [error, setError] = useState<unknown>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (files.length === 0) return;
    setRunning(true);
    setError(null);
    setDone(0);
    let total = EMPTY;
    try {
      for (const file of files) {
        total = merge(total, await importMailFile(file));
        setDone((n) => n + 1);
        setReport(total);
      }
    } catch (caught) {
      setError(caught);
    } finally {
      setRunning(false);
    }
  };

  return (
    <>
      <h1>{t("mail.import.title")}</h1>
      <p>{t("mail.import.intro")}</p>
      <form onSubmit={(e) => void submit(e)}>
        <Upload
          label={t("mail.import.files")}
          hint={t("mail.import.hint")}
          multiple
          nativeInputProps={{
            accept: ".eml,.mbox,message/rfc822,application/mbox",
            onChange: (e) => setFiles([...(e.target.files ?? [])]),
          }}
        />
        <Button type="submit" className="fr-mt-2w" disabled={running || files.length === 0}>
          {t("mail.import.submit")}
        </Button>
      </form>
      {(running || report !== null) && (
        <p role="status" aria-live="polite" className="fr-mt-2w">
          <label htmlFor="mail-import-progress">
            {t("mail.import.progress", { done, total: files.length })}
          </label>{" "}
          <progress id="mail-import-progress" max={Math.max(files.length, 1)} value={done} />
        </p>
      )}
      {error !== null && <ApiErrorAlert error={error} />}
      {report !== null && (
        <>
          <Alert
            severity={report.quarantined + report.refused > 0 ? "warning" : "success"}
            small
            className="fr-mb-2w"
            description={t("mail.import.summary", {
              imported: report.imported,
              duplicates: report.duplicates,
              quarantined: report.quarantined,
              refused: report.refused,
            })}
          />
          {report.quarantined > 0 && (
            <p>
              <Link className="fr-link" to={paths.mailQuarantine}>
                {t("mail.import.toQuarantine")}
              </Link>
            </p>
          )}
          <DataTable
            caption={t("mail.import.reportCaption")}
            headers={[t("mail.import.file"), t("mail.import.outcome"), t("mail.import.detail")]}
            rows={report.lines.map((line, i) => ({
              key: `${line.file}-${line.position ?? 0}-${i}`,
              cells: [
                line.position === null ? line.file : `${line.file} (n° ${line.position})`,
                t(`mail.outcome.${line.outcome}`),
                line.correspondenceId && line.reference ? (
                  <Link
                    key="reference"
                    className="fr-link"
                    to={paths.correspondenceDocument(line.correspondenceId)}
                  >
                    {line.reference}
                  </Link>
                ) : line.reason ? (
                  t(`mail.reason.${line.reason as "unknown_sender"}`)
                ) : (
                  ""
                ),
              ],
            }))}
          />
        </>
      )}
    </>
  );
}
