import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { type FormEvent, useState } from "react";
import { Link, useParams } from "react-router";
import { ApiErrorAlert } from "../../../components/api-error-alert";
import { Loading } from "../../../components/loading";
import { useT } from "../../../i18n/use-t";
import { usePageTitle } from "../../../layout/use-page-title";
import { paths } from "../../../paths";
import { useAcceptInvitation, useInvitation } from "../api/invitation";

/** The page an invitation e-mail links to: choose a password, once, before the link expires. */
export function InvitationPage() {
  const t = useT();
  const { token = "" } = useParams();
  const invitation = useInvitation(token);
  const accept = useAcceptInvitation(token);
  const [password, setPassword] = useState("");
  usePageTitle(t("invitation.title"));
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    accept.mutate(password);
  };
  return (
    <>
      <h1>{t("invitation.title")}</h1>
      {invitation.isPending ? (
        <Loading />
      ) : invitation.data === undefined ? (
        <ApiErrorAlert error={invitation.error} />
      ) : accept.isSuccess ? (
        <div role="status">
          <Alert severity="success" small description={t("invitation.done")} />
          <p className="fr-mt-2w">
            <Link to={paths.login}>{t("invitation.login")}</Link>
          </p>
        </div>
      ) : (
        <>
          <p>
            {t("invitation.lead", {
              name: invitation.data.displayName,
              organisation: invitation.data.organisationName,
              email: invitation.data.email,
            })}
          </p>
          <form onSubmit={submit}>
            <Input
              label={t("invitation.password")}
              hintText={t("invitation.passwordHint")}
              nativeInputProps={{
                type: "password",
                autoComplete: "new-password",
                required: true,
                value: password,
                onChange: (e) => setPassword(e.target.value),
              }}
            />
            <Button type="submit" disabled={accept.isPending}>
              {t("invitation.submit")}
            </Button>
          </form>
          {accept.isError && <ApiErrorAlert error={accept.error} className="fr-mt-2w" />}
        </>
      )}
    </>
  );
}
