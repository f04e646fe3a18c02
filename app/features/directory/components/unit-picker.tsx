import { Input } from "@codegouvfr/react-dsfr/Input";
import { Select } from "@codegouvfr/react-dsfr/Select";
import type { UnitRef } from "@shared/schemas/organization";
import { useEffect, useState } from "react";
import { useT } from "../../../i18n/use-t";
import { type UnitFilters, useUnitSearch } from "../api/search-units";
import { useUnit } from "../api/unit";

const SEARCH_DELAY_MS = 300;
const MAX_OPTIONS = 50;

function useDebouncedValue<T>(value: T, delayMs: number): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = window.setTimeout(() => setDebounced(value), delayMs);
    return () => window.clearTimeout(timer);
  }, [value, delayMs]);
  return debounced;
}

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

/**
 * Picks a unit among thousands without a custom combobox: a search box narrows the choices of
 * a native select (GET /api/directory/units?q=…). Both controls are labelled, inside a fieldset.
 */
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
  const q = useDebouncedValue(text.trim(), SEARCH_DELAY_MS);
  const search = useUnitSearch({ ...filters, ...(q === "" ? {} : { q }) }, { limit: MAX_OPTIONS });
  const selected = useUnit(value);

  const found: UnitRef[] = search.data?.pages[0]?.items ?? [];
  const selectedUnit = selected.data;
  const options =
    selectedUnit !== undefined && !found.some((unit) => unit.id === selectedUnit.id)
      ? [selectedUnit, ...found]
      : found;
  const hasMore = (search.data?.pages[0]?.nextCursor ?? null) !== null;

  return (
    <fieldset className="fr-fieldset">
      <legend className="fr-fieldset__legend fr-text--regular">{label}</legend>
      <div className="fr-fieldset__element">
        <Input
          label={t("unitPicker.search")}
          hintText={t("unitPicker.searchHint")}
          nativeInputProps={{
            type: "search",
            value: text,
            onChange: (event) => setText(event.target.value),
            autoComplete: "off",
          }}
        />
      </div>
      <div className="fr-fieldset__element">
        <Select
          label={t("unitPicker.choose")}
          hint={
            <span aria-live="polite">
              {search.isFetching
                ? t("common.loading")
                : hasMore
                  ? t("unitPicker.refine", { count: found.length })
                  : t("unitPicker.count", { count: found.length })}
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
          {options.map((unit) => (
            <option key={unit.id} value={unit.id}>
              {unit.name} ({unit.shortName}) — {t(`unitKind.${unit.kind}`)}
            </option>
          ))}
        </Select>
      </div>
    </fieldset>
  );
}
