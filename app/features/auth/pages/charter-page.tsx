import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { ApiErrorAlert } from "../../../components/api-error-alert";
import { useFormatters } from "../../../i18n/format";
import { useT } from "../../../i18n/use-t";
import { usePageTitle } from "../../../layout/use-page-title";
import { useAcceptCharter } from "../api/accept-charter";
import { CharterText } from "../components/charter-text";
import { useCurrentUser } from "../components/current-user";

/** « Charte d'utilisation »: the conditions of use, and the button to accept them when due. */
export function CharterPage() {
  const t = useT();
  usePageTitle(t("charter.title"));
  const { charter } = useCurrentUser();
  const format = useFormatters();
  const accept = useAcceptCharter();
  const isUpdate = charter.mustAccept && charter.acceptedVersion !== null;

  return (
    <div className="fr-grid-row fr-grid-row--center">
      <div className="fr-col-12 fr-col-lg-10">
        <h1>{t("charter.title")}</h1>
        <p className="fr-text--lead">{t("charter.lead")}</p>
        <p className="fr-text--sm">{t("charter.version", { version: charter.currentVersion })}</p>
        {charter.mustAccept && (
          <Alert
            className="fr-mb-4w"
            severity="info"
            small
            description={isUpdate ? t("charter.mustAcceptUpdate") : t("charter.mustAccept")}
          />
        )}
        <CharterText />
        <ApiErrorAlert error={accept.error} />
        {charter.mustAccept ? (
          <Button
            className="fr-mt-2w"
            iconId="fr-icon-check-line"
            disabled={accept.isPending}
            nativeButtonProps={{ "aria-busy": accept.isPending }}
            onClick={() => accept.mutate({ version: charter.currentVersion })}
          >
            {t("charter.accept")}
          </Button>
        ) : (
          charter.acceptedAt !== null && (
            <p className="fr-mt-4w">
              {t("charter.acceptedOn", {
                version: charter.acceptedVersion ?? charter.currentVersion,
                date: format.date(charter.acceptedAt),
              })}
            </p>
          )
        )}
      </div>
    </div>
  );
}
