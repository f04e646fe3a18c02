import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { Select } from "@codegouvfr/react-dsfr/Select";
import { type AdminUserDetail, UpdateUserBody } from "@shared/schemas/people";
import { USER_STATUSES, type UserStatus } from "@shared/vocabulary";
import { type FormEvent, useState } from "react";
import { ApiErrorAlert } from "../../../components/api-error-alert";
import { CountrySelect } from "../../../components/country-select";
import { useT } from "../../../i18n/use-t";
import { useUpdateUser } from "../api/update-user";
import { changedFields } from "./changed-fields";
import { type FieldErrors, fieldState, focusFirstError, validate } from "./form-validation";

type IdentityValues = {
  givenName: string;
  familyName: string;
  jobTitle: string;
  nationality: string;
  status: UserStatus;
};

/** The request body for a set of form values (an empty job title means none). */
function toBody(values: IdentityValues) {
  const jobTitle = values.jobTitle.trim();
  return { ...values, jobTitle: jobTitle === "" ? null : jobTitle };
}

function initialValues(user: AdminUserDetail): IdentityValues {
  return {
    givenName: user.givenName,
    familyName: user.familyName,
    jobTitle: user.jobTitle ?? "",
    nationality: user.nationality,
    status: user.status,
  };
}

/** Edits a user's identity and status (disabling an account closes its access). */
export function UserIdentityForm({ user }: { user: AdminUserDetail }) {
  const t = useT();
  const update = useUpdateUser(user.id);
  const [values, setValues] = useState(() => initialValues(user));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [isUnchanged, setIsUnchanged] = useState(false);

  const set = <K extends keyof IdentityValues>(field: K, value: IdentityValues[K]) => {
    update.reset();
    setIsUnchanged(false);
    setValues((current) => ({ ...current, [field]: value }));
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const changes = changedFields(toBody(initialValues(user)), toBody(values));
    const result = validate(UpdateUserBody, changes, t);
    if (!result.ok) {
      setErrors(result.errors);
      focusFirstError(event.currentTarget);
      return;
    }
    setErrors({});
    if (Object.keys(changes).length === 0) setIsUnchanged(true);
    else update.mutate(result.data);
  };

  return (
    <form onSubmit={submit} noValidate>
      <div className="fr-grid-row fr-grid-row--gutters">
        <div className="fr-col-12 fr-col-md-6">
          <Input
            label={t("identity.givenName")}
            {...fieldState(errors, "givenName")}
            nativeInputProps={{
              required: true,
              value: values.givenName,
              onChange: (event) => set("givenName", event.target.value),
            }}
          />
        </div>
        <div className="fr-col-12 fr-col-md-6">
          <Input
            label={t("identity.familyName")}
            {...fieldState(errors, "familyName")}
            nativeInputProps={{
              required: true,
              value: values.familyName,
              onChange: (event) => set("familyName", event.target.value),
            }}
          />
        </div>
      </div>
      <Input
        label={t("identity.jobTitleOptional")}
        {...fieldState(errors, "jobTitle")}
        nativeInputProps={{
          value: values.jobTitle,
          onChange: (event) => set("jobTitle", event.target.value),
        }}
      />
      <div className="fr-grid-row fr-grid-row--gutters">
        <div className="fr-col-12 fr-col-md-6">
          <CountrySelect
            label={t("identity.nationality")}
            hint={t("adminUserCreate.nationalityHint")}
            value={values.nationality}
            onChange={(code) => set("nationality", code)}
            errorMessage={errors.nationality}
            required
          />
        </div>
        <div className="fr-col-12 fr-col-md-6">
          <Select
            label={t("adminUsers.status")}
            hint={t("adminUser.statusHint")}
            nativeSelectProps={{
              value: values.status,
              onChange: (event) => {
                const status = USER_STATUSES.find((value) => value === event.target.value);
                if (status !== undefined) set("status", status);
              },
            }}
          >
            {USER_STATUSES.map((status) => (
              <option key={status} value={status}>
                {t(`userStatus.${status}`)}
              </option>
            ))}
          </Select>
        </div>
      </div>
      <ApiErrorAlert error={update.error} />
      {isUnchanged && (
        <Alert
          className="fr-mb-2w"
          severity="info"
          small
          role="status"
          description={t("form.noChange")}
        />
      )}
      {update.isSuccess && (
        <Alert
          className="fr-mb-2w"
          severity="success"
          small
          role="status"
          description={t("form.saved")}
        />
      )}
      <Button type="submit" disabled={update.isPending}>
        {t("form.save")}
      </Button>
    </form>
  );
}
