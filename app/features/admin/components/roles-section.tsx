import { type AdminUserDetail, GrantRoleBody } from "@shared/schemas/people";
import { ROLES, type Role, UNIT_SCOPED_ROLES } from "@shared/vocabulary";
import { useState } from "react";
import { ApiErrorAlert } from "../../../components/api-error-alert";
import { ChoiceSelect } from "../../../components/choice-select";
import { DataTable } from "../../../components/data-table";
import { UnitLink } from "../../../components/unit-link";
import { useT } from "../../../i18n/use-t";
import { UnitPicker } from "../../directory/components/unit-picker";
import { useGrantRole } from "../api/grant-role";
import { useRevokeRole } from "../api/revoke-role";
import { AddForm } from "./add-form";
import { useFieldErrors } from "./form-validation";
import { RowActionButton } from "./row-action-button";

function GrantRoleForm({ userId }: { userId: string }) {
  const t = useT();
  const grant = useGrantRole(userId);
  const [role, setRole] = useState<Role>("releaser");
  const [unitId, setUnitId] = useState("");
  const { errors, check, reject } = useFieldErrors();
  const isScoped = UNIT_SCOPED_ROLES.includes(role);

  const submit = (form: HTMLFormElement) => {
    if (isScoped && unitId === "") {
      reject(form, { unitId: t("adminRoles.unitRequired") });
      return;
    }
    const body = check(form, GrantRoleBody, { role, unitId: isScoped ? unitId : null });
    if (body !== undefined) grant.mutate(body, { onSuccess: () => setUnitId("") });
  };

  return (
    <AddForm
      title={t("adminRoles.grant")}
      submitLabel={t("adminRoles.submit")}
      mutation={grant}
      onSubmit={submit}
    >
      <ChoiceSelect
        label={t("adminRoles.role")}
        choices={ROLES}
        value={role}
        onChange={setRole}
        describe={(value) => t(`role.${value}`)}
      />
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
    </AddForm>
  );
}

/** A user's roles with a revoke action, and the form to grant one. */
export function RolesSection({ user }: { user: AdminUserDetail }) {
  const t = useT();
  const revoke = useRevokeRole(user.id);

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
              <RowActionButton
                key="revoke"
                label={t("adminRoles.revoke")}
                accessibleLabel={t("adminRoles.revokeLabel", { role: t(`role.${grant.role}`) })}
                confirmation={t("adminRoles.confirmRevoke", { role: t(`role.${grant.role}`) })}
                iconId="fr-icon-close-circle-line"
                disabled={revoke.isPending}
                onConfirm={() => revoke.mutate(grant.id)}
              />,
            ],
          }))}
        />
      )}
      <ApiErrorAlert error={revoke.error} />
      <GrantRoleForm userId={user.id} />
    </>
  );
}
