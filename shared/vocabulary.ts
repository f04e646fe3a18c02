/**
 * The domain vocabulary shared by server and app: every closed list of values the portal knows.
 * Database columns, Zod schemas and i18n keys are all derived from these arrays.
 */

/** Protection markings (mentions de protection). Classified levels are out of scope and refused. */
export const MARKINGS = ["NP", "DR", "DR-SF"] as const;
export type Marking = (typeof MARKINGS)[number];

/** Clearance levels (habilitations). DR-SF is not a clearance: it is DR plus French nationality. */
export const CLEARANCE_LEVELS = ["NP", "DR"] as const;
export type ClearanceLevel = (typeof CLEARANCE_LEVELS)[number];

/** Markings that are classified (Secret, Très Secret …): named so they can be rejected clearly. */
export const CLASSIFIED_MARKINGS = [
  "CD",
  "Confidentiel Défense",
  "S",
  "Secret",
  "Secret Défense",
  "TS",
  "Très Secret",
  "Très Secret Défense",
] as const;

export const ORGANIZATION_KINDS = ["ministry", "company", "other"] as const;
export type OrganizationKind = (typeof ORGANIZATION_KINDS)[number];

/** Central administration units first, then the network of posts abroad. */
export const UNIT_KINDS = [
  "ministry_head",
  "general_directorate",
  "directorate",
  "sub_directorate",
  "office",
  "embassy",
  "consulate",
  "permanent_representation",
  "company_department",
] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];
export const POST_UNIT_KINDS = ["embassy", "consulate", "permanent_representation"] as const;
export type PostUnitKind = (typeof POST_UNIT_KINDS)[number];
export const isPostKind = (kind: UnitKind): kind is PostUnitKind =>
  (POST_UNIT_KINDS as readonly string[]).includes(kind);

/**
 * Platform-wide and unit-scoped roles. `releaser` is scoped to a unit (release authority: signs,
 * and releases its unit's correspondence to partners). `archivist` runs the filing plan, holds and
 * transfers; `disposal_approver` (an archivist's second key) approves disposal lists;
 * `security_officer` grants clearances and audits them; `partner_manager` invites outside
 * organisations; `communicator` publishes content to the public.
 */
export const ROLES = [
  "platform_admin",
  "archivist",
  "disposal_approver",
  "releaser",
  "community_manager",
  "security_officer",
  "partner_manager",
  "communicator",
] as const;
export type Role = (typeof ROLES)[number];
export const UNIT_SCOPED_ROLES: readonly Role[] = ["releaser"];

export const USER_STATUSES = ["active", "disabled"] as const;
export type UserStatus = (typeof USER_STATUSES)[number];

export const COMMUNITY_KINDS = ["hierarchical", "transverse"] as const;
export type CommunityKind = (typeof COMMUNITY_KINDS)[number];
export const MEMBERSHIP_ROLES = ["manager", "member", "guest"] as const;
export type MembershipRole = (typeof MEMBERSHIP_ROLES)[number];
/**
 * How one enters a transverse community: anyone joins (open), a manager approves (on request),
 * only by a manager's invitation, or secret (invitation only, and unlisted for non-members).
 * Hierarchical communities are "invitation": membership follows assignments.
 */
export const COMMUNITY_ACCESS = ["open", "on_request", "invitation", "secret"] as const;
export type CommunityAccess = (typeof COMMUNITY_ACCESS)[number];
/** Where a membership comes from: a unit assignment (hierarchical) or a direct decision. */
export const MEMBERSHIP_ORIGINS = ["assignment", "direct"] as const;
export type MembershipOrigin = (typeof MEMBERSHIP_ORIGINS)[number];

export const LOCALES = ["fr", "en"] as const;
export type Locale = (typeof LOCALES)[number];

/** Version of the conditions of use (charte d'utilisation); bump it to ask everyone again. */
export const CHARTER_VERSION = "2026-11";

/* ---------- correspondence ---------- */

/** One model and one lifecycle for the three kinds of correspondence. */
export const CORRESPONDENCE_KINDS = ["telegram", "note", "formal_email"] as const;
export type CorrespondenceKind = (typeof CORRESPONDENCE_KINDS)[number];

/** Precedence (urgence), most urgent first: the order of the "to handle" box. */
export const PRECEDENCES = ["flash", "immediate", "priority", "routine"] as const;
export type Precedence = (typeof PRECEDENCES)[number];

export const CORRESPONDENCE_STATES = ["draft", "in_circuit", "dispatched"] as const;
export type CorrespondenceState = (typeof CORRESPONDENCE_STATES)[number];

export const ADDRESSEE_TYPES = ["unit", "user", "community"] as const;
export type AddresseeType = (typeof ADDRESSEE_TYPES)[number];

/** Pour action / pour information. */
export const DISTRIBUTION_MODES = ["action", "info"] as const;
export type DistributionMode = (typeof DISTRIBUTION_MODES)[number];

/** Handling of an action addressee, in order. */
export const HANDLING_STATES = ["new", "acknowledged", "assigned", "answered", "closed"] as const;
export type HandlingState = (typeof HANDLING_STATES)[number];

/** At most this many free tags on a correspondence (country tags come on top). */
export const MAX_FREE_TAGS = 5;

/* ---------- notifications ---------- */

/** Something to do, something to know, something urgent. */
export const NOTIFICATION_TYPES = ["action", "information", "alert"] as const;
export type NotificationType = (typeof NOTIFICATION_TYPES)[number];

/** Why someone was notified: the UI words each reason and links to its target. */
export const NOTIFICATION_REASONS = [
  "correspondence_action",
  "correspondence_info",
  "correspondence_urgent",
  "circuit_step",
  "draft_returned",
  "enrolment_request",
  "membership_decided",
  "invited",
  "mention",
  "comment_on_post",
  "reply_to_comment",
  "followed_post",
  "deadline_passed",
  "saved_search_match",
  /* habilitation */
  "access_request",
  "access_request_decided",
  "clearance_changed",
  "clearance_expiring",
  /* archives: a stored file or record no longer matches its SHA-512 */
  "fixity_mismatch",
] as const;
export type NotificationReason = (typeof NOTIFICATION_REASONS)[number];

/** How a type of notification reaches someone by e-mail: at once, in a digest, or not. */
export const EMAIL_DELIVERIES = ["immediate", "daily", "weekly", "none"] as const;
export type EmailDelivery = (typeof EMAIL_DELIVERIES)[number];

export const MAIL_OUTBOX_STATUSES = ["queued", "sent", "failed"] as const;
export type MailOutboxStatus = (typeof MAIL_OUTBOX_STATUSES)[number];

/* ---------- communities: enrolment and profiles ---------- */

export const MEMBERSHIP_REQUEST_STATES = ["pending", "accepted", "refused"] as const;
export type MembershipRequestState = (typeof MEMBERSHIP_REQUEST_STATES)[number];
/** A line of membership history: someone joined or left a community. */
export const MEMBERSHIP_CHANGES = ["joined", "left"] as const;
export type MembershipChange = (typeof MEMBERSHIP_CHANGES)[number];

/** ISO 639-1 language codes a profile may list. */
export const LANGUAGE_CODES = [
  "af",
  "am",
  "ar",
  "az",
  "be",
  "bg",
  "bn",
  "bs",
  "ca",
  "cs",
  "cy",
  "da",
  "de",
  "el",
  "en",
  "es",
  "et",
  "eu",
  "fa",
  "fi",
  "fr",
  "ga",
  "gl",
  "gu",
  "ha",
  "he",
  "hi",
  "hr",
  "hu",
  "hy",
  "id",
  "ig",
  "is",
  "it",
  "ja",
  "ka",
  "kk",
  "km",
  "kn",
  "ko",
  "ku",
  "ky",
  "lb",
  "lo",
  "lt",
  "lv",
  "mg",
  "mk",
  "ml",
  "mn",
  "mr",
  "ms",
  "mt",
  "my",
  "ne",
  "nl",
  "no",
  "pa",
  "pl",
  "ps",
  "pt",
  "ro",
  "ru",
  "rw",
  "si",
  "sk",
  "sl",
  "so",
  "sq",
  "sr",
  "sv",
  "sw",
  "ta",
  "te",
  "tg",
  "th",
  "ti",
  "tk",
  "tl",
  "tr",
  "uk",
  "ur",
  "uz",
  "vi",
  "wo",
  "xh",
  "yo",
  "zh",
  "zu",
] as const;
export type LanguageCode = (typeof LANGUAGE_CODES)[number];
/** At most this many areas of expertise on a profile. */
export const MAX_EXPERTISE_TAGS = 15;

/* ---------- feed ---------- */

/** « J'aime », « utile », « pas utile »: the last two exclude each other. */
export const REACTION_KINDS = ["like", "useful", "not_useful"] as const;
export type ReactionKind = (typeof REACTION_KINDS)[number];
export const REACTION_TARGET_TYPES = ["post", "comment", "correspondence"] as const;
export type ReactionTargetType = (typeof REACTION_TARGET_TYPES)[number];
export const FOLLOW_TARGET_TYPES = ["user", "community", "tag"] as const;
export type FollowTargetType = (typeof FOLLOW_TARGET_TYPES)[number];
/** At most this many tags on a post. */
export const MAX_POST_TAGS = 5;

/* ---------- records management (issue 8) ---------- */

/** What a retention period counts from. */
export const RETENTION_START_EVENTS = ["dispatch", "action_closed", "year_end"] as const;
export type RetentionStartEvent = (typeof RETENTION_START_EVENTS)[number];
/** What happens to a record when its retention period ends. */
export const FINAL_ACTIONS = ["keep", "destroy"] as const;
export type FinalAction = (typeof FINAL_ACTIONS)[number];
/**
 * A record's life: active in the portal; in a transfer package awaiting the archive's reply;
 * transferred (content purged, the archive holds it); disposed of (content destroyed, trace kept).
 */
export const RECORD_STATUSES = ["active", "transferring", "transferred", "disposed"] as const;
export type RecordStatus = (typeof RECORD_STATUSES)[number];

/* ---------- mail gateway — inbound (issue 6) ---------- */

/** A received message: became a correspondence, waits in quarantine, or was rejected there. */
export const INBOUND_STATUSES = ["accepted", "quarantined", "rejected"] as const;
export type InboundStatus = (typeof INBOUND_STATUSES)[number];
/** Why a message waits in quarantine. */
export const INBOUND_REASONS = [
  "unknown_sender",
  "no_known_addressee",
  "unparseable",
  "message_id_reused",
  "no_registering_unit",
] as const;
export type InboundReason = (typeof INBOUND_REASONS)[number];
/* ---------- partners and public diplomacy (issue 9) ---------- */

/** What an invited outside organisation is; companies are `company` organisations, the rest `other`. */
export const PARTNER_KINDS = ["company", "association", "research_body", "journalist"] as const;
export type PartnerKind = (typeof PARTNER_KINDS)[number];

/** The economic sectors a partner declares and releases are targeted to. */
export const SECTORS = [
  "aeronautics",
  "agri_food",
  "energy",
  "automotive",
  "defence",
  "digital",
  "health",
  "luxury",
  "transport",
  "tourism",
  "finance",
  "construction",
  "space",
  "environment",
] as const;
export type Sector = (typeof SECTORS)[number];

/** To every partner, or to those matching the release's targets. */
export const RELEASE_AUDIENCES = ["all", "targeted"] as const;
export type ReleaseAudience = (typeof RELEASE_AUDIENCES)[number];
export const RELEASE_TARGET_TYPES = ["sector", "country", "organization"] as const;
export type ReleaseTargetType = (typeof RELEASE_TARGET_TYPES)[number];

/** What a paragraph of the source becomes in a redacted version. */
export const REDACTION_ACTIONS = ["kept", "removed", "replaced"] as const;
export type RedactionAction = (typeof REDACTION_ACTIONS)[number];

/** Social networks the « préparer pour les réseaux sociaux » view cuts text for, with their limits. */
export const SOCIAL_NETWORKS = { x: 280, mastodon: 500, linkedin: 3000 } as const;
export type SocialNetwork = keyof typeof SOCIAL_NETWORKS;

/** Days an invitation link stays valid. */
export const PARTNER_INVITATION_DAYS = 7;
/* ---------- habilitation ---------- */

/** An access request from the public form: waiting for the head of the unit, then decided. */
export const ACCESS_REQUEST_STATES = ["pending", "accepted", "refused"] as const;
export type AccessRequestState = (typeof ACCESS_REQUEST_STATES)[number];
/** A clearance grant as the audit view sees it on a given day. */
export const CLEARANCE_GRANT_STATUSES = ["current", "upcoming", "expired", "revoked"] as const;
export type ClearanceGrantStatus = (typeof CLEARANCE_GRANT_STATUSES)[number];
/** How many days before its end a clearance is announced as expiring. */
export const CLEARANCE_EXPIRY_NOTICE_DAYS = 30;
/** How long a link to set one's first password stays valid. */
export const PASSWORD_INVITATION_HOURS = 72;
/* ---------- archives (issue 8: transfers, fixity) ---------- */

/** A transfer (« versement ») waits for the archive's reply, then is accepted or rejected. */
export const TRANSFER_STATUSES = ["pending", "accepted", "rejected"] as const;
export type TransferStatus = (typeof TRANSFER_STATUSES)[number];
