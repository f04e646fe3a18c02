import type { EffectiveClearance } from "@shared/schemas/people";
import { ClearanceBadge } from "../../../components/protection-badges";
import { useFormatters } from "../../../i18n/format";
import { useT } from "../../../i18n/use-t";

/** The clearance in force, its end of validity, and whether DR-SF documents are readable. */
export function ClearanceSummary({ clearance }: { clearance: EffectiveClearance }) {
  const t = useT();
  const format = useFormatters();
  return (
    <>
      <p className="fr-mb-1w">
        <ClearanceBadge level={clearance.level} />
      </p>
      {clearance.level === "NP" ? (
        <p className="fr-mb-1w">{t("clearance.npOnly")}</p>
      ) : (
        clearance.validUntil !== null && (
          <p className="fr-mb-1w">
            {t("clearance.validUntil", { date: format.date(clearance.validUntil) })}
          </p>
        )
      )}
      {clearance.level === "DR" && (
        <p className="fr-text--sm fr-mb-0">
          {clearance.readsSpecialFrance ? t("clearance.drsfAllowed") : t("clearance.drsfDenied")}
        </p>
      )}
    </>
  );
}
