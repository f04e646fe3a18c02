import type { AlertProps } from "@codegouvfr/react-dsfr/Alert";
import { Badge } from "@codegouvfr/react-dsfr/Badge";
import type { CircuitStep, CircuitStepStatus } from "@shared/schemas/circuit";
import { DataTable } from "../../../components/data-table";
import { useFormatters } from "../../../i18n/format";
import { useT } from "../../../i18n/use-t";

/** Green once decided in favour, orange when sent back, blue while it is someone's turn. */
const STATUS_SEVERITY: Record<CircuitStepStatus, AlertProps.Severity | "new" | undefined> = {
  waiting: undefined,
  pending: "new",
  approved: "success",
  returned: "warning",
  delegated: "info",
  skipped: undefined,
};

function StepStatusBadge({ step }: { step: CircuitStep }) {
  const t = useT();
  // A signature step approved is a signature: say so.
  const label =
    step.kind === "signature" && step.status === "approved"
      ? t("circuit.status.signed")
      : t(`circuit.status.${step.status}`);
  return (
    <Badge as="span" small noIcon severity={STATUS_SEVERITY[step.status]}>
      {label}
    </Badge>
  );
}

/** Who decides a step: a named person, or the head of a unit. */
export function StepAssignee({ step }: { step: CircuitStep }) {
  const t = useT();
  const { assignee } = step;
  return assignee.type === "user"
    ? assignee.user.displayName
    : t("circuit.unitHead", { unit: assignee.unit.name, shortName: assignee.unit.shortName });
}

/**
 * Every step of every round, in order: kind, who decides, status, who decided, comment, date.
 * A new round starts after each return to the drafter; earlier rounds stay as history.
 */
export function CircuitStepsTable({ steps }: { steps: CircuitStep[] }) {
  const t = useT();
  const format = useFormatters();
  const rounds = new Set(steps.map((step) => step.round)).size;
  return (
    <DataTable
      className="fr-table--no-caption fr-table--multiline"
      caption={t("circuit.caption")}
      headers={[
        t("circuit.step"),
        t("circuit.assignee"),
        t("circuit.statusHeader"),
        t("circuit.decidedBy"),
        t("circuit.comment"),
        t("circuit.date"),
      ]}
      rows={steps.map((step, index) => ({
        key: step.id,
        cells: [
          <span key="step">
            {t("circuit.stepNumber", { number: index + 1, kind: t(`circuit.kind.${step.kind}`) })}
            {rounds > 1 && (
              <>
                <br />
                <span className="fr-text--sm fr-text-mention--grey">
                  {t("circuit.round", { round: step.round })}
                </span>
              </>
            )}
          </span>,
          <StepAssignee key="assignee" step={step} />,
          <StepStatusBadge key="status" step={step} />,
          step.decidedBy?.displayName ?? t("circuit.notDecided"),
          step.comment === null ? (
            t("circuit.noComment")
          ) : (
            <span key="comment" className="circuit-comment">
              {step.comment}
            </span>
          ),
          step.decidedAt === null ? t("circuit.notDecided") : format.dateTime(step.decidedAt),
        ],
      }))}
    />
  );
}
