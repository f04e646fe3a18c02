import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { Select } from "@codegouvfr/react-dsfr/Select";
import { RequestAccessBody } from "@shared/schemas/habilitation";
import { type FormEvent, useState } from "react";
import { Link } from "react-router";
import { ApiErrorAlert } from "../../../components/api-error-alert";
import { CountrySelect } from "../../../components/country-select";
import { useT } from "../../../i18n/use-t";
import { usePageTitle } from "../../../layout/use-page-title";
import { paths } from "../../../paths";
import { useRequestAccess } from "../api/request-access";
import { useRequestableUnits } from "../api/requestable-units";

const EMPTY = {
  email: "",
  givenName: "",
  familyName: "",
  nationality: "FR",
  jobTitle: "",
  unitId: "",
  reason: "",
};
type Field = keyof typeof EMPTY;

/** « Demander un accès »: the public form of an agent without an account. */
export function RequestAccessPage() {
  const t = useT();
  usePageTitle(t("habilitation.request.title"));
  const units = useRequestableUnits();
  const send = useRequestAccess();
  const [form, setForm] = useState(EMPTY);
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const set = (field: Field) => (value: string) => setForm((f) => ({ ...f, [field]: value }));

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const parsed = RequestAccessBody.safeParse(form);
    if (!parsed.success) {
      const found: Partial<Record<Field, string>> = {};
      for (const issue of parsed.error.issues) {
        found[issue.path[0] as Field] = t("habilitation.request.invalid");
      }
      setErrors(found);
      return;
    }
    setErrors({});
    send.mutate(parsed.data);
  };

  if (send.isSuccess) {
    return (
      <div className="fr-grid-row fr-grid-row--center">
        <div className="fr-col-12 fr-col-md-8">
          <h1>{t("habilitation.request.title")}</h1>
          <Alert
            severity="success"
            title={t("habilitation.request.sentTitle")}
            description={t("habilitation.request.sent")}
          />
          <p className="fr-mt-3w">
            <Link to={paths.login}>{t("habilitation.request.backToLogin")}</Link>
          </p>
        </div>
      </div>
    );
  }

  const text = (field: Field, label: string, type = "text", autoComplete?: string) => (
    <Input
      label={label}
      state={errors[field] ? "error" : "default"}
      stateRelatedMessage={errors[field]}
      nativeInputProps={{
        type,
        autoComplete,
        required: true,
        value: form[field],
        onChange: (e) => set(field)(e.target.value),
      }}
    />
  );

  return (
    <div className="fr-grid-row fr-grid-row--center">
      <div className="fr-col-12 fr-col-md-8">
        <h1>{t("habilitation.request.title")}</h1>
        <p>{t("habilitation.request.lead")}</p>
        <ApiErrorAlert error={send.error ?? units.error} />
        <form onSubmit={submit} noValidate>
          {text("email", t("habilitation.request.email"), "email", "email")}
          {text("givenName", t("habilitation.request.givenName"), "text", "given-name")}
          {text("familyName", t("habilitation.request.familyName"), "text", "family-name")}
          <CountrySelect
            label={t("habilitation.request.nationality")}
            value={form.nationality}
            onChange={set("nationality")}
            required
          />
          {text("jobTitle", t("habilitation.request.jobTitle"), "text", "organization-title")}
          <Select
            label={t("habilitation.request.unit")}
            hint={t("habilitation.request.unitHint")}
            state={errors.unitId ? "error" : "default"}
            stateRelatedMessage={errors.unitId}
            nativeSelectProps={{
              required: true,
              value: form.unitId,
              onChange: (e) => set("unitId")(e.target.value),
            }}
          >
            <option value="">{t("form.choose")}</option>
            {(units.data?.items ?? []).map((unit) => (
              <option key={unit.id} value={unit.id}>
                {unit.name} ({unit.organizationName})
              </option>
            ))}
          </Select>
          <Input
            label={t("habilitation.request.reason")}
            hintText={t("habilitation.request.reasonHint")}
            textArea
            state={errors.reason ? "error" : "default"}
            stateRelatedMessage={errors.reason}
            nativeTextAreaProps={{
              required: true,
              rows: 4,
              value: form.reason,
              onChange: (e) => set("reason")(e.target.value),
            }}
          />
          <Button type="submit" disabled={send.isPending}>
            {t("habilitation.request.submit")}
          </Button>
        </form>
      </div>
    </div>
  );
}
