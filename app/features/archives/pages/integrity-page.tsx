import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { ApiErrorAlert } from "../../../components/api-error-alert";
import { DataTable } from "../../../components/data-table";
import { Loading } from "../../../components/loading";
import { useFormatters } from "../../../i18n/format";
import { useT } from "../../../i18n/use-t";
import { usePageTitle } from "../../../layout/use-page-title";
import { useIntegrityStatus, useRunFixityCheck } from "../api/integrity";

const short = (hash: string) => `${hash.slice(0, 16)}…`;

/** « Intégrité »: the last fixity run (and a run on demand) and the journal's daily seals. */
export function IntegrityPage() {
  const t = useT();
  const format = useFormatters();
  usePageTitle(t("archives.integrity.title"));
  const status = useIntegrityStatus();
  const runNow = useRunFixityCheck();
  if (status.isPending) return <Loading />;
  if (status.data === undefined) return <ApiErrorAlert error={status.error} />;
  const { lastFixityRun: run, seals, sealsVerified } = status.data;
  return (
    <>
      <h1>{t("archives.integrity.title")}</h1>
      <h2>{t("archives.integrity.fixityHeading")}</h2>
      <p>{t("archives.integrity.fixityIntro")}</p>
      {run === null ? (
        <p>{t("archives.integrity.noRun")}</p>
      ) : (
        <Alert
          className="fr-mb-2w"
          severity={run.failures === 0 ? "success" : "error"}
          small
          description={
            run.failures === 0
              ? t("archives.integrity.runOk", {
                  date: format.dateTime(run.finishedAt),
                  checked: run.checked,
                })
              : t("archives.integrity.runFailed", {
                  date: format.dateTime(run.finishedAt),
                  checked: run.checked,
                  failures: run.failures,
                })
          }
        />
      )}
      {run !== null && run.items.length > 0 && (
        <DataTable
          caption={t("archives.integrity.failuresCaption")}
          headers={[
            t("archives.integrity.kind"),
            t("archives.integrity.id"),
            t("archives.integrity.found"),
          ]}
          rows={run.items.map((item) => ({
            key: `${item.kind}-${item.id}`,
            cells: [
              t(
                `archives.fixityKind.${item.kind as "record" | "attachment" | "community_file_version"}`,
              ),
              item.id,
              item.found === null ? t("archives.integrity.missing") : short(item.found),
            ],
          }))}
        />
      )}
      {runNow.isError && <ApiErrorAlert error={runNow.error} />}
      <Button priority="secondary" disabled={runNow.isPending} onClick={() => runNow.mutate()}>
        {runNow.isPending ? t("archives.integrity.running") : t("archives.integrity.runNow")}
      </Button>

      <h2 className="fr-mt-6w">{t("archives.integrity.sealsHeading")}</h2>
      <p>{t("archives.integrity.sealsIntro")}</p>
      <Alert
        className="fr-mb-2w"
        severity={sealsVerified.ok ? "success" : "error"}
        small
        description={
          sealsVerified.ok
            ? t("archives.integrity.sealsOk", { count: sealsVerified.seals })
            : t("archives.integrity.sealsBroken", {
                day: sealsVerified.brokenDay ?? "?",
                reason: sealsVerified.reason ?? "",
              })
        }
      />
      {seals.length === 0 ? (
        <p>{t("archives.integrity.noSeal")}</p>
      ) : (
        <DataTable
          caption={t("archives.integrity.sealsCaption")}
          headers={[
            t("archives.integrity.day"),
            t("archives.integrity.entries"),
            t("archives.integrity.merkleRoot"),
            t("archives.integrity.sealHash"),
          ]}
          rows={seals.map((seal) => ({
            key: seal.day,
            cells: [
              format.date(seal.day),
              String(seal.entryCount),
              <code key="root">{short(seal.merkleRoot)}</code>,
              <code key="seal">{short(seal.sealHash)}</code>,
            ],
          }))}
        />
      )}
    </>
  );
}
