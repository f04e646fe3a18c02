import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { ErrorBody, ErrorResponses, IdParams } from "../../../shared/schemas/common.js";
import {
  DecideQuarantineBody,
  DecideQuarantineResult,
  ImportReport,
  MailAddressAnswer,
  MailAddressQuery,
  QuarantinePage,
  QuarantineQuery,
} from "../../../shared/schemas/mail-inbound.js";
import type { BlobStore } from "../../blobs/blob-store.js";
import type { Config } from "../../config.js";
import { attachmentDisposition } from "../../correspondence/attachment.service.js";
import type { Database } from "../../db/database.js";
import { AppError, notFound } from "../../errors.js";
import { actorOf, requireAuth } from "../../http/authenticate.js";
import { importMail } from "./import.service.js";
import { getMailAddress } from "./mail-address.service.js";
import { mayImportMail, reviewableInbound } from "./quarantine.policy.js";
import { findQuarantineRow } from "./quarantine.repository.js";
import { decideQuarantine, listQuarantine } from "./quarantine.service.js";

/** The inbound mail gateway's API: quarantine review, import, functional addresses. */
export const mailInboundRoutes: FastifyPluginAsyncZod<{
  database: Database;
  config: Config;
  store: BlobStore;
}> = async (app, { database: { db }, config, store }) => {
  const ctx = { db, store, mailDomain: config.mailDomain };

  app.get(
    "/api/mail/quarantine",
    {
      schema: {
        operationId: "listQuarantine",
        tags: ["mail"],
        summary: "Received messages held for review that the user reviews, newest first",
        querystring: QuarantineQuery,
        response: { 200: QuarantinePage, ...ErrorResponses },
      },
    },
    async (request) => listQuarantine(db, requireAuth(request).subject, request.query),
  );

  app.post(
    "/api/mail/quarantine/:id/decision",
    {
      schema: {
        operationId: "decideQuarantine",
        tags: ["mail"],
        summary: "Accept (it becomes a dispatched formal e-mail) or reject a held message",
        params: IdParams,
        body: DecideQuarantineBody,
        response: { 200: DecideQuarantineResult, ...ErrorResponses },
      },
    },
    async (request) =>
      decideQuarantine(
        ctx,
        requireAuth(request).subject,
        actorOf(request),
        request.params.id,
        request.body,
      ),
  );

  app.get(
    "/api/mail/quarantine/:id/original",
    {
      schema: {
        operationId: "getQuarantinedOriginal",
        tags: ["mail"],
        summary: "Download the original .eml of a held message (never rendered)",
        params: IdParams,
        response: { 200: z.unknown().describe("The message's bytes"), ...ErrorResponses },
      },
    },
    async (request, reply) => {
      const { subject } = requireAuth(request);
      const row = await findQuarantineRow(db, reviewableInbound(subject), request.params.id);
      if (!row) throw notFound();
      return reply
        .header("content-type", "message/rfc822")
        .header("content-length", row.eml_size)
        .header("content-disposition", attachmentDisposition(`message-${row.id}.eml`))
        .header("x-content-type-options", "nosniff")
        .header("content-security-policy", "sandbox; default-src 'none'")
        .header("cache-control", "private, no-store")
        .send(store.open(row.eml_sha256));
    },
  );

  app.post(
    "/api/mail/import",
    {
      schema: {
        operationId: "importMail",
        tags: ["mail"],
        summary: "Import one .eml file or .mbox archive (multipart/form-data, one file)",
        consumes: ["multipart/form-data"],
        response: { 200: ImportReport, ...ErrorResponses, 413: ErrorBody, 415: ErrorBody },
      },
    },
    async (request) => {
      const { subject } = requireAuth(request);
      if (!mayImportMail(subject)) throw notFound();
      if (!request.isMultipart()) throw new AppError("unsupported_media_type");
      const file = await request.file();
      if (!file) throw new AppError("invalid_input", [{ path: "/file", problem: "missing" }]);
      const raw = await file.toBuffer().catch((error: unknown) => {
        if ((error as { code?: string }).code === "FST_REQ_FILE_TOO_LARGE") {
          throw new AppError("payload_too_large", { maxBytes: config.attachmentMaxBytes });
        }
        throw error;
      });
      return importMail(ctx, [{ name: file.filename, raw }], actorOf(request).ip);
    },
  );

  app.get(
    "/api/mail/address",
    {
      schema: {
        operationId: "getMailAddress",
        tags: ["mail"],
        summary: "The functional mail address of a unit or a community",
        querystring: MailAddressQuery,
        response: { 200: MailAddressAnswer, ...ErrorResponses },
      },
    },
    async (request) => ({
      address: await getMailAddress(
        db,
        requireAuth(request).subject,
        request.query,
        config.mailDomain,
      ),
    }),
  );
};
