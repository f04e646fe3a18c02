import { Button } from "@codegouvfr/react-dsfr/Button";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { RadioButtons } from "@codegouvfr/react-dsfr/RadioButtons";
import type { DistributionMode } from "@shared/vocabulary";
import { useId, useState } from "react";
import { useT } from "../../../i18n/use-t";
import { CommunityPicker } from "../../communities/components/community-picker";
import { UnitPicker } from "../../directory/components/unit-picker";
import { AddresseeName } from "./addressee-name";
import { type DraftErrors, draftFieldState } from "./draft-errors";
import { type AddresseeValue, actionFirst } from "./editor-values";
import { PersonPicker } from "./person-picker";
import "./correspondence.css";

type PickableType = "unit" | "user" | "community";

type AddresseesEditorProps = {
  addressees: AddresseeValue[];
  onChange: (addressees: AddresseeValue[]) => void;
  actionDeadline: string;
  onDeadlineChange: (date: string) => void;
  errors: DraftErrors;
  /** Names of the addressees of the last saved version, by id (others are read from the directory). */
  knownNames: Record<string, string>;
};

function AddresseeList({
  mode,
  addressees,
  onSwitch,
  onRemove,
  knownNames,
}: {
  mode: DistributionMode;
  addressees: AddresseeValue[];
  knownNames: Record<string, string>;
  onSwitch: (addressee: AddresseeValue) => void;
  onRemove: (addressee: AddresseeValue) => void;
}) {
  const t = useT();
  const headingId = useId();
  const ofMode = addressees.filter((addressee) => addressee.mode === mode);
  return (
    <section aria-labelledby={headingId} className="fr-mb-3w">
      <h3 id={headingId} className="fr-h6 fr-mb-1w">
        {t(`addressees.mode.${mode}`)} ({ofMode.length})
      </h3>
      {ofMode.length === 0 ? (
        <p className="fr-text--sm">{t("addressees.noneForMode")}</p>
      ) : (
        <ul className="editor-list">
          {ofMode.map((addressee) => (
            <li key={`${addressee.type}:${addressee.id}`}>
              <span className="editor-list__label">
                <AddresseeName addressee={addressee} knownName={knownNames[addressee.id]} />{" "}
                <span className="fr-text--sm fr-text-mention--grey">
                  ({t(`addressees.type.${addressee.type}`)})
                </span>
              </span>
              <Button
                type="button"
                priority="tertiary"
                size="small"
                onClick={() => onSwitch(addressee)}
              >
                {t(mode === "action" ? "addressees.switchToInfo" : "addressees.switchToAction")}
                <span className="fr-sr-only">
                  {" "}
                  : <AddresseeName addressee={addressee} knownName={knownNames[addressee.id]} />
                </span>
              </Button>
              <Button
                type="button"
                priority="tertiary"
                size="small"
                iconId="fr-icon-delete-line"
                onClick={() => onRemove(addressee)}
              >
                {t("addressees.remove")}
                <span className="fr-sr-only">
                  {" "}
                  : <AddresseeName addressee={addressee} knownName={knownNames[addressee.id]} />
                </span>
              </Button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/**
 * The addressees, for action first then for information, with the deadline for action; a unit
 * is picked with the directory's unit picker, a person with a people search.
 */
export function AddresseesEditor({
  addressees,
  onChange,
  actionDeadline,
  onDeadlineChange,
  errors,
  knownNames,
}: AddresseesEditorProps) {
  const t = useT();
  const [type, setType] = useState<PickableType>("unit");
  const [mode, setMode] = useState<DistributionMode>("action");
  const [unitId, setUnitId] = useState("");
  const [userId, setUserId] = useState("");
  const [communityId, setCommunityId] = useState("");
  const [pickError, setPickError] = useState<string | undefined>(undefined);
  const [announcement, setAnnouncement] = useState("");

  const chosenId = type === "unit" ? unitId : type === "user" ? userId : communityId;
  const same = (a: AddresseeValue, b: AddresseeValue) => a.type === b.type && a.id === b.id;

  const add = () => {
    if (chosenId === "") {
      setPickError(
        t(
          type === "unit"
            ? "addressees.chooseUnit"
            : type === "user"
              ? "addressees.choosePerson"
              : "addressees.chooseCommunity",
        ),
      );
      return;
    }
    const addressee: AddresseeValue = { type, id: chosenId, mode };
    if (addressees.some((existing) => same(existing, addressee))) {
      setPickError(t("editor.problem.duplicateAddressee"));
      return;
    }
    setPickError(undefined);
    onChange(actionFirst([...addressees, addressee]));
    setUnitId("");
    setUserId("");
    setCommunityId("");
    setAnnouncement(t("addressees.added", { mode: t(`addressees.mode.${mode}`) }));
  };

  const switchMode = (addressee: AddresseeValue) => {
    const nextMode: DistributionMode = addressee.mode === "action" ? "info" : "action";
    onChange(
      actionFirst(
        addressees.map((existing) =>
          same(existing, addressee) ? { ...existing, mode: nextMode } : existing,
        ),
      ),
    );
    setAnnouncement(t("addressees.switched", { mode: t(`addressees.mode.${nextMode}`) }));
  };

  const remove = (addressee: AddresseeValue) => {
    onChange(addressees.filter((existing) => !same(existing, addressee)));
    setAnnouncement(t("addressees.removed"));
  };

  return (
    <>
      <p className="fr-sr-only" role="status" aria-live="polite">
        {announcement}
      </p>
      {errors.addressees !== undefined && (
        <p className="fr-error-text fr-mb-2w">{errors.addressees}</p>
      )}
      {(["action", "info"] as const).map((listMode) => (
        <AddresseeList
          key={listMode}
          mode={listMode}
          addressees={addressees}
          onSwitch={switchMode}
          onRemove={remove}
          knownNames={knownNames}
        />
      ))}

      <fieldset className="fr-fieldset editor-paragraph">
        <legend>{t("addressees.addLegend")}</legend>
        <div className="fr-fieldset__element">
          <RadioButtons
            legend={t("addressees.typeLegend")}
            name="addressee-type"
            orientation="horizontal"
            options={(["unit", "user", "community"] as const).map((option) => ({
              label: t(`addressees.type.${option}`),
              nativeInputProps: {
                value: option,
                checked: type === option,
                onChange: () => {
                  setType(option);
                  setPickError(undefined);
                },
              },
            }))}
          />
        </div>
        <div className="fr-fieldset__element">
          {type === "unit" ? (
            <UnitPicker
              label={t("addressees.unit")}
              value={unitId}
              onChange={setUnitId}
              emptyOptionLabel={t("form.choose")}
              errorMessage={pickError}
            />
          ) : type === "user" ? (
            <PersonPicker
              label={t("addressees.person")}
              value={userId}
              onChange={(person) => setUserId(person?.id ?? "")}
              errorMessage={pickError}
            />
          ) : (
            <CommunityPicker
              label={t("addressees.community")}
              value={communityId}
              onChange={(community) => setCommunityId(community?.id ?? "")}
              errorMessage={pickError}
            />
          )}
        </div>
        <div className="fr-fieldset__element">
          <RadioButtons
            legend={t("addressees.modeLegend")}
            name="addressee-mode"
            options={(["action", "info"] as const).map((option) => ({
              label: t(`addressees.mode.${option}`),
              nativeInputProps: {
                value: option,
                checked: mode === option,
                onChange: () => setMode(option),
              },
            }))}
          />
        </div>
        <div className="fr-fieldset__element">
          <Button type="button" priority="secondary" iconId="fr-icon-add-line" onClick={add}>
            {t("addressees.add")}
          </Button>
        </div>
      </fieldset>

      <Input
        label={t("addressees.deadline")}
        hintText={t("addressees.deadlineHint")}
        {...draftFieldState(errors, "actionDeadline")}
        nativeInputProps={{
          type: "date",
          value: actionDeadline,
          onChange: (event) => onDeadlineChange(event.target.value),
        }}
      />
    </>
  );
}
