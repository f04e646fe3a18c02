import { Input } from "@codegouvfr/react-dsfr/Input";
import { useT } from "../../../i18n/use-t";
import { type DraftErrors, draftFieldState } from "./draft-errors";

type EmailFieldsProps = {
  to: string;
  cc: string;
  onChange: (field: "emailTo" | "emailCc", value: string) => void;
  errors: DraftErrors;
};

/** A formal e-mail's recipients (To) and copies (Cc), as addresses separated by commas. */
export function EmailFields({ to, cc, onChange, errors }: EmailFieldsProps) {
  const t = useT();
  return (
    <>
      <Input
        label={t("email.to")}
        hintText={t("email.listHint")}
        {...draftFieldState(errors, "email.to")}
        nativeInputProps={{
          type: "text",
          inputMode: "email",
          autoComplete: "off",
          value: to,
          maxLength: 13_000,
          onChange: (event) => onChange("emailTo", event.target.value),
        }}
      />
      <Input
        label={t("email.cc")}
        hintText={t("email.listHint")}
        {...draftFieldState(errors, "email.cc")}
        nativeInputProps={{
          type: "text",
          inputMode: "email",
          autoComplete: "off",
          value: cc,
          maxLength: 13_000,
          onChange: (event) => onChange("emailCc", event.target.value),
        }}
      />
    </>
  );
}
