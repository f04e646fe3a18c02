import type { PersonSummary } from "@shared/schemas/people";
import { keepPreviousData, useInfiniteQuery } from "@tanstack/react-query";
import { useState } from "react";
import { SearchSelect, useDebouncedValue } from "../../../components/search-select";
import { useT } from "../../../i18n/use-t";
import { peopleSearchQueryOptions } from "../../directory/api/search-people";

type PersonPickerProps = {
  /** Legend of the group, e.g. « Personne destinataire ». */
  label: string;
  /** The chosen person's id, or "" for none. */
  value: string;
  onChange: (person: PersonSummary | null) => void;
  errorMessage?: string;
};

/** Picks a person from the directory (GET /api/directory/people?q=…). */
export function PersonPicker({ label, value, onChange, errorMessage }: PersonPickerProps) {
  const t = useT();
  const [text, setText] = useState("");
  const [chosen, setChosen] = useState<PersonSummary | null>(null);
  const q = useDebouncedValue(text.trim());
  const search = useInfiniteQuery({
    ...peopleSearchQueryOptions(q === "" ? {} : { q }),
    placeholderData: keepPreviousData,
  });

  const found: PersonSummary[] = search.data?.pages[0]?.items ?? [];
  const kept = chosen !== null && chosen.id === value ? chosen : null;
  const options =
    kept !== null && !found.some((person) => person.id === kept.id) ? [kept, ...found] : found;

  return (
    <SearchSelect
      label={label}
      texts={{
        search: t("personPicker.search"),
        searchHint: t("personPicker.searchHint"),
        choose: t("personPicker.choose"),
        count: (count) => t("personPicker.count", { count }),
        refine: (count) => t("personPicker.refine", { count }),
      }}
      text={text}
      onTextChange={setText}
      found={options}
      hasMore={(search.data?.pages[0]?.nextCursor ?? null) !== null}
      isFetching={search.isFetching}
      value={value}
      onChange={(id) => {
        const person = options.find((option) => option.id === id) ?? null;
        setChosen(person);
        onChange(person);
      }}
      emptyOptionLabel={t("form.choose")}
      describe={(person) =>
        `${person.displayName}${person.principalUnit === null ? "" : ` — ${person.principalUnit.shortName}`}`
      }
      errorMessage={errorMessage}
    />
  );
}
