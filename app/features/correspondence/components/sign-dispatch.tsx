import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Checkbox } from "@codegouvfr/react-dsfr/Checkbox";
import type { GuideWarning } from "@shared/schemas/correspondence";
import { useId, useState } from "react";
import { ApiError } from "../../../api/client";
import { ApiErrorAlert } from "../../../components/api-error-alert";
import { useT } from "../../../i18n/use-t";
import { useSignCorrespondence } from "../api/sign-correspondence";
import { GuideRuleList } from "./guide-warnings";

/** Members of the addressees who cannot read the document's marking (some of them, and how many). */
type Exclusions = {
  marking: string;
  count: number;
  members: { id: string; displayName: string }[];
};

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null;

/** Why the server refused to sign (409 `conflict`): guide rules unmet, or members left out. */
function refusalOf(
  error: unknown,
):
  | { kind: "warnings"; warnings: GuideWarning[] }
  | { kind: "exclusions"; exclusions: Exclusions }
  | null {
  if (!(error instanceof ApiError) || error.status !== 409 || !isRecord(error.details)) return null;
  const { reason, warnings, members, count, marking } = error.details;
  if (reason === "guide_warnings" && Array.isArray(warnings)) {
    return {
      kind: "warnings",
      warnings: warnings.filter(
        (w): w is GuideWarning => isRecord(w) && typeof w.rule === "string",
      ),
    };
  }
  if (reason === "members_cannot_read" && Array.isArray(members)) {
    const named = members.filter(
      (m): m is { id: string; displayName: string } =>
        isRecord(m) && typeof m.id === "string" && typeof m.displayName === "string",
    );
    return {
      kind: "exclusions",
      exclusions: {
        marking: typeof marking === "string" ? marking : "",
        count: typeof count === "number" ? count : named.length,
        members: named,
      },
    };
  }
  return null;
}

/**
 * « Signer et expédier »: the signature dispatches the document. When some members of the
 * addressees cannot read its marking, the signer sees who and confirms they will not receive it,
 * then signs again; when guide rules are unmet, the signature is refused and they are listed.
 */
export function SignDispatch({
  correspondenceId,
  onDispatched,
}: {
  correspondenceId: string;
  onDispatched: (reference: string) => void;
}) {
  const t = useT();
  const headingId = useId();
  const sign = useSignCorrespondence(correspondenceId);
  const [exclusions, setExclusions] = useState<Exclusions | null>(null);
  const [confirmed, setConfirmed] = useState(false);
  const [confirmError, setConfirmError] = useState<string | undefined>(undefined);

  const send = () => {
    if (exclusions !== null && !confirmed) {
      setConfirmError(t("sign.confirmRequired"));
      return;
    }
    setConfirmError(undefined);
    sign.mutate(
      { confirmExclusions: exclusions !== null && confirmed },
      {
        onSuccess: (dispatched) => onDispatched(dispatched.reference ?? ""),
        onError: (error) => {
          const refusal = refusalOf(error);
          if (refusal?.kind === "exclusions") {
            setExclusions(refusal.exclusions);
            setConfirmed(false);
          }
        },
      },
    );
  };

  const refusal = refusalOf(sign.error);
  const others = exclusions === null ? 0 : exclusions.count - exclusions.members.length;
  return (
    <section aria-labelledby={headingId} className="fr-mt-3w fr-p-3w info-panel print-hidden">
      <h3 id={headingId} className="fr-h6">
        {t("sign.title")}
      </h3>
      <p>{t("sign.lead")}</p>
      {refusal?.kind === "warnings" && (
        <Alert
          className="fr-mb-2w"
          severity="error"
          as="h4"
          title={t("sign.warningsTitle", { count: refusal.warnings.length })}
          description={
            <>
              {t("sign.warningsLead")}
              <GuideRuleList warnings={refusal.warnings} />
            </>
          }
        />
      )}
      {exclusions !== null && (
        <>
          <Alert
            className="fr-mb-2w"
            severity="warning"
            as="h4"
            title={t("sign.exclusionsTitle", {
              count: exclusions.count,
              marking: t(exclusions.marking === "DR-SF" ? "marking.DR-SF" : "marking.DR"),
            })}
            description={
              <>
                {t("sign.exclusionsLead")}
                <ul className="fr-mt-1w">
                  {exclusions.members.map((member) => (
                    <li key={member.id}>{member.displayName}</li>
                  ))}
                  {others > 0 && <li>{t("sign.exclusionsOthers", { count: others })}</li>}
                </ul>
              </>
            }
          />
          <Checkbox
            state={confirmError === undefined ? "default" : "error"}
            stateRelatedMessage={confirmError}
            options={[
              {
                label: t("sign.confirm"),
                nativeInputProps: {
                  checked: confirmed,
                  onChange: (event) => {
                    setConfirmed(event.target.checked);
                    setConfirmError(undefined);
                  },
                },
              },
            ]}
          />
        </>
      )}
      {refusal === null && <ApiErrorAlert error={sign.error} className="fr-mb-2w" />}
      <Button
        type="button"
        iconId="fr-icon-send-plane-fill"
        disabled={sign.isPending}
        nativeButtonProps={{ "aria-busy": sign.isPending }}
        onClick={send}
      >
        {sign.isPending ? t("sign.signing") : t("sign.submit")}
      </Button>
    </section>
  );
}
