import { z } from "zod";
import { Id, multiLine } from "./common.js";
import { CorrespondenceDetail } from "./correspondence.js";
import { UnitRef } from "./organization.js";

/*
 * The clearance circuit (circuit de visas): ordered visa steps, then one signature by someone
 * with release authority for the originating unit. Every submission appends a new round after
 * the earlier ones, which stay as the document's history.
 */

export const CIRCUIT_STEP_KINDS = ["visa", "signature"] as const;
export type CircuitStepKind = (typeof CIRCUIT_STEP_KINDS)[number];

/**
 * `waiting` → `pending` (its turn) → `approved`, `returned` (sent back to the drafter with a
 * comment) or `delegated` (handed to someone else, whose step follows). When a step is returned,
 * the steps of that round that never had their turn become `skipped`.
 */
export const CIRCUIT_STEP_STATUSES = [
  "waiting",
  "pending",
  "approved",
  "returned",
  "delegated",
  "skipped",
] as const;
export type CircuitStepStatus = (typeof CIRCUIT_STEP_STATUSES)[number];

export const CLEARANCE_DECISIONS = ["approve", "return", "delegate"] as const;
export type ClearanceDecision = (typeof CLEARANCE_DECISIONS)[number];

/** At most this many visa steps in one submission. */
export const MAX_VISAS = 10;

/** A visa by a person, or by a unit's head (whoever holds the unit's release authority). */
export const VisaInput = z.union([z.strictObject({ userId: Id }), z.strictObject({ unitId: Id })]);
export type VisaInput = z.infer<typeof VisaInput>;

export const SubmitForClearanceBody = z.strictObject({
  visas: z.array(VisaInput).max(MAX_VISAS),
  signerId: Id,
});
export type SubmitForClearanceBody = z.infer<typeof SubmitForClearanceBody>;

const StepComment = multiLine(2_000);

/** A visa decision; sending back needs a comment that says why. */
export const DecideClearanceStepBody = z.discriminatedUnion("decision", [
  z.strictObject({ decision: z.literal("approve"), comment: StepComment.optional() }),
  z.strictObject({
    decision: z.literal("return"),
    comment: StepComment.refine((v) => v.trim().length > 0, { message: "blank" }),
  }),
  z.strictObject({
    decision: z.literal("delegate"),
    comment: StepComment.optional(),
    delegateTo: Id,
  }),
]);
export type DecideClearanceStepBody = z.infer<typeof DecideClearanceStepBody>;

export const SignCorrespondenceBody = z.strictObject({
  /**
   * The signer confirms that addressee members who cannot read the marking (DR without a valid
   * clearance, DR-SF without French nationality) will not receive it.
   */
  confirmExclusions: z.boolean().default(false),
});
export type SignCorrespondenceBody = z.infer<typeof SignCorrespondenceBody>;

export const StepParams = z.strictObject({ id: Id, stepId: Id });

export const PersonRef = z.object({ id: Id, displayName: z.string() });

export const StepAssignee = z.discriminatedUnion("type", [
  z.object({ type: z.literal("user"), user: PersonRef }),
  z.object({ type: z.literal("unit"), unit: UnitRef }),
]);

export const CircuitStep = z.object({
  id: Id,
  /** Order within the whole history of the document's circuits. */
  position: z.number().int(),
  /** 1 for the first submission, 2 after a first return, … */
  round: z.number().int(),
  kind: z.enum(CIRCUIT_STEP_KINDS),
  assignee: StepAssignee,
  status: z.enum(CIRCUIT_STEP_STATUSES),
  decidedBy: PersonRef.nullable(),
  decidedAt: z.string().nullable(),
  comment: z.string().nullable(),
});
export type CircuitStep = z.infer<typeof CircuitStep>;

export const CircuitAbilities = z.object({
  /** Approve, return or delegate the current visa step (or return the signature step). */
  decide: z.boolean(),
  /** Sign, which dispatches. */
  sign: z.boolean(),
});

export const Circuit = z.object({
  steps: z.array(CircuitStep),
  /** The step whose turn it is, null outside a circuit. */
  currentStepId: Id.nullable(),
  abilities: CircuitAbilities,
});
export type Circuit = z.infer<typeof Circuit>;

/** What submit, decide and sign answer: the correspondence as its reader sees it, with its circuit. */
export const CorrespondenceWithCircuit = CorrespondenceDetail.extend({ circuit: Circuit });
export type CorrespondenceWithCircuit = z.infer<typeof CorrespondenceWithCircuit>;
