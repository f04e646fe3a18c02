import { Link } from "react-router";
import { useT } from "../../../i18n/use-t";
import { paths } from "../../../paths";

/** « Guide de la correspondance », opened in a new window so that an unsaved draft stays open. */
export function GuideLink() {
  const t = useT();
  const label = t("guide.link");
  return (
    <p>
      <Link
        className="fr-link fr-icon-book-2-line fr-link--icon-left"
        to={paths.correspondenceGuide}
        target="_blank"
        rel="noopener"
        title={t("common.newWindowTitle", { label })}
      >
        {label}
      </Link>
    </p>
  );
}
