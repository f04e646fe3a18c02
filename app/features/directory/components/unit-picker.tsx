import type { UnitRef } from "@shared/schemas/organization";
import { useState } from "react";
import { SearchSelect, useDebouncedValue } from "../../../components/search-select";
import { useT } from "../../../i18n/use-t";
import { type UnitFilters, useUnitSearch } from "../api/search-units";
import { useUnit } from "../api/unit";

const MAX_OPTIONS = 50;

type UnitPickerProps = {
  /** Legend of the group, e.g. « Unité ». */
  label: string;
  /** The chosen unit id, or "" for none. */
  value: string;
  onChange: (unitId: string) => void;
  /** Text of the empty choice (« Toutes les unités », « Choisir une unité »). */
  emptyOptionLabel: string;
  /** Extra filters on the candidate units (an organisation, a kind …). */
  filters?: Omit<UnitFilters, "q">;
  required?: boolean;
  errorMessage?: string;
};

/** Picks a unit of the directory (GET /api/directory/units?q=…). */
export function UnitPicker({
  label,
  value,
  onChange,
  emptyOptionLabel,
  filters = {},
  required = false,
  errorMessage,
}: UnitPickerProps) {
  const t = useT();
  const [text, setText] = useState("");
  const q = useDebouncedValue(text.trim());
  const search = useUnitSearch({ ...filters, ...(q === "" ? {} : { q }) }, { limit: MAX_OPTIONS });
  const selected = useUnit(value);

  const found: UnitRef[] = search.data?.pages[0]?.items ?? [];
  const selectedUnit = selected.data;
  const options =
    selectedUnit !== undefined && !found.some((unit) => unit.id === selectedUnit.id)
      ? [selectedUnit, ...found]
      : found;

  return (
    <SearchSelect
      label={label}
      texts={{
        search: t("unitPicker.search"),
        searchHint: t("unitPicker.searchHint"),
        choose: t("unitPicker.choose"),
        count: (count) => t("unitPicker.count", { count }),
        refine: (count) => t("unitPicker.refine", { count }),
      }}
      text={text}
      onTextChange={setText}
      found={options}
      hasMore={(search.data?.pages[0]?.nextCursor ?? null) !== null}
      isFetching={search.isFetching}
      value={value}
      onChange={onChange}
      emptyOptionLabel={emptyOptionLabel}
      describe={(unit) => `${unit.name} (${unit.shortName}) — ${t(`unitKind.${unit.kind}`)}`}
      required={required}
      errorMessage={errorMessage}
    />
  );
}
