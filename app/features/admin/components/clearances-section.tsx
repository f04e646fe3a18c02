import { Input } from "@codegouvfr/react-dsfr/Input";
import {
  type AdminUserDetail,
  type ClearanceGrant,
  GrantClearanceBody,
} from "@shared/schemas/people";
import { CLEARANCE_LEVELS, type ClearanceLevel } from "@shared/vocabulary";
import { useState } from "react";
import { ApiErrorAlert } from "../../../components/api-error-alert";
import { ChoiceSelect } from "../../../components/choice-select";
import { DataTable } from "../../../components/data-table";
import { ClearanceBadge } from "../../../components/protection-badges";
import { useFormatters } from "../../../i18n/format";
import { type Translate, useT } from "../../../i18n/use-t";
import { ClearanceSummary } from "../../profile/components/clearance-summary";
import { useGrantClearance } from "../api/grant-clearance";
import { useRevokeClearance } from "../api/revoke-clearance";
import { AddForm } from "./add-form";
import { todayIso } from "./dates";
import { fieldState, useFieldErrors } from "./form-validation";
import { RowActionButton } from "./row-action-button";

function describeGrantState(
  grant: ClearanceGrant,
  t: Translate,
  formatDate: (value: string) => string,
): string {
  if (grant.revokedAt !== null)
    return t("adminClearances.revokedOn", { date: formatDate(grant.revokedAt) });
  if (grant.isCurrent) return t("adminClearances.current");
  return grant.validFrom > todayIso() ? t("adminClearances.future") : t("adminClearances.expired");
}

function GrantClearanceForm({ userId }: { userId: string }) {
  const t = useT();
  const grant = useGrantClearance(userId);
  const [level, setLevel] = useState<ClearanceLevel>("DR");
  const [validFrom, setValidFrom] = useState(todayIso);
  const [validUntil, setValidUntil] = useState("");
  const { errors, check } = useFieldErrors();

  const submit = (form: HTMLFormElement) => {
    const body = check(form, GrantClearanceBody, { level, validFrom, validUntil });
    if (body !== undefined) grant.mutate(body, { onSuccess: () => setValidUntil("") });
  };

  return (
    <AddForm
      title={t("adminClearances.grant")}
      submitLabel={t("adminClearances.submit")}
      mutation={grant}
      onSubmit={submit}
    >
      <div className="fr-grid-row fr-grid-row--gutters">
        <div className="fr-col-12 fr-col-md-4">
          <ChoiceSelect
            label={t("adminClearances.level")}
            choices={CLEARANCE_LEVELS}
            value={level}
            onChange={setLevel}
            describe={(value) => t(`clearance.${value}`)}
          />
        </div>
        <div className="fr-col-12 fr-col-md-4">
          <Input
            label={t("adminClearances.validFrom")}
            {...fieldState(errors, "validFrom")}
            nativeInputProps={{
              type: "date",
              required: true,
              value: validFrom,
              onChange: (event) => setValidFrom(event.target.value),
            }}
          />
        </div>
        <div className="fr-col-12 fr-col-md-4">
          <Input
            label={t("adminClearances.validUntil")}
            {...fieldState(errors, "validUntil")}
            nativeInputProps={{
              type: "date",
              required: true,
              value: validUntil,
              onChange: (event) => setValidUntil(event.target.value),
            }}
          />
        </div>
      </div>
      <p className="fr-text--sm">{t("adminClearances.drsfNote")}</p>
    </AddForm>
  );
}

/** A user's clearance in force, the history of grants with revocation, and the grant form. */
export function ClearancesSection({ user }: { user: AdminUserDetail }) {
  const t = useT();
  const format = useFormatters();
  const revoke = useRevokeClearance(user.id);

  return (
    <>
      <ClearanceSummary clearance={user.clearance} />
      {user.clearances.length === 0 ? (
        <p className="fr-mt-2w">{t("adminClearances.none")}</p>
      ) : (
        <DataTable
          className="fr-mt-2w"
          caption={t("adminClearances.caption", { name: user.displayName })}
          headers={[
            t("adminClearances.level"),
            t("adminClearances.validFrom"),
            t("adminClearances.validUntil"),
            t("adminClearances.state"),
            t("form.actions"),
          ]}
          rows={user.clearances.map((grant) => ({
            key: grant.id,
            cells: [
              <ClearanceBadge key="level" level={grant.level} small />,
              format.date(grant.validFrom),
              format.date(grant.validUntil),
              describeGrantState(grant, t, format.date),
              grant.revokedAt === null ? (
                <RowActionButton
                  key="revoke"
                  label={t("adminClearances.revoke")}
                  accessibleLabel={t("adminClearances.revokeLabel", {
                    level: grant.level,
                    date: format.date(grant.validUntil),
                  })}
                  confirmation={t("adminClearances.confirmRevoke", { level: grant.level })}
                  iconId="fr-icon-close-circle-line"
                  disabled={revoke.isPending}
                  onConfirm={() => revoke.mutate(grant.id)}
                />
              ) : (
                ""
              ),
            ],
          }))}
        />
      )}
      <ApiErrorAlert error={revoke.error} />
      <GrantClearanceForm userId={user.id} />
    </>
  );
}
