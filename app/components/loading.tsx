import { useT } from "../i18n/use-t";

/** An accessible loading indicator, announced politely by screen readers. */
export function Loading() {
  const t = useT();
  return (
    <p className="fr-my-4w" role="status" aria-live="polite">
      {t("common.loading")}
    </p>
  );
}
