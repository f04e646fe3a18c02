import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { ErrorResponses, IdParams } from "../../shared/schemas/common.js";
import {
  CreateFilingRuleBody,
  CreateSeriesBody,
  DecideDisposalBody,
  DisposalListDetail,
  DisposalListPage,
  DisposalProposalsQuery,
  FileRecordBody,
  FilingRule,
  FilingRuleList,
  FilingTestResult,
  Hold,
  HoldList,
  HoldsQuery,
  ImportSeriesBody,
  ImportSeriesResult,
  PlaceHoldBody,
  ProposeDisposalBody,
  RecordPage,
  RecordsQuery,
  ReleaseHoldBody,
  RetentionRuleChanged,
  Series,
  SeriesTree,
  TestFilingRuleBody,
  UpdateFilingRuleBody,
  UpdateRetentionRuleBody,
  UpdateSeriesBody,
} from "../../shared/schemas/records.js";
import type { BlobStore } from "../blobs/blob-store.js";
import type { Database } from "../db/database.js";
import { actorOf, requireAuth } from "../http/authenticate.js";
import {
  approveDisposal,
  disposalCertificate,
  getDisposalList,
  listDisposalLists,
  listDisposalProposals,
  proposeDisposal,
  rejectDisposal,
} from "./disposal.service.js";
import { fileRecord, testFilingRule } from "./filing.service.js";
import {
  createFilingRule,
  deleteFilingRule,
  listFilingRules,
  updateFilingRule,
} from "./filing-rules.service.js";
import { listHolds, placeHold, releaseHold } from "./holds.service.js";
import { listRecords } from "./records.service.js";
import {
  createSeries,
  exportSeriesCsv,
  importSeriesCsv,
  listSeries,
  updateRetentionRule,
  updateSeries,
} from "./series.service.js";

/** Records management for archivists: everything here answers 404 to anyone else. */
export const recordsRoutes: FastifyPluginAsyncZod<{
  database: Database;
  store: BlobStore;
}> = async (app, { database: { db }, store }) => {
  const tags = ["records"];
  const config = { ability: "manage_records" as const };
  const who = (request: Parameters<typeof requireAuth>[0]) => requireAuth(request).subject;

  /* ---------- filing plan ---------- */
  app.get(
    "/api/records/series",
    {
      config,
      schema: {
        operationId: "listSeries",
        tags,
        summary: "The filing plan (tree of series)",
        response: { 200: SeriesTree, ...ErrorResponses },
      },
    },
    async (request) => listSeries(db, who(request)),
  );
  app.post(
    "/api/records/series",
    {
      config,
      schema: {
        operationId: "createSeries",
        tags,
        summary: "Add a series to the filing plan",
        body: CreateSeriesBody,
        response: { 201: Series, ...ErrorResponses },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await createSeries(db, who(request), actorOf(request), request.body)),
  );
  app.patch(
    "/api/records/series/:id",
    {
      config,
      schema: {
        operationId: "updateSeries",
        tags,
        summary: "Rename, move, close or reopen a series",
        params: IdParams,
        body: UpdateSeriesBody,
        response: { 200: Series, ...ErrorResponses },
      },
    },
    async (request) =>
      updateSeries(db, who(request), actorOf(request), request.params.id, request.body),
  );
  app.put(
    "/api/records/series/:id/retention",
    {
      config,
      schema: {
        operationId: "updateRetentionRule",
        tags,
        summary: "Change a series' retention rule; its records' dates are re-computed",
        params: IdParams,
        body: UpdateRetentionRuleBody,
        response: { 200: RetentionRuleChanged, ...ErrorResponses },
      },
    },
    async (request) =>
      updateRetentionRule(db, who(request), actorOf(request), request.params.id, request.body),
  );
  app.get(
    "/api/records/series.csv",
    {
      config,
      schema: {
        operationId: "exportSeries",
        tags,
        summary: "The filing plan as CSV",
        response: { 200: z.string(), ...ErrorResponses },
      },
    },
    async (request, reply) => {
      const csv = await exportSeriesCsv(db, who(request));
      return reply
        .header("content-type", "text/csv; charset=utf-8")
        .header("content-disposition", 'attachment; filename="plan-de-classement.csv"')
        .send(csv);
    },
  );
  app.post(
    "/api/records/series/import",
    {
      config,
      bodyLimit: 2_200_000,
      schema: {
        operationId: "importSeries",
        tags,
        summary: "Import a filing plan as CSV (all lines or none)",
        body: ImportSeriesBody,
        response: { 200: ImportSeriesResult, ...ErrorResponses },
      },
    },
    async (request) => importSeriesCsv(db, who(request), actorOf(request), request.body.csv),
  );

  /* ---------- filing rules ---------- */
  app.get(
    "/api/records/filing-rules",
    {
      config,
      schema: {
        operationId: "listFilingRules",
        tags,
        summary: "Filing rules in evaluation order",
        response: { 200: FilingRuleList, ...ErrorResponses },
      },
    },
    async (request) => listFilingRules(db, who(request)),
  );
  app.post(
    "/api/records/filing-rules",
    {
      config,
      schema: {
        operationId: "createFilingRule",
        tags,
        summary: "Add a filing rule",
        body: CreateFilingRuleBody,
        response: { 201: FilingRule, ...ErrorResponses },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(await createFilingRule(db, who(request), actorOf(request), request.body)),
  );
  app.patch(
    "/api/records/filing-rules/:id",
    {
      config,
      schema: {
        operationId: "updateFilingRule",
        tags,
        summary: "Edit, move, enable or disable a filing rule",
        params: IdParams,
        body: UpdateFilingRuleBody,
        response: { 200: FilingRule, ...ErrorResponses },
      },
    },
    async (request) =>
      updateFilingRule(db, who(request), actorOf(request), request.params.id, request.body),
  );
  app.delete(
    "/api/records/filing-rules/:id",
    {
      config,
      schema: {
        operationId: "deleteFilingRule",
        tags,
        summary: "Remove a filing rule",
        params: IdParams,
        response: { 204: z.null(), ...ErrorResponses },
      },
    },
    async (request, reply) => {
      await deleteFilingRule(db, who(request), actorOf(request), request.params.id);
      return reply.code(204).send(null);
    },
  );
  app.post(
    "/api/records/filing-rules/test",
    {
      config,
      schema: {
        operationId: "testFilingRule",
        tags,
        summary: "Where would this document be filed, and why",
        body: TestFilingRuleBody,
        response: { 200: FilingTestResult, ...ErrorResponses },
      },
    },
    async (request) => testFilingRule(db, who(request), request.body),
  );

  /* ---------- records ---------- */
  app.get(
    "/api/records",
    {
      config,
      schema: {
        operationId: "listRecords",
        tags,
        summary: "Records, newest first, with filters",
        querystring: RecordsQuery,
        response: { 200: RecordPage, ...ErrorResponses },
      },
    },
    async (request) => listRecords(db, who(request), request.query),
  );
  app.post(
    "/api/records/:id/file",
    {
      config,
      schema: {
        operationId: "fileRecord",
        tags,
        summary: "Refile a record by hand (journaled)",
        params: IdParams,
        body: FileRecordBody,
        response: { 204: z.null(), ...ErrorResponses },
      },
    },
    async (request, reply) => {
      await fileRecord(db, who(request), actorOf(request), request.params.id, request.body);
      return reply.code(204).send(null);
    },
  );

  /* ---------- holds ---------- */
  app.get(
    "/api/records/holds",
    {
      config,
      schema: {
        operationId: "listHolds",
        tags,
        summary: "Holds, newest first",
        querystring: HoldsQuery,
        response: { 200: HoldList, ...ErrorResponses },
      },
    },
    async (request) => listHolds(db, who(request), request.query),
  );
  app.post(
    "/api/records/holds",
    {
      config,
      schema: {
        operationId: "placeHold",
        tags,
        summary: "Freeze records, a series or a search result",
        body: PlaceHoldBody,
        response: { 201: Hold, ...ErrorResponses },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await placeHold(db, who(request), actorOf(request), request.body)),
  );
  app.post(
    "/api/records/holds/:id/release",
    {
      config,
      schema: {
        operationId: "releaseHold",
        tags,
        summary: "Release a hold",
        params: IdParams,
        body: ReleaseHoldBody,
        response: { 200: Hold, ...ErrorResponses },
      },
    },
    async (request) =>
      releaseHold(db, who(request), actorOf(request), request.params.id, request.body.reason),
  );

  /* ---------- disposal ---------- */
  app.get(
    "/api/records/disposal-proposals",
    {
      config,
      schema: {
        operationId: "listDisposalProposals",
        tags,
        summary: "Records due for destruction, not held, in no pending list",
        querystring: DisposalProposalsQuery,
        response: { 200: RecordPage, ...ErrorResponses },
      },
    },
    async (request) => listDisposalProposals(db, who(request), request.query),
  );
  app.get(
    "/api/records/disposals",
    {
      config,
      schema: {
        operationId: "listDisposalLists",
        tags,
        summary: "Disposal lists, newest first",
        querystring: DisposalProposalsQuery,
        response: { 200: DisposalListPage, ...ErrorResponses },
      },
    },
    async (request) => listDisposalLists(db, who(request), request.query),
  );
  app.post(
    "/api/records/disposals",
    {
      config,
      schema: {
        operationId: "proposeDisposal",
        tags,
        summary: "Propose a disposal list",
        body: ProposeDisposalBody,
        response: { 201: DisposalListDetail, ...ErrorResponses },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await proposeDisposal(db, who(request), actorOf(request), request.body)),
  );
  app.get(
    "/api/records/disposals/:id",
    {
      config,
      schema: {
        operationId: "getDisposalList",
        tags,
        summary: "A disposal list and its records",
        params: IdParams,
        response: { 200: DisposalListDetail, ...ErrorResponses },
      },
    },
    async (request) => getDisposalList(db, who(request), request.params.id),
  );
  app.post(
    "/api/records/disposals/:id/approve",
    {
      config,
      schema: {
        operationId: "approveDisposal",
        tags,
        summary: "Approve a disposal list: the content is destroyed, a trace kept",
        params: IdParams,
        body: DecideDisposalBody,
        response: { 200: DisposalListDetail, ...ErrorResponses },
      },
    },
    async (request) =>
      approveDisposal(
        db,
        who(request),
        actorOf(request),
        request.params.id,
        request.body.comment,
        (sha256) => store.remove(sha256),
      ),
  );
  app.post(
    "/api/records/disposals/:id/reject",
    {
      config,
      schema: {
        operationId: "rejectDisposal",
        tags,
        summary: "Reject a disposal list",
        params: IdParams,
        body: DecideDisposalBody,
        response: { 200: DisposalListDetail, ...ErrorResponses },
      },
    },
    async (request) =>
      rejectDisposal(db, who(request), actorOf(request), request.params.id, request.body.comment),
  );
  app.get(
    "/api/records/disposals/:id/certificate",
    {
      config,
      schema: {
        operationId: "getDisposalCertificate",
        tags,
        summary: "The disposal certificate (PDF) of an approved list",
        params: IdParams,
      },
    },
    async (request, reply) => {
      const pdf = await disposalCertificate(db, who(request), actorOf(request), request.params.id);
      return reply
        .header("content-type", "application/pdf")
        .header(
          "content-disposition",
          `attachment; filename="certificat-elimination-${request.params.id}.pdf"`,
        )
        .send(pdf);
    },
  );
};
