import { Checkbox } from "@codegouvfr/react-dsfr/Checkbox";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { Select } from "@codegouvfr/react-dsfr/Select";
import type { FilingConditions } from "@shared/schemas/records";
import { CORRESPONDENCE_KINDS, MARKINGS } from "@shared/vocabulary";
import { useT } from "../../../i18n/use-t";
import { UnitPicker } from "../../directory/components/unit-picker";

type ConditionsFieldsProps = {
  value: FilingConditions;
  onChange: (value: FilingConditions) => void;
};

/** The conditions of a filing rule; an empty field is no condition. */
export function ConditionsFields({ value, onChange }: ConditionsFieldsProps) {
  const t = useT();
  const set = <K extends keyof FilingConditions>(key: K, v: FilingConditions[K] | undefined) => {
    const next = { ...value };
    if (v === undefined) delete next[key];
    else next[key] = v;
    onChange(next);
  };
  return (
    <>
      <Select
        label={t("records.cond.kind")}
        nativeSelectProps={{
          value: value.kind ?? "",
          onChange: (e) =>
            set(
              "kind",
              e.target.value === "" ? undefined : (e.target.value as FilingConditions["kind"]),
            ),
        }}
      >
        <option value="">{t("records.cond.any")}</option>
        {CORRESPONDENCE_KINDS.map((k) => (
          <option key={k} value={k}>
            {t(`correspondenceKind.${k}`)}
          </option>
        ))}
      </Select>
      <UnitPicker
        label={t("records.cond.originUnit")}
        value={value.originUnit?.unitId ?? ""}
        onChange={(unitId) =>
          set(
            "originUnit",
            unitId === ""
              ? undefined
              : { unitId, includeSubUnits: value.originUnit?.includeSubUnits ?? true },
          )
        }
        emptyOptionLabel={t("records.cond.anyUnit")}
      />
      {value.originUnit && (
        <Checkbox
          options={[
            {
              label: t("records.cond.includeSubUnits"),
              nativeInputProps: {
                checked: value.originUnit.includeSubUnits,
                onChange: (e) =>
                  value.originUnit &&
                  set("originUnit", { ...value.originUnit, includeSubUnits: e.target.checked }),
              },
            },
          ]}
        />
      )}
      <UnitPicker
        label={t("records.cond.addresseeUnit")}
        value={value.addresseeUnitId ?? ""}
        onChange={(unitId) => set("addresseeUnitId", unitId === "" ? undefined : unitId)}
        emptyOptionLabel={t("records.cond.anyUnit")}
      />
      <Input
        label={t("records.cond.tag")}
        nativeInputProps={{
          maxLength: 40,
          value: value.tag ?? "",
          onChange: (e) => set("tag", e.target.value.trim() === "" ? undefined : e.target.value),
        }}
      />
      <Select
        label={t("records.cond.marking")}
        nativeSelectProps={{
          value: value.marking ?? "",
          onChange: (e) =>
            set(
              "marking",
              e.target.value === "" ? undefined : (e.target.value as FilingConditions["marking"]),
            ),
        }}
      >
        <option value="">{t("records.cond.any")}</option>
        {MARKINGS.map((m) => (
          <option key={m} value={m}>
            {m}
          </option>
        ))}
      </Select>
    </>
  );
}
