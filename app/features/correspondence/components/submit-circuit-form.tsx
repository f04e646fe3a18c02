import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { RadioButtons } from "@codegouvfr/react-dsfr/RadioButtons";
import { MAX_VISAS, type VisaInput } from "@shared/schemas/circuit";
import type { CorrespondenceDetail } from "@shared/schemas/correspondence";
import type { PersonSummary } from "@shared/schemas/people";
import { type FormEvent, useId, useState } from "react";
import { ApiErrorAlert } from "../../../components/api-error-alert";
import { type Translate, useT } from "../../../i18n/use-t";
import { useUnit } from "../../directory/api/unit";
import { UnitPicker } from "../../directory/components/unit-picker";
import { useSubmitForClearance } from "../api/submit-for-clearance";
import { problemsOf } from "./draft-errors";
import { PersonPicker } from "./person-picker";
import "./correspondence.css";

type VisaType = "user" | "unit";

/** A visa step being planned, with the name to show for it. */
type PlannedVisa = { type: VisaType; id: string; name: string };

const keyOf = (visa: { type: VisaType; id: string }) => `${visa.type}:${visa.id}`;

const toVisaInput = (visa: PlannedVisa): VisaInput =>
  visa.type === "user" ? { userId: visa.id } : { unitId: visa.id };

/** What was sent, so that the server's problems (by index) name the right visa. */
type Submitted = { visas: PlannedVisa[]; signerName: string };

/** One sentence per problem the server found with the circuit (400 `invalid_input`). */
function describeCircuitProblems(
  error: unknown,
  submitted: Submitted | null,
  originUnit: string,
  t: Translate,
): { signer: string | undefined; messages: string[] } {
  let signer: string | undefined;
  const messages: string[] = [];
  for (const { path, problem } of problemsOf(error)) {
    const visa = /^\/visas\/(\d+)/.exec(path);
    if (visa !== null) {
      const index = Number(visa[1]);
      const name = submitted?.visas[index]?.name ?? "";
      const params = { number: index + 1, name };
      messages.push(
        problem === "duplicate"
          ? t("submitCircuit.problem.duplicate", params)
          : problem === "no_head"
            ? t("submitCircuit.problem.noHead", params)
            : problem === "cannot_read"
              ? t("submitCircuit.problem.visaCannotRead", params)
              : t("submitCircuit.problem.visaInvalid", params),
      );
    } else if (path === "/signerId") {
      const params = { name: submitted?.signerName ?? "", unit: originUnit };
      signer =
        problem === "not_a_releaser"
          ? t("submitCircuit.problem.notAReleaser", params)
          : problem === "cannot_read"
            ? t("submitCircuit.problem.signerCannotRead", params)
            : t("form.invalid");
      messages.push(signer);
    } else {
      messages.push(t("form.invalid"));
    }
  }
  return { signer, messages };
}

function VisaList({
  visas,
  onMove,
  onRemove,
}: {
  visas: PlannedVisa[];
  onMove: (index: number, by: -1 | 1) => void;
  onRemove: (index: number) => void;
}) {
  const t = useT();
  if (visas.length === 0) return <p className="fr-text--sm">{t("submitCircuit.noVisa")}</p>;
  return (
    <ol className="editor-list">
      {visas.map((visa, index) => (
        <li key={keyOf(visa)}>
          <span className="editor-list__label">
            {t("submitCircuit.visaItem", { number: index + 1, name: visa.name })}
          </span>
          {index > 0 && (
            <Button
              type="button"
              priority="tertiary"
              size="small"
              onClick={() => onMove(index, -1)}
            >
              {t("paragraphs.moveUp")}
              <span className="fr-sr-only"> : {visa.name}</span>
            </Button>
          )}
          {index < visas.length - 1 && (
            <Button type="button" priority="tertiary" size="small" onClick={() => onMove(index, 1)}>
              {t("paragraphs.moveDown")}
              <span className="fr-sr-only"> : {visa.name}</span>
            </Button>
          )}
          <Button
            type="button"
            priority="tertiary"
            size="small"
            iconId="fr-icon-delete-line"
            onClick={() => onRemove(index)}
          >
            {t("addressees.remove")}
            <span className="fr-sr-only"> : {visa.name}</span>
          </Button>
        </li>
      ))}
    </ol>
  );
}

/**
 * « Soumettre au circuit »: the visas in the order they are asked for (a person, or the head
 * of a unit), then the signer, who must hold release authority for the originating unit. The
 * server checks every one of them and reports all the problems at once.
 */
export function SubmitCircuitForm({
  detail,
  onSubmitted,
}: {
  detail: CorrespondenceDetail;
  onSubmitted: (message: string) => void;
}) {
  const t = useT();
  const formId = useId();
  const submit = useSubmitForClearance(detail.id);
  const [isOpen, setIsOpen] = useState(false);
  const [visas, setVisas] = useState<PlannedVisa[]>([]);
  const [visaType, setVisaType] = useState<VisaType>("user");
  const [visaPerson, setVisaPerson] = useState<PersonSummary | null>(null);
  const [visaUnitId, setVisaUnitId] = useState("");
  const [visaError, setVisaError] = useState<string | undefined>(undefined);
  const [signer, setSigner] = useState<PersonSummary | null>(null);
  const [signerError, setSignerError] = useState<string | undefined>(undefined);
  const [submitted, setSubmitted] = useState<Submitted | null>(null);
  const [announcement, setAnnouncement] = useState("");
  const visaUnit = useUnit(visaUnitId);
  const originUnit = detail.originUnit.name;

  const addVisa = () => {
    const chosen: PlannedVisa | null =
      visaType === "user"
        ? visaPerson === null
          ? null
          : { type: "user", id: visaPerson.id, name: visaPerson.displayName }
        : visaUnitId === ""
          ? null
          : {
              type: "unit",
              id: visaUnitId,
              name: t("circuit.unitHead", {
                unit: visaUnit.data?.name ?? "",
                shortName: visaUnit.data?.shortName ?? "",
              }),
            };
    if (chosen === null) {
      setVisaError(t(visaType === "user" ? "addressees.choosePerson" : "addressees.chooseUnit"));
      return;
    }
    if (visas.some((visa) => keyOf(visa) === keyOf(chosen))) {
      setVisaError(t("submitCircuit.alreadyListed"));
      return;
    }
    if (visas.length >= MAX_VISAS) {
      setVisaError(t("submitCircuit.tooMany", { max: MAX_VISAS }));
      return;
    }
    setVisaError(undefined);
    setVisas([...visas, chosen]);
    setVisaPerson(null);
    setVisaUnitId("");
    setAnnouncement(t("submitCircuit.visaAdded", { name: chosen.name, number: visas.length + 1 }));
  };

  const moveVisa = (index: number, by: -1 | 1) => {
    const next = [...visas];
    const [moved] = next.splice(index, 1);
    if (moved === undefined) return;
    next.splice(index + by, 0, moved);
    setVisas(next);
    setAnnouncement(t("submitCircuit.visaMoved", { name: moved.name, number: index + by + 1 }));
  };

  const removeVisa = (index: number) => {
    const removed = visas[index];
    setVisas(visas.filter((_, position) => position !== index));
    if (removed !== undefined)
      setAnnouncement(t("submitCircuit.visaRemoved", { name: removed.name }));
  };

  const send = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (signer === null) {
      setSignerError(t("submitCircuit.chooseSigner"));
      return;
    }
    setSignerError(undefined);
    setSubmitted({ visas, signerName: signer.displayName });
    submit.mutate(
      { visas: visas.map(toVisaInput), signerId: signer.id },
      {
        onSuccess: () => {
          setIsOpen(false);
          onSubmitted(
            visas.length === 0
              ? t("submitCircuit.doneToSigner", { name: signer.displayName })
              : t("submitCircuit.done", { name: visas[0]?.name ?? "" }),
          );
        },
      },
    );
  };

  const problems = describeCircuitProblems(submit.error, submitted, originUnit, t);
  return (
    <div className="fr-mb-3w print-hidden">
      <Button
        type="button"
        iconId="fr-icon-send-plane-line"
        nativeButtonProps={{ "aria-expanded": isOpen, "aria-controls": formId }}
        onClick={() => setIsOpen(!isOpen)}
      >
        {t("submitCircuit.open")}
      </Button>
      <form id={formId} hidden={!isOpen} onSubmit={send} noValidate className="fr-mt-3w">
        <p>{t("submitCircuit.lead")}</p>
        <p className="fr-sr-only" role="status" aria-live="polite">
          {announcement}
        </p>
        <h3 className="fr-h6">{t("submitCircuit.visas", { count: visas.length })}</h3>
        <VisaList visas={visas} onMove={moveVisa} onRemove={removeVisa} />

        <fieldset className="fr-fieldset editor-paragraph">
          <legend>{t("submitCircuit.addVisa")}</legend>
          <div className="fr-fieldset__element">
            <RadioButtons
              legend={t("submitCircuit.visaType")}
              name={`${formId}-visa-type`}
              orientation="horizontal"
              options={(["user", "unit"] as const).map((option) => ({
                label: t(`submitCircuit.visaType.${option}`),
                nativeInputProps: {
                  value: option,
                  checked: visaType === option,
                  onChange: () => {
                    setVisaType(option);
                    setVisaError(undefined);
                  },
                },
              }))}
            />
          </div>
          <div className="fr-fieldset__element">
            {visaType === "user" ? (
              <PersonPicker
                label={t("submitCircuit.visaPerson")}
                value={visaPerson?.id ?? ""}
                onChange={setVisaPerson}
                errorMessage={visaError}
              />
            ) : (
              <UnitPicker
                label={t("submitCircuit.visaUnit")}
                value={visaUnitId}
                onChange={setVisaUnitId}
                emptyOptionLabel={t("form.choose")}
                errorMessage={visaError}
              />
            )}
          </div>
          <div className="fr-fieldset__element">
            <Button type="button" priority="secondary" iconId="fr-icon-add-line" onClick={addVisa}>
              {t("submitCircuit.addVisaButton")}
            </Button>
          </div>
        </fieldset>

        <h3 className="fr-h6">{t("submitCircuit.signature")}</h3>
        <p className="fr-text--sm">{t("submitCircuit.signerHint", { unit: originUnit })}</p>
        <PersonPicker
          label={t("submitCircuit.signer")}
          value={signer?.id ?? ""}
          onChange={(person) => {
            setSigner(person);
            setSignerError(undefined);
          }}
          errorMessage={signerError ?? problems.signer}
        />

        {/* DSFR alerts have role="alert": the problems are announced as they appear. */}
        {problems.messages.length > 0 ? (
          <Alert
            className="fr-mb-2w"
            severity="error"
            as="h4"
            title={t("submitCircuit.refused")}
            description={
              <ul>
                {problems.messages.map((message) => (
                  <li key={message}>{message}</li>
                ))}
              </ul>
            }
          />
        ) : (
          <ApiErrorAlert error={submit.error} className="fr-mb-2w" />
        )}
        <ul className="fr-btns-group fr-btns-group--inline-sm">
          <li>
            <Button type="submit" disabled={submit.isPending}>
              {submit.isPending ? t("submitCircuit.sending") : t("submitCircuit.submit")}
            </Button>
          </li>
          <li>
            <Button type="button" priority="tertiary" onClick={() => setIsOpen(false)}>
              {t("form.cancel")}
            </Button>
          </li>
        </ul>
      </form>
    </div>
  );
}
