import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { ErrorBody, ErrorResponses, IdParams } from "../../shared/schemas/common.js";
import {
  AcceptInvitationBody,
  CreateRedactedVersionBody,
  Invitation,
  InvitationParams,
  InviteOrganisationBody,
  PartnerContacts,
  PartnerOrganisationPage,
  PartnerOrganisationQuery,
  ReleaseCorrespondenceBody,
  ReleasedPage,
  ReleasedQuery,
  ReleaseState,
} from "../../shared/schemas/partners.js";
import type { Config } from "../config.js";
import type { Database } from "../db/database.js";
import { actorOf, requireAuth } from "../http/authenticate.js";
import {
  acceptInvitation,
  getInvitation,
  inviteOrganisation,
  listMyContacts,
  listPartnerOrganisations,
} from "./partners.service.js";
import {
  createRedactedVersion,
  getReleaseState,
  listReleased,
  releaseCorrespondence,
  withdrawRelease,
} from "./release.service.js";

const Created = z.object({ id: z.uuid() });

/** Partner organisations, invitations, redacted versions and releases to partners. */
export const partnersRoutes: FastifyPluginAsyncZod<{ database: Database; config: Config }> = async (
  app,
  { database: { db }, config },
) => {
  const tags = ["partners"];

  app.post(
    "/api/partners/organisations",
    {
      schema: {
        operationId: "inviteOrganisation",
        tags,
        summary: "Create a partner organisation and invite its people by e-mail",
        body: InviteOrganisationBody,
        response: { 201: Created, ...ErrorResponses },
      },
    },
    async (request, reply) => {
      const { subject } = requireAuth(request);
      const id = await inviteOrganisation(
        db,
        subject,
        actorOf(request),
        config.publicUrl,
        request.body,
      );
      return reply.code(201).send({ id });
    },
  );

  app.get(
    "/api/partners/organisations",
    {
      schema: {
        operationId: "listPartnerOrganisations",
        tags,
        summary: "Partner organisations with their sectors, countries and people",
        querystring: PartnerOrganisationQuery,
        response: { 200: PartnerOrganisationPage, ...ErrorResponses },
      },
    },
    async (request) => listPartnerOrganisations(db, requireAuth(request).subject, request.query),
  );

  app.get(
    "/api/partners/contacts",
    {
      schema: {
        operationId: "listMyPartnerContacts",
        tags,
        summary: "For a partner: the agents named as their organisation's contacts",
        response: { 200: PartnerContacts, ...ErrorResponses },
      },
    },
    async (request) => listMyContacts(db, requireAuth(request).subject),
  );

  app.get(
    "/api/invitations/:token",
    {
      config: { access: "public" },
      schema: {
        operationId: "getInvitation",
        tags,
        summary: "What an invitation link is for (no login)",
        params: InvitationParams,
        response: { 200: Invitation, 404: ErrorBody, 410: ErrorBody },
      },
    },
    async (request) => getInvitation(db, request.params.token),
  );

  app.post(
    "/api/invitations/:token/accept",
    {
      config: { access: "public" },
      schema: {
        operationId: "acceptInvitation",
        tags,
        summary: "Accept an invitation: choose a password and activate the account (once)",
        params: InvitationParams,
        body: AcceptInvitationBody,
        response: { 204: z.null(), 400: ErrorBody, 404: ErrorBody, 410: ErrorBody },
      },
    },
    async (request, reply) => {
      await acceptInvitation(db, actorOf(request), request.params.token, request.body.password);
      return reply.code(204).send(null);
    },
  );

  app.post(
    "/api/correspondence/:id/redactions",
    {
      schema: {
        operationId: "createRedactedVersion",
        tags,
        summary: "Derive a redacted version (paragraphs removed or replaced); the source is kept",
        params: IdParams,
        body: CreateRedactedVersionBody,
        response: { 201: Created, ...ErrorResponses },
      },
    },
    async (request, reply) => {
      const { subject } = requireAuth(request);
      const id = await createRedactedVersion(
        db,
        subject,
        actorOf(request),
        request.params.id,
        request.body,
      );
      return reply.code(201).send({ id });
    },
  );

  app.post(
    "/api/correspondence/:id/releases",
    {
      schema: {
        operationId: "releaseCorrespondence",
        tags,
        summary: "Release a correspondence (or a redacted version of it) to partners",
        params: IdParams,
        body: ReleaseCorrespondenceBody,
        response: { 201: Created, ...ErrorResponses },
      },
    },
    async (request, reply) => {
      const { subject } = requireAuth(request);
      const id = await releaseCorrespondence(
        db,
        subject,
        actorOf(request),
        request.params.id,
        request.body,
      );
      return reply.code(201).send({ id });
    },
  );

  app.get(
    "/api/correspondence/:id/releases",
    {
      schema: {
        operationId: "getReleaseState",
        tags,
        summary: "Releases, redacted versions and publication of a correspondence",
        params: IdParams,
        response: { 200: ReleaseState, ...ErrorResponses },
      },
    },
    async (request) => getReleaseState(db, requireAuth(request).subject, request.params.id),
  );

  app.post(
    "/api/releases/:id/withdrawal",
    {
      schema: {
        operationId: "withdrawRelease",
        tags,
        summary: "Withdraw a release: its readers lose access on their next request",
        params: IdParams,
        response: { 204: z.null(), ...ErrorResponses },
      },
    },
    async (request, reply) => {
      await withdrawRelease(db, requireAuth(request).subject, actorOf(request), request.params.id);
      return reply.code(204).send(null);
    },
  );

  app.get(
    "/api/releases",
    {
      schema: {
        operationId: "listReleased",
        tags,
        summary: "A partner's « Diffusions », or the releases of a releaser's units",
        querystring: ReleasedQuery,
        response: { 200: ReleasedPage, ...ErrorResponses },
      },
    },
    async (request) => listReleased(db, requireAuth(request).subject, request.query),
  );
};
