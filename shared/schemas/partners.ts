import { z } from "zod";
import {
  CORRESPONDENCE_KINDS,
  PARTNER_KINDS,
  PRECEDENCES,
  REDACTION_ACTIONS,
  RELEASE_AUDIENCES,
  RELEASE_TARGET_TYPES,
  SECTORS,
} from "../vocabulary.js";
import {
  CountryCode,
  Email,
  Id,
  multiLine,
  PageQuery,
  page,
  singleLine,
  Timestamp,
} from "./common.js";

/* Partners (invited outside organisations), releases to them and redacted versions (issue 9). */

export const PartnerContactInput = z.strictObject({
  givenName: singleLine(100),
  familyName: singleLine(100),
  email: Email,
});

export const InviteOrganisationBody = z.strictObject({
  name: singleLine(200),
  kind: z.enum(PARTNER_KINDS),
  sectors: z.array(z.enum(SECTORS)).max(SECTORS.length),
  countries: z.array(CountryCode).max(60),
  /** The people of the organisation to invite: each receives a link by e-mail. */
  contacts: z.array(PartnerContactInput).min(1).max(20),
  /** Agents of the ministry named as the organisation's contacts (its people see them). */
  agentContactIds: z.array(Id).max(20),
});
export type InviteOrganisationBody = z.infer<typeof InviteOrganisationBody>;

export const PersonRef = z.object({ id: Id, displayName: z.string() });

export const PartnerOrganisation = z.object({
  id: Id,
  name: z.string(),
  kind: z.enum(PARTNER_KINDS),
  sectors: z.array(z.enum(SECTORS)),
  countries: z.array(z.string()),
  agentContacts: z.array(PersonRef),
  people: z.array(
    z.object({ id: Id, displayName: z.string(), email: z.string(), invited: z.boolean() }),
  ),
  createdAt: z.string(),
});
export type PartnerOrganisation = z.infer<typeof PartnerOrganisation>;
export const PartnerOrganisationPage = page(PartnerOrganisation);
export const PartnerOrganisationQuery = PageQuery;

/** The link's token, as the e-mail carries it. */
export const InvitationParams = z.strictObject({
  token: z.string().regex(/^[A-Za-z0-9_-]{43}$/, { message: "token" }),
});
export const Invitation = z.object({
  organisationName: z.string(),
  displayName: z.string(),
  email: z.string(),
  expiresAt: z.string(),
});
export const AcceptInvitationBody = z.strictObject({ password: z.string().min(1).max(256) });

/** What happens to each paragraph of the source, in order: kept, removed, or replaced by `text`. */
export const RedactionParagraph = z.discriminatedUnion("action", [
  z.strictObject({ action: z.literal("kept") }),
  z.strictObject({ action: z.literal("removed") }),
  z.strictObject({ action: z.literal("replaced"), text: multiLine(20_000).min(1) }),
]);
export const CreateRedactedVersionBody = z.strictObject({
  subject: singleLine(300),
  summary: multiLine(1_000),
  paragraphs: z.array(RedactionParagraph).max(300),
});
export type CreateRedactedVersionBody = z.infer<typeof CreateRedactedVersionBody>;

export const ReleaseCorrespondenceBody = z.strictObject({
  /** A redacted version of this correspondence to release instead of the correspondence itself. */
  versionId: Id.optional(),
  audience: z.enum(RELEASE_AUDIENCES),
  sectors: z.array(z.enum(SECTORS)).max(SECTORS.length).default([]),
  countries: z.array(CountryCode).max(60).default([]),
  organisationIds: z.array(Id).max(100).default([]),
  embargoUntil: Timestamp.nullable().default(null),
});
export type ReleaseCorrespondenceBody = z.infer<typeof ReleaseCorrespondenceBody>;

export const ReleaseTarget = z.object({
  type: z.enum(RELEASE_TARGET_TYPES),
  value: z.string(),
  label: z.string(),
});

export const Release = z.object({
  id: Id,
  correspondenceId: Id,
  sourceId: Id,
  reference: z.string().nullable(),
  isRedacted: z.boolean(),
  audience: z.enum(RELEASE_AUDIENCES),
  targets: z.array(ReleaseTarget),
  embargoUntil: z.string().nullable(),
  releasedBy: PersonRef,
  releasedAt: z.string(),
  withdrawnAt: z.string().nullable(),
});
export type Release = z.infer<typeof Release>;

export const Redaction = z.object({
  id: Id,
  reference: z.string().nullable(),
  subject: z.string(),
  actions: z.array(z.enum(REDACTION_ACTIONS)),
  releasable: z.boolean(),
  createdBy: PersonRef,
  createdAt: z.string(),
});

/** Releases, redactions and publication of one correspondence, for those who may manage them. */
export const ReleaseState = z.object({
  sourceId: Id,
  abilities: z.object({ release: z.boolean(), redact: z.boolean(), publish: z.boolean() }),
  /** The source itself may be released (dispatched, NP in every paragraph). */
  sourceReleasable: z.boolean(),
  redactions: z.array(Redaction),
  releases: z.array(Release),
  publication: z.object({ id: Id, correspondenceId: Id, publishedAt: z.string() }).nullable(),
});
export type ReleaseState = z.infer<typeof ReleaseState>;

/** A document in the partner's « Diffusions » feed, or in a releaser's list of releases. */
export const ReleasedItem = z.object({
  correspondence: z.object({
    id: Id,
    kind: z.enum(CORRESPONDENCE_KINDS),
    reference: z.string().nullable(),
    subject: z.string(),
    summary: z.string(),
    precedence: z.enum(PRECEDENCES),
    tags: z.array(z.string()),
    countryTags: z.array(z.string()),
    dispatchedAt: z.string().nullable(),
  }),
  /** The release decision: only for those who manage releases, never for partners. */
  release: Release.nullable(),
});
export const ReleasedPage = page(ReleasedItem);
export const ReleasedQuery = PageQuery;

/** The contacts named for a partner: the only agents their directory shows. */
export const PartnerContacts = z.object({ items: z.array(PersonRef) });
