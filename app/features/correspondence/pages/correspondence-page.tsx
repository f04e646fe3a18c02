import { Breadcrumb } from "@codegouvfr/react-dsfr/Breadcrumb";
import { Button } from "@codegouvfr/react-dsfr/Button";
import type { CorrespondenceDetail } from "@shared/schemas/correspondence";
import { useParams } from "react-router";
import { InfoPanel } from "../../../components/info-panel";
import { useT } from "../../../i18n/use-t";
import { usePageTitle } from "../../../layout/use-page-title";
import { paths } from "../../../paths";
import { useCurrentUser } from "../../auth/components/current-user";
import { useCorrespondence } from "../api/correspondence";
import { CoEditorInvite } from "../components/co-editor-invite";
import { CorrespondenceBody } from "../components/correspondence-body";
import { CorrespondenceHeader } from "../components/correspondence-header";
import { GuideWarnings } from "../components/guide-warnings";
import { MarkingBanner } from "../components/marking-banner";
import { VersionsSection } from "../components/versions-section";
import { CorrespondenceFallback } from "./correspondence-fallback";

function CorrespondenceView({ detail }: { detail: CorrespondenceDetail }) {
  const t = useT();
  const me = useCurrentUser();
  const { content } = detail;
  usePageTitle(content.subject);
  // Only the drafter invites co-editors (the server refuses anyone else), while it is a draft.
  const canInvite = detail.state === "draft" && detail.drafter.id === me.user.id;
  return (
    <>
      <Breadcrumb
        homeLinkProps={{ to: paths.home }}
        segments={[{ label: t("correspondence.section"), linkProps: { to: paths.correspondence } }]}
        currentPageLabel={detail.reference ?? content.subject}
      />
      <MarkingBanner marking={content.marking} position="top" />
      <p className="fr-mb-1w fr-text--sm fr-text-mention--grey">
        {t(`correspondenceKind.${detail.kind}`)} — {detail.reference ?? t("correspondence.draft")}
      </p>
      <h1>{content.subject}</h1>
      {(detail.abilities.edit || canInvite) && (
        <ul className="fr-btns-group fr-btns-group--inline-sm fr-btns-group--icon-left fr-mb-1w">
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
        </ul>
      )}
      {canInvite && <CoEditorInvite correspondenceId={detail.id} />}
      {detail.state === "draft" && <GuideWarnings warnings={detail.warnings} />}
      <InfoPanel title={t("detail.header")} className="fr-mb-4w">
        <CorrespondenceHeader detail={detail} />
      </InfoPanel>
      <CorrespondenceBody detail={detail} />
      <VersionsSection correspondenceId={detail.id} />
      <MarkingBanner marking={content.marking} position="bottom" />
    </>
  );
}

/** A correspondence as its addressees read it: header block, numbered paragraphs, markings. */
export function CorrespondencePage() {
  const t = useT();
  const { id = "" } = useParams();
  const correspondence = useCorrespondence(id);
  if (correspondence.data === undefined) {
    return <CorrespondenceFallback title={t("detail.title")} query={correspondence} />;
  }
  return <CorrespondenceView detail={correspondence.data} />;
}
