import { Input } from "@codegouvfr/react-dsfr/Input";
import { Select } from "@codegouvfr/react-dsfr/Select";
import type { PersonSummary } from "@shared/schemas/people";
import { keepPreviousData, useInfiniteQuery } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { useT } from "../../../i18n/use-t";
import { peopleSearchQueryOptions } from "../../directory/api/search-people";

const SEARCH_DELAY_MS = 300;

function useDebouncedValue<T>(value: T, delayMs: number): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = window.setTimeout(() => setDebounced(value), delayMs);
    return () => window.clearTimeout(timer);
  }, [value, delayMs]);
  return debounced;
}

type PersonPickerProps = {
  /** Legend of the group, e.g. « Personne destinataire ». */
  label: string;
  /** The chosen person's id, or "" for none. */
  value: string;
  onChange: (person: PersonSummary | null) => void;
  errorMessage?: string;
};

/**
 * Picks a person from the directory, like the unit picker: a search box narrows the choices of a
 * native select (GET /api/directory/people?q=…). Both controls are labelled, inside a fieldset.
 */
export function PersonPicker({ label, value, onChange, errorMessage }: PersonPickerProps) {
  const t = useT();
  const [text, setText] = useState("");
  const [chosen, setChosen] = useState<PersonSummary | null>(null);
  const q = useDebouncedValue(text.trim(), SEARCH_DELAY_MS);
  const search = useInfiniteQuery({
    ...peopleSearchQueryOptions(q === "" ? {} : { q }),
    placeholderData: keepPreviousData,
  });

  const found: PersonSummary[] = search.data?.pages[0]?.items ?? [];
  const kept = chosen !== null && chosen.id === value ? chosen : null;
  const options =
    kept !== null && !found.some((person) => person.id === kept.id) ? [kept, ...found] : found;
  const hasMore = (search.data?.pages[0]?.nextCursor ?? null) !== null;

  return (
    <fieldset className="fr-fieldset">
      <legend className="fr-fieldset__legend fr-text--regular">{label}</legend>
      <div className="fr-fieldset__element">
        <Input
          label={t("personPicker.search")}
          hintText={t("personPicker.searchHint")}
          nativeInputProps={{
            type: "search",
            value: text,
            autoComplete: "off",
            onChange: (event) => setText(event.target.value),
          }}
        />
      </div>
      <div className="fr-fieldset__element">
        <Select
          label={t("personPicker.choose")}
          hint={
            <span aria-live="polite">
              {search.isFetching
                ? t("common.loading")
                : hasMore
                  ? t("personPicker.refine", { count: found.length })
                  : t("personPicker.count", { count: found.length })}
            </span>
          }
          state={errorMessage === undefined ? "default" : "error"}
          stateRelatedMessage={errorMessage}
          nativeSelectProps={{
            value,
            onChange: (event) => {
              const person = options.find((option) => option.id === event.target.value) ?? null;
              setChosen(person);
              onChange(person);
            },
          }}
        >
          <option value="">{t("form.choose")}</option>
          {options.map((person) => (
            <option key={person.id} value={person.id}>
              {person.displayName}
              {person.principalUnit === null ? "" : ` — ${person.principalUnit.shortName}`}
            </option>
          ))}
        </Select>
      </div>
    </fieldset>
  );
}
