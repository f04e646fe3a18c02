import { Breadcrumb } from "@codegouvfr/react-dsfr/Breadcrumb";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { Select } from "@codegouvfr/react-dsfr/Select";
import { CreateUserBody } from "@shared/schemas/people";
import { type FormEvent, useState } from "react";
import { useNavigate } from "react-router";
import { ApiErrorAlert } from "../../../components/api-error-alert";
import { CountrySelect } from "../../../components/country-select";
import { useT } from "../../../i18n/use-t";
import { usePageTitle } from "../../../layout/use-page-title";
import { paths } from "../../../paths";
import { useOrganizations } from "../../directory/api/organizations";
import { useCreateUser } from "../api/create-user";
import {
  type FieldErrors,
  fieldState,
  focusFirstError,
  validate,
} from "../components/form-validation";

const EMPTY_FORM = {
  organizationId: "",
  email: "",
  givenName: "",
  familyName: "",
  jobTitle: "",
  nationality: "FR",
  password: "",
};

/** « Créer un utilisateur »: the account's organisation, identity and first password. */
export function UserCreatePage() {
  const t = useT();
  usePageTitle(t("adminUserCreate.title"));
  const navigate = useNavigate();
  const organizations = useOrganizations();
  const create = useCreateUser();
  const [form, setForm] = useState(EMPTY_FORM);
  const [errors, setErrors] = useState<FieldErrors>({});

  const set = (field: keyof typeof EMPTY_FORM) => (value: string) =>
    setForm((current) => ({ ...current, [field]: value }));

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const jobTitle = form.jobTitle.trim();
    const result = validate(
      CreateUserBody,
      { ...form, jobTitle: jobTitle === "" ? null : jobTitle },
      t,
    );
    if (!result.ok) {
      setErrors(result.errors);
      focusFirstError(event.currentTarget);
      return;
    }
    setErrors({});
    create.mutate(result.data, { onSuccess: (user) => navigate(paths.adminUser(user.id)) });
  };

  return (
    <>
      <Breadcrumb
        homeLinkProps={{ to: paths.home }}
        segments={[
          { label: t("admin.section"), linkProps: { to: paths.admin } },
          { label: t("adminUsers.title"), linkProps: { to: paths.adminUsers } },
        ]}
        currentPageLabel={t("adminUserCreate.title")}
      />
      <h1>{t("adminUserCreate.title")}</h1>
      <p>{t("form.allRequired")}</p>
      <ApiErrorAlert error={create.error ?? organizations.error} />
      <form onSubmit={submit} noValidate>
        <Select
          label={t("adminUserCreate.organization")}
          {...fieldState(errors, "organizationId")}
          nativeSelectProps={{
            value: form.organizationId,
            required: true,
            onChange: (event) => set("organizationId")(event.target.value),
          }}
        >
          <option value="">{t("form.choose")}</option>
          {organizations.data?.items.map((organization) => (
            <option key={organization.id} value={organization.id}>
              {organization.name}
            </option>
          ))}
        </Select>
        <Input
          label={t("identity.email")}
          {...fieldState(errors, "email")}
          nativeInputProps={{
            type: "email",
            autoComplete: "off",
            required: true,
            value: form.email,
            onChange: (event) => set("email")(event.target.value),
          }}
        />
        <div className="fr-grid-row fr-grid-row--gutters">
          <div className="fr-col-12 fr-col-md-6">
            <Input
              label={t("identity.givenName")}
              {...fieldState(errors, "givenName")}
              nativeInputProps={{
                required: true,
                value: form.givenName,
                onChange: (event) => set("givenName")(event.target.value),
              }}
            />
          </div>
          <div className="fr-col-12 fr-col-md-6">
            <Input
              label={t("identity.familyName")}
              {...fieldState(errors, "familyName")}
              nativeInputProps={{
                required: true,
                value: form.familyName,
                onChange: (event) => set("familyName")(event.target.value),
              }}
            />
          </div>
        </div>
        <Input
          label={t("identity.jobTitleOptional")}
          {...fieldState(errors, "jobTitle")}
          nativeInputProps={{
            value: form.jobTitle,
            onChange: (event) => set("jobTitle")(event.target.value),
          }}
        />
        <CountrySelect
          label={t("identity.nationality")}
          hint={t("adminUserCreate.nationalityHint")}
          value={form.nationality}
          onChange={set("nationality")}
          errorMessage={errors.nationality}
          required
        />
        <Input
          label={t("adminUserCreate.password")}
          hintText={t("adminUserCreate.passwordHint")}
          {...fieldState(errors, "password")}
          nativeInputProps={{
            type: "password",
            autoComplete: "new-password",
            required: true,
            value: form.password,
            onChange: (event) => set("password")(event.target.value),
          }}
        />
        <ul className="fr-btns-group fr-btns-group--inline-sm">
          <li>
            <Button type="submit" disabled={create.isPending}>
              {t("adminUserCreate.submit")}
            </Button>
          </li>
          <li>
            <Button priority="secondary" linkProps={{ to: paths.adminUsers }}>
              {t("form.cancel")}
            </Button>
          </li>
        </ul>
      </form>
    </>
  );
}
