import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { type FormEvent, useState } from "react";
import { ApiErrorAlert } from "../../../components/api-error-alert";
import { useT } from "../../../i18n/use-t";
import { useConfirmTotp, useEnrollTotp } from "../api/totp";

/**
 * Enrolling an authenticator app: the QR code (and the secret, for apps that cannot scan), a
 * first code to confirm, then the ten recovery codes — shown this once.
 */
export function TotpEnrolment({ enrolled }: { enrolled: boolean }) {
  const t = useT();
  const enrol = useEnrollTotp();
  const confirm = useConfirmTotp();
  const [code, setCode] = useState("");

  if (confirm.data) {
    return (
      <>
        <Alert
          className="fr-mb-3w"
          severity="success"
          small
          description={t("security.totpConfirmed")}
        />
        <h3 className="fr-h6">{t("security.recoveryCodesTitle")}</h3>
        <p>{t("security.recoveryCodesLead")}</p>
        <ul className="recovery-codes" aria-label={t("security.recoveryCodesTitle")}>
          {confirm.data.recoveryCodes.map((c) => (
            <li key={c}>
              <code>{c}</code>
            </li>
          ))}
        </ul>
      </>
    );
  }
  if (enrolled) return <p>{t("security.totpEnrolled")}</p>;
  if (!enrol.data) {
    return (
      <>
        <p>{t("security.totpLead")}</p>
        <ApiErrorAlert error={enrol.error} />
        <Button
          iconId="fr-icon-smartphone-line"
          disabled={enrol.isPending}
          onClick={() => enrol.mutate()}
        >
          {t("security.totpStart")}
        </Button>
      </>
    );
  }
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    confirm.mutate({ code: code.replace(/\s/g, "") });
  };
  return (
    <>
      <p>{t("security.totpScan")}</p>
      <img
        className="totp-qr"
        src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(enrol.data.qrSvg)}`}
        alt={t("security.totpQrAlt")}
        width={200}
        height={200}
      />
      <p className="fr-text--sm">
        {t("security.totpSecret")} <code data-testid="totp-secret">{enrol.data.secret}</code>
      </p>
      <ApiErrorAlert error={confirm.error} />
      <form onSubmit={submit}>
        <Input
          label={t("security.totpFirstCode")}
          hintText={t("stepUp.codeHint")}
          nativeInputProps={{
            name: "code",
            inputMode: "numeric",
            autoComplete: "one-time-code",
            maxLength: 7,
            required: true,
            value: code,
            onChange: (event) => setCode(event.target.value),
          }}
        />
        <Button type="submit" disabled={confirm.isPending}>
          {t("security.totpConfirm")}
        </Button>
      </form>
    </>
  );
}
