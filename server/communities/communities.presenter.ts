import type {
  CommunityAbilities,
  CommunityDetail,
  CommunityMember,
  CommunitySummary,
  MembershipRequest,
} from "../../shared/schemas/communities.js";
import type { CommunityRow, listMembers, listPendingRequests } from "./communities.repository.js";

type MemberRow = Awaited<ReturnType<typeof listMembers>>[number];
type RequestRow = Awaited<ReturnType<typeof listPendingRequests>>[number];

/** A community as listed, with the viewer's role and pending request. */
export function presentCommunitySummary(
  row: Omit<CommunityRow, "unit_name"> & { unit_name?: string | null },
): CommunitySummary {
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    kind: row.kind,
    access: row.access,
    memberCount: Number(row.member_count ?? 0),
    myRole: row.my_role ?? null,
    myPendingRequest:
      row.request_id && row.request_created_at
        ? { id: row.request_id, createdAt: row.request_created_at }
        : null,
  };
}

/** A community's page header, with what the viewer may do. */
export function presentCommunityDetail(
  row: CommunityRow,
  abilities: CommunityAbilities,
): CommunityDetail {
  return {
    ...presentCommunitySummary(row),
    unit: row.unit_id ? { id: row.unit_id, name: row.unit_name ?? "" } : null,
    createdAt: row.created_at,
    abilities,
  };
}

export function presentMember(row: MemberRow): CommunityMember {
  return {
    user: { id: row.id, displayName: row.display_name, jobTitle: row.job_title },
    role: row.role,
    origin: row.origin,
    since: row.created_at,
  };
}

export function presentRequest(row: RequestRow): MembershipRequest {
  return {
    id: row.id,
    user: { id: row.user_id, displayName: row.display_name, jobTitle: row.job_title },
    message: row.message,
    state: row.state,
    createdAt: row.created_at,
  };
}
