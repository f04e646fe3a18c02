import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { ApiErrorAlert } from "../../../components/api-error-alert";
import { useT } from "../../../i18n/use-t";
import { useRevokeUserSessions } from "../api/revoke-user-sessions";

/** Ends all of a user's sessions at once (a lost laptop, a departure): next request signs out. */
export function UserSessionsSection({ userId }: { userId: string }) {
  const t = useT();
  const revoke = useRevokeUserSessions(userId);
  return (
    <>
      <p>{t("adminUser.sessionsLead")}</p>
      <ApiErrorAlert error={revoke.error} />
      {revoke.data && (
        <Alert
          className="fr-mb-3w"
          severity="success"
          small
          description={t("adminUser.sessionsRevoked", { count: revoke.data.revoked })}
        />
      )}
      <Button
        priority="secondary"
        iconId="fr-icon-logout-box-r-line"
        disabled={revoke.isPending}
        onClick={() => revoke.mutate()}
      >
        {t("adminUser.revokeSessions")}
      </Button>
    </>
  );
}
