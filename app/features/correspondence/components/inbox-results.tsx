import { PagedResults } from "../../../components/paged-results";
import { useT } from "../../../i18n/use-t";
import { type InboxBox, useInbox } from "../api/inbox";
import { boxDescription } from "./boxes";
import { InboxTable } from "./inbox-table";

/** One box's documents, newest first, with « Afficher plus » for the next keyset page. */
export function InboxResults({ box }: { box: InboxBox }) {
  const t = useT();
  const description = boxDescription(box);
  return (
    <PagedResults
      query={useInbox(box)}
      counts={{ none: description.none, all: "inbox.count", more: "inbox.countMore" }}
    >
      {(items) => <InboxTable box={box} items={items} caption={t(description.caption)} />}
    </PagedResults>
  );
}
