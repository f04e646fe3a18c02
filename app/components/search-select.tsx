import { Input } from "@codegouvfr/react-dsfr/Input";
import { Select } from "@codegouvfr/react-dsfr/Select";
import { useEffect, useState } from "react";
import { useT } from "../i18n/use-t";

const SEARCH_DELAY_MS = 300;

/** The value, once it has stopped changing for `delayMs`. */
export function useDebouncedValue<T>(value: T, delayMs = SEARCH_DELAY_MS): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = window.setTimeout(() => setDebounced(value), delayMs);
    return () => window.clearTimeout(timer);
  }, [value, delayMs]);
  return debounced;
}

type SearchSelectProps<T extends { id: string }> = {
  /** Legend of the group, e.g. « Unité ». */
  label: string;
  /** Labels of the search box and of the select, and the counts under the select. */
  texts: {
    search: string;
    searchHint: string;
    choose: string;
    count: (count: number) => string;
    refine: (count: number) => string;
  };
  /** The typed text, for the caller's query. */
  text: string;
  onTextChange: (text: string) => void;
  /** The first page of candidates for the text, whether more exist, whether it is loading. */
  found: readonly T[];
  hasMore: boolean;
  isFetching: boolean;
  /** The chosen id, or "" for none. */
  value: string;
  onChange: (id: string) => void;
  /** Text of the empty choice. */
  emptyOptionLabel: string;
  describe: (item: T) => string;
  required?: boolean;
  errorMessage?: string;
};

/**
 * Picks one item among thousands without a custom combobox: a search box narrows the choices of
 * a native select. Both controls are labelled, inside a fieldset; the count is announced politely.
 */
export function SearchSelect<T extends { id: string }>({
  label,
  texts,
  text,
  onTextChange,
  found,
  hasMore,
  isFetching,
  value,
  onChange,
  emptyOptionLabel,
  describe,
  required = false,
  errorMessage,
}: SearchSelectProps<T>) {
  const t = useT();
  return (
    <fieldset className="fr-fieldset">
      <legend className="fr-fieldset__legend fr-text--regular">{label}</legend>
      <div className="fr-fieldset__element">
        <Input
          label={texts.search}
          hintText={texts.searchHint}
          nativeInputProps={{
            type: "search",
            value: text,
            autoComplete: "off",
            onChange: (event) => onTextChange(event.target.value),
          }}
        />
      </div>
      <div className="fr-fieldset__element">
        <Select
          label={texts.choose}
          hint={
            <span aria-live="polite">
              {isFetching
                ? t("common.loading")
                : hasMore
                  ? texts.refine(found.length)
                  : texts.count(found.length)}
            </span>
          }
          state={errorMessage === undefined ? "default" : "error"}
          stateRelatedMessage={errorMessage}
          nativeSelectProps={{
            value,
            required,
            onChange: (event) => onChange(event.target.value),
          }}
        >
          <option value="">{emptyOptionLabel}</option>
          {found.map((item) => (
            <option key={item.id} value={item.id}>
              {describe(item)}
            </option>
          ))}
        </Select>
      </div>
    </fieldset>
  );
}
