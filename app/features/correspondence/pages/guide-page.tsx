import { type Locale, MARKINGS, MAX_FREE_TAGS, PRECEDENCES } from "@shared/vocabulary";
import type { ReactNode } from "react";
import { MarkingLegend } from "../../../components/protection-badges";
import { translate, useT } from "../../../i18n/use-t";
import { usePageTitle } from "../../../layout/use-page-title";
import { GUIDE_RULES } from "../components/guide-warnings";
import { PrecedenceBadge } from "../components/precedence-badge";

/** The note's formulas in each language: their pattern, then a filled-in example. */
const NOTE_EXAMPLES: {
  language: Locale;
  pattern: { sender: string; recipient: string };
  example: { sender: string; recipient: string };
}[] = [
  {
    language: "fr",
    pattern: { sender: "…", recipient: "à …" },
    example: { sender: "L'Ambassade de France aux États-Unis", recipient: "au Département d'État" },
  },
  {
    language: "en",
    pattern: { sender: "…", recipient: "…" },
    example: { sender: "The Embassy of France", recipient: "the Department of State" },
  },
];

function GuideSection({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="fr-mt-5w">
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}

/**
 * « Guide de la correspondance diplomatique »: which kind to use when, precedence and marking
 * rules, the note's formulas; the rules listed last are the ones checked as one drafts.
 */
export function GuidePage() {
  const t = useT();
  usePageTitle(t("guide.title"));
  return (
    <>
      <h1>{t("guide.title")}</h1>
      <p className="fr-text--lead">{t("guide.lead")}</p>

      <GuideSection id="guide-kinds" title={t("guide.kinds.title")}>
        <dl>
          <dt className="fr-text--bold">{t("correspondenceKind.telegram")}</dt>
          <dd className="fr-mb-2w">{t("guide.kinds.telegram")}</dd>
          <dt className="fr-text--bold">{t("correspondenceKind.note")}</dt>
          <dd className="fr-mb-2w">{t("guide.kinds.note")}</dd>
          <dt className="fr-text--bold">{t("correspondenceKind.formal_email")}</dt>
          <dd className="fr-mb-2w">{t("guide.kinds.formalEmail")}</dd>
        </dl>
      </GuideSection>

      <GuideSection id="guide-precedence" title={t("guide.precedence.title")}>
        <p>{t("guide.precedence.lead")}</p>
        <ul>
          {PRECEDENCES.map((precedence) => (
            <li key={precedence} className="fr-mb-1w">
              <PrecedenceBadge precedence={precedence} small />{" "}
              {t(`guide.precedence.${precedence}`)}
            </li>
          ))}
        </ul>
        <h3 className="fr-h6">{t("guide.precedence.flashTitle")}</h3>
        <p>{t("guide.precedence.flashWhen")}</p>
        <p>{t("guide.precedence.flashJustification")}</p>
      </GuideSection>

      <GuideSection id="guide-markings" title={t("guide.markings.title")}>
        <p>{t("guide.markings.lead")}</p>
        <MarkingLegend />
        <p>{t("guide.markings.choose")}</p>
        <p>{t("guide.markings.classified")}</p>
        <h3 className="fr-h6">{t("guide.paragraphs.title")}</h3>
        <p>{t("guide.paragraphs.body", { markings: MARKINGS.join(" < ") })}</p>
        <p>{t("guide.paragraphs.example")}</p>
      </GuideSection>

      <GuideSection id="guide-indexing" title={t("guide.indexing.title")}>
        <p>{t("guide.indexing.subject")}</p>
        <p>{t("guide.indexing.summary")}</p>
        <p>{t("guide.indexing.tags", { max: MAX_FREE_TAGS })}</p>
        <p>{t("guide.indexing.references")}</p>
      </GuideSection>

      <GuideSection id="guide-addressees" title={t("guide.addressees.title")}>
        <p>{t("guide.addressees.modes")}</p>
        <p>{t("guide.addressees.deadline")}</p>
      </GuideSection>

      <GuideSection id="guide-note" title={t("guide.note.title")}>
        <p>{t("guide.note.lead")}</p>
        <h3 className="fr-h6">{t("guide.note.formulasTitle")}</h3>
        <ul>
          {NOTE_EXAMPLES.map(({ language, pattern }) => (
            <li key={language} lang={language}>
              {translate(language, "noteFormula.opening", pattern)}
              <br />
              {translate(language, "noteFormula.closing", pattern)}
            </li>
          ))}
        </ul>
        <p>{t("guide.note.generated")}</p>
        <h3 className="fr-h6">{t("guide.note.exampleTitle")}</h3>
        {NOTE_EXAMPLES.map(({ language, example }) => (
          <blockquote key={language} lang={language} className="fr-mb-2w">
            <p className="fr-mb-1w">{translate(language, "noteFormula.opening", example)}</p>
            <p className="fr-mb-0">{translate(language, "noteFormula.closing", example)}</p>
          </blockquote>
        ))}
        <p>{t("guide.note.signature")}</p>
      </GuideSection>

      <GuideSection id="guide-email" title={t("guide.email.title")}>
        <p>{t("guide.email.body")}</p>
      </GuideSection>

      <GuideSection id="guide-rules" title={t("guide.rules.title")}>
        <p>{t("guide.rules.lead")}</p>
        <ul>
          {GUIDE_RULES.map((rule) => (
            <li key={rule}>{t(`guideRule.${rule}`)}</li>
          ))}
          <li>{t("guide.rules.paragraphMarking")}</li>
          <li>{t("guide.rules.classified")}</li>
        </ul>
      </GuideSection>
    </>
  );
}
