import { Input } from "@codegouvfr/react-dsfr/Input";
import type { ReactNode } from "react";
import { CountrySelect } from "../../../components/country-select";
import { useT } from "../../../i18n/use-t";
import { type FieldErrors, fieldState } from "./form-validation";

type IdentityFieldValues = {
  givenName: string;
  familyName: string;
  jobTitle: string;
  nationality: string;
};

type IdentityFieldsProps = {
  values: IdentityFieldValues;
  errors: FieldErrors;
  onChange: (field: keyof IdentityFieldValues, value: string) => void;
  /** A field to show beside the nationality (the account status, when editing). */
  children?: ReactNode;
};

/** A person's names, job title and nationality, as account creation and edition both ask them. */
export function IdentityFields({ values, errors, onChange, children }: IdentityFieldsProps) {
  const t = useT();
  return (
    <>
      <div className="fr-grid-row fr-grid-row--gutters">
        <div className="fr-col-12 fr-col-md-6">
          <Input
            label={t("identity.givenName")}
            {...fieldState(errors, "givenName")}
            nativeInputProps={{
              required: true,
              value: values.givenName,
              onChange: (event) => onChange("givenName", event.target.value),
            }}
          />
        </div>
        <div className="fr-col-12 fr-col-md-6">
          <Input
            label={t("identity.familyName")}
            {...fieldState(errors, "familyName")}
            nativeInputProps={{
              required: true,
              value: values.familyName,
              onChange: (event) => onChange("familyName", event.target.value),
            }}
          />
        </div>
      </div>
      <Input
        label={t("identity.jobTitleOptional")}
        {...fieldState(errors, "jobTitle")}
        nativeInputProps={{
          value: values.jobTitle,
          onChange: (event) => onChange("jobTitle", event.target.value),
        }}
      />
      <div className="fr-grid-row fr-grid-row--gutters">
        <div className={children === undefined ? "fr-col-12" : "fr-col-12 fr-col-md-6"}>
          <CountrySelect
            label={t("identity.nationality")}
            hint={t("adminUserCreate.nationalityHint")}
            value={values.nationality}
            onChange={(code) => onChange("nationality", code)}
            errorMessage={errors.nationality}
            required
          />
        </div>
        {children !== undefined && <div className="fr-col-12 fr-col-md-6">{children}</div>}
      </div>
    </>
  );
}
