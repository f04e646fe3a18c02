import { Button } from "@codegouvfr/react-dsfr/Button";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { Select } from "@codegouvfr/react-dsfr/Select";
import { MARKINGS, type Marking } from "@shared/vocabulary";
import { useEffect, useRef, useState } from "react";
import { useT } from "../../../i18n/use-t";
import { type DraftErrors, draftFieldState } from "./draft-errors";
import { newParagraph, type ParagraphValue, paragraphMarkings } from "./editor-values";
import "./correspondence.css";

type ParagraphsEditorProps = {
  paragraphs: ParagraphValue[];
  documentMarking: Marking;
  errors: DraftErrors;
  onChange: (paragraphs: ParagraphValue[]) => void;
};

/** Where focus goes once the list has re-rendered (an element id). */
function useFocusAfterRender() {
  const pending = useRef<string | null>(null);
  useEffect(() => {
    if (pending.current === null) return;
    const element = document.getElementById(pending.current);
    pending.current = null;
    element?.focus();
  });
  return (id: string) => {
    pending.current = id;
  };
}

/**
 * The numbered paragraphs: each with its marking (never above the document's) and its text;
 * added, removed and moved with buttons that say which paragraph they act on.
 */
export function ParagraphsEditor({
  paragraphs,
  documentMarking,
  errors,
  onChange,
}: ParagraphsEditorProps) {
  const t = useT();
  const focusAfterRender = useFocusAfterRender();
  const [announcement, setAnnouncement] = useState("");
  const allowed = paragraphMarkings(documentMarking);

  const update = (index: number, change: Partial<ParagraphValue>) =>
    onChange(paragraphs.map((p, i) => (i === index ? { ...p, ...change } : p)));

  const move = (index: number, delta: -1 | 1) => {
    const target = index + delta;
    const moved = paragraphs[index];
    const other = paragraphs[target];
    if (moved === undefined || other === undefined) return;
    const next = [...paragraphs];
    next[target] = moved;
    next[index] = other;
    onChange(next);
    const isAtEdge = target === 0 || target === paragraphs.length - 1;
    const direction = delta < 0 ? "up" : "down";
    const opposite = delta < 0 ? "down" : "up";
    focusAfterRender(`${moved.key}-${isAtEdge ? opposite : direction}`);
    setAnnouncement(t("paragraphs.moved", { from: index + 1, to: target + 1 }));
  };

  const remove = (index: number) => {
    const removed = paragraphs[index];
    if (removed === undefined) return;
    if (
      removed.text.trim() !== "" &&
      !window.confirm(t("paragraphs.confirmRemove", { number: index + 1 }))
    ) {
      return;
    }
    const next = paragraphs.filter((_, i) => i !== index);
    onChange(next);
    const neighbour = next[index - 1] ?? next[index];
    focusAfterRender(neighbour === undefined ? "paragraph-add" : `${neighbour.key}-text`);
    setAnnouncement(t("paragraphs.removed", { number: index + 1 }));
  };

  const add = () => {
    const paragraph = newParagraph(documentMarking);
    onChange([...paragraphs, paragraph]);
    focusAfterRender(`${paragraph.key}-text`);
  };

  return (
    <>
      <p className="fr-sr-only" role="status" aria-live="polite">
        {announcement}
      </p>
      {paragraphs.length === 0 && <p>{t("paragraphs.none")}</p>}
      {paragraphs.map((paragraph, index) => {
        const number = index + 1;
        const field = `paragraphs.${index}`;
        return (
          <fieldset key={paragraph.key} className="editor-paragraph">
            <legend>{t("paragraphs.legend", { number })}</legend>
            <Select
              label={t("paragraphs.marking", { number })}
              hint={t("paragraphs.markingHint")}
              {...draftFieldState(errors, `${field}.marking`)}
              nativeSelectProps={{
                value: paragraph.marking,
                onChange: (event) => {
                  const marking = MARKINGS.find((m) => m === event.target.value);
                  if (marking !== undefined && allowed.includes(marking))
                    update(index, { marking });
                },
              }}
            >
              {allowed.map((marking) => (
                <option key={marking} value={marking}>
                  {t(`marking.${marking}`)}
                </option>
              ))}
            </Select>
            <Input
              label={t("paragraphs.text", { number })}
              textArea
              {...draftFieldState(errors, `${field}.text`)}
              nativeTextAreaProps={{
                id: `${paragraph.key}-text`,
                rows: 5,
                value: paragraph.text,
                onChange: (event) => update(index, { text: event.target.value }),
              }}
            />
            <ul className="fr-btns-group fr-btns-group--inline fr-btns-group--sm fr-btns-group--icon-left">
              <li>
                <Button
                  type="button"
                  priority="tertiary"
                  size="small"
                  iconId="fr-icon-arrow-up-line"
                  disabled={index === 0}
                  nativeButtonProps={{ id: `${paragraph.key}-up` }}
                  onClick={() => move(index, -1)}
                >
                  {t("paragraphs.moveUp")}
                  <span className="fr-sr-only"> {t("paragraphs.which", { number })}</span>
                </Button>
              </li>
              <li>
                <Button
                  type="button"
                  priority="tertiary"
                  size="small"
                  iconId="fr-icon-arrow-down-line"
                  disabled={index === paragraphs.length - 1}
                  nativeButtonProps={{ id: `${paragraph.key}-down` }}
                  onClick={() => move(index, 1)}
                >
                  {t("paragraphs.moveDown")}
                  <span className="fr-sr-only"> {t("paragraphs.which", { number })}</span>
                </Button>
              </li>
              <li>
                <Button
                  type="button"
                  priority="tertiary"
                  size="small"
                  iconId="fr-icon-delete-line"
                  onClick={() => remove(index)}
                >
                  {t("paragraphs.remove")}
                  <span className="fr-sr-only"> {t("paragraphs.which", { number })}</span>
                </Button>
              </li>
            </ul>
          </fieldset>
        );
      })}
      <Button
        type="button"
        priority="secondary"
        iconId="fr-icon-add-line"
        nativeButtonProps={{ id: "paragraph-add" }}
        onClick={add}
      >
        {t("paragraphs.add")}
      </Button>
    </>
  );
}
