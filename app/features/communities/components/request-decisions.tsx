import { Button } from "@codegouvfr/react-dsfr/Button";
import { Input } from "@codegouvfr/react-dsfr/Input";
import type { MembershipRequest } from "@shared/schemas/communities";
import { useState } from "react";
import { Link } from "react-router";
import { ApiErrorAlert } from "../../../components/api-error-alert";
import { PagedResults } from "../../../components/paged-results";
import { useFormatters } from "../../../i18n/format";
import { useT } from "../../../i18n/use-t";
import { paths } from "../../../paths";
import { useDecideMembership } from "../api/decide-membership";
import { useMembershipRequests } from "../api/membership-requests";

/** One pending request: who, when, their message; accept or refuse with an answer. */
function RequestDecision({
  communityId,
  request,
}: {
  communityId: string;
  request: MembershipRequest;
}) {
  const t = useT();
  const format = useFormatters();
  const decide = useDecideMembership(communityId);
  const [answer, setAnswer] = useState("");
  const send = (accept: boolean) =>
    decide.mutate({ requestId: request.id, accept, message: answer });
  return (
    <li className="fr-py-2w">
      <p className="fr-mb-1v">
        <Link to={paths.person(request.user.id)}>{request.user.displayName}</Link>{" "}
        <span className="fr-text--sm">
          {t("community.requestedOn", { date: format.dateTime(request.createdAt) })}
        </span>
      </p>
      {request.message !== "" && (
        <blockquote className="fr-mb-1w" style={{ whiteSpace: "pre-wrap" }}>
          {request.message}
        </blockquote>
      )}
      <ApiErrorAlert error={decide.error} />
      <Input
        label={t("community.decisionMessage", { name: request.user.displayName })}
        nativeInputProps={{
          value: answer,
          maxLength: 1000,
          onChange: (e) => setAnswer(e.target.value),
        }}
      />
      <ul className="fr-btns-group fr-btns-group--inline-sm">
        <li>
          <Button disabled={decide.isPending} onClick={() => send(true)}>
            {t("community.accept")}
          </Button>
        </li>
        <li>
          <Button priority="secondary" disabled={decide.isPending} onClick={() => send(false)}>
            {t("community.refuse")}
          </Button>
        </li>
      </ul>
    </li>
  );
}

/** The pending requests to join, oldest first, each decided on its own. */
export function RequestDecisions({ communityId }: { communityId: string }) {
  const query = useMembershipRequests(communityId);
  return (
    <PagedResults
      query={query}
      counts={{
        none: "community.requestsNone",
        all: "community.requestsAll",
        more: "community.requestsMore",
      }}
    >
      {(requests) => (
        <ul className="plain-list">
          {requests.map((request) => (
            <RequestDecision key={request.id} communityId={communityId} request={request} />
          ))}
        </ul>
      )}
    </PagedResults>
  );
}
