import type { HomeUnitSummary } from "@shared/schemas/home";
import { PRECEDENCES } from "@shared/vocabulary";
import { useFormatters } from "../../../i18n/format";
import { useT } from "../../../i18n/use-t";
import "./home.css";

/** A head of unit's key figures: open actions, overdue, and this week's volume by precedence. */
export function UnitSummary({ summary }: { summary: HomeUnitSummary }) {
  const t = useT();
  const format = useFormatters();
  const headingId = `unit-summary-${summary.unit.id}`;
  return (
    <section aria-labelledby={headingId} className="fr-mb-4w">
      <h2 id={headingId} className="fr-h4">
        {t("home.unitSummary", { unit: summary.unit.name })}
      </h2>
      <ul className="home-figures">
        <li>
          <span className="home-figures__value">{summary.openActions}</span>
          {t("home.unitOpenActions")}
        </li>
        <li>
          <span
            className={
              summary.overdueActions > 0
                ? "home-figures__value home-figures__value--error"
                : "home-figures__value"
            }
          >
            {summary.overdueActions}
          </span>
          {t("home.unitOverdue")}
        </li>
      </ul>
      <h3 className="fr-text--md fr-mb-1w">
        {t("home.unitWeek", { date: format.date(summary.weekStart) })}
      </h3>
      <ul className="home-figures">
        {PRECEDENCES.map((p) => (
          <li key={p}>
            <span className="home-figures__value">{summary.weekByPrecedence[p]}</span>
            {t(`precedence.${p}`)}
          </li>
        ))}
      </ul>
    </section>
  );
}
