import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Breadcrumb } from "@codegouvfr/react-dsfr/Breadcrumb";
import { Button } from "@codegouvfr/react-dsfr/Button";
import type { CorrespondenceDetail } from "@shared/schemas/correspondence";
import { useState } from "react";
import { useLocation, useParams } from "react-router";
import { useT } from "../../../i18n/use-t";
import { usePageTitle } from "../../../layout/use-page-title";
import { paths } from "../../../paths";
import { useCorrespondence } from "../api/correspondence";
import { CorrespondenceEditor } from "../components/correspondence-editor";
import { GuideLink } from "../components/guide-link";
import { VersionsSection } from "../components/versions-section";
import { CorrespondenceFallback } from "./correspondence-fallback";

/** Set by the creation page when it moves here after saving version 1. */
type EditLocationState = { justCreated?: boolean } | null;

function EditView({
  detail,
  generation,
  onReload,
}: {
  detail: CorrespondenceDetail;
  generation: number;
  onReload: () => void;
}) {
  const t = useT();
  const location = useLocation();
  const state = location.state as EditLocationState;
  const title = t("editor.editTitle", { kind: t(`correspondenceKind.${detail.kind}`) });
  usePageTitle(title);
  return (
    <>
      <Breadcrumb
        homeLinkProps={{ to: paths.home }}
        segments={[
          { label: t("correspondence.section"), linkProps: { to: paths.correspondenceDrafts } },
          {
            label: detail.content.subject,
            linkProps: { to: paths.correspondenceDocument(detail.id) },
          },
        ]}
        currentPageLabel={t("detail.edit")}
      />
      <h1>{title}</h1>
      <GuideLink />
      {detail.abilities.edit ? (
        <CorrespondenceEditor
          // A reload after a conflict starts again from the latest saved version.
          key={`${detail.id}:${generation}`}
          mode="edit"
          detail={detail}
          onReload={onReload}
          initialNotice={
            state?.justCreated === true && generation === 0
              ? t("editor.created", { version: detail.version })
              : undefined
          }
        />
      ) : (
        <>
          <Alert className="fr-mb-3w" severity="info" small description={t("editor.readOnly")} />
          <Button linkProps={{ to: paths.correspondenceDocument(detail.id) }}>
            {t("editor.seeDocument")}
          </Button>
        </>
      )}
      <VersionsSection correspondenceId={detail.id} />
    </>
  );
}

/** « Modifier le brouillon »: the editor on the latest saved version, then the versions. */
export function EditCorrespondencePage() {
  const t = useT();
  const { id = "" } = useParams();
  const correspondence = useCorrespondence(id);
  const [generation, setGeneration] = useState(0);
  if (correspondence.data === undefined) {
    return <CorrespondenceFallback title={t("detail.title")} query={correspondence} />;
  }
  const reload = async () => {
    await correspondence.refetch();
    setGeneration((current) => current + 1);
  };
  return (
    <EditView detail={correspondence.data} generation={generation} onReload={() => void reload()} />
  );
}
