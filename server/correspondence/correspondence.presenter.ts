import type {
  Attachment,
  CorrespondenceDetail,
  CorrespondenceSummary,
  GuideWarning,
} from "../../shared/schemas/correspondence.js";
import type { HandlingState } from "../../shared/vocabulary.js";
import type { AttachmentTable } from "../db/schema.js";
import { presentUnitRef } from "../organization/organization.presenter.js";
import type { CorrespondenceRow, SummaryRow } from "./correspondence.repository.js";
import { type CheckedContent, isAlerting, isOverdue } from "./correspondence.rules.js";
import { noteFormulas } from "./note-formulas.js";

function originUnit(row: SummaryRow) {
  return presentUnitRef({
    id: row.origin_unit_id,
    kind: row.unit_kind,
    name: row.unit_name,
    short_name: row.unit_short_name,
    country_code: row.unit_country_code,
    city: row.unit_city,
  });
}

/** The stored content of the current version. */
export const contentOf = (row: CorrespondenceRow) => JSON.parse(row.content) as CheckedContent;

type InboxRow = SummaryRow & {
  own_handling: HandlingState | null;
  own_deadline: string | null;
};

/** A line of a box; `today` decides whether the reader's own action is overdue. */
/** A row of a box; `locked` rows (step-up needed) show no subject. */
export function presentCorrespondenceSummary(
  row: InboxRow,
  today: string,
  locked: boolean,
): CorrespondenceSummary {
  const handling = row.own_handling;
  return {
    id: row.id,
    kind: row.kind,
    state: row.state,
    reference: row.reference,
    subject: locked ? "" : row.subject,
    precedence: row.precedence,
    marking: row.marking,
    originUnit: originUnit(row),
    updatedAt: row.updated_at,
    dispatchedAt: row.dispatched_at,
    ownAction:
      handling === null
        ? null
        : {
            handling,
            overdue: isOverdue({ mode: "action", handling, deadline: row.own_deadline }, today),
            alert: isAlerting(row.precedence, handling),
          },
    stepUpRequired: locked,
  };
}

export function presentAttachment(row: AttachmentTable): Attachment {
  return {
    id: row.id,
    name: row.name,
    size: row.size,
    contentType: row.content_type,
    sha512: row.sha512,
    createdAt: row.created_at,
  };
}

export function presentCorrespondenceDetail(
  row: CorrespondenceRow,
  attachments: AttachmentTable[],
  addresseeNames: ReadonlyMap<string, string>,
  referenceLabels: ReadonlyMap<string, string>,
  warnings: GuideWarning[],
  abilities: CorrespondenceDetail["abilities"],
  disposedAt: string | null = null,
): CorrespondenceDetail {
  const content = contentOf(row);
  return {
    id: row.id,
    kind: row.kind,
    state: row.state,
    reference: row.reference,
    originUnit: originUnit(row),
    drafter: { id: row.drafter_id, displayName: row.drafter_name },
    version: row.version,
    content,
    attachments: attachments.map(presentAttachment),
    addresseeNames: Object.fromEntries(addresseeNames),
    referenceLabels: Object.fromEntries(referenceLabels),
    formulas: row.kind === "note" && content.note ? noteFormulas(content.note) : null,
    warnings,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    dispatchedAt: row.dispatched_at,
    disposedAt,
    abilities,
  };
}
