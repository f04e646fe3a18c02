import { useT } from "../../../i18n/use-t";
import { usePageTitle } from "../../../layout/use-page-title";
import type { InboxBox } from "../api/inbox";
import { boxDescription } from "../components/boxes";
import { InboxResults } from "../components/inbox-results";
import { NewCorrespondenceButtons } from "../components/new-correspondence-buttons";

/** One box (« À traiter », « Pour information », « Envoyés », « Brouillons ») as a table. */
export function InboxPage({ box }: { box: InboxBox }) {
  const t = useT();
  const description = boxDescription(box);
  usePageTitle(t("inbox.pageTitle", { box: t(description.title) }));
  return (
    <>
      <h1>{t(description.title)}</h1>
      <p className="fr-text--lead">{t(description.lead)}</p>
      <NewCorrespondenceButtons />
      <InboxResults key={box} box={box} />
    </>
  );
}
