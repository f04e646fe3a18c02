import { z } from "zod";
import {
  CLEARANCE_LEVELS,
  COMMUNITY_ACCESS,
  COMMUNITY_KINDS,
  LANGUAGE_CODES,
  MAX_EXPERTISE_TAGS,
  MEMBERSHIP_ROLES,
  ROLES,
  UNIT_SCOPED_ROLES,
  USER_STATUSES,
} from "../vocabulary.js";
import {
  CountryCode,
  Email,
  Id,
  IsoDate,
  PageQuery,
  page,
  SearchText,
  singleLine,
  Timestamp,
} from "./common.js";
import { OrganizationRef, UnitRef } from "./organization.js";

export const Assignment = z.object({
  id: Id,
  unit: UnitRef,
  function: z.string(),
  isPrincipal: z.boolean(),
  startsOn: z.string(),
  endsOn: z.string().nullable(),
});
export type Assignment = z.infer<typeof Assignment>;

export const RoleGrant = z.object({
  id: Id,
  role: z.enum(ROLES),
  unit: UnitRef.nullable(),
});
export type RoleGrant = z.infer<typeof RoleGrant>;

export const ClearanceGrant = z.object({
  id: Id,
  level: z.enum(CLEARANCE_LEVELS),
  validFrom: z.string(),
  validUntil: z.string(),
  revokedAt: z.string().nullable(),
  isCurrent: z.boolean(),
});
export type ClearanceGrant = z.infer<typeof ClearanceGrant>;

/** The clearance that counts today: expired or revoked grants count as NP. */
export const EffectiveClearance = z.object({
  level: z.enum(CLEARANCE_LEVELS),
  validUntil: z.string().nullable(),
  readsSpecialFrance: z.boolean(),
});
export type EffectiveClearance = z.infer<typeof EffectiveClearance>;

export const CommunityRef = z.object({
  id: Id,
  name: z.string(),
  kind: z.enum(COMMUNITY_KINDS),
  role: z.enum(MEMBERSHIP_ROLES),
});
export type CommunityRef = z.infer<typeof CommunityRef>;

export const PersonSummary = z.object({
  id: Id,
  displayName: z.string(),
  jobTitle: z.string().nullable(),
  organization: OrganizationRef,
  principalUnit: UnitRef.nullable(),
});
export type PersonSummary = z.infer<typeof PersonSummary>;

/** A community on a profile: only those the viewer may see are listed. */
export const ProfileCommunity = CommunityRef.extend({ access: z.enum(COMMUNITY_ACCESS) });
export type ProfileCommunity = z.infer<typeof ProfileCommunity>;

export const PersonDetail = PersonSummary.extend({
  email: z.string(),
  givenName: z.string(),
  familyName: z.string(),
  assignments: z.array(Assignment),
  roles: z.array(RoleGrant),
  languages: z.array(z.enum(LANGUAGE_CODES)),
  expertise: z.array(z.string()),
  communities: z.array(ProfileCommunity),
});
export type PersonDetail = z.infer<typeof PersonDetail>;

export const PeopleSearchQuery = PageQuery.extend({
  q: SearchText.optional(),
  unitId: Id.optional(),
  country: CountryCode.optional(),
});
export const PersonPage = page(PersonSummary);
export type PersonPage = z.infer<typeof PersonPage>;

/** What the signed-in user may do; the UI shows actions from this, never re-deriving a rule. */
export const Abilities = z.object({
  administer: z.boolean(),
  browseDirectory: z.boolean(),
  readJournal: z.boolean(),
  draftCorrespondence: z.boolean(),
  // mail gateway — inbound
  reviewMailQuarantine: z.boolean(),
  importMail: z.boolean(),
  /* partners and public diplomacy (issue 9) */
  /** An outside user: the simplified portal (« Diffusions », guest communities, search). */
  partnerPortal: z.boolean(),
  /** Invite and list partner organisations (partner managers). */
  managePartners: z.boolean(),
  /** The releases of one's units (releasers). */
  manageReleases: z.boolean(),
  /** Publish content to the public (communicators). */
  publish: z.boolean(),
  /** habilitation: decides access requests (a unit's head) or manages clearances (security officer). */
  manageHabilitation: z.boolean(),
  /** habilitation: grants, revokes and audits clearances (security officer). */
  manageClearances: z.boolean(),
  /* records management: the « Archives » area, and disposal approval */
  manageRecords: z.boolean(),
  approveDisposal: z.boolean(),
});
export type Abilities = z.infer<typeof Abilities>;

export const Me = z.object({
  user: PersonDetail.extend({
    nationality: z.string(),
    isExternal: z.boolean(),
    locale: z.string(),
  }),
  clearance: EffectiveClearance,
  communities: z.array(CommunityRef),
  charter: z.object({
    currentVersion: z.string(),
    acceptedVersion: z.string().nullable(),
    acceptedAt: z.string().nullable(),
    mustAccept: z.boolean(),
  }),
  abilities: Abilities,
  session: z.object({
    expiresAt: Timestamp,
    idleTimeoutSeconds: z.number().int(),
    /** This session proved two factors (needed for DR). */
    mfa: z.boolean(),
    totpEnrolled: z.boolean(),
  }),
});
export type Me = z.infer<typeof Me>;

export const LoginBody = z.strictObject({
  email: Email,
  password: z.string().min(1).max(256),
});
export type LoginBody = z.infer<typeof LoginBody>;

export const AcceptCharterBody = z.strictObject({ version: z.string().max(20) });
export type AcceptCharterBody = z.infer<typeof AcceptCharterBody>;

/* ---------- administration ---------- */

export const AdminUserSummary = PersonSummary.extend({
  email: z.string(),
  status: z.enum(USER_STATUSES),
  clearance: EffectiveClearance,
});
export type AdminUserSummary = z.infer<typeof AdminUserSummary>;

export const AdminUserDetail = AdminUserSummary.extend({
  givenName: z.string(),
  familyName: z.string(),
  nationality: z.string(),
  isExternal: z.boolean(),
  assignments: z.array(Assignment),
  roles: z.array(RoleGrant),
  clearances: z.array(ClearanceGrant),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type AdminUserDetail = z.infer<typeof AdminUserDetail>;

export const AdminUserQuery = PageQuery.extend({
  q: SearchText.optional(),
  status: z.enum(USER_STATUSES).optional(),
});
export const AdminUserPage = page(AdminUserSummary);
export type AdminUserPage = z.infer<typeof AdminUserPage>;

const password = z.string().min(12).max(256);

export const CreateUserBody = z.strictObject({
  organizationId: Id,
  email: Email,
  givenName: singleLine(100),
  familyName: singleLine(100),
  jobTitle: singleLine(200).nullable().default(null),
  nationality: CountryCode,
  password,
});
export type CreateUserBody = z.infer<typeof CreateUserBody>;

export const UpdateUserBody = z
  .strictObject({
    givenName: singleLine(100),
    familyName: singleLine(100),
    jobTitle: singleLine(200).nullable(),
    nationality: CountryCode,
    status: z.enum(USER_STATUSES),
  })
  .partial();
export type UpdateUserBody = z.infer<typeof UpdateUserBody>;

export const AddAssignmentBody = z
  .strictObject({
    unitId: Id,
    function: singleLine(120),
    isPrincipal: z.boolean().default(false),
    startsOn: IsoDate,
    endsOn: IsoDate.nullable().default(null),
  })
  .refine((b) => b.endsOn === null || b.endsOn >= b.startsOn, {
    message: "ends_before_start",
    path: ["endsOn"],
  });
export type AddAssignmentBody = z.infer<typeof AddAssignmentBody>;

export const GrantClearanceBody = z
  .strictObject({
    level: z.enum(CLEARANCE_LEVELS),
    validFrom: IsoDate,
    validUntil: IsoDate,
  })
  .refine((b) => b.validUntil >= b.validFrom, {
    message: "ends_before_start",
    path: ["validUntil"],
  });
export type GrantClearanceBody = z.infer<typeof GrantClearanceBody>;

export const GrantRoleBody = z
  .strictObject({
    role: z.enum(ROLES),
    unitId: Id.nullable().default(null),
  })
  .refine((b) => UNIT_SCOPED_ROLES.includes(b.role) === (b.unitId !== null), {
    message: "unit_required_exactly_for_unit_scoped_roles",
    path: ["unitId"],
  });
export type GrantRoleBody = z.infer<typeof GrantRoleBody>;

/* ---------- the user's own profile ---------- */

/** An area of expertise: a short free tag. */
export const ExpertiseTag = singleLine(60);

/** What a user edits on their own profile: languages spoken and areas of expertise. */
export const UpdateMyProfileBody = z.strictObject({
  languages: z
    .array(z.enum(LANGUAGE_CODES))
    .max(LANGUAGE_CODES.length)
    .refine((l) => new Set(l).size === l.length, { message: "duplicate" }),
  expertise: z
    .array(ExpertiseTag)
    .max(MAX_EXPERTISE_TAGS)
    .refine((tags) => new Set(tags.map((t) => t.trim().toLowerCase())).size === tags.length, {
      message: "duplicate",
    }),
});
export type UpdateMyProfileBody = z.infer<typeof UpdateMyProfileBody>;
