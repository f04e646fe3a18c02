import { useEffect } from "react";
import { useT } from "../i18n/use-t";

/** Sets the document title to « <page> — Diplomatie » while the page is shown. */
export function usePageTitle(pageTitle: string): void {
  const t = useT();
  const serviceName = t("app.name");
  useEffect(() => {
    document.title = pageTitle === "" ? serviceName : `${pageTitle} — ${serviceName}`;
  }, [pageTitle, serviceName]);
}
