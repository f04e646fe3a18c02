import { Button } from "@codegouvfr/react-dsfr/Button";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { Select } from "@codegouvfr/react-dsfr/Select";
import type { ClearanceAuditEntry } from "@shared/schemas/habilitation";
import { CLEARANCE_GRANT_STATUSES, type ClearanceGrantStatus } from "@shared/vocabulary";
import { type FormEvent, useState } from "react";
import { ApiErrorAlert } from "../../../components/api-error-alert";
import { DataTable } from "../../../components/data-table";
import { useT } from "../../../i18n/use-t";
import { PersonPicker } from "../../correspondence/components/person-picker";
import { useClearances } from "../api/clearances";
import { useGrantClearance } from "../api/grant-clearance";
import { useRevokeClearance } from "../api/revoke-clearance";

const isoDay = (date: Date) => date.toISOString().slice(0, 10);
const inSixMonths = () => {
  const d = new Date();
  d.setUTCMonth(d.getUTCMonth() + 6);
  return isoDay(d);
};

/** Revoking asks for the reason first. */
function RevokeForm({ entry }: { entry: ClearanceAuditEntry }) {
  const t = useT();
  const revoke = useRevokeClearance();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState("");
  if (!open) {
    return (
      <Button
        size="small"
        priority="secondary"
        nativeButtonProps={{
          "aria-label": t("habilitation.clearances.revokeNamed", { name: entry.user.displayName }),
        }}
        onClick={() => setOpen(true)}
      >
        {t("habilitation.clearances.revoke")}
      </Button>
    );
  }
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        if (reason.trim() !== "") revoke.mutate({ id: entry.id, reason: reason.trim() });
      }}
    >
      <ApiErrorAlert error={revoke.error} />
      <Input
        label={t("habilitation.clearances.revocationReason")}
        nativeInputProps={{
          required: true,
          value: reason,
          onChange: (e) => setReason(e.target.value),
        }}
      />
      <Button size="small" type="submit" disabled={revoke.isPending}>
        {t("habilitation.clearances.confirmRevoke")}
      </Button>
    </form>
  );
}

/** The grant form of a security officer. */
function GrantForm() {
  const t = useT();
  const grant = useGrantClearance();
  const [userId, setUserId] = useState("");
  const [validFrom, setValidFrom] = useState(isoDay(new Date()));
  const [validUntil, setValidUntil] = useState(inSixMonths());
  const [reason, setReason] = useState("");
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (userId === "" || reason.trim() === "") return;
    grant.mutate(
      { userId, level: "DR", validFrom, validUntil, reason: reason.trim() },
      { onSuccess: () => setReason("") },
    );
  };
  return (
    <form onSubmit={submit} className="fr-mb-4w">
      <h3>{t("habilitation.clearances.grantTitle")}</h3>
      <ApiErrorAlert error={grant.error} />
      {grant.isSuccess && (
        <p role="status" className="fr-message fr-message--valid">
          {t("habilitation.clearances.granted", { name: grant.data.user.displayName })}
        </p>
      )}
      <PersonPicker
        label={t("habilitation.clearances.holder")}
        value={userId}
        onChange={(person) => setUserId(person?.id ?? "")}
      />
      <div className="fr-grid-row fr-grid-row--gutters">
        <div className="fr-col-12 fr-col-md-6">
          <Input
            label={t("habilitation.clearances.validFrom")}
            nativeInputProps={{
              type: "date",
              required: true,
              value: validFrom,
              onChange: (e) => setValidFrom(e.target.value),
            }}
          />
        </div>
        <div className="fr-col-12 fr-col-md-6">
          <Input
            label={t("habilitation.clearances.validUntil")}
            nativeInputProps={{
              type: "date",
              required: true,
              value: validUntil,
              onChange: (e) => setValidUntil(e.target.value),
            }}
          />
        </div>
      </div>
      <Input
        label={t("habilitation.clearances.reason")}
        nativeInputProps={{
          required: true,
          value: reason,
          onChange: (e) => setReason(e.target.value),
        }}
      />
      <Button type="submit" disabled={grant.isPending}>
        {t("habilitation.clearances.grantDr")}
      </Button>
    </form>
  );
}

/**
 * The security officer's audit view: who can read DR, since when, until when, granted by whom
 * and why, and the history of revoked and expired grants. Shown to security officers only
 * (`me.abilities.manageClearances`; the API answers others 404).
 */
export function ClearancesSection() {
  const t = useT();
  const [status, setStatus] = useState<ClearanceGrantStatus | "">("current");
  const clearances = useClearances(status);
  const items = clearances.data?.items ?? [];
  return (
    <section>
      <h2>{t("habilitation.clearances.title")}</h2>
      <GrantForm />
      <h3>{t("habilitation.clearances.auditTitle")}</h3>
      <ApiErrorAlert error={clearances.error} />
      <Select
        label={t("habilitation.clearances.status")}
        nativeSelectProps={{
          value: status,
          onChange: (e) => setStatus(e.target.value as ClearanceGrantStatus | ""),
        }}
      >
        <option value="">{t("habilitation.clearances.allStatuses")}</option>
        {CLEARANCE_GRANT_STATUSES.map((s) => (
          <option key={s} value={s}>
            {t(`habilitation.status.${s}`)}
          </option>
        ))}
      </Select>
      <DataTable
        caption={t("habilitation.clearances.caption")}
        headers={[
          t("habilitation.clearances.holder"),
          t("habilitation.clearances.level"),
          t("habilitation.clearances.period"),
          t("habilitation.clearances.status"),
          t("habilitation.clearances.grantedBy"),
          t("habilitation.clearances.reason"),
          t("habilitation.clearances.actions"),
        ]}
        rows={items.map((c) => ({
          key: c.id,
          cells: [
            c.user.displayName,
            c.readsSpecialFrance ? `${c.level} (+ DR-SF)` : c.level,
            t("habilitation.clearances.fromTo", { from: c.validFrom, until: c.validUntil }),
            t(`habilitation.status.${c.status}`),
            `${c.grantedBy?.displayName ?? "—"} (${c.grantedAt.slice(0, 10)})`,
            c.revokedAt === null
              ? (c.reason ?? "—")
              : t("habilitation.clearances.revokedBecause", {
                  reason: c.reason ?? "—",
                  by: c.revokedBy?.displayName ?? "—",
                  why: c.revocationReason ?? "—",
                }),
            c.abilities.revoke ? <RevokeForm key="revoke" entry={c} /> : "—",
          ],
        }))}
      />
    </section>
  );
}
