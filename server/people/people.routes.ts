import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { ErrorResponses, Id, IdParams } from "../../shared/schemas/common.js";
import {
  AddAssignmentBody,
  AdminUserDetail,
  AdminUserPage,
  AdminUserQuery,
  CreateUserBody,
  GrantClearanceBody,
  GrantRoleBody,
  PeopleSearchQuery,
  PersonDetail,
  PersonPage,
  UpdateMyProfileBody,
  UpdateUserBody,
} from "../../shared/schemas/people.js";
import type { Database } from "../db/database.js";
import { actorOf, requireAuth } from "../http/authenticate.js";
import { getPerson, searchPeopleDirectory, updateMyProfile } from "./people.service.js";
import {
  addAssignment,
  createUser,
  getUserForAdmin,
  grantClearance,
  grantRole,
  listUsersForAdmin,
  removeAssignment,
  revokeClearance,
  revokeRole,
  updateUser,
} from "./people-admin.service.js";

/** The directory of people, and the administration of accounts. */
export const peopleRoutes: FastifyPluginAsyncZod<{ database: Database }> = async (
  app,
  { database: { db } },
) => {
  app.get(
    "/api/directory/people",
    {
      schema: {
        operationId: "searchPeople",
        tags: ["directory"],
        summary: "Search people by name, unit or country (keyset-paginated)",
        querystring: PeopleSearchQuery,
        response: { 200: PersonPage, ...ErrorResponses },
      },
    },
    async (request) => searchPeopleDirectory(db, requireAuth(request).subject, request.query),
  );

  app.get(
    "/api/directory/people/:id",
    {
      schema: {
        operationId: "getPerson",
        tags: ["directory"],
        summary: "A person's directory entry",
        params: IdParams,
        response: { 200: PersonDetail, ...ErrorResponses },
      },
    },
    async (request) => getPerson(db, requireAuth(request).subject, request.params.id),
  );

  app.put(
    "/api/me/profile",
    {
      schema: {
        operationId: "updateMyProfile",
        tags: ["directory"],
        summary: "Set the languages one speaks and one's areas of expertise",
        body: UpdateMyProfileBody,
        response: { 200: PersonDetail, ...ErrorResponses },
      },
    },
    async (request) =>
      updateMyProfile(db, requireAuth(request).subject, actorOf(request), request.body),
  );

  app.get(
    "/api/admin/users",
    {
      config: { ability: "administer" },
      schema: {
        operationId: "listUsersForAdmin",
        tags: ["admin"],
        summary: "List accounts with their status and effective clearance",
        querystring: AdminUserQuery,
        response: { 200: AdminUserPage, ...ErrorResponses },
      },
    },
    async (request) => listUsersForAdmin(db, requireAuth(request).subject, request.query),
  );

  app.post(
    "/api/admin/users",
    {
      config: { ability: "administer" },
      schema: {
        operationId: "createUser",
        tags: ["admin"],
        summary: "Create an account",
        body: CreateUserBody,
        response: { 201: AdminUserDetail, ...ErrorResponses },
      },
    },
    async (request, reply) => {
      const user = await createUser(
        db,
        requireAuth(request).subject,
        actorOf(request),
        request.body,
      );
      return reply.code(201).send(user);
    },
  );

  app.get(
    "/api/admin/users/:id",
    {
      config: { ability: "administer" },
      schema: {
        operationId: "getUserForAdmin",
        tags: ["admin"],
        summary: "An account with its assignments, roles and clearances",
        params: IdParams,
        response: { 200: AdminUserDetail, ...ErrorResponses },
      },
    },
    async (request) => getUserForAdmin(db, requireAuth(request).subject, request.params.id),
  );

  app.patch(
    "/api/admin/users/:id",
    {
      config: { ability: "administer" },
      schema: {
        operationId: "updateUser",
        tags: ["admin"],
        summary: "Edit an account's identity or status",
        params: IdParams,
        body: UpdateUserBody,
        response: { 200: AdminUserDetail, ...ErrorResponses },
      },
    },
    async (request) =>
      updateUser(
        db,
        requireAuth(request).subject,
        actorOf(request),
        request.params.id,
        request.body,
      ),
  );

  app.post(
    "/api/admin/users/:id/assignments",
    {
      config: { ability: "administer" },
      schema: {
        operationId: "addAssignment",
        tags: ["admin"],
        summary: "Assign a user to a unit with a function",
        params: IdParams,
        body: AddAssignmentBody,
        response: { 201: AdminUserDetail, ...ErrorResponses },
      },
    },
    async (request, reply) => {
      const { subject } = requireAuth(request);
      const user = await addAssignment(
        db,
        subject,
        actorOf(request),
        request.params.id,
        request.body,
      );
      return reply.code(201).send(user);
    },
  );

  app.delete(
    "/api/admin/users/:id/assignments/:assignmentId",
    {
      config: { ability: "administer" },
      schema: {
        operationId: "removeAssignment",
        tags: ["admin"],
        summary: "Remove an assignment",
        params: z.strictObject({ id: Id, assignmentId: Id }),
        response: { 200: AdminUserDetail, ...ErrorResponses },
      },
    },
    async (request) =>
      removeAssignment(
        db,
        requireAuth(request).subject,
        actorOf(request),
        request.params.id,
        request.params.assignmentId,
      ),
  );

  app.post(
    "/api/admin/users/:id/clearances",
    {
      config: { ability: "administer" },
      schema: {
        operationId: "adminGrantClearance",
        tags: ["admin"],
        summary: "Grant a clearance (habilitation) for a validity period",
        params: IdParams,
        body: GrantClearanceBody,
        response: { 201: AdminUserDetail, ...ErrorResponses },
      },
    },
    async (request, reply) => {
      const { subject } = requireAuth(request);
      const user = await grantClearance(
        db,
        subject,
        actorOf(request),
        request.params.id,
        request.body,
      );
      return reply.code(201).send(user);
    },
  );

  app.post(
    "/api/admin/users/:id/clearances/:clearanceId/revoke",
    {
      config: { ability: "administer" },
      schema: {
        operationId: "adminRevokeClearance",
        tags: ["admin"],
        summary: "Revoke a clearance",
        params: z.strictObject({ id: Id, clearanceId: Id }),
        response: { 200: AdminUserDetail, ...ErrorResponses },
      },
    },
    async (request) =>
      revokeClearance(
        db,
        requireAuth(request).subject,
        actorOf(request),
        request.params.id,
        request.params.clearanceId,
      ),
  );

  app.post(
    "/api/admin/users/:id/roles",
    {
      config: { ability: "administer" },
      schema: {
        operationId: "grantRole",
        tags: ["admin"],
        summary: "Grant a role (release authority is scoped to a unit)",
        params: IdParams,
        body: GrantRoleBody,
        response: { 201: AdminUserDetail, ...ErrorResponses },
      },
    },
    async (request, reply) => {
      const { subject } = requireAuth(request);
      const user = await grantRole(db, subject, actorOf(request), request.params.id, request.body);
      return reply.code(201).send(user);
    },
  );

  app.delete(
    "/api/admin/users/:id/roles/:roleId",
    {
      config: { ability: "administer" },
      schema: {
        operationId: "revokeRole",
        tags: ["admin"],
        summary: "Withdraw a role",
        params: z.strictObject({ id: Id, roleId: Id }),
        response: { 200: AdminUserDetail, ...ErrorResponses },
      },
    },
    async (request) =>
      revokeRole(
        db,
        requireAuth(request).subject,
        actorOf(request),
        request.params.id,
        request.params.roleId,
      ),
  );
};
