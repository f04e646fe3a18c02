import type { CorrespondenceDetail } from "@shared/schemas/correspondence";
import { useId } from "react";
import { MarkingBadge } from "../../../components/protection-badges";
import { translate, useT } from "../../../i18n/use-t";
import "./correspondence.css";

/** The summary, then the numbered paragraphs each with its marking (a note between its formulas). */
export function CorrespondenceBody({ detail }: { detail: CorrespondenceDetail }) {
  const t = useT();
  const summaryId = useId();
  const textId = useId();
  const { content } = detail;
  // Composed by the server from the note's entities, in the note's language.
  const { formulas } = detail;
  const noteLanguage = content.note?.language;
  return (
    <>
      {detail.kind !== "formal_email" && (
        <section aria-labelledby={summaryId} className="fr-mb-4w">
          <h2 id={summaryId} className="fr-h4">
            {t("detail.summary")}
          </h2>
          <p className="correspondence-paragraphs__body">
            {content.summary === "" ? t("detail.noSummary") : content.summary}
          </p>
        </section>
      )}
      <section aria-labelledby={textId}>
        <h2 id={textId} className="fr-h4">
          {detail.kind === "formal_email" ? t("editor.emailBody") : t("detail.text")}
        </h2>
        {formulas !== null && (
          <p className="note-formula" lang={noteLanguage}>
            {formulas.opening} …
          </p>
        )}
        {content.paragraphs.length === 0 ? (
          <p>{t("paragraphs.none")}</p>
        ) : (
          <ol className="correspondence-paragraphs">
            {content.paragraphs.map((paragraph, index) => (
              // Paragraphs are identified by their position: the number is the reference.
              // biome-ignore lint/suspicious/noArrayIndexKey: numbered by position
              <li key={index}>
                <span className="correspondence-paragraphs__number" aria-hidden="true">
                  {index + 1}.
                </span>
                <div className="correspondence-paragraphs__body">
                  <span className="fr-sr-only">
                    {t("paragraphs.legend", { number: index + 1 })}
                  </span>
                  <MarkingBadge marking={paragraph.marking} small />
                  <br />
                  {paragraph.text}
                </div>
              </li>
            ))}
          </ol>
        )}
        {formulas !== null && content.note !== null && noteLanguage !== undefined && (
          <>
            <p className="note-formula" lang={noteLanguage}>
              {formulas.closing}
            </p>
            <p lang={noteLanguage}>
              {translate(noteLanguage, "note.placeAndDate", {
                place: content.note.place,
                date: new Intl.DateTimeFormat(noteLanguage, { dateStyle: "long" }).format(
                  new Date(detail.dispatchedAt ?? detail.updatedAt),
                ),
              })}
            </p>
          </>
        )}
      </section>
    </>
  );
}
