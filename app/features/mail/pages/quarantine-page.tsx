import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Badge } from "@codegouvfr/react-dsfr/Badge";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { Select } from "@codegouvfr/react-dsfr/Select";
import type { QuarantineItem } from "@shared/schemas/mail-inbound";
import { INBOUND_STATUSES, type InboundStatus } from "@shared/vocabulary";
import { useState } from "react";
import { Link } from "react-router";
import { ApiErrorAlert } from "../../../components/api-error-alert";
import { PagedResults } from "../../../components/paged-results";
import { useLocale, useT } from "../../../i18n/use-t";
import { usePageTitle } from "../../../layout/use-page-title";
import { paths } from "../../../paths";
import { quarantinedOriginalUrl, useDecideQuarantine, useQuarantine } from "../api/quarantine";

/** One held message: who sent it, to whom, why it waits, its text; accept or reject it. */
function QuarantineCard({ item }: { item: QuarantineItem }) {
  const t = useT();
  const locale = useLocale();
  const decide = useDecideQuarantine();
  const [comment, setComment] = useState("");
  const [missingReason, setMissingReason] = useState(false);
  const headingId = `quarantine-${item.id}`;
  const reject = () => {
    if (comment.trim() === "") {
      setMissingReason(true);
      return;
    }
    decide.mutate({ id: item.id, body: { decision: "reject", comment } });
  };
  return (
    <li className="fr-mb-3w fr-p-2w fr-background-alt--grey" aria-labelledby={headingId}>
      <h2 id={headingId} className="fr-h6 fr-mb-1v">
        {item.subject}
      </h2>
      <p className="fr-text--sm fr-mb-1v">
        {t("mail.quarantine.from")}{" "}
        {item.fromName
          ? `${item.fromName} <${item.fromAddress ?? ""}>`
          : (item.fromAddress ?? t("mail.quarantine.noSender"))}
        {" · "}
        {new Date(item.receivedAt).toLocaleString(locale)}
        {" · "}
        {t(`mail.source.${item.source}`)}
      </p>
      <p className="fr-mb-1v">
        {item.reason && (
          <Badge as="span" small severity="warning">
            {t(`mail.reason.${item.reason}`)}
          </Badge>
        )}{" "}
        {item.status !== "quarantined" && (
          <Badge as="span" small severity={item.status === "accepted" ? "success" : "error"}>
            {t(`mail.status.${item.status}`)}
          </Badge>
        )}
      </p>
      <p className="fr-text--sm fr-mb-1v">
        {item.addressees.length === 0
          ? t("mail.quarantine.noAddressee")
          : item.addressees.map((a) => `${a.name} (${t(`addressees.mode.${a.mode}`)})`).join(", ")}
      </p>
      {item.excerpt !== "" && (
        <blockquote className="fr-text--sm fr-mb-1w" style={{ whiteSpace: "pre-wrap" }}>
          {item.excerpt}
        </blockquote>
      )}
      <p className="fr-text--xs fr-mb-1w">
        <a className="fr-link fr-link--sm" href={quarantinedOriginalUrl(item.id)} download>
          {t("mail.quarantine.original")}
        </a>{" "}
        · SHA-512 <code>{item.sha512.slice(0, 16)}…</code>
      </p>
      {item.status === "quarantined" ? (
        <>
          <Input
            label={t("mail.quarantine.comment")}
            state={missingReason ? "error" : "default"}
            stateRelatedMessage={missingReason ? t("mail.quarantine.reasonRequired") : undefined}
            nativeInputProps={{
              value: comment,
              maxLength: 1000,
              onChange: (e) => {
                setComment(e.target.value);
                setMissingReason(false);
              },
            }}
          />
          {decide.isError && <ApiErrorAlert error={decide.error} />}
          <ul className="fr-btns-group fr-btns-group--inline-sm">
            <li>
              <Button
                disabled={decide.isPending}
                onClick={() =>
                  decide.mutate({ id: item.id, body: { decision: "accept", comment } })
                }
                nativeButtonProps={{ "aria-describedby": headingId }}
              >
                {t("mail.quarantine.accept")}
              </Button>
            </li>
            <li>
              <Button
                priority="secondary"
                disabled={decide.isPending}
                onClick={reject}
                nativeButtonProps={{ "aria-describedby": headingId }}
              >
                {t("mail.quarantine.reject")}
              </Button>
            </li>
          </ul>
        </>
      ) : (
        <p className="fr-text--sm fr-mb-0">
          {t("mail.quarantine.decided", {
            who: item.decidedBy?.displayName ?? "",
            when: item.decidedAt ? new Date(item.decidedAt).toLocaleString(locale) : "",
          })}
          {item.decisionComment ? ` — « ${item.decisionComment} »` : ""}
          {item.correspondenceId && (
            <>
              {" "}
              <Link className="fr-link" to={paths.correspondenceDocument(item.correspondenceId)}>
                {t("mail.quarantine.openDocument")}
              </Link>
            </>
          )}
        </p>
      )}
      {decide.isSuccess && decide.data.correspondenceId && (
        <Alert severity="success" small description={t("mail.quarantine.accepted")} />
      )}
    </li>
  );
}

/** « Quarantaine du courrier entrant »: messages from unknown senders, for review. */
export function QuarantinePage() {
  const t = useT();
  usePageTitle(t("mail.quarantine.title"));
  const [status, setStatus] = useState<InboundStatus>("quarantined");
  const query = useQuarantine(status);
  return (
    <>
      <h1>{t("mail.quarantine.title")}</h1>
      <p>{t("mail.quarantine.intro")}</p>
      <Select
        label={t("mail.quarantine.statusFilter")}
        nativeSelectProps={{
          value: status,
          onChange: (e) => setStatus(e.target.value as InboundStatus),
        }}
      >
        {INBOUND_STATUSES.map((s) => (
          <option key={s} value={s}>
            {t(`mail.statusFilter.${s}`)}
          </option>
        ))}
      </Select>
      <PagedResults
        query={query}
        counts={{
          none: "mail.quarantine.none",
          all: "mail.quarantine.countAll",
          more: "mail.quarantine.countMore",
        }}
      >
        {(items) => (
          <ul className="fr-raw-list">
            {items.map((item) => (
              <QuarantineCard key={item.id} item={item} />
            ))}
          </ul>
        )}
      </PagedResults>
    </>
  );
}
