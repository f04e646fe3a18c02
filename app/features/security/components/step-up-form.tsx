import { Button } from "@codegouvfr/react-dsfr/Button";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { type FormEvent, useState } from "react";
import { ApiErrorAlert } from "../../../components/api-error-alert";
import { useT } from "../../../i18n/use-t";
import { useStepUp } from "../api/step-up";

/** Six digits from the authenticator app, or (switch) one of the recovery codes. */
export function StepUpForm() {
  const t = useT();
  const stepUp = useStepUp();
  const [useRecovery, setUseRecovery] = useState(false);
  const [value, setValue] = useState("");

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const typed = value.trim();
    stepUp.mutate(useRecovery ? { recoveryCode: typed } : { code: typed.replace(/\s/g, "") }, {
      onError: () => setValue(""),
    });
  };

  return (
    <form onSubmit={submit}>
      <ApiErrorAlert error={stepUp.error} />
      {useRecovery ? (
        <Input
          key="recovery"
          label={t("stepUp.recoveryCode")}
          hintText={t("stepUp.recoveryCodeHint")}
          nativeInputProps={{
            name: "recoveryCode",
            autoComplete: "off",
            required: true,
            value,
            onChange: (event) => setValue(event.target.value),
          }}
        />
      ) : (
        <Input
          key="code"
          label={t("stepUp.code")}
          hintText={t("stepUp.codeHint")}
          nativeInputProps={{
            name: "code",
            inputMode: "numeric",
            autoComplete: "one-time-code",
            pattern: "[0-9 ]{6,7}",
            maxLength: 7,
            required: true,
            value,
            onChange: (event) => setValue(event.target.value),
          }}
        />
      )}
      <ul className="fr-btns-group fr-btns-group--inline-sm">
        <li>
          <Button
            type="submit"
            disabled={stepUp.isPending}
            nativeButtonProps={{ "aria-busy": stepUp.isPending }}
          >
            {t("stepUp.submit")}
          </Button>
        </li>
        <li>
          <Button
            type="button"
            priority="tertiary"
            onClick={() => {
              setUseRecovery(!useRecovery);
              setValue("");
            }}
          >
            {useRecovery ? t("stepUp.useApp") : t("stepUp.useRecovery")}
          </Button>
        </li>
      </ul>
    </form>
  );
}
