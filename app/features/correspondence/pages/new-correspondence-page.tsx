import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Breadcrumb } from "@codegouvfr/react-dsfr/Breadcrumb";
import type { CorrespondenceKind } from "@shared/vocabulary";
import { useT } from "../../../i18n/use-t";
import { usePageTitle } from "../../../layout/use-page-title";
import { paths } from "../../../paths";
import { useCurrentUser } from "../../auth/components/current-user";
import { CorrespondenceEditor } from "../components/correspondence-editor";
import { GuideLink } from "../components/guide-link";
import { originUnitChoices } from "../components/origin-units";

/** « Nouveau télégramme », « Nouvelle note », « Nouveau courriel »: an empty editor of a kind. */
export function NewCorrespondencePage({ kind }: { kind: CorrespondenceKind }) {
  const t = useT();
  const me = useCurrentUser();
  const title = t(`editor.newTitle.${kind}`);
  usePageTitle(title);
  return (
    <>
      <Breadcrumb
        homeLinkProps={{ to: paths.home }}
        segments={[{ label: t("correspondence.section"), linkProps: { to: paths.correspondence } }]}
        currentPageLabel={title}
      />
      <h1>{title}</h1>
      <p className="fr-text--lead">{t("editor.newLead")}</p>
      <GuideLink />
      {!me.abilities.draftCorrespondence || originUnitChoices(me).length === 0 ? (
        <Alert severity="info" small description={t("editor.noUnit")} />
      ) : (
        // Switching from one « Nouveau … » to another starts from an empty form.
        <CorrespondenceEditor key={kind} mode="create" kind={kind} />
      )}
    </>
  );
}
