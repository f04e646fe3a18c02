import { useState } from "react";
import { ApiErrorAlert } from "../../../components/api-error-alert";
import { WeekChart } from "../../../components/charts/week-chart";
import { Loading } from "../../../components/loading";
import { useFormatters } from "../../../i18n/format";
import { useLocale, useT } from "../../../i18n/use-t";
import { useCommunityDashboard } from "../api/dashboard";

const PERIODS = [12, 26, 52] as const;

/** « Tableau de bord »: the community's weeks as charts, key figures, and open questions. */
export function CommunityDashboardPanel({ communityId }: { communityId: string }) {
  const t = useT();
  const format = useFormatters();
  const locale = useLocale();
  const [weeks, setWeeks] = useState<(typeof PERIODS)[number]>(12);
  const dashboard = useCommunityDashboard(communityId, weeks);
  const short = new Intl.DateTimeFormat(locale, {
    day: "numeric",
    month: "short",
    timeZone: "UTC",
  });

  return (
    <div className="community-dashboard">
      <div className="fr-select-group">
        <label className="fr-label" htmlFor="dashboard-period">
          {t("dashboard.period")}
        </label>
        <select
          id="dashboard-period"
          className="fr-select"
          value={weeks}
          onChange={(event) => {
            const chosen = PERIODS.find((p) => String(p) === event.target.value);
            if (chosen !== undefined) setWeeks(chosen);
          }}
        >
          {PERIODS.map((p) => (
            <option key={p} value={p}>
              {t("dashboard.weeks", { count: p })}
            </option>
          ))}
        </select>
      </div>
      {dashboard.isPending && <Loading />}
      <ApiErrorAlert error={dashboard.error} />
      {dashboard.data !== undefined &&
        (() => {
          const data = dashboard.data;
          const categories = data.weeks.map((w) =>
            short.format(new Date(`${w.weekStart}T00:00:00Z`)),
          );
          const common = { categories, categoryHeader: t("dashboard.weekOf") };
          return (
            <>
              <ul className="fr-grid-row fr-grid-row--gutters community-dashboard__figures">
                {(
                  [
                    ["dashboard.members", data.totals.members],
                    ["dashboard.posts", data.totals.posts],
                    ["dashboard.comments", data.totals.comments],
                    ["dashboard.unanswered", data.totals.unansweredQuestions],
                  ] as const
                ).map(([label, value]) => (
                  <li key={label} className="fr-col-6 fr-col-md-3">
                    <p className="fr-h3 fr-mb-0">{value}</p>
                    <p className="fr-text--sm">{t(label)}</p>
                  </li>
                ))}
              </ul>
              <WeekChart
                {...common}
                kind="line"
                title={t("dashboard.membersOverTime")}
                dataSummary={t("dashboard.showData", { chart: t("dashboard.membersOverTime") })}
                series={[
                  {
                    label: t("dashboard.members"),
                    values: data.weeks.map((w) => w.members),
                    color: "var(--blue-france-sun-113-625)",
                  },
                ]}
              />
              <WeekChart
                {...common}
                kind="bars"
                title={t("dashboard.activity")}
                dataSummary={t("dashboard.showData", { chart: t("dashboard.activity") })}
                series={[
                  {
                    label: t("dashboard.posts"),
                    values: data.weeks.map((w) => w.posts),
                    color: "var(--blue-france-sun-113-625)",
                  },
                  {
                    label: t("dashboard.comments"),
                    values: data.weeks.map((w) => w.comments),
                    color: "var(--green-emeraude-main-632)",
                  },
                ]}
              />
              <WeekChart
                {...common}
                kind="bars"
                title={t("dashboard.activeMembers")}
                dataSummary={t("dashboard.showData", { chart: t("dashboard.activeMembers") })}
                series={[
                  {
                    label: t("dashboard.activeMembers"),
                    values: data.weeks.map((w) => w.activeMembers),
                    color: "var(--purple-glycine-main-494)",
                  },
                ]}
              />
              <h3 className="fr-h5">{t("dashboard.unansweredTitle")}</h3>
              {data.unansweredQuestions.length === 0 ? (
                <p>{t("dashboard.noUnanswered")}</p>
              ) : (
                <ul>
                  {data.unansweredQuestions.map((q) => (
                    <li key={q.postId}>
                      « {q.excerpt} » — {q.author.displayName}, {format.date(q.createdAt)}
                    </li>
                  ))}
                </ul>
              )}
            </>
          );
        })()}
    </div>
  );
}
