import type { Release } from "@shared/schemas/partners";
import type { Sector } from "@shared/vocabulary";
import { useFormatters } from "../../../i18n/format";
import { useT } from "../../../i18n/use-t";

/** Who a release is for: all partners, or its sectors, countries and organisations. */
export function ReleaseTargets({ release }: { release: Release }) {
  const t = useT();
  const format = useFormatters();
  const labels =
    release.audience === "all"
      ? [t("releases.audience.all")]
      : release.targets.map((target) =>
          target.type === "sector" ? t(`sector.${target.value as Sector}`) : target.label,
        );
  return (
    <p className="fr-mb-1w">
      {labels.join(", ")}
      {release.embargoUntil !== null &&
        ` — ${t("releases.embargo", { date: format.dateTime(release.embargoUntil) })}`}
    </p>
  );
}
