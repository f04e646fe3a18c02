import { z } from "zod";
import {
  COMMUNITY_ACCESS,
  COMMUNITY_KINDS,
  MEMBERSHIP_ORIGINS,
  MEMBERSHIP_REQUEST_STATES,
  MEMBERSHIP_ROLES,
} from "../vocabulary.js";
import { Id, multiLine, PageQuery, page, SearchText, singleLine, Timestamp } from "./common.js";

/* ---------- communities ---------- */

export const CommunityListQuery = PageQuery.extend({
  /** Only the communities the user belongs to. */
  mine: z.stringbool().optional(),
  kind: z.enum(COMMUNITY_KINDS).optional(),
  q: SearchText.optional(),
});
export type CommunityListQuery = z.infer<typeof CommunityListQuery>;

/** What the user may do with a community; the UI shows buttons from this alone. */
export const CommunityAbilities = z.object({
  join: z.boolean(),
  request: z.boolean(),
  leave: z.boolean(),
  manage: z.boolean(),
  post: z.boolean(),
  readContent: z.boolean(),
  /** The document library: readers of the content, guests excepted (files are not released to them). */
  readFiles: z.boolean(),
});
export type CommunityAbilities = z.infer<typeof CommunityAbilities>;

export const CommunitySummary = z.object({
  id: Id,
  name: z.string(),
  description: z.string(),
  kind: z.enum(COMMUNITY_KINDS),
  access: z.enum(COMMUNITY_ACCESS),
  memberCount: z.number().int(),
  /** The user's role in it, null when not a member. */
  myRole: z.enum(MEMBERSHIP_ROLES).nullable(),
  /** The user's pending request to join, if any. */
  myPendingRequest: z.object({ id: Id, createdAt: Timestamp }).nullable(),
});
export type CommunitySummary = z.infer<typeof CommunitySummary>;

export const CommunityPage = page(CommunitySummary);
export type CommunityPage = z.infer<typeof CommunityPage>;

export const CommunityDetail = CommunitySummary.extend({
  unit: z.object({ id: Id, name: z.string() }).nullable(),
  createdAt: Timestamp,
  abilities: CommunityAbilities,
});
export type CommunityDetail = z.infer<typeof CommunityDetail>;

/** Any internal agent creates a transverse community; hierarchical ones follow the units. */
export const CreateCommunityBody = z.strictObject({
  name: singleLine(120),
  description: multiLine(2000).default(""),
  access: z.enum(COMMUNITY_ACCESS),
});
export type CreateCommunityBody = z.infer<typeof CreateCommunityBody>;

/* ---------- enrolment ---------- */

export const RequestMembershipBody = z.strictObject({
  message: multiLine(1000).default(""),
});
export type RequestMembershipBody = z.infer<typeof RequestMembershipBody>;

export const DecideMembershipBody = z.strictObject({
  accept: z.boolean(),
  message: multiLine(1000).default(""),
});
export type DecideMembershipBody = z.infer<typeof DecideMembershipBody>;

export const RequestParams = z.strictObject({ id: Id, requestId: Id });
export const MemberParams = z.strictObject({ id: Id, userId: Id });

/**
 * Invites people and whole units (their people assigned today). Internal invitees join with
 * the role asked; external users are only ever guests.
 */
export const InviteMembersBody = z
  .strictObject({
    userIds: z.array(Id).max(200).default([]),
    unitIds: z.array(Id).max(20).default([]),
    role: z.enum(["member", "manager"]).default("member"),
  })
  .refine((b) => b.userIds.length + b.unitIds.length > 0, {
    message: "nobody_invited",
    path: ["userIds"],
  });
export type InviteMembersBody = z.infer<typeof InviteMembersBody>;

export const InviteResult = z.object({
  /** People who became members by this invitation (those already in are left as they were). */
  addedUserIds: z.array(Id),
});
export type InviteResult = z.infer<typeof InviteResult>;

const PersonBrief = z.object({
  id: Id,
  displayName: z.string(),
  jobTitle: z.string().nullable(),
});

export const CommunityMember = z.object({
  user: PersonBrief,
  role: z.enum(MEMBERSHIP_ROLES),
  origin: z.enum(MEMBERSHIP_ORIGINS),
  since: Timestamp,
});
export type CommunityMember = z.infer<typeof CommunityMember>;

export const MemberListQuery = PageQuery;
export const CommunityMemberPage = page(CommunityMember);
export type CommunityMemberPage = z.infer<typeof CommunityMemberPage>;

export const MembershipRequest = z.object({
  id: Id,
  user: PersonBrief,
  message: z.string(),
  state: z.enum(MEMBERSHIP_REQUEST_STATES),
  createdAt: Timestamp,
});
export type MembershipRequest = z.infer<typeof MembershipRequest>;

export const MembershipRequestPage = page(MembershipRequest);
export type MembershipRequestPage = z.infer<typeof MembershipRequestPage>;

/* ---------- document library ---------- */

export const CommunityFolder = z.object({ id: Id, name: z.string(), parentId: Id.nullable() });
export type CommunityFolder = z.infer<typeof CommunityFolder>;

export const CommunityFileAbilities = z.object({
  download: z.boolean(),
  checkOut: z.boolean(),
  /** Check in (release) the lock: its holder, or a manager breaking it. */
  checkIn: z.boolean(),
  uploadVersion: z.boolean(),
});
export type CommunityFileAbilities = z.infer<typeof CommunityFileAbilities>;

export const CommunityFile = z.object({
  id: Id,
  name: z.string(),
  folderId: Id.nullable(),
  version: z.number().int(),
  size: z.number().int(),
  contentType: z.string(),
  updatedAt: Timestamp,
  updatedBy: PersonBrief,
  lockedBy: PersonBrief.nullable(),
  lockedAt: Timestamp.nullable(),
  abilities: CommunityFileAbilities,
});
export type CommunityFile = z.infer<typeof CommunityFile>;

export const FileListQuery = PageQuery.extend({ folderId: Id.optional() });
export type FileListQuery = z.infer<typeof FileListQuery>;

export const CommunityFileList = z.object({
  folder: CommunityFolder.nullable(),
  /** The sub-folders of this folder, by name. */
  folders: z.array(CommunityFolder),
  items: z.array(CommunityFile),
  nextCursor: z.string().nullable(),
  canUpload: z.boolean(),
});
export type CommunityFileList = z.infer<typeof CommunityFileList>;

export const CreateFolderBody = z.strictObject({
  name: singleLine(120),
  parentId: Id.nullable().default(null),
});
export type CreateFolderBody = z.infer<typeof CreateFolderBody>;

/** Where an upload goes: a new file in a folder, or a new version of `fileId`. */
export const UploadFileQuery = z.strictObject({
  folderId: Id.optional(),
  fileId: Id.optional(),
});
export type UploadFileQuery = z.infer<typeof UploadFileQuery>;

export const FileParams = z.strictObject({ id: Id, fileId: Id });
export const DownloadQuery = z.strictObject({
  version: z.coerce.number().int().min(1).optional(),
});

export const CommunityFileVersion = z.object({
  version: z.number().int(),
  size: z.number().int(),
  contentType: z.string(),
  uploadedBy: PersonBrief,
  createdAt: Timestamp,
});
export const CommunityFileVersionList = z.object({ items: z.array(CommunityFileVersion) });
export type CommunityFileVersionList = z.infer<typeof CommunityFileVersionList>;

/** A preview: text (escaped by whoever shows it; PDF text extracted), a raster image, or none. */
export const FilePreview = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("text"), text: z.string(), truncated: z.boolean() }),
  z.object({ kind: z.literal("image") }),
  z.object({ kind: z.literal("none") }),
]);
export type FilePreview = z.infer<typeof FilePreview>;

/* ---------- the managers' dashboard ---------- */

export const DashboardQuery = z.strictObject({
  weeks: z.coerce.number().int().min(4).max(52).default(12),
});

/** One week (Monday to Sunday, UTC) of a community's life. */
export const DashboardWeek = z.object({
  /** The Monday, YYYY-MM-DD. */
  weekStart: z.string(),
  /** Members at the end of the week. */
  members: z.number().int(),
  posts: z.number().int(),
  comments: z.number().int(),
  /** People who posted or commented that week. */
  activeMembers: z.number().int(),
});

export const CommunityDashboard = z.object({
  communityId: Id,
  weeks: z.array(DashboardWeek),
  totals: z.object({
    members: z.number().int(),
    posts: z.number().int(),
    comments: z.number().int(),
    unansweredQuestions: z.number().int(),
  }),
  /** The oldest questions nobody has answered yet (at most five). */
  unansweredQuestions: z.array(
    z.object({ postId: Id, excerpt: z.string(), author: PersonBrief, createdAt: Timestamp }),
  ),
});
export type CommunityDashboard = z.infer<typeof CommunityDashboard>;
