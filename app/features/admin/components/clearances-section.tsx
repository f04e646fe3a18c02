import { Button } from "@codegouvfr/react-dsfr/Button";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { Select } from "@codegouvfr/react-dsfr/Select";
import {
  type AdminUserDetail,
  type ClearanceGrant,
  GrantClearanceBody,
} from "@shared/schemas/people";
import { CLEARANCE_LEVELS, type ClearanceLevel } from "@shared/vocabulary";
import { type FormEvent, useState } from "react";
import { ApiErrorAlert } from "../../../components/api-error-alert";
import { DataTable } from "../../../components/data-table";
import { ClearanceBadge } from "../../../components/protection-badges";
import { useFormatters } from "../../../i18n/format";
import { type Translate, useT } from "../../../i18n/use-t";
import { ClearanceSummary } from "../../profile/components/clearance-summary";
import { useGrantClearance } from "../api/grant-clearance";
import { useRevokeClearance } from "../api/revoke-clearance";
import { todayIso } from "./dates";
import { type FieldErrors, fieldState, focusFirstError, validate } from "./form-validation";

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
  const [errors, setErrors] = useState<FieldErrors>({});

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const result = validate(GrantClearanceBody, { level, validFrom, validUntil }, t);
    if (!result.ok) {
      setErrors(result.errors);
      focusFirstError(event.currentTarget);
      return;
    }
    setErrors({});
    grant.mutate(result.data, { onSuccess: () => setValidUntil("") });
  };

  return (
    <form onSubmit={submit} noValidate className="fr-mt-3w">
      <h3 className="fr-h6">{t("adminClearances.grant")}</h3>
      <div className="fr-grid-row fr-grid-row--gutters">
        <div className="fr-col-12 fr-col-md-4">
          <Select
            label={t("adminClearances.level")}
            nativeSelectProps={{
              value: level,
              onChange: (event) => {
                const chosen = CLEARANCE_LEVELS.find((value) => value === event.target.value);
                if (chosen !== undefined) setLevel(chosen);
              },
            }}
          >
            {CLEARANCE_LEVELS.map((value) => (
              <option key={value} value={value}>
                {t(`clearance.${value}`)}
              </option>
            ))}
          </Select>
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
      <ApiErrorAlert error={grant.error} />
      <Button type="submit" iconId="fr-icon-add-line" disabled={grant.isPending}>
        {t("adminClearances.submit")}
      </Button>
    </form>
  );
}

/** A user's clearance in force, the history of grants with revocation, and the grant form. */
export function ClearancesSection({ user }: { user: AdminUserDetail }) {
  const t = useT();
  const format = useFormatters();
  const revoke = useRevokeClearance(user.id);

  const confirmRevoke = (grant: ClearanceGrant) => {
    if (window.confirm(t("adminClearances.confirmRevoke", { level: grant.level })))
      revoke.mutate(grant.id);
  };

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
                <Button
                  key="revoke"
                  priority="tertiary"
                  size="small"
                  iconId="fr-icon-close-circle-line"
                  disabled={revoke.isPending}
                  nativeButtonProps={{
                    "aria-label": t("adminClearances.revokeLabel", {
                      level: grant.level,
                      date: format.date(grant.validUntil),
                    }),
                  }}
                  onClick={() => confirmRevoke(grant)}
                >
                  {t("adminClearances.revoke")}
                </Button>
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
