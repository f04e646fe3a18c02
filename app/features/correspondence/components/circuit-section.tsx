import type { CorrespondenceDetail } from "@shared/schemas/correspondence";
import { useId, useState } from "react";
import { ApiErrorAlert } from "../../../components/api-error-alert";
import { Loading } from "../../../components/loading";
import { useT } from "../../../i18n/use-t";
import { useCircuit } from "../api/circuit";
import { CircuitStepsTable } from "./circuit-steps-table";
import { SignDispatch } from "./sign-dispatch";
import { StatusNotice } from "./status-notice";
import { StepDecisionForm } from "./step-decision-form";
import { SubmitCircuitForm } from "./submit-circuit-form";

/**
 * « Circuit de visas et signature »: the steps of every round and their decisions; the drafter
 * submits the draft from here, the holder of the current step decides, the signer signs.
 * What is offered comes from the server's abilities (the document's and the circuit's).
 */
export function CircuitSection({
  detail,
  onDispatched,
}: {
  detail: CorrespondenceDetail;
  onDispatched: (reference: string) => void;
}) {
  const t = useT();
  const headingId = useId();
  const circuit = useCircuit(detail.id);
  const [notice, setNotice] = useState("");
  const current = circuit.data?.steps.find((step) => step.id === circuit.data?.currentStepId);
  return (
    <section aria-labelledby={headingId} className="fr-mt-6w circuit-section">
      <h2 id={headingId} className="fr-h4">
        {t("circuit.title")}
      </h2>
      <StatusNotice message={notice} />
      {detail.abilities.submit && <SubmitCircuitForm detail={detail} onSubmitted={setNotice} />}
      {circuit.isPending && <Loading />}
      <ApiErrorAlert error={circuit.error} />
      {circuit.data !== undefined &&
        (circuit.data.steps.length === 0 ? (
          <p>{t("circuit.none")}</p>
        ) : (
          <CircuitStepsTable steps={circuit.data.steps} />
        ))}
      {circuit.data?.abilities.sign === true && (
        <SignDispatch correspondenceId={detail.id} onDispatched={onDispatched} />
      )}
      {circuit.data?.abilities.decide === true && current !== undefined && (
        <StepDecisionForm
          // A new current step starts from an empty form.
          key={current.id}
          correspondenceId={detail.id}
          step={current}
          onDecided={setNotice}
        />
      )}
    </section>
  );
}
