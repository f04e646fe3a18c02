import { CorrespondenceReactions } from "./correspondence-reactions";
import { ShareCorrespondenceDialog } from "./share-correspondence-dialog";
import "./feed.css";

/** What the feed adds to a dispatched correspondence's page: reactions and sharing. */
export function CorrespondenceFeedActions({ correspondenceId }: { correspondenceId: string }) {
  return (
    <>
      <CorrespondenceReactions correspondenceId={correspondenceId} />
      <ShareCorrespondenceDialog correspondenceId={correspondenceId} />
    </>
  );
}
