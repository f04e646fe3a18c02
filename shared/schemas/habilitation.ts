import { z } from "zod";
import {
  ACCESS_REQUEST_STATES,
  CLEARANCE_GRANT_STATUSES,
  CLEARANCE_LEVELS,
} from "../vocabulary.js";
import {
  CountryCode,
  Email,
  Id,
  IsoDate,
  multiLine,
  PageQuery,
  page,
  singleLine,
} from "./common.js";

/*
 * Enrolment and habilitation: the public access request, the head's decision, the invitation
 * to set a first password, and the security officer's clearances and audit view.
 */

/** A unit one may name on the public form (State organisations only, never companies). */
export const RequestableUnit = z.object({
  id: Id,
  name: z.string(),
  organizationName: z.string(),
});
export const RequestableUnitList = z.object({ items: z.array(RequestableUnit) });
export type RequestableUnit = z.infer<typeof RequestableUnit>;

const nonBlank = (max: number) =>
  multiLine(max).refine((v) => v.trim().length > 0, { message: "blank" });

export const RequestAccessBody = z.strictObject({
  email: Email,
  givenName: singleLine(100),
  familyName: singleLine(100),
  nationality: CountryCode,
  jobTitle: singleLine(120),
  unitId: Id,
  reason: nonBlank(2000),
});
export type RequestAccessBody = z.infer<typeof RequestAccessBody>;

/** The same answer whether the address is known, already asked for, or new. */
export const RequestAccessResponse = z.object({ received: z.literal(true) });

export const PersonRef = z.object({ id: Id, displayName: z.string() });

export const AccessRequest = z.object({
  id: Id,
  email: z.string(),
  givenName: z.string(),
  familyName: z.string(),
  nationality: z.string(),
  jobTitle: z.string(),
  unit: z.object({ id: Id, name: z.string() }),
  reason: z.string(),
  state: z.enum(ACCESS_REQUEST_STATES),
  createdAt: z.string(),
  decidedAt: z.string().nullable(),
  decidedBy: PersonRef.nullable(),
  decisionNote: z.string().nullable(),
  /** The account created or assigned on acceptance. */
  userId: Id.nullable(),
  abilities: z.object({ decide: z.boolean() }),
});
export type AccessRequest = z.infer<typeof AccessRequest>;

export const AccessRequestQuery = PageQuery.extend({
  state: z.enum(ACCESS_REQUEST_STATES).default("pending"),
});
export const AccessRequestPage = page(AccessRequest);
export type AccessRequestPage = z.infer<typeof AccessRequestPage>;

export const DecideAccessRequestBody = z.strictObject({
  accept: z.boolean(),
  /** The function given in the unit; the requester's job title when absent. */
  function: singleLine(120).optional(),
  note: multiLine(1000).nullable().default(null),
});
export type DecideAccessRequestBody = z.input<typeof DecideAccessRequestBody>;

export const AcceptInvitationBody = z.strictObject({
  token: z
    .string()
    .min(32)
    .max(128)
    .regex(/^[A-Za-z0-9_-]+$/),
  password: z.string().max(256),
});
export type AcceptInvitationBody = z.infer<typeof AcceptInvitationBody>;

export const GrantClearanceRequest = z
  .strictObject({
    userId: Id,
    level: z.enum(CLEARANCE_LEVELS),
    validFrom: IsoDate,
    validUntil: IsoDate,
    reason: singleLine(500),
  })
  .refine((b) => b.validUntil >= b.validFrom, {
    message: "ends_before_start",
    path: ["validUntil"],
  });
export type GrantClearanceRequest = z.infer<typeof GrantClearanceRequest>;

export const RevokeClearanceRequest = z.strictObject({ reason: singleLine(500) });
export type RevokeClearanceRequest = z.infer<typeof RevokeClearanceRequest>;

export const ClearanceAuditQuery = PageQuery.extend({
  status: z.enum(CLEARANCE_GRANT_STATUSES).optional(),
  level: z.enum(CLEARANCE_LEVELS).optional(),
  userId: Id.optional(),
});
export type ClearanceAuditQuery = z.infer<typeof ClearanceAuditQuery>;

/** One grant as the security officer audits it. */
export const ClearanceAuditEntry = z.object({
  id: Id,
  user: PersonRef.extend({ email: z.string(), nationality: z.string() }),
  level: z.enum(CLEARANCE_LEVELS),
  /** DR held by a French national also reads DR-SF. */
  readsSpecialFrance: z.boolean(),
  validFrom: z.string(),
  validUntil: z.string(),
  status: z.enum(CLEARANCE_GRANT_STATUSES),
  reason: z.string().nullable(),
  grantedAt: z.string(),
  grantedBy: PersonRef.nullable(),
  revokedAt: z.string().nullable(),
  revokedBy: PersonRef.nullable(),
  revocationReason: z.string().nullable(),
  abilities: z.object({ revoke: z.boolean() }),
});
export type ClearanceAuditEntry = z.infer<typeof ClearanceAuditEntry>;
export const ClearanceAuditPage = page(ClearanceAuditEntry);
export type ClearanceAuditPage = z.infer<typeof ClearanceAuditPage>;
