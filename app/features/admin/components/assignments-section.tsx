import { Checkbox } from "@codegouvfr/react-dsfr/Checkbox";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { AddAssignmentBody, type AdminUserDetail } from "@shared/schemas/people";
import { useState } from "react";
import { ApiErrorAlert } from "../../../components/api-error-alert";
import { DataTable } from "../../../components/data-table";
import { UnitLink } from "../../../components/unit-link";
import { useFormatters } from "../../../i18n/format";
import { useT } from "../../../i18n/use-t";
import { UnitPicker } from "../../directory/components/unit-picker";
import { useAddAssignment } from "../api/add-assignment";
import { useRemoveAssignment } from "../api/remove-assignment";
import { AddForm } from "./add-form";
import { todayIso } from "./dates";
import { fieldState, useFieldErrors } from "./form-validation";
import { RowActionButton } from "./row-action-button";

function AddAssignmentForm({ userId }: { userId: string }) {
  const t = useT();
  const add = useAddAssignment(userId);
  const [unitId, setUnitId] = useState("");
  const [role, setRole] = useState("");
  const [isPrincipal, setIsPrincipal] = useState(false);
  const [startsOn, setStartsOn] = useState(todayIso);
  const [endsOn, setEndsOn] = useState("");
  const { errors, check } = useFieldErrors();

  const submit = (form: HTMLFormElement) => {
    const body = check(form, AddAssignmentBody, {
      unitId,
      function: role,
      isPrincipal,
      startsOn,
      endsOn: endsOn === "" ? null : endsOn,
    });
    if (body === undefined) return;
    add.mutate(body, {
      onSuccess: () => {
        setUnitId("");
        setRole("");
        setIsPrincipal(false);
        setEndsOn("");
      },
    });
  };

  return (
    <AddForm
      title={t("adminAssignments.add")}
      submitLabel={t("adminAssignments.submit")}
      mutation={add}
      onSubmit={submit}
    >
      <UnitPicker
        label={t("adminAssignments.unit")}
        value={unitId}
        onChange={setUnitId}
        emptyOptionLabel={t("form.choose")}
        errorMessage={errors.unitId}
        required
      />
      <Input
        label={t("adminAssignments.function")}
        hintText={t("adminAssignments.functionHint")}
        {...fieldState(errors, "function")}
        nativeInputProps={{
          required: true,
          value: role,
          onChange: (event) => setRole(event.target.value),
        }}
      />
      <div className="fr-grid-row fr-grid-row--gutters">
        <div className="fr-col-12 fr-col-md-6">
          <Input
            label={t("adminAssignments.startsOn")}
            {...fieldState(errors, "startsOn")}
            nativeInputProps={{
              type: "date",
              required: true,
              value: startsOn,
              onChange: (event) => setStartsOn(event.target.value),
            }}
          />
        </div>
        <div className="fr-col-12 fr-col-md-6">
          <Input
            label={t("adminAssignments.endsOn")}
            hintText={t("adminAssignments.endsOnHint")}
            {...fieldState(errors, "endsOn")}
            nativeInputProps={{
              type: "date",
              value: endsOn,
              onChange: (event) => setEndsOn(event.target.value),
            }}
          />
        </div>
      </div>
      <Checkbox
        options={[
          {
            label: t("adminAssignments.isPrincipal"),
            hintText: t("adminAssignments.isPrincipalHint"),
            nativeInputProps: {
              checked: isPrincipal,
              onChange: (event) => setIsPrincipal(event.target.checked),
            },
          },
        ]}
      />
    </AddForm>
  );
}

/** A user's assignments: the list with a remove action, and the form to add one. */
export function AssignmentsSection({ user }: { user: AdminUserDetail }) {
  const t = useT();
  const format = useFormatters();
  const remove = useRemoveAssignment(user.id);

  return (
    <>
      {user.assignments.length === 0 ? (
        <p>{t("assignments.none")}</p>
      ) : (
        <DataTable
          caption={t("adminAssignments.caption", { name: user.displayName })}
          headers={[
            t("adminAssignments.unit"),
            t("adminAssignments.function"),
            t("adminAssignments.principal"),
            t("adminAssignments.period"),
            t("form.actions"),
          ]}
          rows={user.assignments.map((assignment) => {
            const label = `${assignment.function} — ${assignment.unit.name}`;
            return {
              key: assignment.id,
              cells: [
                <UnitLink key="unit" unit={assignment.unit} />,
                assignment.function,
                assignment.isPrincipal ? t("common.yes") : t("common.no"),
                assignment.endsOn === null
                  ? t("assignments.since", { date: format.date(assignment.startsOn) })
                  : t("assignments.period", {
                      from: format.date(assignment.startsOn),
                      to: format.date(assignment.endsOn),
                    }),
                <RowActionButton
                  key="remove"
                  label={t("adminAssignments.remove")}
                  accessibleLabel={t("adminAssignments.removeLabel", { label })}
                  confirmation={t("adminAssignments.confirmRemove", { label })}
                  iconId="fr-icon-delete-line"
                  disabled={remove.isPending}
                  onConfirm={() => remove.mutate(assignment.id)}
                />,
              ],
            };
          })}
        />
      )}
      <ApiErrorAlert error={remove.error} />
      <AddAssignmentForm userId={user.id} />
    </>
  );
}
