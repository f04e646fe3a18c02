import type { QuarantineItem } from "../../../shared/schemas/mail-inbound.js";
import { INBOUND_REASONS } from "../../../shared/vocabulary.js";
import type { QuarantineRow } from "./quarantine.repository.js";

/** A quarantine row as the API shows it: plain text only, never the HTML body. */
export function presentQuarantineItem(
  row: QuarantineRow,
  addressees: QuarantineItem["addressees"],
): QuarantineItem {
  const reason = INBOUND_REASONS.find((r) => r === row.reason) ?? null;
  return {
    id: row.id,
    status: row.status,
    reason,
    detail: row.status === "quarantined" && reason === "unknown_sender" ? row.from_address : null,
    source: row.source,
    subject: row.subject,
    fromAddress: row.from_address,
    fromName: row.from_name,
    messageId: row.header_message_id,
    receivedAt: row.received_at,
    size: row.eml_size,
    sha512: row.eml_sha512,
    addressees,
    correspondenceId: row.correspondence_id,
    decidedBy:
      row.decided_by !== null ? { id: row.decided_by, displayName: row.decider_name ?? "" } : null,
    decidedAt: row.decided_at,
    decisionComment: row.decision_comment,
    excerpt: row.excerpt,
  };
}
