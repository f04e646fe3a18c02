import { z } from "zod";
import {
  CORRESPONDENCE_KINDS,
  FINAL_ACTIONS,
  MARKINGS,
  RECORD_STATUSES,
  RETENTION_START_EVENTS,
} from "../vocabulary.js";
import {
  Id,
  IsoDate,
  multiLine,
  PageQuery,
  page,
  SearchText,
  singleLine,
  Timestamp,
} from "./common.js";

/*
 * Records management (issue 8): the filing plan and its retention rules, the filing rules,
 * records, holds and disposal lists. Transfers to the archives have their own schemas.
 */

/** A series code of the filing plan: digits and letters in dot-separated parts ("2.3.1", "TD.AMN"). */
export const SeriesCode = z
  .string()
  .max(40)
  .regex(/^[0-9A-Za-z]+(?:[.-][0-9A-Za-z]+)*$/, { message: "series_code" });

/** A retention rule: months from a start event, then the final action; communicability in years. */
export const RetentionRule = z.strictObject({
  /** Null on a series that only groups others. */
  retentionMonths: z.number().int().min(0).max(1200).nullable(),
  retentionStart: z.enum(RETENTION_START_EVENTS),
  finalAction: z.enum(FINAL_ACTIONS),
  accessDelayYears: z.number().int().min(0).max(150),
});
export type RetentionRule = z.infer<typeof RetentionRule>;

export const Series = z.object({
  id: Id,
  parentId: Id.nullable(),
  code: z.string(),
  title: z.string(),
  description: z.string(),
  retention: RetentionRule,
  /** Closed series take no new record (rules pointing to them are skipped). */
  closedAt: Timestamp.nullable(),
  /** Records filed directly in the series. */
  recordCount: z.number().int(),
  updatedAt: Timestamp,
});
export type Series = z.infer<typeof Series>;

/** The whole plan, in tree order (depth-first by code); `depth` 0 for the roots. */
export const SeriesTree = z.object({
  items: z.array(Series.extend({ depth: z.number().int() })),
});
export type SeriesTree = z.infer<typeof SeriesTree>;

export const CreateSeriesBody = z.strictObject({
  parentId: Id.nullable(),
  code: SeriesCode,
  title: singleLine(200),
  description: multiLine(2_000).default(""),
  retention: RetentionRule,
});
export type CreateSeriesBody = z.infer<typeof CreateSeriesBody>;

/** Rename, move (new parent) or close/reopen a series; the retention rule has its own operation. */
export const UpdateSeriesBody = z.strictObject({
  parentId: Id.nullable().optional(),
  code: SeriesCode.optional(),
  title: singleLine(200).optional(),
  description: multiLine(2_000).optional(),
  closed: z.boolean().optional(),
});
export type UpdateSeriesBody = z.infer<typeof UpdateSeriesBody>;

export const UpdateRetentionRuleBody = z.strictObject({
  retention: RetentionRule,
  /** Why the rule changes (journaled). */
  reason: singleLine(500),
});
export type UpdateRetentionRuleBody = z.infer<typeof UpdateRetentionRuleBody>;

/** What a change of retention rule re-computed. */
export const RetentionRuleChanged = z.object({
  series: Series,
  recordsRecomputed: z.number().int(),
});

/** The CSV import: the file's text (UTF-8). */
export const ImportSeriesBody = z.strictObject({ csv: z.string().max(2_000_000) });
export const ImportSeriesResult = z.object({
  created: z.number().int(),
  updated: z.number().int(),
});
/** A refused import: every faulty line with its problem; nothing was written. */
export const ImportLineError = z.object({ line: z.number().int(), problem: z.string() });

/* ---------- filing rules ---------- */

export const FilingConditions = z.strictObject({
  kind: z.enum(CORRESPONDENCE_KINDS).optional(),
  originUnit: z.strictObject({ unitId: Id, includeSubUnits: z.boolean() }).optional(),
  /** One of the document's unit addressees (action or information). */
  addresseeUnitId: Id.optional(),
  /** A free tag or a country tag of the document, compared case-insensitively. */
  tag: singleLine(40).optional(),
  marking: z.enum(MARKINGS).optional(),
});
export type FilingConditions = z.infer<typeof FilingConditions>;

export const FilingRule = z.object({
  id: Id,
  position: z.number().int(),
  name: z.string(),
  seriesId: Id,
  seriesCode: z.string(),
  seriesTitle: z.string(),
  conditions: FilingConditions,
  /** Names of the units the conditions name, by id. */
  unitNames: z.record(z.string(), z.string()),
  enabled: z.boolean(),
  updatedAt: Timestamp,
});
export type FilingRule = z.infer<typeof FilingRule>;
export const FilingRuleList = z.object({ items: z.array(FilingRule) });

export const CreateFilingRuleBody = z.strictObject({
  name: singleLine(200),
  seriesId: Id,
  conditions: FilingConditions,
  enabled: z.boolean().default(true),
  /** 1-based; the rule is inserted there and later ones move down. Default: last. */
  position: z.number().int().min(1).optional(),
});
export type CreateFilingRuleBody = z.infer<typeof CreateFilingRuleBody>;

export const UpdateFilingRuleBody = z.strictObject({
  name: singleLine(200).optional(),
  seriesId: Id.optional(),
  conditions: FilingConditions.optional(),
  enabled: z.boolean().optional(),
  position: z.number().int().min(1).optional(),
});
export type UpdateFilingRuleBody = z.infer<typeof UpdateFilingRuleBody>;

/** "Where would this document go?": a dispatched correspondence, or a described document. */
export const TestFilingRuleBody = z.union([
  z.strictObject({ correspondenceId: Id }),
  z.strictObject({
    document: z.strictObject({
      kind: z.enum(CORRESPONDENCE_KINDS),
      originUnitId: Id,
      addresseeUnitIds: z.array(Id).max(300).default([]),
      tags: z.array(singleLine(40)).max(50).default([]),
      marking: z.enum(MARKINGS),
    }),
  }),
]);
export type TestFilingRuleBody = z.infer<typeof TestFilingRuleBody>;

export const FILING_CONDITION_NAMES = [
  "kind",
  "originUnit",
  "addresseeUnitId",
  "tag",
  "marking",
] as const;

export const FilingTestResult = z.object({
  series: z.object({ id: Id, code: z.string(), title: z.string() }).nullable(),
  rule: z.object({ id: Id, name: z.string(), position: z.number().int() }).nullable(),
  /** Every rule before the winner (and the winner), with why each did or did not match. */
  trail: z.array(
    z.object({
      ruleId: Id,
      name: z.string(),
      position: z.number().int(),
      outcome: z.enum(["matched", "disabled", "series_closed", "failed"]),
      /** The conditions that did not hold. */
      failed: z.array(z.enum(FILING_CONDITION_NAMES)),
    }),
  ),
});
export type FilingTestResult = z.infer<typeof FilingTestResult>;

/* ---------- records ---------- */

export const RecordsFilter = z.strictObject({
  seriesId: Id.optional(),
  /** "unfiled": records no rule matched. */
  unfiled: z.enum(["true", "false"]).optional(),
  status: z.enum(RECORD_STATUSES).optional(),
  dueBefore: IsoDate.optional(),
  held: z.enum(["true", "false"]).optional(),
  /** Part of a reference or of a subject (subjects the archivist may not read are not searched). */
  q: SearchText.optional(),
});
export type RecordsFilter = z.infer<typeof RecordsFilter>;

export const RecordsQuery = PageQuery.extend(RecordsFilter.shape);
export type RecordsQuery = z.infer<typeof RecordsQuery>;

export const RecordSummary = z.object({
  id: Id,
  correspondenceId: Id,
  kind: z.enum(CORRESPONDENCE_KINDS),
  reference: z.string().nullable(),
  /** Null when the archivist's clearance does not cover the marking. */
  subject: z.string().nullable(),
  marking: z.enum(MARKINGS),
  originUnit: z.object({ id: Id, name: z.string() }),
  capturedAt: Timestamp,
  series: z.object({ id: Id, code: z.string(), title: z.string() }).nullable(),
  filedBy: z.enum(["rule", "manual"]).nullable(),
  retentionStartAt: Timestamp.nullable(),
  dueAt: Timestamp.nullable(),
  communicableFrom: IsoDate.nullable(),
  finalAction: z.enum(FINAL_ACTIONS).nullable(),
  status: z.enum(RECORD_STATUSES),
  held: z.boolean(),
  disposedAt: Timestamp.nullable(),
});
export type RecordSummary = z.infer<typeof RecordSummary>;
export const RecordPage = page(RecordSummary);

export const FileRecordBody = z.strictObject({ seriesId: Id, reason: singleLine(500) });

/* ---------- holds ---------- */

export const PlaceHoldBody = z.strictObject({
  reason: singleLine(500),
  target: z.union([
    z.strictObject({ recordIds: z.array(Id).min(1).max(1_000) }),
    z.strictObject({ seriesId: Id }),
    /** Every record the filter matches now (the list is frozen at placement). */
    z.strictObject({ search: RecordsFilter }),
  ]),
});
export type PlaceHoldBody = z.infer<typeof PlaceHoldBody>;

export const ReleaseHoldBody = z.strictObject({ reason: singleLine(500) });

export const Hold = z.object({
  id: Id,
  reason: z.string(),
  series: z.object({ id: Id, code: z.string(), title: z.string() }).nullable(),
  recordCount: z.number().int(),
  placedBy: z.object({ id: Id, displayName: z.string() }),
  placedAt: Timestamp,
  releasedBy: z.object({ id: Id, displayName: z.string() }).nullable(),
  releasedAt: Timestamp.nullable(),
  releaseReason: z.string().nullable(),
});
export type Hold = z.infer<typeof Hold>;
export const HoldList = z.object({ items: z.array(Hold) });
export const HoldsQuery = z.strictObject({ active: z.enum(["true", "false"]).optional() });

/* ---------- disposal ---------- */

export const DisposalProposalsQuery = PageQuery;
export const ProposeDisposalBody = z.strictObject({
  recordIds: z.array(Id).min(1).max(1_000),
  note: multiLine(2_000).default(""),
});
export type ProposeDisposalBody = z.infer<typeof ProposeDisposalBody>;

export const DecideDisposalBody = z.strictObject({ comment: multiLine(2_000).default("") });

/** The minimal trace kept of a disposed record (its content destroyed). */
export const DisposalTrace = z.object({
  recordId: Id,
  reference: z.string().nullable(),
  /** Null in answers to an archivist whose clearance does not cover the marking. */
  title: z.string().nullable(),
  kind: z.enum(CORRESPONDENCE_KINDS),
  marking: z.enum(MARKINGS),
  originUnit: z.string(),
  dispatchedAt: Timestamp,
  capturedAt: Timestamp,
  series: z.object({ code: z.string(), title: z.string() }).nullable(),
  retentionStartAt: Timestamp.nullable(),
  dueAt: Timestamp.nullable(),
  /** SHA-512 of the frozen copy that was destroyed (it covers its attachments' SHA-512). */
  destroyedSha512: z.string(),
  attachments: z.array(z.object({ size: z.number().int(), sha512: z.string() })),
  approval: z.object({
    listId: Id,
    proposedBy: z.string(),
    proposedAt: Timestamp,
    approvedBy: z.string(),
    approvedAt: Timestamp,
  }),
});
export type DisposalTrace = z.infer<typeof DisposalTrace>;

export const DisposalList = z.object({
  id: Id,
  status: z.enum(["proposed", "approved", "rejected"]),
  note: z.string(),
  proposedBy: z.object({ id: Id, displayName: z.string() }),
  proposedAt: Timestamp,
  decidedBy: z.object({ id: Id, displayName: z.string() }).nullable(),
  decidedAt: Timestamp.nullable(),
  decisionComment: z.string().nullable(),
  counts: z.object({
    proposed: z.number().int(),
    disposed: z.number().int(),
    withheld: z.number().int(),
  }),
  /** What the reader may do with it. */
  abilities: z.object({ approve: z.boolean() }),
});
export type DisposalList = z.infer<typeof DisposalList>;
export const DisposalListPage = page(DisposalList);

export const DisposalListDetail = DisposalList.extend({
  items: z.array(
    z.object({
      record: RecordSummary,
      outcome: z.enum(["proposed", "disposed", "withheld"]),
      trace: DisposalTrace.nullable(),
    }),
  ),
});
export type DisposalListDetail = z.infer<typeof DisposalListDetail>;
