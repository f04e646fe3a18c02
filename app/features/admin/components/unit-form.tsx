import { Button } from "@codegouvfr/react-dsfr/Button";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { CreateUnitBody, type UnitDetail, UpdateUnitBody } from "@shared/schemas/organization";
import { UNIT_KINDS, type UnitKind } from "@shared/vocabulary";
import { type FormEvent, useState } from "react";
import { ApiErrorAlert } from "../../../components/api-error-alert";
import { ChoiceSelect } from "../../../components/choice-select";
import { CountrySelect } from "../../../components/country-select";
import { useT } from "../../../i18n/use-t";
import { OrganizationSelect } from "../../directory/components/organization-select";
import { UnitPicker } from "../../directory/components/unit-picker";
import type { CreateUnitRequest } from "../api/create-unit";
import type { UpdateUnitRequest } from "../api/update-unit";
import { changedFields } from "./changed-fields";
import { fieldState, useFieldErrors } from "./form-validation";
import { SaveNotice } from "./save-notice";

export type UnitFormValues = {
  organizationId: string;
  parentId: string;
  kind: UnitKind;
  name: string;
  shortName: string;
  countryCode: string;
  city: string;
};

/** Values to start from: an existing unit, or a new one under an optional parent. */
export function unitFormValues(unit: UnitDetail | undefined, parent?: UnitDetail): UnitFormValues {
  if (unit !== undefined) {
    return {
      organizationId: unit.organization.id,
      parentId: unit.parentId ?? "",
      kind: unit.kind,
      name: unit.name,
      shortName: unit.shortName,
      countryCode: unit.countryCode ?? "",
      city: unit.city ?? "",
    };
  }
  return {
    organizationId: parent?.organization.id ?? "",
    parentId: parent?.id ?? "",
    kind: "office",
    name: "",
    shortName: "",
    countryCode: parent?.countryCode ?? "",
    city: parent?.city ?? "",
  };
}

/** The fields both creation and edition send, from the form values. */
function toCommonBody(values: UnitFormValues) {
  return {
    parentId: values.parentId === "" ? null : values.parentId,
    name: values.name,
    shortName: values.shortName,
    countryCode: values.countryCode === "" ? null : values.countryCode,
    city: values.city.trim() === "" ? null : values.city,
  };
}

type UnitFormProps = {
  initialValues: UnitFormValues;
  /** The unit being edited (organisation and kind are then fixed); absent when creating. */
  unitId?: string;
  isPending: boolean;
  error: unknown;
  submitLabel: string;
  onCreate?: (body: CreateUnitRequest) => void;
  onUpdate?: (body: UpdateUnitRequest) => void;
};

/** The unit form shared by creation and edition, validated with the server's own schemas. */
export function UnitForm({
  initialValues,
  unitId,
  isPending,
  error,
  submitLabel,
  onCreate,
  onUpdate,
}: UnitFormProps) {
  const t = useT();
  const [values, setValues] = useState(initialValues);
  const { errors, check, reject } = useFieldErrors();
  const [isUnchanged, setIsUnchanged] = useState(false);
  const isEdition = unitId !== undefined;

  const set = <K extends keyof UnitFormValues>(field: K, value: UnitFormValues[K]) => {
    setIsUnchanged(false);
    setValues((current) => ({ ...current, [field]: value }));
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const common = toCommonBody(values);
    if (!isEdition) {
      const body = check(form, CreateUnitBody, {
        ...common,
        organizationId: values.organizationId,
        kind: values.kind,
      });
      if (body !== undefined) onCreate?.(body);
    } else if (common.parentId === unitId) {
      reject(form, { parentId: t("errors.unit_cycle") });
    } else {
      const changes = changedFields(toCommonBody(initialValues), common);
      const body = check(form, UpdateUnitBody, changes);
      if (body === undefined) return;
      if (Object.keys(changes).length === 0) setIsUnchanged(true);
      else onUpdate?.(body);
    }
  };

  return (
    <form onSubmit={submit} noValidate>
      <p>{t("form.allRequired")}</p>
      <OrganizationSelect
        label={t("adminUnits.organization")}
        disabled={isEdition}
        value={values.organizationId}
        onChange={(organizationId) => {
          set("organizationId", organizationId);
          set("parentId", "");
        }}
        errorMessage={errors.organizationId}
      />
      <UnitPicker
        label={t("adminUnits.parent")}
        value={values.parentId}
        onChange={(parentId) => set("parentId", parentId)}
        emptyOptionLabel={t("adminUnits.noParent")}
        filters={values.organizationId === "" ? {} : { organizationId: values.organizationId }}
        errorMessage={errors.parentId}
      />
      <ChoiceSelect
        label={t("adminUnits.kind")}
        disabled={isEdition}
        choices={UNIT_KINDS}
        value={values.kind}
        onChange={(kind) => set("kind", kind)}
        describe={(kind) => t(`unitKind.${kind}`)}
      />
      <Input
        label={t("adminUnits.name")}
        hintText={t("adminUnits.nameHint")}
        {...fieldState(errors, "name")}
        nativeInputProps={{
          required: true,
          value: values.name,
          onChange: (event) => set("name", event.target.value),
        }}
      />
      <Input
        label={t("adminUnits.shortName")}
        hintText={t("adminUnits.shortNameHint")}
        {...fieldState(errors, "shortName")}
        nativeInputProps={{
          required: true,
          value: values.shortName,
          onChange: (event) => set("shortName", event.target.value),
        }}
      />
      <div className="fr-grid-row fr-grid-row--gutters">
        <div className="fr-col-12 fr-col-md-6">
          <CountrySelect
            label={t("adminUnits.country")}
            hint={t("adminUnits.countryHint")}
            value={values.countryCode}
            onChange={(code) => set("countryCode", code)}
            emptyOptionLabel={t("adminUnits.noCountry")}
            errorMessage={errors.countryCode}
          />
        </div>
        <div className="fr-col-12 fr-col-md-6">
          <Input
            label={t("adminUnits.city")}
            hintText={t("adminUnits.cityHint")}
            {...fieldState(errors, "city")}
            nativeInputProps={{
              value: values.city,
              onChange: (event) => set("city", event.target.value),
            }}
          />
        </div>
      </div>
      <ApiErrorAlert error={error} />
      {isUnchanged && <SaveNotice outcome="unchanged" />}
      <Button type="submit" disabled={isPending}>
        {submitLabel}
      </Button>
    </form>
  );
}
