import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { type FormEvent, useState } from "react";
import { Link, useLocation } from "react-router";
import { ApiErrorAlert } from "../../../components/api-error-alert";
import { useT } from "../../../i18n/use-t";
import { usePageTitle } from "../../../layout/use-page-title";
import { paths } from "../../../paths";
import { useAcceptInvitation } from "../api/accept-invitation";

/**
 * « Activer mon compte »: an invited person chooses their first password. The token travels in
 * the address's fragment, which browsers never send to a server.
 */
export function ActivateAccountPage() {
  const t = useT();
  usePageTitle(t("habilitation.activate.title"));
  const token = useLocation().hash.replace(/^#/, "");
  const accept = useAcceptInvitation();
  const [password, setPassword] = useState("");
  const [confirmation, setConfirmation] = useState("");
  const [mismatch, setMismatch] = useState(false);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (password !== confirmation) {
      setMismatch(true);
      return;
    }
    setMismatch(false);
    accept.mutate({ token, password });
  };

  return (
    <div className="fr-grid-row fr-grid-row--center">
      <div className="fr-col-12 fr-col-md-8 fr-col-lg-6">
        <h1>{t("habilitation.activate.title")}</h1>
        {accept.isSuccess ? (
          <>
            <Alert severity="success" small description={t("habilitation.activate.done")} />
            <p className="fr-mt-3w">
              <Link to={paths.login}>{t("habilitation.activate.toLogin")}</Link>
            </p>
          </>
        ) : token === "" ? (
          <Alert severity="error" small description={t("errors.activation_link_invalid")} />
        ) : (
          <>
            <p>{t("habilitation.activate.lead")}</p>
            <ApiErrorAlert error={accept.error} />
            <form onSubmit={submit}>
              <Input
                label={t("habilitation.activate.password")}
                hintText={t("habilitation.activate.passwordHint")}
                nativeInputProps={{
                  type: "password",
                  autoComplete: "new-password",
                  required: true,
                  value: password,
                  onChange: (e) => setPassword(e.target.value),
                }}
              />
              <Input
                label={t("habilitation.activate.confirmation")}
                state={mismatch ? "error" : "default"}
                stateRelatedMessage={mismatch ? t("habilitation.activate.mismatch") : undefined}
                nativeInputProps={{
                  type: "password",
                  autoComplete: "new-password",
                  required: true,
                  value: confirmation,
                  onChange: (e) => setConfirmation(e.target.value),
                }}
              />
              <Button type="submit" disabled={accept.isPending}>
                {t("habilitation.activate.submit")}
              </Button>
            </form>
          </>
        )}
      </div>
    </div>
  );
}
