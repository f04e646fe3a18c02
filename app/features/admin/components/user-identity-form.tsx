import { Button } from "@codegouvfr/react-dsfr/Button";
import { type AdminUserDetail, UpdateUserBody } from "@shared/schemas/people";
import { USER_STATUSES, type UserStatus } from "@shared/vocabulary";
import { type FormEvent, useState } from "react";
import { ApiErrorAlert } from "../../../components/api-error-alert";
import { ChoiceSelect } from "../../../components/choice-select";
import { useT } from "../../../i18n/use-t";
import { useUpdateUser } from "../api/update-user";
import { changedFields } from "./changed-fields";
import { useFieldErrors } from "./form-validation";
import { IdentityFields } from "./identity-fields";
import { SaveNotice } from "./save-notice";

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
  const { errors, check } = useFieldErrors();
  const [isUnchanged, setIsUnchanged] = useState(false);

  const set = <K extends keyof IdentityValues>(field: K, value: IdentityValues[K]) => {
    update.reset();
    setIsUnchanged(false);
    setValues((current) => ({ ...current, [field]: value }));
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const changes = changedFields(toBody(initialValues(user)), toBody(values));
    const body = check(event.currentTarget, UpdateUserBody, changes);
    if (body === undefined) return;
    if (Object.keys(changes).length === 0) setIsUnchanged(true);
    else update.mutate(body);
  };

  return (
    <form onSubmit={submit} noValidate>
      <IdentityFields values={values} errors={errors} onChange={set}>
        <ChoiceSelect
          label={t("adminUsers.status")}
          hint={t("adminUser.statusHint")}
          choices={USER_STATUSES}
          value={values.status}
          onChange={(status) => set("status", status)}
          describe={(status) => t(`userStatus.${status}`)}
        />
      </IdentityFields>
      <ApiErrorAlert error={update.error} />
      {isUnchanged && <SaveNotice outcome="unchanged" />}
      {update.isSuccess && <SaveNotice outcome="saved" />}
      <Button type="submit" disabled={update.isPending}>
        {t("form.save")}
      </Button>
    </form>
  );
}
