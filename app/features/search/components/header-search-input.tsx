import { type FocusEvent, useRef, useState } from "react";
import { Link } from "react-router";
import { useT } from "../../../i18n/use-t";
import { paths } from "../../../paths";
import { useSuggest } from "../api/suggest";

type InputParams = { id: string; type: "search"; className: string; placeholder: string };

/**
 * The header's search input with type-ahead: documents whose subject or reference starts with
 * what is typed, then communities and people by name, as links below the box (reached with Tab; their number announced politely).
 * Enter or the DSFR button opens the results page (see SiteHeader).
 */
export function HeaderSearchInput({ id, type, className }: InputParams) {
  const t = useT();
  const [text, setText] = useState("");
  const [open, setOpen] = useState(false);
  const suggest = useSuggest(text);
  const items = open && text.trim().length >= 2 ? (suggest.data?.items ?? []) : [];
  const listId = `${id}-suggestions`;
  const container = useRef<HTMLDivElement>(null);
  // The list closes when the focus leaves both the box and its suggestions.
  const closeOnLeave = (event: FocusEvent) => {
    if (!container.current?.contains(event.relatedTarget as Node | null)) setOpen(false);
  };
  return (
    <div className="search-suggest" ref={container}>
      <input
        id={id}
        name={id}
        type={type}
        className={className}
        placeholder={t("search.boxPlaceholder")}
        maxLength={200}
        autoComplete="off"
        aria-describedby={`${listId}-status`}
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={closeOnLeave}
        onKeyDown={(event) => {
          if (event.key === "Escape") setOpen(false);
        }}
      />
      <p id={`${listId}-status`} className="fr-sr-only" aria-live="polite">
        {items.length > 0 ? t("search.suggestionsCount", { count: items.length }) : ""}
      </p>
      {items.length > 0 && (
        <ul id={listId} className="search-suggest__list" aria-label={t("search.suggestions")}>
          {items.map((item) => (
            <li key={item.id} className="search-suggest__item">
              <Link
                to={
                  item.type === "person"
                    ? paths.person(item.id)
                    : item.type === "community"
                      ? paths.community(item.id)
                      : paths.correspondenceDocument(item.id)
                }
                onBlur={closeOnLeave}
                onClick={() => {
                  setOpen(false);
                  setText("");
                }}
              >
                {item.type !== "correspondence" && (
                  <span className="fr-text--bold">{t(`search.suggestion.${item.type}`)} · </span>
                )}
                {item.reference && <span className="fr-text--bold">{item.reference} </span>}
                {item.title}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
