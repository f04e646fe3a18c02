import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import type { PersonSummary } from "@shared/schemas/people";
import { type FormEvent, useId, useState } from "react";
import { ApiErrorAlert } from "../../../components/api-error-alert";
import { useT } from "../../../i18n/use-t";
import { useAddCoEditor } from "../api/add-co-editor";
import { isVersionConflict } from "./draft-errors";
import { PersonPicker } from "./person-picker";
import { StatusNotice } from "./status-notice";

/** « Inviter un co-rédacteur »: the drafter picks a colleague who may then edit the draft. */
export function CoEditorInvite({ correspondenceId }: { correspondenceId: string }) {
  const t = useT();
  const formId = useId();
  const invite = useAddCoEditor(correspondenceId);
  const [isOpen, setIsOpen] = useState(false);
  const [person, setPerson] = useState<PersonSummary | null>(null);
  const [pickError, setPickError] = useState<string | undefined>(undefined);
  const [done, setDone] = useState("");

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (person === null) {
      setPickError(t("coEditor.choose"));
      return;
    }
    setPickError(undefined);
    invite.mutate(person.id, {
      onSuccess: () => {
        setDone(t("coEditor.added", { name: person.displayName }));
        setPerson(null);
        setIsOpen(false);
      },
    });
  };

  return (
    <div className="fr-mb-3w">
      <Button
        type="button"
        priority="secondary"
        iconId="fr-icon-user-add-line"
        nativeButtonProps={{ "aria-expanded": isOpen, "aria-controls": formId }}
        onClick={() => {
          setIsOpen(!isOpen);
          setDone("");
        }}
      >
        {t("coEditor.invite")}
      </Button>
      <StatusNotice message={done} className="fr-mt-2w" />
      <form id={formId} hidden={!isOpen} onSubmit={submit} noValidate className="fr-mt-2w">
        <p className="fr-text--sm">{t("coEditor.lead")}</p>
        <PersonPicker
          label={t("coEditor.person")}
          value={person?.id ?? ""}
          onChange={setPerson}
          errorMessage={pickError}
        />
        {isVersionConflict(invite.error) ? (
          <Alert className="fr-mb-2w" severity="info" small description={t("coEditor.already")} />
        ) : (
          <ApiErrorAlert error={invite.error} className="fr-mb-2w" />
        )}
        <ul className="fr-btns-group fr-btns-group--inline-sm">
          <li>
            <Button type="submit" disabled={invite.isPending}>
              {t("coEditor.submit")}
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
