import { Button } from "@codegouvfr/react-dsfr/Button";
import { Checkbox } from "@codegouvfr/react-dsfr/Checkbox";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { AddAssignmentBody, type AdminUserDetail } from "@shared/schemas/people";
import { type FormEvent, useState } from "react";
import { ApiErrorAlert } from "../../../components/api-error-alert";
import { DataTable } from "../../../components/data-table";
import { UnitLink } from "../../../components/unit-link";
import { useFormatters } from "../../../i18n/format";
import { useT } from "../../../i18n/use-t";
import { UnitPicker } from "../../directory/components/unit-picker";
import { useAddAssignment } from "../api/add-assignment";
import { useRemoveAssignment } from "../api/remove-assignment";
import { todayIso } from "./dates";
import { type FieldErrors, fieldState, focusFirstError, validate } from "./form-validation";

function AddAssignmentForm({ userId }: { userId: string }) {
  const t = useT();
  const add = useAddAssignment(userId);
  const [unitId, setUnitId] = useState("");
  const [role, setRole] = useState("");
  const [isPrincipal, setIsPrincipal] = useState(false);
  const [startsOn, setStartsOn] = useState(todayIso);
  const [endsOn, setEndsOn] = useState("");
  const [errors, setErrors] = useState<FieldErrors>({});

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const result = validate(
      AddAssignmentBody,
      { unitId, function: role, isPrincipal, startsOn, endsOn: endsOn === "" ? null : endsOn },
      t,
    );
    if (!result.ok) {
      setErrors(result.errors);
      focusFirstError(event.currentTarget);
      return;
    }
    setErrors({});
    add.mutate(result.data, {
      onSuccess: () => {
        setUnitId("");
        setRole("");
        setIsPrincipal(false);
        setEndsOn("");
      },
    });
  };

  return (
    <form onSubmit={submit} noValidate className="fr-mt-3w">
      <h3 className="fr-h6">{t("adminAssignments.add")}</h3>
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
      <ApiErrorAlert error={add.error} />
      <Button type="submit" iconId="fr-icon-add-line" disabled={add.isPending}>
        {t("adminAssignments.submit")}
      </Button>
    </form>
  );
}

/** A user's assignments: the list with a remove action, and the form to add one. */
export function AssignmentsSection({ user }: { user: AdminUserDetail }) {
  const t = useT();
  const format = useFormatters();
  const remove = useRemoveAssignment(user.id);

  const confirmRemove = (assignmentId: string, label: string) => {
    if (window.confirm(t("adminAssignments.confirmRemove", { label }))) remove.mutate(assignmentId);
  };

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
          rows={user.assignments.map((assignment) => ({
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
              <Button
                key="remove"
                priority="tertiary"
                size="small"
                iconId="fr-icon-delete-line"
                disabled={remove.isPending}
                nativeButtonProps={{
                  "aria-label": t("adminAssignments.removeLabel", {
                    label: `${assignment.function} — ${assignment.unit.name}`,
                  }),
                }}
                onClick={() =>
                  confirmRemove(assignment.id, `${assignment.function} — ${assignment.unit.name}`)
                }
              >
                {t("adminAssignments.remove")}
              </Button>,
            ],
          }))}
        />
      )}
      <ApiErrorAlert error={remove.error} />
      <AddAssignmentForm userId={user.id} />
    </>
  );
}
