import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { useState } from "react";
import { useT } from "../../../i18n/use-t";
import { usePageTitle } from "../../../layout/use-page-title";
import { paths } from "../../../paths";
import { useCurrentUser } from "../../auth/components/current-user";
import { StepUpForm } from "./step-up-form";

/**
 * « Authentification renforcée requise »: the reader is entitled to a DR document but signed in
 * with one factor. Confirming with the authenticator reloads the page's data; without an enrolled
 * app, the way is the security page.
 */
export function StepUpRequired() {
  const t = useT();
  const me = useCurrentUser();
  usePageTitle(t("stepUp.title"));
  const [open, setOpen] = useState(false);
  return (
    <div className="fr-grid-row">
      <div className="fr-col-12 fr-col-md-8 fr-col-lg-6">
        <h1>{t("stepUp.title")}</h1>
        <Alert
          className="fr-mb-3w"
          severity="info"
          title={t("stepUp.whyTitle")}
          description={t("stepUp.why")}
        />
        {!me.session.totpEnrolled ? (
          <>
            <p>{t("stepUp.enrolFirst")}</p>
            <Button linkProps={{ to: paths.security }}>{t("stepUp.goToSecurity")}</Button>
          </>
        ) : open ? (
          <StepUpForm />
        ) : (
          <Button iconId="fr-icon-lock-line" onClick={() => setOpen(true)}>
            {t("stepUp.button")}
          </Button>
        )}
      </div>
    </div>
  );
}
