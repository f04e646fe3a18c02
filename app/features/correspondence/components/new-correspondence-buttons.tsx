import { Button } from "@codegouvfr/react-dsfr/Button";
import { useT } from "../../../i18n/use-t";
import { paths } from "../../../paths";
import { useCurrentUser } from "../../auth/components/current-user";

/**
 * « Nouveau télégramme », « Nouvelle note », « Nouveau courriel »: each opens an empty editor.
 * Shown to those the server says may draft (`me.abilities.draftCorrespondence`).
 */
export function NewCorrespondenceButtons() {
  const t = useT();
  const me = useCurrentUser();
  if (!me.abilities.draftCorrespondence) return null;
  return (
    <ul className="fr-btns-group fr-btns-group--inline-md fr-btns-group--icon-left fr-mb-2w">
      <li>
        <Button iconId="fr-icon-add-line" linkProps={{ to: paths.newTelegram }}>
          {t("correspondence.newTelegram")}
        </Button>
      </li>
      <li>
        <Button priority="secondary" iconId="fr-icon-add-line" linkProps={{ to: paths.newNote }}>
          {t("correspondence.newNote")}
        </Button>
      </li>
      <li>
        <Button
          priority="secondary"
          iconId="fr-icon-add-line"
          linkProps={{ to: paths.newFormalEmail }}
        >
          {t("correspondence.newFormalEmail")}
        </Button>
      </li>
    </ul>
  );
}
