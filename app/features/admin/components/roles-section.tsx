import { Button } from "@codegouvfr/react-dsfr/Button";
import { Select } from "@codegouvfr/react-dsfr/Select";
import { type AdminUserDetail, GrantRoleBody, type RoleGrant } from "@shared/schemas/people";
import { ROLES, type Role, UNIT_SCOPED_ROLES } from "@shared/vocabulary";
import { type FormEvent, useState } from "react";
import { ApiErrorAlert } from "../../../components/api-error-alert";
import { DataTable } from "../../../components/data-table";
import { UnitLink } from "../../../components/unit-link";
import { useT } from "../../../i18n/use-t";
import { UnitPicker } from "../../directory/components/unit-picker";
import { useGrantRole } from "../api/grant-role";
import { useRevokeRole } from "../api/revoke-role";
import { type FieldErrors, focusFirstError, validate } from "./form-validation";

function GrantRoleForm({ userId }: { userId: string }) {
  const t = useT();
  const grant = useGrantRole(userId);
  const [role, setRole] = useState<Role>("releaser");
  const [unitId, setUnitId] = useState("");
  const [errors, setErrors] = useState<FieldErrors>({});
  const isScoped = UNIT_SCOPED_ROLES.includes(role);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (isScoped && unitId === "") {
      setErrors({ unitId: t("adminRoles.unitRequired") });
      focusFirstError(event.currentTarget);
      return;
    }
    const result = validate(GrantRoleBody, { role, unitId: isScoped ? unitId : null }, t);
    if (!result.ok) {
      setErrors(result.errors);
      focusFirstError(event.currentTarget);
      return;
    }
    setErrors({});
    grant.mutate(result.data, { onSuccess: () => setUnitId("") });
  };

  return (
    <form onSubmit={submit} noValidate className="fr-mt-3w">
      <h3 className="fr-h6">{t("adminRoles.grant")}</h3>
      <Select
        label={t("adminRoles.role")}
        nativeSelectProps={{
          value: role,
          onChange: (event) => {
            const chosen = ROLES.find((value) => value === event.target.value);
            if (chosen !== undefined) setRole(chosen);
          },
        }}
      >
        {ROLES.map((value) => (
          <option key={value} value={value}>
            {t(`role.${value}`)}
          </option>
        ))}
      </Select>
      {isScoped && (
        <UnitPicker
          label={t("adminRoles.unit")}
          value={unitId}
          onChange={setUnitId}
          emptyOptionLabel={t("form.choose")}
          errorMessage={errors.unitId}
          required
        />
      )}
      <ApiErrorAlert error={grant.error} />
      <Button type="submit" iconId="fr-icon-add-line" disabled={grant.isPending}>
        {t("adminRoles.submit")}
      </Button>
    </form>
  );
}

/** A user's roles with a revoke action, and the form to grant one. */
export function RolesSection({ user }: { user: AdminUserDetail }) {
  const t = useT();
  const revoke = useRevokeRole(user.id);

  const confirmRevoke = (grant: RoleGrant) => {
    const label = t(`role.${grant.role}`);
    if (window.confirm(t("adminRoles.confirmRevoke", { role: label }))) revoke.mutate(grant.id);
  };

  return (
    <>
      {user.roles.length === 0 ? (
        <p>{t("roles.none")}</p>
      ) : (
        <DataTable
          caption={t("adminRoles.caption", { name: user.displayName })}
          headers={[t("adminRoles.role"), t("adminRoles.unit"), t("form.actions")]}
          rows={user.roles.map((grant) => ({
            key: grant.id,
            cells: [
              t(`role.${grant.role}`),
              grant.unit === null ? (
                t("adminRoles.wholePlatform")
              ) : (
                <UnitLink key="unit" unit={grant.unit} />
              ),
              <Button
                key="revoke"
                priority="tertiary"
                size="small"
                iconId="fr-icon-close-circle-line"
                disabled={revoke.isPending}
                nativeButtonProps={{
                  "aria-label": t("adminRoles.revokeLabel", { role: t(`role.${grant.role}`) }),
                }}
                onClick={() => confirmRevoke(grant)}
              >
                {t("adminRoles.revoke")}
              </Button>,
            ],
          }))}
        />
      )}
      <ApiErrorAlert error={revoke.error} />
      <GrantRoleForm userId={user.id} />
    </>
  );
}
