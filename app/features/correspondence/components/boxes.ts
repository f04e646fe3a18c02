import type { UiKey } from "../../../i18n/catalogs";
import { paths } from "../../../paths";
import type { InboxBox } from "../api/inbox";

type BoxDescription = {
  box: InboxBox;
  path: string;
  title: UiKey;
  lead: UiKey;
  caption: UiKey;
  none: UiKey;
};

/** The five boxes, in the order of the menu: what to handle comes first. */
export const BOXES: readonly BoxDescription[] = [
  {
    box: "action",
    path: paths.correspondence,
    title: "inbox.action.title",
    lead: "inbox.action.lead",
    caption: "inbox.action.caption",
    none: "inbox.action.none",
  },
  {
    box: "info",
    path: paths.correspondenceInfo,
    title: "inbox.info.title",
    lead: "inbox.info.lead",
    caption: "inbox.info.caption",
    none: "inbox.info.none",
  },
  {
    box: "circuit",
    path: paths.correspondenceCircuit,
    title: "inbox.circuit.title",
    lead: "inbox.circuit.lead",
    caption: "inbox.circuit.caption",
    none: "inbox.circuit.none",
  },
  {
    box: "sent",
    path: paths.correspondenceSent,
    title: "inbox.sent.title",
    lead: "inbox.sent.lead",
    caption: "inbox.sent.caption",
    none: "inbox.sent.none",
  },
  {
    box: "drafts",
    path: paths.correspondenceDrafts,
    title: "inbox.drafts.title",
    lead: "inbox.drafts.lead",
    caption: "inbox.drafts.caption",
    none: "inbox.drafts.none",
  },
];

/** The description of one box. */
export function boxDescription(box: InboxBox): BoxDescription {
  const found = BOXES.find((candidate) => candidate.box === box);
  if (found === undefined) throw new Error(`unknown box ${box}`);
  return found;
}
