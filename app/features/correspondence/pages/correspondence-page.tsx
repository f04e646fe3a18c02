import { Breadcrumb } from "@codegouvfr/react-dsfr/Breadcrumb";
import { Button } from "@codegouvfr/react-dsfr/Button";
import type { CorrespondenceDetail } from "@shared/schemas/correspondence";
import { useState } from "react";
import { useParams } from "react-router";
import { InfoPanel } from "../../../components/info-panel";
import { useFormatters } from "../../../i18n/format";
import { useT } from "../../../i18n/use-t";
import { usePageTitle } from "../../../layout/use-page-title";
import { paths } from "../../../paths";
import { useCurrentUser } from "../../auth/components/current-user";
import { CorrespondenceFeedActions } from "../../feed/components/correspondence-feed-actions";
import { ReleasePanel } from "../../partners/components/release-panel";
import { useCorrespondence } from "../api/correspondence";
import { correspondencePdfUrl } from "../api/pdf";
import { AttachmentsSection } from "../components/attachments-section";
import { CircuitSection } from "../components/circuit-section";
import { CoEditorInvite } from "../components/co-editor-invite";
import { CorrespondenceBody } from "../components/correspondence-body";
import { CorrespondenceHeader } from "../components/correspondence-header";
import { GuideWarnings } from "../components/guide-warnings";
import { HandlingSection } from "../components/handling-section";
import { MarkingBanner } from "../components/marking-banner";
import { VersionsSection } from "../components/versions-section";
import { CorrespondenceFallback } from "./correspondence-fallback";

/** « Modifier », « Version PDF » (a new tab) and « Imprimer »: none of them printed. */
function DocumentActions({ detail }: { detail: CorrespondenceDetail }) {
  const t = useT();
  return (
    <ul className="fr-btns-group fr-btns-group--inline-sm fr-btns-group--icon-left fr-mb-3w print-hidden">
      {detail.abilities.edit && (
        <li>
          <Button
            iconId="fr-icon-edit-line"
            linkProps={{ to: paths.editCorrespondence(detail.id) }}
          >
            {t("detail.edit")}
          </Button>
        </li>
      )}
      <li>
        {/* A plain link: the browser opens the server's PDF, not a page of the app. */}
        <a
          className="fr-btn fr-btn--secondary fr-icon-file-pdf-line fr-btn--icon-left"
          href={correspondencePdfUrl(detail.id)}
          target="_blank"
          rel="noopener"
        >
          {t("detail.pdf")}
        </a>
      </li>
      <li>
        <Button
          type="button"
          priority="tertiary"
          iconId="fr-icon-printer-line"
          onClick={() => window.print()}
        >
          {t("detail.print")}
        </Button>
      </li>
    </ul>
  );
}

function CorrespondenceView({ detail }: { detail: CorrespondenceDetail }) {
  const t = useT();
  const format = useFormatters();
  const { content } = detail;
  const [dispatchedAs, setDispatchedAs] = useState<string | null>(null);
  // A partner reads the released text only: no boxes, circuit, handling, versions or feed.
  const isPartner = useCurrentUser().abilities.partnerPortal;
  usePageTitle(content.subject);
  return (
    <div className="correspondence-document">
      <Breadcrumb
        homeLinkProps={{ to: paths.home }}
        segments={[
          isPartner
            ? { label: t("releases.title"), linkProps: { to: paths.releases } }
            : { label: t("correspondence.section"), linkProps: { to: paths.correspondence } },
        ]}
        currentPageLabel={detail.reference ?? content.subject}
      />
      <MarkingBanner marking={content.marking} position="top" />
      <p className="fr-mb-1w fr-text--sm fr-text-mention--grey">
        {t(`correspondenceKind.${detail.kind}`)} — {t(`correspondenceState.${detail.state}`)}
      </p>
      <h1>{content.subject}</h1>
      {/* Announced when the signature has just dispatched the document. */}
      <div role="status">
        {dispatchedAs !== null && (
          <div className="fr-alert fr-alert--success fr-mb-3w">
            <h2 className="fr-alert__title">{t("sign.done", { reference: dispatchedAs })}</h2>
            <p>{t("sign.doneLead")}</p>
          </div>
        )}
      </div>
      {detail.reference !== null && (
        <div className="fr-highlight fr-mb-3w">
          <p className="fr-text--lead fr-mb-0">
            {t("detail.referenceIs")}{" "}
            <strong className="correspondence-reference">{detail.reference}</strong>
          </p>
          {detail.dispatchedAt !== null && (
            <p className="fr-text--sm fr-mb-0">
              {t("detail.dispatchedOn", { date: format.dateTime(detail.dispatchedAt) })}
            </p>
          )}
        </div>
      )}
      {/* records management: a disposed document keeps only its trace */}
      {detail.disposedAt ? (
        <div className="fr-alert fr-alert--warning fr-mb-3w">
          <p>{t("correspondence.disposed", { date: format.date(detail.disposedAt) })}</p>
        </div>
      ) : null}
      <DocumentActions detail={detail} />
      {detail.state === "dispatched" && !isPartner && (
        <CorrespondenceFeedActions correspondenceId={detail.id} />
      )}
      {detail.abilities.inviteEditor && <CoEditorInvite correspondenceId={detail.id} />}
      {detail.state === "draft" && <GuideWarnings warnings={detail.warnings} />}
      <InfoPanel title={t("detail.header")} className="fr-mb-4w">
        <CorrespondenceHeader detail={detail} />
      </InfoPanel>
      <CorrespondenceBody detail={detail} />
      <AttachmentsSection detail={detail} />
      {!isPartner && (
        <>
          <CircuitSection detail={detail} onDispatched={setDispatchedAs} />
          {detail.state === "dispatched" && <HandlingSection correspondenceId={detail.id} />}
          <VersionsSection correspondenceId={detail.id} />
          {detail.state === "dispatched" && <ReleasePanel detail={detail} />}
        </>
      )}
      <MarkingBanner marking={content.marking} position="bottom" />
    </div>
  );
}

/**
 * A correspondence as its addressees read it: header block, numbered paragraphs, markings,
 * attachments; then its circuit, its handling by the addressees and its versions.
 */
export function CorrespondencePage() {
  const t = useT();
  const { id = "" } = useParams();
  const correspondence = useCorrespondence(id);
  if (correspondence.data === undefined) {
    return <CorrespondenceFallback title={t("detail.title")} query={correspondence} />;
  }
  return <CorrespondenceView detail={correspondence.data} />;
}
