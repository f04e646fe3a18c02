import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import {
  CreateTransferBody,
  EligibleRecordPage,
  EligibleRecordsQuery,
  FixityRun,
  IntegrityStatus,
  JournalProofs,
  JournalProofsBody,
  TransferPage,
  TransferSummary,
} from "../../shared/schemas/archives.js";
import { ErrorResponses, IdParams, PageQuery } from "../../shared/schemas/common.js";
import type { BlobStore } from "../blobs/blob-store.js";
import type { Database } from "../db/database.js";
import { actorOf, requireAuth } from "../http/authenticate.js";
import { exportJournalProofs, getIntegrityStatus, runFixityNow } from "./integrity.service.js";
import { PackageZip } from "./package-zip.js";
import {
  createTransfer,
  getTransfer,
  importTransferReply,
  listTransferableRecords,
  listTransferPage,
  prepareTransferPackage,
} from "./transfer.service.js";
import { writeTransferPackage } from "./transfer-package.js";

/** An archive's reply to a large transfer lists every unit: it may be large. */
const REPLY_BODY_LIMIT = 32 * 1024 * 1024;

/** Transfers to the State archives, integrity (fixity, journal seals): archivists only. */
export const archivesRoutes: FastifyPluginAsyncZod<{
  database: Database;
  store: BlobStore;
}> = async (app, { database: { db }, store }) => {
  // The ArchiveTransferReply arrives as XML, in this plugin only.
  app.addContentTypeParser(
    ["application/xml", "text/xml"],
    { parseAs: "string", bodyLimit: REPLY_BODY_LIMIT },
    (_request, body, done) => done(null, body),
  );

  app.get(
    "/api/archives/transfers",
    {
      schema: {
        operationId: "listTransfers",
        tags: ["archives"],
        summary: "Transfers to the State archives, newest first",
        querystring: PageQuery,
        response: { 200: TransferPage, ...ErrorResponses },
      },
    },
    async (request) => listTransferPage(db, requireAuth(request).subject, request.query),
  );

  app.get(
    "/api/archives/transfers/eligible",
    {
      schema: {
        operationId: "listTransferableRecords",
        tags: ["archives"],
        summary: "Records that may be transferred (series kept for good, active, not held)",
        querystring: EligibleRecordsQuery,
        response: { 200: EligibleRecordPage, ...ErrorResponses },
      },
    },
    async (request) => listTransferableRecords(db, requireAuth(request).subject, request.query),
  );

  app.post(
    "/api/archives/transfers",
    {
      schema: {
        operationId: "createTransfer",
        tags: ["archives"],
        summary: "Gather records into a transfer (chosen ones, or all those due)",
        body: CreateTransferBody,
        response: { 201: TransferSummary, ...ErrorResponses },
      },
    },
    async (request, reply) => {
      const transfer = await createTransfer(
        db,
        requireAuth(request).subject,
        actorOf(request),
        request.body,
      );
      return reply.code(201).send(transfer);
    },
  );

  app.get(
    "/api/archives/transfers/:id",
    {
      schema: {
        operationId: "getTransfer",
        tags: ["archives"],
        summary: "One transfer",
        params: IdParams,
        response: { 200: TransferSummary, ...ErrorResponses },
      },
    },
    async (request) => getTransfer(db, requireAuth(request).subject, request.params.id),
  );

  app.get(
    "/api/archives/transfers/:id/package",
    {
      schema: {
        operationId: "getTransferPackage",
        tags: ["archives"],
        summary: "The transfer's SEDA 2.2 package (ZIP: manifest.xml and content files)",
        params: IdParams,
        response: { 200: z.unknown().describe("application/zip"), ...ErrorResponses },
      },
    },
    async (request, reply) => {
      const transfer = await prepareTransferPackage(
        db,
        requireAuth(request).subject,
        actorOf(request),
        request.params.id,
      );
      const zip = new PackageZip();
      writeTransferPackage(db, store, transfer, zip).catch((error: unknown) => {
        request.log.error({ err: error }, "transfer package failed");
        zip.outputStream.destroy(error as Error);
      });
      return reply
        .header("content-type", "application/zip")
        .header("content-disposition", `attachment; filename="${transfer.messageIdentifier}.zip"`)
        .header("x-content-type-options", "nosniff")
        .header("cache-control", "private, no-store")
        .send(zip.outputStream);
    },
  );

  app.post(
    "/api/archives/transfers/:id/reply",
    {
      schema: {
        operationId: "importTransferReply",
        tags: ["archives"],
        summary: "Import the archive's ArchiveTransferReply (XML body)",
        params: IdParams,
        body: z.string().min(1).max(REPLY_BODY_LIMIT),
        response: { 200: TransferSummary, ...ErrorResponses },
      },
    },
    async (request) =>
      importTransferReply(
        db,
        store,
        requireAuth(request).subject,
        actorOf(request),
        request.params.id,
        request.body,
      ),
  );

  app.get(
    "/api/archives/integrity",
    {
      schema: {
        operationId: "getIntegrityStatus",
        tags: ["archives"],
        summary: "The last fixity run and the journal's seals",
        response: { 200: IntegrityStatus, ...ErrorResponses },
      },
    },
    async (request) => getIntegrityStatus(db, requireAuth(request).subject),
  );

  app.post(
    "/api/archives/fixity-runs",
    {
      schema: {
        operationId: "runFixityCheck",
        tags: ["archives"],
        summary: "Run the fixity check now",
        response: { 201: FixityRun, ...ErrorResponses },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await runFixityNow(db, store, requireAuth(request).subject)),
  );

  app.post(
    "/api/archives/journal-proofs",
    {
      config: { ability: "read_journal" },
      schema: {
        operationId: "exportJournalProofs",
        tags: ["archives"],
        summary: "Inclusion proofs of chosen journal entries in their day's seal",
        body: JournalProofsBody,
        response: { 200: JournalProofs, ...ErrorResponses },
      },
    },
    async (request) => exportJournalProofs(db, requireAuth(request).subject, request.body.seqs),
  );
};
