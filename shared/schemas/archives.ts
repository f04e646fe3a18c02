import { z } from "zod";
import { CORRESPONDENCE_KINDS, MARKINGS, TRANSFER_STATUSES } from "../vocabulary.js";
import { Id, PageQuery, page, singleLine } from "./common.js";

/* Archives (issue 8): transfers to the State archives, fixity, journal seals. */

export const TransferSummary = z.object({
  id: Id,
  messageIdentifier: z.string(),
  status: z.enum(TRANSFER_STATUSES),
  comment: z.string(),
  recordCount: z.number().int(),
  createdAt: z.string(),
  createdBy: z.object({ id: Id, displayName: z.string() }),
  replyCode: z.string().nullable(),
  repliedAt: z.string().nullable(),
});
export type TransferSummary = z.infer<typeof TransferSummary>;
export const TransferPage = page(TransferSummary);
export type TransferPage = z.infer<typeof TransferPage>;

/** Either the chosen records, or (no ids) every eligible record whose retention has run out. */
export const CreateTransferBody = z.strictObject({
  recordIds: z.array(Id).min(1).max(1000).optional(),
  comment: singleLine(500).optional(),
});
export type CreateTransferBody = z.infer<typeof CreateTransferBody>;

export const EligibleRecordsQuery = PageQuery.extend({
  /** "true": only records due by now. */
  due: z
    .enum(["true", "false"])
    .optional()
    .transform((v) => v === "true"),
});
export type EligibleRecordsQuery = z.infer<typeof EligibleRecordsQuery>;

export const EligibleRecord = z.object({
  id: Id,
  correspondenceId: Id,
  reference: z.string(),
  subject: z.string(),
  kind: z.enum(CORRESPONDENCE_KINDS),
  marking: z.enum(MARKINGS),
  capturedAt: z.string(),
  dueAt: z.string().nullable(),
  series: z.object({ code: z.string(), title: z.string() }),
});
export type EligibleRecord = z.infer<typeof EligibleRecord>;
export const EligibleRecordPage = page(EligibleRecord);
export type EligibleRecordPage = z.infer<typeof EligibleRecordPage>;

export const FixityRun = z.object({
  id: Id,
  startedAt: z.string(),
  finishedAt: z.string(),
  checked: z.number().int(),
  failures: z.number().int(),
  items: z.array(
    z.object({
      kind: z.string(),
      id: z.string(),
      expected: z.string(),
      found: z.string().nullable(),
    }),
  ),
});
export type FixityRun = z.infer<typeof FixityRun>;

export const JournalSeal = z.object({
  day: z.string(),
  firstSeq: z.number().int().nullable(),
  lastSeq: z.number().int().nullable(),
  entryCount: z.number().int(),
  merkleRoot: z.string(),
  prevSealHash: z.string(),
  sealHash: z.string(),
  sealedAt: z.string(),
});
export type JournalSeal = z.infer<typeof JournalSeal>;

export const IntegrityStatus = z.object({
  lastFixityRun: FixityRun.nullable(),
  seals: z.array(JournalSeal),
  sealsVerified: z.object({
    ok: z.boolean(),
    seals: z.number().int(),
    brokenDay: z.string().nullable(),
    reason: z.string().nullable(),
  }),
});
export type IntegrityStatus = z.infer<typeof IntegrityStatus>;

export const JournalProofsBody = z.strictObject({
  seqs: z.array(z.number().int().min(1)).min(1).max(50),
});

export const JournalProof = z.object({
  entry: z.object({
    seq: z.number().int(),
    at: z.string(),
    action: z.string(),
    targetType: z.string().nullable(),
    targetId: z.string().nullable(),
    hash: z.string(),
    contentMatches: z.boolean(),
  }),
  seal: z.object({
    day: z.string(),
    merkleRoot: z.string(),
    sealHash: z.string(),
    prevSealHash: z.string(),
  }),
  proof: z.array(z.object({ side: z.enum(["left", "right"]), hash: z.string() })),
  verified: z.boolean(),
});
export const JournalProofs = z.object({ items: z.array(JournalProof) });
export type JournalProofs = z.infer<typeof JournalProofs>;
