import { Button } from "@codegouvfr/react-dsfr/Button";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { CreateUserBody } from "@shared/schemas/people";
import { type FormEvent, useState } from "react";
import { useNavigate } from "react-router";
import { ApiErrorAlert } from "../../../components/api-error-alert";
import { useT } from "../../../i18n/use-t";
import { usePageTitle } from "../../../layout/use-page-title";
import { paths } from "../../../paths";
import { OrganizationSelect } from "../../directory/components/organization-select";
import { useCreateUser } from "../api/create-user";
import { AdminBreadcrumb } from "../components/admin-breadcrumb";
import { fieldState, useFieldErrors } from "../components/form-validation";
import { IdentityFields } from "../components/identity-fields";

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
  const create = useCreateUser();
  const [form, setForm] = useState(EMPTY_FORM);
  const { errors, check } = useFieldErrors();

  const set = (field: keyof typeof EMPTY_FORM, value: string) =>
    setForm((current) => ({ ...current, [field]: value }));

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const jobTitle = form.jobTitle.trim();
    const body = check(event.currentTarget, CreateUserBody, {
      ...form,
      jobTitle: jobTitle === "" ? null : jobTitle,
    });
    if (body !== undefined)
      create.mutate(body, { onSuccess: (user) => navigate(paths.adminUser(user.id)) });
  };

  return (
    <>
      <AdminBreadcrumb list="users" currentPageLabel={t("adminUserCreate.title")} />
      <h1>{t("adminUserCreate.title")}</h1>
      <p>{t("form.allRequired")}</p>
      <ApiErrorAlert error={create.error} />
      <form onSubmit={submit} noValidate>
        <OrganizationSelect
          label={t("adminUserCreate.organization")}
          value={form.organizationId}
          onChange={(organizationId) => set("organizationId", organizationId)}
          errorMessage={errors.organizationId}
        />
        <Input
          label={t("identity.email")}
          {...fieldState(errors, "email")}
          nativeInputProps={{
            type: "email",
            autoComplete: "off",
            required: true,
            value: form.email,
            onChange: (event) => set("email", event.target.value),
          }}
        />
        <IdentityFields values={form} errors={errors} onChange={set} />
        <Input
          label={t("adminUserCreate.password")}
          hintText={t("adminUserCreate.passwordHint")}
          {...fieldState(errors, "password")}
          nativeInputProps={{
            type: "password",
            autoComplete: "new-password",
            required: true,
            value: form.password,
            onChange: (event) => set("password", event.target.value),
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
