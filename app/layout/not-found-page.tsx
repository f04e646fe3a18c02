import { Button } from "@codegouvfr/react-dsfr/Button";
import { useT } from "../i18n/use-t";
import { paths } from "../paths";
import { usePageTitle } from "./use-page-title";

/** Shown for an unknown address, or a section the user may not open (same answer, like the API). */
export function NotFoundPage() {
  const t = useT();
  usePageTitle(t("notFound.title"));
  return (
    <>
      <h1>{t("notFound.title")}</h1>
      <p className="fr-text--lead">{t("notFound.lead")}</p>
      <Button linkProps={{ to: paths.home }}>{t("notFound.backHome")}</Button>
    </>
  );
}
