import { Button } from "@codegouvfr/react-dsfr/Button";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { RadioButtons } from "@codegouvfr/react-dsfr/RadioButtons";
import type {
  CircuitStep,
  ClearanceDecision,
  DecideClearanceStepBody,
} from "@shared/schemas/circuit";
import type { PersonSummary } from "@shared/schemas/people";
import { type FormEvent, useId, useState } from "react";
import { ApiErrorAlert } from "../../../components/api-error-alert";
import { type Translate, useT } from "../../../i18n/use-t";
import { useDecideClearanceStep } from "../api/decide-clearance-step";
import { problemsOf } from "./draft-errors";
import { PersonPicker } from "./person-picker";

const COMMENT_MAX = 2_000;

/** The decisions open on a step: a visa is approved, returned or delegated; a signature is signed
 * (« Signer et expédier ») or returned. */
const decisionsFor = (step: CircuitStep): readonly ClearanceDecision[] =>
  step.kind === "visa" ? ["approve", "return", "delegate"] : ["return"];

function delegateProblem(error: unknown, t: Translate): string | undefined {
  const problem = problemsOf(error).find((p) => p.path === "/delegateTo")?.problem;
  if (problem === undefined) return undefined;
  if (problem === "self") return t("decision.problem.self");
  if (problem === "cannot_read") return t("decision.problem.cannotRead");
  return t("form.invalid");
}

/**
 * The current step's decision: approve, send back to the drafter (a comment says why) or
 * delegate to someone else. On a signature step only the return is here; signing is apart.
 */
export function StepDecisionForm({
  correspondenceId,
  step,
  onDecided,
}: {
  correspondenceId: string;
  step: CircuitStep;
  onDecided: (message: string) => void;
}) {
  const t = useT();
  const headingId = useId();
  const decide = useDecideClearanceStep(correspondenceId);
  const decisions = decisionsFor(step);
  const [decision, setDecision] = useState<ClearanceDecision>(decisions[0] ?? "return");
  const [comment, setComment] = useState("");
  const [delegate, setDelegate] = useState<PersonSummary | null>(null);
  const [commentError, setCommentError] = useState<string | undefined>(undefined);
  const [delegateError, setDelegateError] = useState<string | undefined>(undefined);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const trimmed = comment.trim();
    const missingComment = decision === "return" && trimmed === "";
    const missingDelegate = decision === "delegate" && delegate === null;
    setCommentError(missingComment ? t("decision.commentRequired") : undefined);
    setDelegateError(missingDelegate ? t("decision.chooseDelegate") : undefined);
    if (missingComment || missingDelegate) return;
    const optionalComment = trimmed === "" ? {} : { comment };
    let body: DecideClearanceStepBody;
    switch (decision) {
      case "approve":
        body = { decision, ...optionalComment };
        break;
      case "return":
        body = { decision, comment };
        break;
      case "delegate":
        body = { decision, delegateTo: delegate?.id ?? "", ...optionalComment };
        break;
    }
    decide.mutate(
      { stepId: step.id, body },
      {
        onSuccess: () =>
          onDecided(
            decision === "delegate"
              ? t("decision.done.delegate", { name: delegate?.displayName ?? "" })
              : t(`decision.done.${decision}`),
          ),
      },
    );
  };

  const serverDelegateError = delegateProblem(decide.error, t);
  return (
    <section aria-labelledby={headingId} className="fr-mt-3w fr-p-3w info-panel print-hidden">
      <h3 id={headingId} className="fr-h6">
        {step.kind === "visa" ? t("decision.titleVisa") : t("decision.titleReturn")}
      </h3>
      <form onSubmit={submit} noValidate>
        {decisions.length > 1 && (
          <RadioButtons
            legend={t("decision.legend")}
            name={`decision-${step.id}`}
            options={decisions.map((option) => ({
              label: t(`decision.option.${option}`),
              nativeInputProps: {
                value: option,
                checked: decision === option,
                onChange: () => {
                  setDecision(option);
                  setCommentError(undefined);
                  setDelegateError(undefined);
                },
              },
            }))}
          />
        )}
        {decision === "delegate" && (
          <PersonPicker
            label={t("decision.delegate")}
            value={delegate?.id ?? ""}
            onChange={(person) => {
              setDelegate(person);
              setDelegateError(undefined);
            }}
            errorMessage={delegateError ?? serverDelegateError}
          />
        )}
        <Input
          textArea
          label={decision === "return" ? t("decision.commentReturn") : t("decision.comment")}
          hintText={decision === "return" ? t("decision.commentReturnHint") : undefined}
          state={commentError === undefined ? "default" : "error"}
          stateRelatedMessage={commentError}
          nativeTextAreaProps={{
            value: comment,
            maxLength: COMMENT_MAX,
            rows: 3,
            required: decision === "return",
            onChange: (event) => setComment(event.target.value),
          }}
        />
        {serverDelegateError === undefined && (
          <ApiErrorAlert error={decide.error} className="fr-mb-2w" />
        )}
        <Button type="submit" disabled={decide.isPending}>
          {t(`decision.submit.${decision}`)}
        </Button>
      </form>
    </section>
  );
}
