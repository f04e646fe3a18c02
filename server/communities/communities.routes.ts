import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { ErrorResponses, IdParams, PageQuery } from "../../shared/schemas/common.js";
import {
  CommunityDashboard,
  CommunityDetail,
  CommunityListQuery,
  CommunityMemberPage,
  CommunityPage,
  CreateCommunityBody,
  DashboardQuery,
  DecideMembershipBody,
  InviteMembersBody,
  InviteResult,
  MemberListQuery,
  MemberParams,
  MembershipRequestPage,
  RequestMembershipBody,
  RequestParams,
} from "../../shared/schemas/communities.js";
import type { Database } from "../db/database.js";
import { actorOf, requireAuth } from "../http/authenticate.js";
import {
  createCommunity,
  decideMembership,
  getCommunity,
  inviteMembers,
  leaveCommunity,
  listCommunities,
  listCommunityMembers,
  listMembershipRequests,
  removeMember,
  requestMembership,
} from "./communities.service.js";
import { getCommunityDashboard } from "./dashboard.service.js";

/** Communities: listing, creation, enrolment (requests, decisions, invitations), members. */
export const communitiesRoutes: FastifyPluginAsyncZod<{ database: Database }> = async (
  app,
  { database: { db } },
) => {
  const tags = ["communities"];

  app.get(
    "/api/communities",
    {
      schema: {
        operationId: "listCommunities",
        tags,
        summary: "Communities the user may see, by name (keyset-paginated)",
        querystring: CommunityListQuery,
        response: { 200: CommunityPage, ...ErrorResponses },
      },
    },
    async (request) => listCommunities(db, requireAuth(request).subject, request.query),
  );

  app.post(
    "/api/communities",
    {
      schema: {
        operationId: "createCommunity",
        tags,
        summary: "Create a transverse community; its creator becomes its manager",
        body: CreateCommunityBody,
        response: { 201: CommunityDetail, ...ErrorResponses },
      },
    },
    async (request, reply) => {
      const { subject } = requireAuth(request);
      const created = await createCommunity(db, subject, actorOf(request), request.body);
      return reply.code(201).send(created);
    },
  );

  app.get(
    "/api/communities/:id",
    {
      schema: {
        operationId: "getCommunity",
        tags,
        summary: "A community with what the user may do in it",
        params: IdParams,
        response: { 200: CommunityDetail, ...ErrorResponses },
      },
    },
    async (request) => getCommunity(db, requireAuth(request).subject, request.params.id),
  );

  app.get(
    "/api/communities/:id/dashboard",
    {
      schema: {
        operationId: "getCommunityDashboard",
        tags,
        summary: "Managers only: members, posts, comments, active members per week; open questions",
        params: IdParams,
        querystring: DashboardQuery,
        response: { 200: CommunityDashboard, ...ErrorResponses },
      },
    },
    async (request) =>
      getCommunityDashboard(db, requireAuth(request).subject, request.params.id, request.query),
  );

  app.post(
    "/api/communities/:id/membership-requests",
    {
      schema: {
        operationId: "requestMembership",
        tags,
        summary: "Join an open community, or ask the managers of an on-request one",
        params: IdParams,
        body: RequestMembershipBody,
        response: { 200: CommunityDetail, ...ErrorResponses },
      },
    },
    async (request) =>
      requestMembership(
        db,
        requireAuth(request).subject,
        actorOf(request),
        request.params.id,
        request.body,
      ),
  );

  app.get(
    "/api/communities/:id/membership-requests",
    {
      schema: {
        operationId: "listMembershipRequests",
        tags,
        summary: "Pending requests to join, oldest first (managers)",
        params: IdParams,
        querystring: PageQuery,
        response: { 200: MembershipRequestPage, ...ErrorResponses },
      },
    },
    async (request) =>
      listMembershipRequests(db, requireAuth(request).subject, request.params.id, request.query),
  );

  app.post(
    "/api/communities/:id/membership-requests/:requestId/decision",
    {
      schema: {
        operationId: "decideMembership",
        tags,
        summary: "Accept or refuse a request to join, with a message (managers)",
        params: RequestParams,
        body: DecideMembershipBody,
        response: { 204: z.null(), ...ErrorResponses },
      },
    },
    async (request, reply) => {
      await decideMembership(
        db,
        requireAuth(request).subject,
        actorOf(request),
        request.params.id,
        request.params.requestId,
        request.body,
      );
      return reply.code(204).send(null);
    },
  );

  app.post(
    "/api/communities/:id/invitations",
    {
      schema: {
        operationId: "inviteMembers",
        tags,
        summary: "Add people and whole units (managers); external users join as guests",
        params: IdParams,
        body: InviteMembersBody,
        response: { 200: InviteResult, ...ErrorResponses },
      },
    },
    async (request) =>
      inviteMembers(
        db,
        requireAuth(request).subject,
        actorOf(request),
        request.params.id,
        request.body,
      ),
  );

  app.get(
    "/api/communities/:id/members",
    {
      schema: {
        operationId: "listCommunityMembers",
        tags,
        summary: "Members by name, for those who may read the community",
        params: IdParams,
        querystring: MemberListQuery,
        response: { 200: CommunityMemberPage, ...ErrorResponses },
      },
    },
    async (request) =>
      listCommunityMembers(db, requireAuth(request).subject, request.params.id, request.query),
  );

  app.delete(
    "/api/communities/:id/members/:userId",
    {
      schema: {
        operationId: "removeMember",
        tags,
        summary: "Remove a member (managers); the last manager stays",
        params: MemberParams,
        response: { 204: z.null(), ...ErrorResponses },
      },
    },
    async (request, reply) => {
      await removeMember(
        db,
        requireAuth(request).subject,
        actorOf(request),
        request.params.id,
        request.params.userId,
      );
      return reply.code(204).send(null);
    },
  );

  app.post(
    "/api/communities/:id/leave",
    {
      schema: {
        operationId: "leaveCommunity",
        tags,
        summary: "Leave a community one joined (a secret one then disappears from view)",
        params: IdParams,
        response: { 204: z.null(), ...ErrorResponses },
      },
    },
    async (request, reply) => {
      await leaveCommunity(db, requireAuth(request).subject, actorOf(request), request.params.id);
      return reply.code(204).send(null);
    },
  );
};
