import { Alert } from "@codegouvfr/react-dsfr/Alert";
import type { GuideWarning } from "@shared/schemas/correspondence";
import { type Translate, useT } from "../../../i18n/use-t";

/** The drafting rules the server checks (server/correspondence/correspondence.rules.ts). */
export const GUIDE_RULES = [
  "telegram_needs_summary",
  "summary_three_lines",
  "flash_needs_justification",
  "at_most_five_free_tags",
  "needs_a_paragraph",
  "needs_an_addressee",
  "action_needs_deadline",
  "note_needs_entities",
  "email_needs_recipient",
] as const;
type GuideRule = (typeof GUIDE_RULES)[number];

const isGuideRule = (rule: string): rule is GuideRule =>
  (GUIDE_RULES as readonly string[]).includes(rule);

/** A rule's explanation from the guide; a rule the app does not know yet shows its code. */
function describeRule(rule: string, t: Translate): string {
  return isGuideRule(rule) ? t(`guideRule.${rule}`) : rule;
}

/** The unmet rules as a list, each explained in the guide's words. */
export function GuideRuleList({ warnings }: { warnings: GuideWarning[] }) {
  const t = useT();
  return (
    <ul className="fr-mt-1w">
      {warnings.map((warning) => (
        <li key={`${warning.rule}:${warning.path ?? ""}`}>{describeRule(warning.rule, t)}</li>
      ))}
    </ul>
  );
}

type GuideWarningsProps = { warnings: GuideWarning[]; className?: string };

/**
 * The guide's drafting rules the last saved version does not respect yet. They do not prevent
 * saving; they must be resolved before the document is signed.
 */
export function GuideWarnings({ warnings, className = "fr-mb-4w" }: GuideWarningsProps) {
  const t = useT();
  if (warnings.length === 0) {
    return (
      <Alert className={className} severity="success" small description={t("guideWarnings.none")} />
    );
  }
  return (
    <Alert
      className={className}
      severity="warning"
      as="h2"
      title={t("guideWarnings.title", { count: warnings.length })}
      description={
        <>
          {t("guideWarnings.lead")}
          <GuideRuleList warnings={warnings} />
        </>
      }
    />
  );
}
