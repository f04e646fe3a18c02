import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Input } from "@codegouvfr/react-dsfr/Input";
import type { CommunityDetail } from "@shared/schemas/communities";
import { type FormEvent, useState } from "react";
import { ApiErrorAlert } from "../../../components/api-error-alert";
import { useT } from "../../../i18n/use-t";
import { useLeaveCommunity } from "../api/leave-community";
import { useRequestMembership } from "../api/request-membership";

/** Join, ask to join (with a message for the managers) or leave — as the abilities allow. */
export function MembershipActions({ community }: { community: CommunityDetail }) {
  const t = useT();
  const request = useRequestMembership(community.id);
  const leave = useLeaveCommunity(community.id);
  const [message, setMessage] = useState("");
  const { abilities } = community;

  const ask = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    request.mutate({ message }, { onSuccess: () => setMessage("") });
  };

  return (
    <div className="fr-mb-4w">
      <ApiErrorAlert error={request.error ?? leave.error} />
      {community.myPendingRequest !== null && (
        <Alert severity="info" small description={t("community.requestSent")} />
      )}
      {abilities.join && (
        <Button
          iconId="fr-icon-user-add-line"
          disabled={request.isPending}
          onClick={() => request.mutate({ message: "" })}
        >
          {t("community.join")}
        </Button>
      )}
      {abilities.request && (
        <form onSubmit={ask} className="fr-col-12 fr-col-md-8">
          <Input
            label={t("community.requestMessage")}
            hintText={t("community.requestMessageHint")}
            textArea
            nativeTextAreaProps={{
              name: "message",
              value: message,
              maxLength: 1000,
              rows: 3,
              onChange: (e) => setMessage(e.target.value),
            }}
          />
          <Button type="submit" iconId="fr-icon-mail-line" disabled={request.isPending}>
            {t("community.request")}
          </Button>
        </form>
      )}
      {abilities.leave && (
        <Button
          priority="secondary"
          iconId="fr-icon-logout-box-r-line"
          disabled={leave.isPending}
          onClick={() => {
            if (window.confirm(t("community.leaveConfirm"))) leave.mutate();
          }}
        >
          {t("community.leave")}
        </Button>
      )}
    </div>
  );
}
