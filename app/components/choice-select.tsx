import { Select } from "@codegouvfr/react-dsfr/Select";

type ChoiceSelectProps<C extends string> = {
  label: string;
  hint?: string;
  /** The values offered, in order; include "" for an empty choice such as « Tous ». */
  choices: readonly C[];
  value: C;
  onChange: (choice: C) => void;
  /** The text shown for a value, e.g. its translation. */
  describe: (choice: C) => string;
  disabled?: boolean;
};

/** A select among a fixed list of values (a vocabulary), typed so only those values come out. */
export function ChoiceSelect<C extends string>({
  label,
  hint,
  choices,
  value,
  onChange,
  describe,
  disabled,
}: ChoiceSelectProps<C>) {
  return (
    <Select
      label={label}
      hint={hint}
      disabled={disabled}
      nativeSelectProps={{
        value,
        onChange: (event) => {
          const chosen = choices.find((choice) => choice === event.target.value);
          if (chosen !== undefined) onChange(chosen);
        },
      }}
    >
      {choices.map((choice) => (
        <option key={choice} value={choice}>
          {describe(choice)}
        </option>
      ))}
    </Select>
  );
}
