import { z } from "zod";
import {
  ADDRESSEE_TYPES,
  CORRESPONDENCE_KINDS,
  DISTRIBUTION_MODES,
  HANDLING_STATES,
} from "../vocabulary.js";
import { Id, multiLine } from "./common.js";
import { DraftContent } from "./correspondence.js";

/*
 * Handling of dispatched correspondence by its addressees: acknowledge, assign, answer, close,
 * and the distribution list with handling states, deadlines, alerts and read receipts.
 */

export const AssignActionBody = z.strictObject({
  /** A current member of the addressee unit or community, or the addressee user themself. */
  userId: Id,
});
export type AssignActionBody = z.infer<typeof AssignActionBody>;

export const CloseActionBody = z.strictObject({
  comment: multiLine(2_000)
    .min(1)
    .refine((v) => v.trim().length > 0, { message: "blank" }),
});
export type CloseActionBody = z.infer<typeof CloseActionBody>;

export const ReplyBody = z.strictObject({
  /** One of the replier's units: the answer's originating unit. */
  originUnitId: Id,
  /** Defaults to the kind of the correspondence answered. */
  kind: z.enum(CORRESPONDENCE_KINDS).optional(),
  /**
   * Overrides of the prepared answer (subject "RE: …", same marking and tags, REF to the
   * original, addressed for action to its originating unit). The REF is always kept.
   */
  content: DraftContent.partial().optional(),
});
export type ReplyBody = z.infer<typeof ReplyBody>;

export const PersonRef = z.object({ id: Id, displayName: z.string() });

export const ReadReceipt = z.object({ user: PersonRef, firstReadAt: z.string() });

export const DistributionEntry = z.object({
  id: Id,
  addresseeType: z.enum(ADDRESSEE_TYPES),
  addresseeId: Id,
  addresseeName: z.string(),
  mode: z.enum(DISTRIBUTION_MODES),
  /** Null for information addressees. */
  handling: z.enum(HANDLING_STATES).nullable(),
  deadline: z.string().nullable(),
  assignedTo: PersonRef.nullable(),
  acknowledgedAt: z.string().nullable(),
  closedAt: z.string().nullable(),
  closeComment: z.string().nullable(),
  /** The answer, when the caller may read it. */
  answerId: Id.nullable(),
  /** The deadline has passed and the action is neither answered nor closed. */
  overdue: z.boolean(),
  /** Flash or immediate, not yet acknowledged: the addressee is alerted until it is. */
  alert: z.boolean(),
  /** Users behind this addressee (itself, unit members, community members) who opened it. */
  readBy: z.array(ReadReceipt),
});
export type DistributionEntry = z.infer<typeof DistributionEntry>;

export const HandlingAbilities = z.object({
  acknowledge: z.boolean(),
  assign: z.boolean(),
  close: z.boolean(),
  reply: z.boolean(),
});
export type HandlingAbilities = z.infer<typeof HandlingAbilities>;

export const DistributionList = z.object({
  correspondenceId: Id,
  /** Action addressees first, then by name. */
  items: z.array(DistributionEntry),
  /** The action distribution the caller handles (theirs, their unit's, community's, or assigned). */
  ownDistributionId: Id.nullable(),
  abilities: HandlingAbilities,
});
export type DistributionList = z.infer<typeof DistributionList>;
