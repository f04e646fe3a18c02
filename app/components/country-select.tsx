import { Select } from "@codegouvfr/react-dsfr/Select";
import type { ReactNode } from "react";
import { useCountryOptions } from "../i18n/countries";

type CountrySelectProps = {
  label: string;
  value: string;
  onChange: (code: string) => void;
  /** The empty choice (« Tous les pays », « Aucun »); leave out to make a country mandatory. */
  emptyOptionLabel?: string;
  hint?: ReactNode;
  errorMessage?: string;
  required?: boolean;
};

/** A select of every country by name in the current language; the value is the ISO code. */
export function CountrySelect({
  label,
  value,
  onChange,
  emptyOptionLabel,
  hint,
  errorMessage,
  required = false,
}: CountrySelectProps) {
  const countries = useCountryOptions();
  return (
    <Select
      label={label}
      hint={hint}
      state={errorMessage === undefined ? "default" : "error"}
      stateRelatedMessage={errorMessage}
      nativeSelectProps={{ value, required, onChange: (event) => onChange(event.target.value) }}
    >
      {emptyOptionLabel !== undefined && <option value="">{emptyOptionLabel}</option>}
      {countries.map((option) => (
        <option key={option.code} value={option.code}>
          {option.name}
        </option>
      ))}
    </Select>
  );
}
