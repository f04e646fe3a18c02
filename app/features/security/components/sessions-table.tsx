import { Button } from "@codegouvfr/react-dsfr/Button";
import { ApiErrorAlert } from "../../../components/api-error-alert";
import { DataTable } from "../../../components/data-table";
import { PageFallback } from "../../../components/page-fallback";
import { useFormatters } from "../../../i18n/format";
import { useT } from "../../../i18n/use-t";
import { useMySessions, useRevokeSession } from "../api/sessions";

/** My open sessions: where from, since when, with how many factors; others can be ended. */
export function SessionsTable() {
  const t = useT();
  const format = useFormatters();
  const sessions = useMySessions();
  const revoke = useRevokeSession();
  if (!sessions.data) return <PageFallback title={t("security.sessions")} query={sessions} />;
  return (
    <>
      <ApiErrorAlert error={revoke.error} />
      <DataTable
        caption={t("security.sessions")}
        headers={[
          t("security.sessionStarted"),
          t("security.sessionLastSeen"),
          t("security.sessionFrom"),
          t("security.sessionFactors"),
          t("security.sessionAction"),
        ]}
        rows={sessions.data.items.map((s) => ({
          key: s.id,
          cells: [
            format.dateTime(s.createdAt),
            format.dateTime(s.lastSeenAt),
            <span key="from">
              {s.ip ?? "—"}
              <br />
              <span className="fr-text--xs fr-text-mention--grey">{s.userAgent ?? ""}</span>
            </span>,
            s.mfa ? t("security.twoFactors") : t("security.oneFactor"),
            s.current ? (
              t("security.currentSession")
            ) : (
              <Button
                key="revoke"
                size="small"
                priority="secondary"
                disabled={revoke.isPending}
                onClick={() => revoke.mutate(s.id)}
              >
                {t("security.revoke")}
              </Button>
            ),
          ],
        }))}
      />
    </>
  );
}
