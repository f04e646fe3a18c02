import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { type FormEvent, useState } from "react";
import { Link, Navigate, useLocation, useSearchParams } from "react-router";
import { ApiErrorAlert } from "../../../components/api-error-alert";
import { useT } from "../../../i18n/use-t";
import { usePageTitle } from "../../../layout/use-page-title";
import { paths } from "../../../paths";
import { useAuthMethods } from "../api/auth-methods";
import { useLogin } from "../api/login";
import { useMe } from "../api/me";

/** Only same-app paths are followed after login, never an address from elsewhere. */
function redirectTarget(state: unknown): string | null {
  if (typeof state !== "object" || state === null || !("from" in state)) return null;
  const { from } = state;
  return typeof from === "string" && from.startsWith("/") && !from.startsWith("//") ? from : null;
}

/** « Connexion à Diplomatie »: e-mail and password form. */
export function LoginPage() {
  const t = useT();
  usePageTitle(t("login.title"));
  const location = useLocation();
  const { data: me } = useMe();
  const login = useLogin();
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const from = redirectTarget(location.state);
  const methods = useAuthMethods();
  const [search] = useSearchParams();
  const refusal = search.get("refus");

  if (me) return <Navigate to={from ?? paths.home} replace />;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    login.mutate({ email: email.trim(), password });
  };

  return (
    <div className="fr-grid-row fr-grid-row--center">
      <div className="fr-col-12 fr-col-md-8 fr-col-lg-6">
        <h1>{t("login.title")}</h1>
        <p>{t("login.lead")}</p>
        {from !== null && !login.isError && (
          <Alert className="fr-mb-3w" severity="info" small description={t("login.required")} />
        )}
        {refusal !== null && (
          <Alert
            className="fr-mb-3w"
            severity="error"
            title={t("login.oidcRefusedTitle")}
            description={
              refusal === "unknown_account"
                ? t("login.oidcUnknownAccount")
                : refusal === "account_disabled"
                  ? t("errors.account_disabled")
                  : refusal === "acr_not_allowed"
                    ? t("login.oidcAcrNotAllowed")
                    : t("login.oidcFailed")
            }
          />
        )}
        <ApiErrorAlert error={login.error} />
        {methods.data?.oidc && (
          <div className="fr-mb-4w">
            {/* A plain link: the browser leaves for the identity provider. */}
            <a className="fr-btn fr-btn--secondary" href="/api/auth/oidc/login">
              {t("login.proConnect")}
            </a>
            <p className="fr-hr-or fr-mt-3w">{t("login.or")}</p>
          </div>
        )}
        <form onSubmit={submit}>
          <Input
            label={t("login.email")}
            hintText={t("login.emailHint")}
            nativeInputProps={{
              type: "email",
              name: "email",
              autoComplete: "username",
              required: true,
              value: email,
              onChange: (event) => setEmail(event.target.value),
            }}
          />
          <Input
            label={t("login.password")}
            nativeInputProps={{
              type: "password",
              name: "password",
              autoComplete: "current-password",
              required: true,
              value: password,
              onChange: (event) => setPassword(event.target.value),
            }}
          />
          <Button
            type="submit"
            disabled={login.isPending}
            nativeButtonProps={{ "aria-busy": login.isPending }}
          >
            {t("login.submit")}
          </Button>
        </form>
        <p className="fr-mt-4w fr-text--sm">{t("login.help")}</p>
        {/* habilitation */}
        <p className="fr-text--sm">
          <Link to={paths.requestAccess}>{t("habilitation.request.link")}</Link>
        </p>
      </div>
    </div>
  );
}
