import { useId } from "react";
import { ApiErrorAlert } from "../../../components/api-error-alert";
import { DataTable } from "../../../components/data-table";
import { Loading } from "../../../components/loading";
import { useFormatters } from "../../../i18n/format";
import { useT } from "../../../i18n/use-t";
import { useVersions } from "../api/versions";
import { VersionComparison } from "./version-comparison";

/** « Versions »: every save of the document, newest first, with its author and date. */
export function VersionsSection({ correspondenceId }: { correspondenceId: string }) {
  const t = useT();
  const format = useFormatters();
  const headingId = useId();
  const versions = useVersions(correspondenceId);
  return (
    <section aria-labelledby={headingId} className="fr-mt-6w versions-section">
      <h2 id={headingId}>{t("versions.title")}</h2>
      {versions.isPending && <Loading />}
      <ApiErrorAlert error={versions.error} />
      {versions.data !== undefined && (
        <DataTable
          className="fr-table--no-caption"
          caption={t("versions.caption")}
          headers={[t("versions.version"), t("versions.author"), t("versions.date")]}
          rows={versions.data.items.map((version) => ({
            key: String(version.version),
            cells: [
              t("versions.number", { version: version.version }),
              version.author.displayName,
              format.dateTime(version.createdAt),
            ],
          }))}
        />
      )}
      {versions.data !== undefined && (
        // A new save starts a new comparison: the last two versions.
        <VersionComparison
          key={versions.data.items[0]?.version}
          correspondenceId={correspondenceId}
          versions={versions.data.items}
        />
      )}
    </section>
  );
}
