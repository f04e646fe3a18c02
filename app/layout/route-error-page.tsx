import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { useRouteError } from "react-router";
import { describeError } from "../components/api-error-alert";
import { useT } from "../i18n/use-t";
import { usePageTitle } from "./use-page-title";

/** Shown when a page fails to render or its code cannot be downloaded (after a deployment). */
export function RouteErrorPage() {
  const t = useT();
  const error = useRouteError();
  usePageTitle(t("routeError.title"));
  return (
    <main id="contenu" className="fr-container fr-py-6w">
      <h1>{t("routeError.title")}</h1>
      <Alert className="fr-mb-4w" severity="error" small description={describeError(error, t)} />
      <Button onClick={() => window.location.reload()}>{t("routeError.reload")}</Button>
    </main>
  );
}
