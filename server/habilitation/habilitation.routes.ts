import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { ErrorResponses, IdParams } from "../../shared/schemas/common.js";
import {
  AcceptInvitationBody,
  AccessRequest,
  AccessRequestPage,
  AccessRequestQuery,
  ClearanceAuditEntry,
  ClearanceAuditPage,
  ClearanceAuditQuery,
  DecideAccessRequestBody,
  GrantClearanceRequest,
  RequestAccessBody,
  RequestAccessResponse,
  RequestableUnitList,
  RevokeClearanceRequest,
} from "../../shared/schemas/habilitation.js";
import type { Config } from "../config.js";
import type { Database } from "../db/database.js";
import { actorOf, requireAuth } from "../http/authenticate.js";
import {
  acceptInvitation,
  decideAccessRequest,
  listAccessRequests,
  listRequestableUnits,
  requestAccess,
} from "./access-request.service.js";
import { grantClearance, listClearances, revokeClearance } from "./clearance.service.js";

/** Public forms are limited per address: enough for a person, too few for a script. */
const PUBLIC_FORM_LIMIT = { max: 10, timeWindow: "1 minute" } as const;

/** Enrolment (public request, head's decision, first password) and clearances. */
export const habilitationRoutes: FastifyPluginAsyncZod<{
  database: Database;
  config: Config;
}> = async (app, { database: { db }, config }) => {
  app.get(
    "/api/access-requests/units",
    {
      config: { access: "public", rateLimit: { max: 30, timeWindow: "1 minute" } },
      schema: {
        operationId: "listRequestableUnits",
        tags: ["habilitation"],
        summary: "The units one may name when asking for access",
        response: { 200: RequestableUnitList },
      },
    },
    async () => listRequestableUnits(db),
  );

  app.post(
    "/api/access-requests",
    {
      config: { access: "public", rateLimit: PUBLIC_FORM_LIMIT },
      schema: {
        operationId: "requestAccess",
        tags: ["habilitation"],
        summary: "Ask for access (no account needed); the same answer whoever asks",
        body: RequestAccessBody,
        response: { 202: RequestAccessResponse, ...ErrorResponses },
      },
    },
    async (request, reply) => {
      const answer = await requestAccess(db, actorOf(request), request.body);
      return reply.code(202).send(answer);
    },
  );

  app.get(
    "/api/access-requests",
    {
      schema: {
        operationId: "listAccessRequests",
        tags: ["habilitation"],
        summary: "Access requests of the units one heads (all of them for a security officer)",
        querystring: AccessRequestQuery,
        response: { 200: AccessRequestPage, ...ErrorResponses },
      },
    },
    async (request) => listAccessRequests(db, requireAuth(request).subject, request.query),
  );

  app.post(
    "/api/access-requests/:id/decision",
    {
      schema: {
        operationId: "decideAccessRequest",
        tags: ["habilitation"],
        summary: "The head of the named unit accepts or refuses an access request",
        params: IdParams,
        body: DecideAccessRequestBody,
        response: { 200: AccessRequest, ...ErrorResponses },
      },
    },
    async (request) =>
      decideAccessRequest(
        db,
        requireAuth(request).subject,
        actorOf(request),
        request.params.id,
        request.body,
        config,
      ),
  );

  app.post(
    "/api/invitations/password",
    {
      config: { access: "public", rateLimit: PUBLIC_FORM_LIMIT },
      schema: {
        operationId: "activateAccount",
        tags: ["habilitation"],
        summary: "Set one's first password from the single-use link of an invitation",
        body: AcceptInvitationBody,
        response: { 204: z.null(), ...ErrorResponses },
      },
    },
    async (request, reply) => {
      await acceptInvitation(db, actorOf(request), request.body);
      return reply.code(204).send(null);
    },
  );

  app.get(
    "/api/security/clearances",
    {
      schema: {
        operationId: "listClearances",
        tags: ["habilitation"],
        summary:
          "The security officer's audit of clearances: who, since when, until when, by whom, why",
        querystring: ClearanceAuditQuery,
        response: { 200: ClearanceAuditPage, ...ErrorResponses },
      },
    },
    async (request) => listClearances(db, requireAuth(request).subject, request.query),
  );

  app.post(
    "/api/security/clearances",
    {
      schema: {
        operationId: "grantClearance",
        tags: ["habilitation"],
        summary: "A security officer grants a clearance for a period, with the reason",
        body: GrantClearanceRequest,
        response: { 201: ClearanceAuditEntry, ...ErrorResponses },
      },
    },
    async (request, reply) => {
      const entry = await grantClearance(
        db,
        requireAuth(request).subject,
        actorOf(request),
        request.body,
      );
      return reply.code(201).send(entry);
    },
  );

  app.post(
    "/api/security/clearances/:id/revocation",
    {
      schema: {
        operationId: "revokeClearance",
        tags: ["habilitation"],
        summary: "A security officer revokes a clearance at once, with the reason",
        params: IdParams,
        body: RevokeClearanceRequest,
        response: { 200: ClearanceAuditEntry, ...ErrorResponses },
      },
    },
    async (request) =>
      revokeClearance(
        db,
        requireAuth(request).subject,
        actorOf(request),
        request.params.id,
        request.body,
      ),
  );
};
