import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { Select } from "@codegouvfr/react-dsfr/Select";
import { CreateUnitBody, type UnitDetail, UpdateUnitBody } from "@shared/schemas/organization";
import { UNIT_KINDS, type UnitKind } from "@shared/vocabulary";
import { type FormEvent, useState } from "react";
import { ApiErrorAlert } from "../../../components/api-error-alert";
import { CountrySelect } from "../../../components/country-select";
import { useT } from "../../../i18n/use-t";
import { useOrganizations } from "../../directory/api/organizations";
import { UnitPicker } from "../../directory/components/unit-picker";
import type { CreateUnitRequest } from "../api/create-unit";
import type { UpdateUnitRequest } from "../api/update-unit";
import { changedFields } from "./changed-fields";
import { type FieldErrors, fieldState, focusFirstError, validate } from "./form-validation";

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
  const organizations = useOrganizations();
  const [values, setValues] = useState(initialValues);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [isUnchanged, setIsUnchanged] = useState(false);
  const isEdition = unitId !== undefined;

  const set = <K extends keyof UnitFormValues>(field: K, value: UnitFormValues[K]) => {
    setIsUnchanged(false);
    setValues((current) => ({ ...current, [field]: value }));
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const common = toCommonBody(values);
    if (isEdition) {
      if (common.parentId === unitId) {
        setErrors({ parentId: t("errors.unit_cycle") });
        focusFirstError(event.currentTarget);
        return;
      }
      const changes = changedFields(toCommonBody(initialValues), common);
      const result = validate(UpdateUnitBody, changes, t);
      if (!result.ok) {
        setErrors(result.errors);
        focusFirstError(event.currentTarget);
        return;
      }
      setErrors({});
      if (Object.keys(changes).length === 0) setIsUnchanged(true);
      else onUpdate?.(result.data);
    } else {
      const result = validate(
        CreateUnitBody,
        { ...common, organizationId: values.organizationId, kind: values.kind },
        t,
      );
      if (!result.ok) {
        setErrors(result.errors);
        focusFirstError(event.currentTarget);
        return;
      }
      setErrors({});
      onCreate?.(result.data);
    }
  };

  return (
    <form onSubmit={submit} noValidate>
      <p>{t("form.allRequired")}</p>
      <ApiErrorAlert error={organizations.error} />
      <Select
        label={t("adminUnits.organization")}
        disabled={isEdition}
        {...fieldState(errors, "organizationId")}
        nativeSelectProps={{
          value: values.organizationId,
          required: true,
          onChange: (event) => {
            set("organizationId", event.target.value);
            set("parentId", "");
          },
        }}
      >
        <option value="">{t("form.choose")}</option>
        {organizations.data?.items.map((organization) => (
          <option key={organization.id} value={organization.id}>
            {organization.name}
          </option>
        ))}
      </Select>
      <UnitPicker
        label={t("adminUnits.parent")}
        value={values.parentId}
        onChange={(parentId) => set("parentId", parentId)}
        emptyOptionLabel={t("adminUnits.noParent")}
        filters={values.organizationId === "" ? {} : { organizationId: values.organizationId }}
        errorMessage={errors.parentId}
      />
      <Select
        label={t("adminUnits.kind")}
        disabled={isEdition}
        nativeSelectProps={{
          value: values.kind,
          onChange: (event) => {
            const kind = UNIT_KINDS.find((value) => value === event.target.value);
            if (kind !== undefined) set("kind", kind);
          },
        }}
      >
        {UNIT_KINDS.map((kind) => (
          <option key={kind} value={kind}>
            {t(`unitKind.${kind}`)}
          </option>
        ))}
      </Select>
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
      {isUnchanged && (
        <Alert
          className="fr-mb-2w"
          severity="info"
          small
          role="status"
          description={t("form.noChange")}
        />
      )}
      <Button type="submit" disabled={isPending}>
        {submitLabel}
      </Button>
    </form>
  );
}
