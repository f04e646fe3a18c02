import { Input } from "@codegouvfr/react-dsfr/Input";
import { LOCALES, type Locale } from "@shared/vocabulary";
import { ChoiceSelect } from "../../../components/choice-select";
import { useT } from "../../../i18n/use-t";
import { type DraftErrors, draftFieldState } from "./draft-errors";
import type { NoteValues } from "./editor-values";
import "./correspondence.css";

/** The last saved version of a note: its entities and the formulas the server composed. */
export type SavedNote = {
  note: { senderEntity: string; recipientEntity: string; language: Locale };
  formulas: { opening: string; closing: string };
};

/** Whether the formulas composed on save still match the entities and language being edited. */
function matchesSaved(note: NoteValues, saved: SavedNote): boolean {
  return (
    note.senderEntity.trim() === saved.note.senderEntity.trim() &&
    note.recipientEntity.trim() === saved.note.recipientEntity.trim() &&
    note.language === saved.note.language
  );
}

type NoteFieldsProps = {
  note: NoteValues;
  onChange: (note: NoteValues) => void;
  errors: DraftErrors;
  /** The last saved version's entities and formulas (null before the first save). */
  saved: SavedNote | null;
};

/**
 * A diplomatic note's sender and recipient entities, place and language, with the formulas of
 * the last saved version: the server composes them from the entities, so they follow a save.
 */
export function NoteFields({ note, onChange, errors, saved }: NoteFieldsProps) {
  const t = useT();
  const set = (field: "senderEntity" | "recipientEntity" | "place", value: string) =>
    onChange({ ...note, [field]: value });
  return (
    <>
      <Input
        label={t("note.senderEntity")}
        hintText={t("note.senderEntityHint")}
        {...draftFieldState(errors, "note.senderEntity")}
        nativeInputProps={{
          value: note.senderEntity,
          maxLength: 200,
          onChange: (event) => set("senderEntity", event.target.value),
        }}
      />
      <Input
        label={t("note.recipientEntity")}
        hintText={t("note.recipientEntityHint")}
        {...draftFieldState(errors, "note.recipientEntity")}
        nativeInputProps={{
          value: note.recipientEntity,
          maxLength: 200,
          onChange: (event) => set("recipientEntity", event.target.value),
        }}
      />
      <Input
        label={t("note.place")}
        hintText={t("note.placeHint")}
        {...draftFieldState(errors, "note.place")}
        nativeInputProps={{
          value: note.place,
          maxLength: 120,
          onChange: (event) => set("place", event.target.value),
        }}
      />
      <ChoiceSelect
        label={t("note.language")}
        choices={LOCALES}
        value={note.language}
        onChange={(language) => onChange({ ...note, language })}
        describe={(language) => t(`language.${language}`)}
      />
      <div className="fr-callout fr-mb-3w">
        <h3 className="fr-callout__title fr-h6">{t("note.formulas")}</h3>
        {saved === null ? (
          <p className="fr-mb-0">{t("note.formulasAfterSave")}</p>
        ) : (
          <>
            <p className="fr-text--sm fr-mb-1w">
              {matchesSaved(note, saved) ? t("note.formulasSaved") : t("note.formulasOutdated")}
            </p>
            <p className="note-formula fr-mb-1w" lang={saved.note.language}>
              {saved.formulas.opening} …
            </p>
            <p className="note-formula fr-mb-0" lang={saved.note.language}>
              {saved.formulas.closing}
            </p>
          </>
        )}
      </div>
    </>
  );
}
