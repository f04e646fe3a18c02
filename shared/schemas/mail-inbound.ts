import { z } from "zod";
import { INBOUND_REASONS, INBOUND_STATUSES } from "../vocabulary.js";
import { Id, multiLine, PageQuery, page } from "./common.js";

/* The inbound mail gateway: quarantine review and import (issue 6). */

export const QuarantineQuery = PageQuery.extend({
  /** Pending items by default; decided ones stay listed under their status. */
  status: z.enum(INBOUND_STATUSES).default("quarantined"),
});
export type QuarantineQuery = z.infer<typeof QuarantineQuery>;

export const QuarantineItem = z.object({
  id: Id,
  status: z.enum(INBOUND_STATUSES),
  reason: z.enum(INBOUND_REASONS).nullable(),
  /** A detail for the reviewer: the unknown address, the parser's complaint. */
  detail: z.string().nullable(),
  source: z.enum(["smtp", "import"]),
  subject: z.string(),
  fromAddress: z.string().nullable(),
  fromName: z.string().nullable(),
  messageId: z.string().nullable(),
  receivedAt: z.string(),
  size: z.number().int(),
  sha512: z.string(),
  addressees: z.array(
    z.object({
      type: z.enum(["unit", "community"]),
      id: Id,
      name: z.string(),
      mode: z.enum(["action", "info"]),
    }),
  ),
  correspondenceId: Id.nullable(),
  decidedBy: z.object({ id: Id, displayName: z.string() }).nullable(),
  decidedAt: z.string().nullable(),
  decisionComment: z.string().nullable(),
  /** The text of the message (plain, never HTML), cut for review. */
  excerpt: z.string(),
});
export type QuarantineItem = z.infer<typeof QuarantineItem>;
export const QuarantinePage = page(QuarantineItem);
export type QuarantinePage = z.infer<typeof QuarantinePage>;

export const DecideQuarantineBody = z.strictObject({
  decision: z.enum(["accept", "reject"]),
  /** Why: required for a rejection, kept with the decision. */
  comment: multiLine(1_000).default(""),
});
export type DecideQuarantineBody = z.infer<typeof DecideQuarantineBody>;

export const DecideQuarantineResult = z.object({
  item: QuarantineItem,
  correspondenceId: Id.nullable(),
});

export const ImportReportLine = z.object({
  /** The file, and for an mbox the message's position in it (1-based). */
  file: z.string(),
  position: z.number().int().nullable(),
  outcome: z.enum(["imported", "duplicate", "quarantined", "refused"]),
  reason: z.string().nullable(),
  correspondenceId: Id.nullable(),
  reference: z.string().nullable(),
});
export const ImportReport = z.object({
  imported: z.number().int(),
  duplicates: z.number().int(),
  quarantined: z.number().int(),
  refused: z.number().int(),
  lines: z.array(ImportReportLine),
});
export type ImportReport = z.infer<typeof ImportReport>;

export const MailAddressQuery = z.strictObject({
  unitId: Id.optional(),
  communityId: Id.optional(),
});
export const MailAddressAnswer = z.object({ address: z.string().nullable() });
