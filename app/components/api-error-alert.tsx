import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { ApiError } from "../api/client";
import { isUiKey } from "../i18n/catalogs";
import { type Translate, useT } from "../i18n/use-t";

/** The message to show for an error: the i18n text of its code, else the server's own message. */
export function describeError(error: unknown, t: Translate): string {
  if (error instanceof ApiError) {
    if (error.code === "network_error") return t("common.networkError");
    const key = `errors.${error.code}`;
    if (isUiKey(key)) return t(key);
    if (error.message !== "") return error.message;
  }
  return t("errors.internal_error");
}

type ApiErrorAlertProps = { error: unknown; className?: string };

/** A DSFR error alert for a failed API call (nothing when there is no error). */
export function ApiErrorAlert({ error, className }: ApiErrorAlertProps) {
  const t = useT();
  if (error === null || error === undefined) return null;
  return (
    <Alert
      className={className ?? "fr-mb-4w"}
      severity="error"
      small
      description={describeError(error, t)}
    />
  );
}
