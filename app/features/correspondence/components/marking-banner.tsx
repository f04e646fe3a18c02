import type { Marking } from "@shared/vocabulary";
import { useT } from "../../../i18n/use-t";
import "./correspondence.css";

const BANNER_CLASS: Record<Marking, string> = {
  NP: "",
  DR: "marking-banner--dr",
  "DR-SF": "marking-banner--dr-sf",
};

type MarkingBannerProps = { marking: Marking; position: "top" | "bottom" };

/** The protection marking spelled out across the page, as at the top and bottom of every page. */
export function MarkingBanner({ marking, position }: MarkingBannerProps) {
  const t = useT();
  const positionClass = position === "bottom" ? "marking-banner--bottom" : "";
  return (
    <p className={`marking-banner ${BANNER_CLASS[marking]} ${positionClass}`}>
      {t("correspondence.markingBanner", { marking: t(`marking.${marking}`) })}
    </p>
  );
}
