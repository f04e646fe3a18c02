import { Button } from "@codegouvfr/react-dsfr/Button";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { useEffect, useId, useRef, useState } from "react";
import { useT } from "../../../i18n/use-t";
import { useMentionSuggestions } from "../api/mention-suggestions";

const MENTION_DELAY_MS = 250;
/** « @ » followed by what is being typed, right before the caret. */
const MENTION_AT_CARET = /(?:^|\s)@([\p{L}\p{N}._'-]{2,40})$/u;

type RichTextEditorProps = {
  label: string;
  value: string;
  onChange: (value: string) => void;
  errorMessage?: string;
  rows?: number;
};

/**
 * The composer's text field with its source syntax (shared/rich-text.ts): buttons wrap the
 * selection in **bold** or *italic*, make list items or a link; typing « @ » and two letters
 * offers people and communities to mention.
 */
export function RichTextEditor({
  label,
  value,
  onChange,
  errorMessage,
  rows = 4,
}: RichTextEditorProps) {
  const t = useT();
  const id = useId();
  const area = useRef<HTMLTextAreaElement>(null);
  const [caret, setCaret] = useState(0);
  const typed = MENTION_AT_CARET.exec(value.slice(0, caret))?.[1] ?? "";
  const [query, setQuery] = useState("");
  useEffect(() => {
    const timer = window.setTimeout(() => setQuery(typed), MENTION_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [typed]);
  const suggestions = useMentionSuggestions(typed === "" ? "" : query);
  const options =
    typed === ""
      ? []
      : [
          ...(suggestions.data?.people ?? []).map((p) => ({
            key: `user:${p.id}`,
            label: p.displayName,
            detail: p.jobTitle ?? t("feed.mention.person"),
          })),
          ...(suggestions.data?.communities ?? []).map((c) => ({
            key: `community:${c.id}`,
            label: c.name,
            detail: t("feed.mention.community"),
          })),
        ];

  /** Replaces the selection (or inserts at the caret) and puts the caret after the insertion. */
  const replaceSelection = (make: (selected: string) => string, from?: number) => {
    const el = area.current;
    const start = from ?? el?.selectionStart ?? value.length;
    const end = el?.selectionEnd ?? value.length;
    const inserted = make(value.slice(start, end));
    const next = value.slice(0, start) + inserted + value.slice(end);
    onChange(next);
    const position = start + inserted.length;
    window.requestAnimationFrame(() => {
      el?.focus();
      el?.setSelectionRange(position, position);
      setCaret(position);
    });
  };

  const wrap = (mark: string, placeholder: string) =>
    replaceSelection((s) => `${mark}${s || placeholder}${mark}`);
  const toList = () =>
    replaceSelection((s) =>
      (s || t("feed.editor.listItem"))
        .split("\n")
        .map((line) => (line.startsWith("- ") ? line : `- ${line}`))
        .join("\n"),
    );
  const toLink = () => replaceSelection((s) => `[${s || t("feed.editor.linkText")}](https://)`);
  const mention = (key: string, name: string) => {
    const el = area.current;
    const end = el?.selectionEnd ?? caret;
    replaceSelection(() => `@[${name}](${key}) `, end - typed.length - 1);
  };

  return (
    <div className="feed-editor">
      <ul
        className="fr-btns-group fr-btns-group--inline fr-btns-group--sm fr-mb-0"
        aria-label={t("feed.editor.toolbar")}
      >
        <li>
          <Button
            type="button"
            priority="tertiary"
            size="small"
            onClick={() => wrap("**", t("feed.editor.boldText"))}
          >
            {t("feed.editor.bold")}
          </Button>
        </li>
        <li>
          <Button
            type="button"
            priority="tertiary"
            size="small"
            onClick={() => wrap("*", t("feed.editor.italicText"))}
          >
            {t("feed.editor.italic")}
          </Button>
        </li>
        <li>
          <Button type="button" priority="tertiary" size="small" onClick={toList}>
            {t("feed.editor.list")}
          </Button>
        </li>
        <li>
          <Button type="button" priority="tertiary" size="small" onClick={toLink}>
            {t("feed.editor.link")}
          </Button>
        </li>
      </ul>
      <Input
        label={label}
        hintText={t("feed.editor.hint")}
        textArea
        state={errorMessage ? "error" : "default"}
        stateRelatedMessage={errorMessage}
        nativeTextAreaProps={{
          id,
          ref: area,
          rows,
          value,
          onChange: (event) => {
            onChange(event.target.value);
            setCaret(event.target.selectionStart);
          },
          onSelect: (event) => setCaret(event.currentTarget.selectionStart),
        }}
      />
      <div role="status" className="fr-sr-only">
        {options.length > 0 ? t("feed.mention.count", { count: options.length }) : ""}
      </div>
      {options.length > 0 && (
        <ul className="feed-mention-suggestions" aria-label={t("feed.mention.suggestions")}>
          {options.map((o) => (
            <li key={o.key}>
              <button type="button" className="fr-link" onClick={() => mention(o.key, o.label)}>
                {o.label} <span className="fr-text--xs fr-text-mention--grey">— {o.detail}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
