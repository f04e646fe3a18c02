import { Input } from "@codegouvfr/react-dsfr/Input";
import { LOCALES, type Locale } from "@shared/vocabulary";
import { ChoiceSelect } from "../../../components/choice-select";
import { translate, useT } from "../../../i18n/use-t";
import { type DraftErrors, draftFieldState } from "./draft-errors";
import type { NoteValues } from "./editor-values";
import "./correspondence.css";

const PLACEHOLDER = "…";

/**
 * The recipient as it follows the verb: in French « à » contracted with the article (« au
 * Département », « aux Nations unies »), in English after « to » (« the Department »). The
 * server composes the recorded formulas with the same rules (server/correspondence/note-formulas.ts).
 */
function recipientAfterVerb(entity: string, language: Locale): string {
  if (language === "en") return entity.replace(/^The /, "the ");
  if (/^le /i.test(entity)) return `au ${entity.slice(3)}`;
  if (/^les /i.test(entity)) return `aux ${entity.slice(4)}`;
  return `à ${entity}`;
}

/** The note's opening and closing formulas, generated in its language from the two entities. */
export function noteFormulas(note: NoteValues): { opening: string; closing: string } {
  const typedSender = note.senderEntity.trim();
  const sender = typedSender.charAt(0).toUpperCase() + typedSender.slice(1) || PLACEHOLDER;
  const recipient = note.recipientEntity.trim() || PLACEHOLDER;
  const params = { sender, recipient: recipientAfterVerb(recipient, note.language) };
  return {
    opening: translate(note.language, "noteFormula.opening", params),
    closing: translate(note.language, "noteFormula.closing", params),
  };
}

type NoteFieldsProps = {
  note: NoteValues;
  onChange: (note: NoteValues) => void;
  errors: DraftErrors;
};

/** A diplomatic note's sender and recipient entities, place and language, with its formulas. */
export function NoteFields({ note, onChange, errors }: NoteFieldsProps) {
  const t = useT();
  const set = (field: "senderEntity" | "recipientEntity" | "place", value: string) =>
    onChange({ ...note, [field]: value });
  const formulas = noteFormulas(note);
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
        <p className="note-formula fr-mb-1w" lang={note.language}>
          {formulas.opening}
        </p>
        <p className="note-formula fr-mb-0" lang={note.language}>
          {formulas.closing}
        </p>
      </div>
    </>
  );
}
