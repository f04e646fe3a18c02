import type {
  AddresseeType,
  ClearanceLevel,
  CommunityAccess,
  CommunityKind,
  CorrespondenceKind,
  CorrespondenceState,
  DistributionMode,
  HandlingState,
  Marking,
  MembershipOrigin,
  MembershipRole,
  OrganizationKind,
  Precedence,
  Role,
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
export interface SearchFacetTable {
  doc_type: string;
  doc_id: string;
  facet: string;
  value: string;
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
  search_documents: SearchDocumentTable;
  search_facets: SearchFacetTable;
}
