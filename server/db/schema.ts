import type { Generated } from "kysely";
import type {
  AccessRequestState,
  AddresseeType,
  ClearanceLevel,
  CommunityAccess,
  CommunityKind,
  CorrespondenceKind,
  CorrespondenceState,
  DistributionMode,
  EmailDelivery,
  FinalAction,
  FollowTargetType,
  HandlingState,
  InboundStatus,
  MailOutboxStatus,
  Marking,
  MembershipChange,
  MembershipOrigin,
  MembershipRequestState,
  MembershipRole,
  NotificationReason,
  NotificationType,
  OrganizationKind,
  PartnerKind,
  Precedence,
  ReactionKind,
  ReactionTargetType,
  RecordStatus,
  ReleaseAudience,
  ReleaseTargetType,
  RetentionStartEvent,
  Role,
  Sector,
  TransferStatus,
  UnitKind,
  UserStatus,
} from "../../shared/vocabulary.js";

/*
 * The database as Kysely sees it. Portable choices, so one set of migrations runs on SQLite
 * and PostgreSQL: ids are UUID text, instants are ISO-8601 UTC text (they sort, compare and
 * hash identically on both), calendar dates are "YYYY-MM-DD" text, booleans are 0/1 integers.
 */

export interface OrganizationTable {
  id: string;
  kind: OrganizationKind;
  name: string;
  short_name: string;
  created_at: string;
  updated_at: string;
}

export interface UnitTable {
  id: string;
  organization_id: string;
  parent_id: string | null;
  kind: UnitKind;
  name: string;
  short_name: string;
  country_code: string | null;
  city: string | null;
  /** Folded name, short name and city, for directory search. */
  search_text: string;
  /** Folded name, for stable alphabetical keyset pagination. */
  sort_key: string;
  created_at: string;
  updated_at: string;
}

export interface UserTable {
  id: string;
  organization_id: string;
  email: string;
  given_name: string;
  family_name: string;
  display_name: string;
  job_title: string | null;
  /** ISO 3166-1 alpha-2; "FR" is what lets a DR holder read DR-SF. */
  nationality: string;
  status: UserStatus;
  /** argon2id; null for accounts that only sign in through an identity provider. */
  password_hash: string | null;
  locale: string;
  charter_version: string | null;
  charter_accepted_at: string | null;
  search_text: string;
  sort_key: string;
  created_at: string;
  updated_at: string;
  /** ISO 639-1 codes of the languages spoken, space-separated. */
  languages: Generated<string>;
  /** Areas of expertise: a JSON array of free tags. */
  expertise: Generated<string>;
}

export interface AssignmentTable {
  id: string;
  user_id: string;
  unit_id: string;
  function: string;
  is_principal: number;
  starts_on: string;
  ends_on: string | null;
  created_at: string;
  /** habilitation: when the job took away the accesses of this ended assignment. */
  end_synced_at?: string | null;
}

export interface UserRoleTable {
  id: string;
  user_id: string;
  role: Role;
  unit_id: string | null;
  granted_at: string;
  granted_by: string | null;
}

export interface ClearanceTable {
  id: string;
  user_id: string;
  level: ClearanceLevel;
  valid_from: string;
  valid_until: string;
  revoked_at: string | null;
  granted_by: string | null;
  created_at: string;
  /* habilitation: why it was granted, who revoked it and why, when its expiry was announced */
  reason?: string | null;
  revoked_by?: string | null;
  revocation_reason?: string | null;
  expiry_notified_at?: string | null;
}

export interface SessionTable {
  /** SHA-256 of the cookie token: a stolen database does not yield live sessions. */
  id: string;
  user_id: string;
  created_at: string;
  last_seen_at: string;
  expires_at: string;
  ip: string | null;
  user_agent: string | null;
  /** How the user proved identity ("pwd"; later "otp", "oidc"), comma-separated. */
  auth_methods: string;
  /** The ID token of a session opened through OpenID Connect (logout's `id_token_hint`). */
  oidc_id_token?: string | null;
}

export interface LoginAttemptTable {
  id: string;
  email: string;
  ip: string | null;
  at: string;
  succeeded: number;
}

export interface CommunityTable {
  id: string;
  name: string;
  description: string;
  kind: CommunityKind;
  unit_id: string | null;
  access: CommunityAccess;
  created_by: string | null;
  created_at: string;
  updated_at: string;
  /** The folded name, for listing by name the same way on both engines. */
  sort_key: Generated<string>;
}

export interface MembershipTable {
  community_id: string;
  user_id: string;
  role: MembershipRole;
  origin: MembershipOrigin;
  created_at: string;
}

export interface JournalTable {
  seq: number;
  at: string;
  actor_id: string | null;
  action: string;
  target_type: string | null;
  target_id: string | null;
  ip: string | null;
  /** Canonical JSON. */
  details: string;
  prev_hash: string;
  hash: string;
}

export interface CorrespondenceTable {
  id: string;
  kind: CorrespondenceKind;
  state: CorrespondenceState;
  origin_unit_id: string;
  drafter_id: string;
  subject: string;
  precedence: Precedence;
  marking: Marking;
  version: number;
  /** Canonical JSON of the current version's content. */
  content: string;
  /** Reference number, given at dispatch ("WASHINGTON-2026-0042"). */
  reference: string | null;
  created_at: string;
  updated_at: string;
  dispatched_at: string | null;
}

export interface CorrespondenceVersionTable {
  correspondence_id: string;
  version: number;
  author_id: string;
  content: string;
  created_at: string;
}

export interface CorrespondenceEditorTable {
  correspondence_id: string;
  user_id: string;
  added_by: string;
  added_at: string;
}

export interface CircuitStepTable {
  id: string;
  correspondence_id: string;
  position: number;
  kind: "visa" | "signature";
  assignee_user_id: string | null;
  /** A unit's head: whoever holds the unit's release authority decides. */
  assignee_unit_id: string | null;
  /** "skipped": a step of a returned round that never had its turn (shared/schemas/circuit.ts). */
  status: "waiting" | "pending" | "approved" | "returned" | "delegated" | "skipped";
  decided_by: string | null;
  decided_at: string | null;
  comment: string | null;
}

export interface DistributionTable {
  id: string;
  correspondence_id: string;
  addressee_type: AddresseeType;
  addressee_id: string;
  mode: DistributionMode;
  /** Null for information addressees. */
  handling: HandlingState | null;
  deadline: string | null;
  assigned_to: string | null;
  acknowledged_at: string | null;
  closed_at: string | null;
  close_comment: string | null;
  answer_id: string | null;
  dispatched_at: string;
}

export interface ReferenceCounterTable {
  /** The reference prefix: a post's city or a unit's short name, folded ("WASHINGTON"). */
  prefix: string;
  year: number;
  last_number: number;
}

export interface RecordTable {
  id: string;
  correspondence_id: string;
  captured_at: string;
  canonical_json: string;
  sha512: string;
  /* Records management (issue 8): filing, retention, life. */
  series_id: string | null;
  /** 'rule' (automatic at capture) or 'manual' (refiled by an archivist). */
  filed_by: "rule" | "manual" | null;
  filing_rule_id: string | null;
  filed_at: string | null;
  /** When the series' start event happened; null while it has not (an action still open). */
  retention_start_at: string | null;
  /** retention_start_at + the series' retention; null while unknown. */
  due_at: string | null;
  /** Calendar date (YYYY-MM-DD) from which the record is communicable to the public. */
  communicable_from: string | null;
  status: Generated<RecordStatus>;
  disposed_at: string | null;
  transferred_at: string | null;
  /* records disposal (issue 8, records management): 2026-11-28T2050-records-disposal */
  action_closed_at: string | null;
}

/** A series of the filing plan (« plan de classement ») with its retention rule. */
export interface RecordSeriesTable {
  id: string;
  parent_id: string | null;
  code: string;
  title: string;
  description: Generated<string>;
  retention_months: number | null;
  retention_start: Generated<RetentionStartEvent>;
  final_action: Generated<FinalAction>;
  access_delay_years: Generated<number>;
  created_at: string;
  updated_at: string;
  /** records disposal migration: a closed series takes no new record. */
  closed_at: string | null;
}

/** An automatic filing rule; the first enabled matching rule by position wins. */
export interface FilingRuleTable {
  id: string;
  position: number;
  series_id: string;
  name: string;
  /** JSON: the conditions, all of which must hold. */
  conditions: string;
  enabled: Generated<number>;
  created_at: string;
  updated_at: string;
}

/** A hold (« gel »): the listed records, or a whole series when series_id is set. */
export interface RecordHoldTable {
  id: string;
  reason: string;
  series_id: string | null;
  placed_by: string;
  placed_at: string;
  released_by: string | null;
  released_at: string | null;
  release_reason: string | null;
}

export interface RecordHoldItemTable {
  hold_id: string;
  record_id: string;
}

/* ---------- records disposal (records management) ---------- */

/** A disposal list (« bordereau d'élimination »): proposed by an archivist, decided by an approver. */
export interface DisposalListTable {
  id: string;
  status: "proposed" | "approved" | "rejected";
  note: Generated<string>;
  proposed_by: string;
  proposed_at: string;
  decided_by: string | null;
  decided_at: string | null;
  decision_comment: string | null;
}

export interface DisposalListItemTable {
  list_id: string;
  record_id: string;
  outcome: Generated<"proposed" | "disposed" | "withheld">;
  /** Canonical JSON of the minimal trace kept once the content is destroyed. */
  trace: string | null;
}

/** When a user first opened a dispatched correspondence. */
export interface ReadReceiptTable {
  correspondence_id: string;
  user_id: string;
  first_read_at: string;
}

export interface AttachmentTable {
  id: string;
  correspondence_id: string;
  /** The uploaded file name, neutralised (no path, no control character). */
  name: string;
  size: number;
  /** Sniffed from the bytes, never taken from the client; octet-stream when unknown. */
  content_type: string;
  /** Name of the blob in the store. */
  sha256: string;
  /** Fixity, as the archive records it. */
  sha512: string;
  uploaded_by: string;
  created_at: string;
  /** Content purged after a transfer: the blob is gone, the row is the trace. */
  purged_at?: string | null;
}

/* ---------- feed ---------- */

export interface PostTable {
  id: string;
  community_id: string;
  author_id: string;
  /** Canonical JSON of the structured rich text (shared/schemas/rich-text.ts). */
  body: string;
  /** The same text flattened, for search and digests. */
  body_text: string;
  is_question: number;
  visible_to_guests: number;
  shared_correspondence_id: string | null;
  pinned_at: string | null;
  hidden_at: string | null;
  hidden_by: string | null;
  hidden_reason: string | null;
  created_at: string;
  updated_at: string;
}

export interface PostTagTable {
  post_id: string;
  /** Lower-case, trimmed. */
  tag: string;
}

export interface CommentTable {
  id: string;
  post_id: string;
  /** The post's community, kept here so dashboards count comments per community directly. */
  community_id: string;
  /** The top comment this one answers; replies to replies attach to the top comment. */
  parent_id: string | null;
  author_id: string;
  body: string;
  body_text: string;
  hidden_at: string | null;
  hidden_by: string | null;
  hidden_reason: string | null;
  created_at: string;
}

export interface MentionTable {
  source_type: "post" | "comment";
  source_id: string;
  target_type: "user" | "community";
  target_id: string;
  created_at: string;
}

export interface ReactionTable {
  target_type: ReactionTargetType;
  target_id: string;
  user_id: string;
  kind: ReactionKind;
  created_at: string;
}

export interface FollowTable {
  follower_id: string;
  target_type: FollowTargetType;
  /** A user id, a community id, or a lower-case tag. */
  target_key: string;
  created_at: string;
}

/** One searchable document of any type (search/search-index.ts). */
export interface SearchDocumentTable {
  doc_type: string;
  doc_id: string;
  fts_rowid: number | null;
  language: string;
  title: string;
  reference: string | null;
  kind: string;
  precedence: string | null;
  marking: string;
  unit_id: string | null;
  sort_at: string;
  rank_base: number;
  indexed_at: string;
}

/** A multi-valued facet of a searchable document: "tag" or "country". */
/** The format the search index was last built in (one row; see search-indexing.ts). */
export interface SearchIndexFormatTable {
  format: number;
  built_at: string;
}

export interface SearchFacetTable {
  doc_type: string;
  doc_id: string;
  facet: string;
  value: string;
}

export interface TotpCredentialTable {
  user_id: string;
  /** Base32; never sent back once enrolment is confirmed. */
  secret: string;
  confirmed_at: string | null;
  /** The time step of the last accepted code: a code is accepted once. */
  last_used_step: number | null;
  created_at: string;
}

export interface OidcLoginTable {
  /** The `state` sent to the provider (32 random bytes, base64url). */
  state: string;
  nonce: string;
  code_verifier: string;
  created_at: string;
}

export interface RecoveryCodeTable {
  id: string;
  user_id: string;
  /** SHA-256 of the normalised code (high-entropy codes need no slow hash). */
  code_hash: string;
  used_at: string | null;
  created_at: string;
}

export interface DB {
  organizations: OrganizationTable;
  units: UnitTable;
  users: UserTable;
  assignments: AssignmentTable;
  user_roles: UserRoleTable;
  clearances: ClearanceTable;
  sessions: SessionTable;
  login_attempts: LoginAttemptTable;
  communities: CommunityTable;
  memberships: MembershipTable;
  journal: JournalTable;
  correspondences: CorrespondenceTable;
  correspondence_versions: CorrespondenceVersionTable;
  correspondence_editors: CorrespondenceEditorTable;
  circuit_steps: CircuitStepTable;
  distributions: DistributionTable;
  reference_counters: ReferenceCounterTable;
  records: RecordTable;
  read_receipts: ReadReceiptTable;
  attachments: AttachmentTable;
  notifications: NotificationTable;
  notification_preferences: NotificationPreferenceTable;
  mail_outbox: MailOutboxTable;
  deadline_alerts: DeadlineAlertTable;
  membership_requests: MembershipRequestTable;
  membership_changes: MembershipChangeTable;
  community_folders: CommunityFolderTable;
  community_files: CommunityFileTable;
  community_file_versions: CommunityFileVersionTable;
  posts: PostTable;
  post_tags: PostTagTable;
  comments: CommentTable;
  mentions: MentionTable;
  reactions: ReactionTable;
  follows: FollowTable;
  search_documents: SearchDocumentTable;
  search_facets: SearchFacetTable;
  search_index_format: SearchIndexFormatTable;
  totp_credentials: TotpCredentialTable;
  recovery_codes: RecoveryCodeTable;
  oidc_logins: OidcLoginTable;
  saved_searches: SavedSearchTable;
  /* mail gateway — outbound */
  mail_settings: MailSettingsTable;
  mail_secrets: MailSecretTable;
  /* records management */
  record_series: RecordSeriesTable;
  filing_rules: FilingRuleTable;
  record_holds: RecordHoldTable;
  record_hold_items: RecordHoldItemTable;
  // mail gateway — inbound
  mail_addresses: MailAddressTable;
  inbound_messages: InboundMessageTable;
  inbound_message_addressees: InboundMessageAddresseeTable;
  mail_reply_tokens: MailReplyTokenTable;
  /* partners and public diplomacy (issue 9) */
  partner_organizations: PartnerOrganizationTable;
  partner_sectors: PartnerSectorTable;
  partner_countries: PartnerCountryTable;
  partner_contacts: PartnerContactTable;
  partner_invitations: PartnerInvitationTable;
  redactions: RedactionTable;
  releases: ReleaseTable;
  release_targets: ReleaseTargetTable;
  publications: PublicationTable;
  /* search over every type */
  community_file_texts: CommunityFileTextTable;
  /* habilitation */
  access_requests: AccessRequestTable;
  password_invitations: PasswordInvitationTable;
  /* records disposal */
  disposal_lists: DisposalListTable;
  disposal_list_items: DisposalListItemTable;
  /* archives */
  transfers: TransferTable;
  transfer_records: TransferRecordTable;
  fixity_runs: FixityRunTable;
  journal_seals: JournalSealTable;
}

/** One notification of one user; unread ones with the same group key are folded into one row. */
export interface NotificationTable {
  id: string;
  /** Commit-ordered (allocated under the journal lock): the live stream's event id. */
  seq: number;
  user_id: string;
  type: NotificationType;
  reason: NotificationReason;
  target_type: string;
  target_id: string;
  group_key: string;
  /** For digests: grouped by community, then thread (a post). */
  community_id: string | null;
  thread_id: string | null;
  count: number;
  /** JSON: the latest actors, newest first: [{ id, displayName }]. */
  actors: string;
  /** JSON: what the UI needs to word it (a reference, a precedence, a community name). */
  details: string;
  /** 0 when the user turned in-app notifications of this type off (kept for e-mail digests). */
  in_app: number;
  read_at: string | null;
  /** When an e-mail (immediate or digest) covered it, or when none will: never sent twice. */
  digested_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface NotificationPreferenceTable {
  user_id: string;
  type: NotificationType;
  in_app: number;
  email: EmailDelivery;
  updated_at: string;
}

/**
 * E-mails for the mail gateway: structured notifications (`payload`, JSON, see
 * server/mail/outbound/mail-payload.ts), rendered when sent. Claimed by one sender at a time.
 */
export interface MailOutboxTable {
  id: string;
  user_id: string | null;
  /** The address when queued; the sender uses the recipient's current one. */
  to_address: string;
  kind: "immediate" | "digest_daily" | "digest_weekly";
  status: MailOutboxStatus;
  attempts: number;
  created_at: string;
  payload: string;
  /** The notification types it carries, comma-separated: what its unsubscribe link turns off. */
  notification_types: string | null;
  next_attempt_at: string | null;
  claim_token: string | null;
  claimed_until: string | null;
  last_error: string | null;
  sent_at: string | null;
  message_id: string | null;
}

/** An action distribution whose passed deadline was alerted: the alert is raised once. */
export interface DeadlineAlertTable {
  distribution_id: string;
  alerted_at: string;
}

export interface MembershipRequestTable {
  id: string;
  community_id: string;
  user_id: string;
  message: string;
  state: MembershipRequestState;
  decision_message: string | null;
  decided_by: string | null;
  decided_at: string | null;
  created_at: string;
}

/** One line per join or departure: the history behind "members over time". */
export interface MembershipChangeTable {
  id: string;
  community_id: string;
  user_id: string;
  change: MembershipChange;
  at: string;
}

export interface CommunityFolderTable {
  id: string;
  community_id: string;
  parent_id: string | null;
  name: string;
  sort_key: string;
  created_by: string;
  created_at: string;
}

export interface CommunityFileTable {
  id: string;
  community_id: string;
  folder_id: string | null;
  name: string;
  sort_key: string;
  current_version: number;
  /** Who checked the file out (only they upload its next version), or null. */
  locked_by: string | null;
  locked_at: string | null;
  created_by: string;
  created_at: string;
  updated_at: string;
}

export interface CommunityFileVersionTable {
  id: string;
  file_id: string;
  version: number;
  size: number;
  content_type: string;
  sha256: string;
  sha512: string;
  uploaded_by: string;
  created_at: string;
}

/** A user's saved search: its name, the query (JSON: text and filters) and its alert switch. */
export interface SavedSearchTable {
  id: string;
  user_id: string;
  name: string;
  query: string;
  alert: number;
  created_at: string;
}

/* ---------- mail gateway — inbound ---------- */

/** A functional address `<local_part>@MAIL_DOMAIN`: exactly one unit or one community. */
export interface MailAddressTable {
  local_part: string;
  unit_id: string | null;
  community_id: string | null;
  created_at: string;
}

/** Every message received by SMTP or import; its original .eml is the blob `eml_sha256`. */
export interface InboundMessageTable {
  id: string;
  /** Message-ID (no brackets) identifying the message; null when none, or reused by another. */
  message_id: string | null;
  /** The Message-ID header as it came. */
  header_message_id: string | null;
  status: InboundStatus;
  /** Why it is in quarantine (or was rejected): a code of INBOUND_REASONS. */
  reason: string | null;
  source: "smtp" | "import";
  correspondence_id: string | null;
  from_address: string | null;
  from_name: string | null;
  sender_user_id: string | null;
  subject: string;
  in_reply_to: string | null;
  /** JSON array of the Message-IDs in References. */
  references_json: string;
  envelope_from: string | null;
  envelope_to_json: string | null;
  /** The HTML body, sanitised (no script, no event handler, no remote content). */
  html_body: string | null;
  /** The start of the plain text, for the reviewer. */
  excerpt: string;
  eml_sha256: string;
  eml_sha512: string;
  eml_size: number;
  received_at: string;
  decided_by: string | null;
  decided_at: string | null;
  decision_comment: string | null;
}

export interface InboundMessageAddresseeTable {
  message_id: string;
  addressee_type: "unit" | "community";
  addressee_id: string;
  mode: DistributionMode;
}

/** The token of a `reply+<token>@` address: one post, one recipient. */
export interface MailReplyTokenTable {
  token: string;
  post_id: string;
  user_id: string;
  created_at: string;
}

/* ---------- mail gateway — outbound ---------- */

/** Where a user wants their mail (null: the account's address). */
export interface MailSettingsTable {
  user_id: string;
  address: string | null;
  updated_at: string;
}

/** Keys the mail gateway keeps in the database ("unsubscribe": the HMAC key of unsubscribe links). */
export interface MailSecretTable {
  name: string;
  secret: string;
  created_at: string;
}
/* ---------- partners and public diplomacy (issue 9) ---------- */

/** An outside organisation invited onto the portal (its `organizations` row has kind company/other). */
export interface PartnerOrganizationTable {
  organization_id: string;
  partner_kind: PartnerKind;
  invited_by: string | null;
  created_at: string;
}

export interface PartnerSectorTable {
  organization_id: string;
  sector: Sector;
}

export interface PartnerCountryTable {
  organization_id: string;
  country_code: string;
}

/** An agent of the ministry named as a contact of a partner organisation (its people see them). */
export interface PartnerContactTable {
  organization_id: string;
  user_id: string;
}

/** A single-use, expiring link that lets an invited person set their password. */
export interface PartnerInvitationTable {
  id: string;
  organization_id: string;
  user_id: string;
  token_hash: string;
  expires_at: string;
  accepted_at: string | null;
  created_by: string | null;
  created_at: string;
}

/** A redacted version: a correspondence derived from another, paragraphs removed or replaced. */
export interface RedactionTable {
  correspondence_id: string;
  source_id: string;
  source_version: number;
  /** JSON: [{ action: "kept" | "removed" | "replaced" }] per paragraph of the source. */
  changes: string;
  created_by: string;
  created_at: string;
}

/** A release decision (« diffusion aux partenaires »). */
export interface ReleaseTable {
  id: string;
  /** The document outside readers read: the source or one of its redacted versions. */
  correspondence_id: string;
  source_id: string;
  origin_unit_id: string;
  audience: ReleaseAudience;
  embargo_until: string | null;
  released_by: string;
  released_at: string;
  withdrawn_at: string | null;
  withdrawn_by: string | null;
}

export interface ReleaseTargetTable {
  release_id: string;
  target_type: ReleaseTargetType;
  target_value: string;
}

/** Public publication of a correspondence (or of a redacted version). */
export interface PublicationTable {
  id: string;
  correspondence_id: string;
  source_id: string;
  published_by: string;
  published_at: string;
  unpublished_at: string | null;
  unpublished_by: string | null;
}

/* ---------- search over every type ---------- */

/** The text the library extracted from one version of a file (plain text, a PDF's text). */
export interface CommunityFileTextTable {
  file_id: string;
  version: number;
  text: string;
}
/* ---------- habilitation ---------- */

/** A request for access sent from the public form, decided by the head of the named unit. */
export interface AccessRequestTable {
  id: string;
  email: string;
  given_name: string;
  family_name: string;
  nationality: string;
  job_title: string;
  unit_id: string;
  reason: string;
  state: AccessRequestState;
  decided_by: string | null;
  decided_at: string | null;
  decision_note: string | null;
  /** The account created or assigned on acceptance. */
  user_id: string | null;
  created_at: string;
}

/** A single-use link to set a first password; only the token's SHA-256 is kept. */
export interface PasswordInvitationTable {
  token_hash: string;
  user_id: string;
  expires_at: string;
  used_at: string | null;
  created_at: string;
}

/* ---------- archives (issue 8) ---------- */

/** A transfer (« versement ») to the State archives: a SEDA package and the archive's reply. */
export interface TransferTable {
  id: string;
  message_identifier: string;
  status: Generated<TransferStatus>;
  comment: Generated<string>;
  record_count: number;
  created_by: string;
  created_at: string;
  reply_code: string | null;
  reply_identifier: string | null;
  replied_at: string | null;
  replied_by: string | null;
}

export interface TransferRecordTable {
  transfer_id: string;
  record_id: string;
  /** The archive's identifier of the record's unit, from its reply. */
  archive_identifier: string | null;
}

/** One pass of the fixity check over stored content. */
export interface FixityRunTable {
  id: string;
  started_at: string;
  finished_at: string;
  checked: number;
  failures: number;
  /** JSON array of the failures found (at most 100). */
  details: string;
}

/** The seal of one UTC day of the journal: a Merkle root chained to the previous seal. */
export interface JournalSealTable {
  day: string;
  first_seq: number | null;
  last_seq: number | null;
  entry_count: number;
  merkle_root: string;
  prev_seal_hash: string;
  seal_hash: string;
  sealed_at: string;
}
