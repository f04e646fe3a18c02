import { Badge } from "@codegouvfr/react-dsfr/Badge";
import type { RecordSummary } from "@shared/schemas/records";
import { useT } from "../../../i18n/use-t";

/** The record's status, and a « gelée » badge when a hold covers it. */
export function RecordStatus({ record }: { record: RecordSummary }) {
  const t = useT();
  return (
    <>
      <Badge small noIcon severity={record.status === "disposed" ? "error" : "info"}>
        {t(`records.status.${record.status}`)}
      </Badge>
      {record.held && (
        <Badge small noIcon severity="warning" className="fr-ml-1v">
          {t("records.held")}
        </Badge>
      )}
    </>
  );
}
