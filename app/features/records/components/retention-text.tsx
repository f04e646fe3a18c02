import type { RetentionRule } from "@shared/schemas/records";
import { useT } from "../../../i18n/use-t";

/** « 10 ans à compter de l'envoi, puis conservation définitive » in a few words. */
export function RetentionText({ rule }: { rule: RetentionRule }) {
  const t = useT();
  if (rule.retentionMonths === null) return <>{t("records.retention.grouping")}</>;
  return (
    <>
      {t("records.retention.summary", {
        months: rule.retentionMonths,
        start: t(`records.start.${rule.retentionStart}`),
        action: t(`records.finalAction.${rule.finalAction}`),
        years: rule.accessDelayYears,
      })}
    </>
  );
}
