import { z } from "zod";
import {
  ADDRESSEE_TYPES,
  CORRESPONDENCE_KINDS,
  CORRESPONDENCE_STATES,
  DISTRIBUTION_MODES,
  HANDLING_STATES,
  LOCALES,
  MARKINGS,
  MAX_FREE_TAGS,
  PRECEDENCES,
} from "../vocabulary.js";
import { CountryCode, Id, IsoDate, multiLine, PageQuery, page, singleLine } from "./common.js";
import { UnitRef } from "./organization.js";

/*
 * Markings arrive as free text so that a classified level ("Secret", "Très Secret") can be
 * refused with its own error code instead of a generic "invalid value"; the service checks them.
 */
export const MarkingInput = z.string().min(1).max(40);

export const Paragraph = z.strictObject({
  marking: MarkingInput,
  text: multiLine(20_000),
});

export const AddresseeInput = z.strictObject({
  type: z.enum(ADDRESSEE_TYPES),
  id: Id,
  mode: z.enum(DISTRIBUTION_MODES),
});

/** Diplomatic note specifics: the formulas are generated from the two entities. */
export const NoteFields = z.strictObject({
  senderEntity: singleLine(200),
  recipientEntity: singleLine(200),
  place: singleLine(120),
  language: z.enum(LOCALES),
});

export const EmailFields = z.strictObject({
  to: z.array(z.email().max(254)).max(50),
  cc: z.array(z.email().max(254)).max(50),
});

/** Everything a drafter edits; every save stores it whole as a new version. */
export const DraftContent = z.strictObject({
  subject: singleLine(300),
  summary: multiLine(1_000),
  precedence: z.enum(PRECEDENCES),
  marking: MarkingInput,
  tags: z.array(singleLine(40)).max(20),
  countryTags: z.array(CountryCode).max(30),
  references: z.array(Id).max(30),
  paragraphs: z.array(Paragraph).max(300),
  addressees: z.array(AddresseeInput).max(300),
  actionDeadline: IsoDate.nullable(),
  note: NoteFields.nullable(),
  email: EmailFields.nullable(),
});
export type DraftContent = z.infer<typeof DraftContent>;

export const CreateCorrespondenceBody = z.strictObject({
  kind: z.enum(CORRESPONDENCE_KINDS),
  originUnitId: Id,
  content: DraftContent,
});
export type CreateCorrespondenceBody = z.infer<typeof CreateCorrespondenceBody>;

export const UpdateDraftBody = z.strictObject({
  /** The version the drafter edited: a save on top of someone else's newer save is refused. */
  baseVersion: z.number().int().min(1),
  content: DraftContent,
});
export type UpdateDraftBody = z.infer<typeof UpdateDraftBody>;

export const AddCoEditorBody = z.strictObject({ userId: Id });

/** A drafting rule from the guide that the content does not yet respect. */
export const GuideWarning = z.object({ rule: z.string(), path: z.string().nullable() });
export type GuideWarning = z.infer<typeof GuideWarning>;

export const Distribution = z.object({
  id: Id,
  addresseeType: z.enum(ADDRESSEE_TYPES),
  addresseeId: Id,
  addresseeName: z.string(),
  mode: z.enum(DISTRIBUTION_MODES),
  handling: z.enum(HANDLING_STATES).nullable(),
  deadline: z.string().nullable(),
});

export const Attachment = z.object({
  id: Id,
  name: z.string(),
  size: z.number().int(),
  contentType: z.string(),
  sha512: z.string(),
  createdAt: z.string(),
});
export type Attachment = z.infer<typeof Attachment>;

export const CorrespondenceAbilities = z.object({
  edit: z.boolean(),
  submit: z.boolean(),
  inviteEditor: z.boolean(),
});

export const CorrespondenceDetail = z.object({
  id: Id,
  kind: z.enum(CORRESPONDENCE_KINDS),
  state: z.enum(CORRESPONDENCE_STATES),
  reference: z.string().nullable(),
  originUnit: UnitRef,
  drafter: z.object({ id: Id, displayName: z.string() }),
  version: z.number().int(),
  content: z.object({
    subject: z.string(),
    summary: z.string(),
    precedence: z.enum(PRECEDENCES),
    marking: z.enum(MARKINGS),
    tags: z.array(z.string()),
    countryTags: z.array(z.string()),
    references: z.array(Id),
    paragraphs: z.array(z.object({ marking: z.enum(MARKINGS), text: z.string() })),
    addressees: z.array(AddresseeInput),
    actionDeadline: z.string().nullable(),
    note: NoteFields.nullable(),
    email: EmailFields.nullable(),
  }),
  attachments: z.array(Attachment),
  /** Display names of the addressees, by id. */
  addresseeNames: z.record(z.string(), z.string()),
  /** Reference number (or subject, for a draft) of each REF the reader may read, by id. */
  referenceLabels: z.record(z.string(), z.string()),
  /** A diplomatic note's opening and closing formulas, generated from its entities. */
  formulas: z.object({ opening: z.string(), closing: z.string() }).nullable(),
  warnings: z.array(GuideWarning),
  createdAt: z.string(),
  updatedAt: z.string(),
  dispatchedAt: z.string().nullable(),
  /** records management: when the record's disposal destroyed the content (only the subject stays). */
  disposedAt: z.string().nullable().optional(),
  abilities: CorrespondenceAbilities,
});
export type CorrespondenceDetail = z.infer<typeof CorrespondenceDetail>;

export const CorrespondenceSummary = z.object({
  id: Id,
  kind: z.enum(CORRESPONDENCE_KINDS),
  state: z.enum(CORRESPONDENCE_STATES),
  reference: z.string().nullable(),
  subject: z.string(),
  precedence: z.enum(PRECEDENCES),
  marking: z.enum(MARKINGS),
  originUnit: UnitRef,
  updatedAt: z.string(),
  dispatchedAt: z.string().nullable(),
  /** The reader's own action on it, when they are an action addressee. */
  ownAction: z
    .object({ handling: z.enum(HANDLING_STATES), overdue: z.boolean(), alert: z.boolean() })
    .nullable(),
  /**
   * The reader is entitled to it but this session has one factor: the subject is withheld
   * (empty) until a step-up.
   */
  stepUpRequired: z.boolean(),
});
export type CorrespondenceSummary = z.infer<typeof CorrespondenceSummary>;

/** « circuit »: what waits for the user's visa or signature (their step, or their unit's as its head). */
export const INBOX_BOXES = ["action", "info", "circuit", "sent", "drafts"] as const;
export const InboxQuery = PageQuery.extend({ box: z.enum(INBOX_BOXES) });
export const InboxPage = page(CorrespondenceSummary);
export type InboxPage = z.infer<typeof InboxPage>;

export const VersionSummary = z.object({
  version: z.number().int(),
  author: z.object({ id: Id, displayName: z.string() }),
  createdAt: z.string(),
});
export const VersionList = z.object({ items: z.array(VersionSummary) });

export { MAX_FREE_TAGS };

/** A reference number as the portal gives them: `WASHINGTON-2026-0042`. */
export const ReferenceNumber = z
  .string()
  .trim()
  .max(80)
  .regex(/^[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*-\d{4}-\d{4,}$/u);

export const LookupCorrespondenceQuery = z.strictObject({ reference: ReferenceNumber });

export const CorrespondenceRefLabel = z.object({
  id: Id,
  reference: z.string(),
  subject: z.string(),
});
export type CorrespondenceRefLabel = z.infer<typeof CorrespondenceRefLabel>;

/* ---------- comparing two versions ---------- */

export const CompareVersionsQuery = z.strictObject({
  from: z.coerce.number().int().min(1),
  to: z.coerce.number().int().min(1),
});

/** A text cut into runs that are in both versions, only in the later one, or only in the earlier. */
export const TextDiff = z.array(
  z.object({ op: z.enum(["same", "added", "removed"]), text: z.string() }),
);
export type TextDiff = z.infer<typeof TextDiff>;

export const VERSION_DIFF_FIELDS = [
  "subject",
  "summary",
  "precedence",
  "marking",
  "tags",
  "countryTags",
  "references",
  "actionDeadline",
  "noteSenderEntity",
  "noteRecipientEntity",
  "notePlace",
  "noteLanguage",
  "emailTo",
  "emailCc",
] as const;

export const VersionDiff = z.object({
  from: VersionSummary,
  to: VersionSummary,
  /** Only the fields that changed, each as text (lists joined by ", "). */
  fields: z.array(
    z.object({
      field: z.enum(VERSION_DIFF_FIELDS),
      before: z.string(),
      after: z.string(),
      diff: TextDiff,
    }),
  ),
  /** Every paragraph of both versions, aligned: kept, changed in place, added or removed. */
  paragraphs: z.array(
    z.object({
      status: z.enum(["same", "changed", "added", "removed"]),
      before: z.object({ marking: z.string(), text: z.string() }).nullable(),
      after: z.object({ marking: z.string(), text: z.string() }).nullable(),
      diff: TextDiff,
    }),
  ),
  /** Addressees added, removed, or switched between action and information. */
  addressees: z.array(
    z.object({
      status: z.enum(["added", "removed", "mode_changed"]),
      type: z.enum(ADDRESSEE_TYPES),
      id: Id,
      name: z.string(),
      modeBefore: z.enum(DISTRIBUTION_MODES).nullable(),
      modeAfter: z.enum(DISTRIBUTION_MODES).nullable(),
    }),
  ),
});
export type VersionDiff = z.infer<typeof VersionDiff>;
