import type { CorrespondenceSummary } from "@shared/schemas/correspondence";
import { Link } from "react-router";
import { useT } from "../../../i18n/use-t";
import { paths } from "../../../paths";

/**
 * A document's subject as a link to its page; a DR document listed for a one-factor session
 * shows no subject but a lock and « authentification renforcée requise ».
 */
export function SubjectLink({
  item,
}: {
  item: Pick<CorrespondenceSummary, "id" | "subject" | "stepUpRequired">;
}) {
  const t = useT();
  return (
    <Link to={paths.correspondenceDocument(item.id)}>
      {item.stepUpRequired ? (
        <>
          <span className="fr-icon-lock-line fr-icon--sm" aria-hidden="true" /> {t("stepUp.title")}
        </>
      ) : (
        item.subject
      )}
    </Link>
  );
}
