import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { ErrorResponses, IdParams } from "../../shared/schemas/common.js";
import {
  AddCoEditorBody,
  CompareVersionsQuery,
  CorrespondenceDetail,
  CorrespondenceRefLabel,
  CreateCorrespondenceBody,
  InboxPage,
  InboxQuery,
  LookupCorrespondenceQuery,
  UpdateDraftBody,
  VersionDiff,
  VersionList,
} from "../../shared/schemas/correspondence.js";
import type { Database } from "../db/database.js";
import { actorOf, requireAuth } from "../http/authenticate.js";
import {
  addCoEditor,
  compareCorrespondenceVersions,
  createCorrespondence,
  getCorrespondence,
  getCorrespondencePdf,
  listCorrespondenceInbox,
  listCorrespondenceVersions,
  lookupCorrespondence,
  updateDraft,
} from "./correspondence.service.js";

/** Drafting and reading telegrams, notes and formal e-mails, and the user's boxes. */
export const correspondenceRoutes: FastifyPluginAsyncZod<{ database: Database }> = async (
  app,
  { database: { db } },
) => {
  app.post(
    "/api/correspondence",
    {
      schema: {
        operationId: "createCorrespondence",
        tags: ["correspondence"],
        summary: "Start a draft (telegram, diplomatic note or formal e-mail)",
        body: CreateCorrespondenceBody,
        response: { 201: CorrespondenceDetail, ...ErrorResponses },
      },
    },
    async (request, reply) => {
      const { subject } = requireAuth(request);
      const actor = actorOf(request);
      const id = await createCorrespondence(db, subject, actor, request.body);
      return reply.code(201).send(await getCorrespondence(db, subject, actor, id));
    },
  );

  app.put(
    "/api/correspondence/:id/draft",
    {
      schema: {
        operationId: "updateDraft",
        tags: ["correspondence"],
        summary: "Save the draft as a new version",
        params: IdParams,
        body: UpdateDraftBody,
        response: { 200: CorrespondenceDetail, ...ErrorResponses },
      },
    },
    async (request) => {
      const { subject } = requireAuth(request);
      const actor = actorOf(request);
      await updateDraft(db, subject, actor, request.params.id, request.body);
      return getCorrespondence(db, subject, actor, request.params.id);
    },
  );

  app.post(
    "/api/correspondence/:id/editors",
    {
      schema: {
        operationId: "addCoEditor",
        tags: ["correspondence"],
        summary: "Invite a colleague to co-edit a draft",
        params: IdParams,
        body: AddCoEditorBody,
        response: { 200: CorrespondenceDetail, ...ErrorResponses },
      },
    },
    async (request) => {
      const { subject } = requireAuth(request);
      const actor = actorOf(request);
      await addCoEditor(db, subject, actor, request.params.id, request.body.userId);
      return getCorrespondence(db, subject, actor, request.params.id);
    },
  );

  app.get(
    "/api/correspondence/:id",
    {
      schema: {
        operationId: "getCorrespondence",
        tags: ["correspondence"],
        summary: "A correspondence, if the user may read it",
        params: IdParams,
        response: { 200: CorrespondenceDetail, ...ErrorResponses },
      },
    },
    async (request) =>
      getCorrespondence(db, requireAuth(request).subject, actorOf(request), request.params.id),
  );

  app.get(
    "/api/correspondence/:id/pdf",
    {
      schema: {
        operationId: "getCorrespondencePdf",
        tags: ["correspondence"],
        summary: "The correspondence as a PDF, marking banner on every page",
        params: IdParams,
        response: { 200: z.unknown().describe("application/pdf"), ...ErrorResponses },
      },
    },
    async (request, reply) => {
      const { detail, pdf } = await getCorrespondencePdf(
        db,
        requireAuth(request).subject,
        actorOf(request),
        request.params.id,
      );
      const name = `${detail.reference ?? `brouillon-${detail.id.slice(0, 8)}`}.pdf`;
      return reply
        .header("content-type", "application/pdf")
        .header("content-disposition", `inline; filename="${name}"`)
        .header("x-content-type-options", "nosniff")
        .header("cache-control", "private, no-store")
        .send(pdf);
    },
  );

  app.get(
    "/api/correspondence/:id/versions",
    {
      schema: {
        operationId: "listVersions",
        tags: ["correspondence"],
        summary: "The saved versions of a correspondence, newest first",
        params: IdParams,
        response: { 200: VersionList, ...ErrorResponses },
      },
    },
    async (request) =>
      listCorrespondenceVersions(db, requireAuth(request).subject, request.params.id),
  );

  app.get(
    "/api/correspondence/:id/versions/compare",
    {
      schema: {
        operationId: "compareVersions",
        tags: ["correspondence"],
        summary: "What changed between two saved versions (fields, paragraphs, addressees)",
        params: IdParams,
        querystring: CompareVersionsQuery,
        response: { 200: VersionDiff, ...ErrorResponses },
      },
    },
    async (request) =>
      compareCorrespondenceVersions(
        db,
        requireAuth(request).subject,
        actorOf(request),
        request.params.id,
        request.query,
      ),
  );

  app.get(
    "/api/correspondence/lookup",
    {
      schema: {
        operationId: "lookupCorrespondence",
        tags: ["correspondence"],
        summary: "A dispatched correspondence by its reference number (for REF links)",
        querystring: LookupCorrespondenceQuery,
        response: { 200: CorrespondenceRefLabel, ...ErrorResponses },
      },
    },
    async (request) =>
      lookupCorrespondence(db, requireAuth(request).subject, request.query.reference),
  );

  app.get(
    "/api/inbox",
    {
      schema: {
        operationId: "listInbox",
        tags: ["correspondence"],
        summary: "One box: for action, for information, sent or drafts (keyset-paginated)",
        querystring: InboxQuery,
        response: { 200: InboxPage, ...ErrorResponses },
      },
    },
    async (request) => listCorrespondenceInbox(db, requireAuth(request).subject, request.query),
  );
};
