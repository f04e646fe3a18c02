import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { ErrorBody, ErrorResponses, Id, IdParams } from "../../shared/schemas/common.js";
import { Attachment } from "../../shared/schemas/correspondence.js";
import type { BlobStore } from "../blobs/blob-store.js";
import type { Config } from "../config.js";
import type { Database } from "../db/database.js";
import { AppError } from "../errors.js";
import { actorOf, requireAuth } from "../http/authenticate.js";
import { attachmentDisposition, openAttachment, uploadAttachment } from "./attachment.service.js";
import { presentAttachment } from "./correspondence.presenter.js";

/** Uploading files to a draft and downloading them (never rendered inline). */
export const attachmentRoutes: FastifyPluginAsyncZod<{
  database: Database;
  config: Config;
  store: BlobStore;
}> = async (app, { database: { db }, config, store }) => {
  app.post(
    "/api/correspondence/:id/attachments",
    {
      schema: {
        operationId: "uploadAttachment",
        tags: ["correspondence"],
        summary: "Attach a file to a draft (multipart/form-data, one file)",
        consumes: ["multipart/form-data"],
        params: IdParams,
        response: { 201: Attachment, ...ErrorResponses, 413: ErrorBody, 415: ErrorBody },
      },
    },
    async (request, reply) => {
      const { subject } = requireAuth(request);
      if (!request.isMultipart()) throw new AppError("unsupported_media_type");
      const file = await request.file();
      if (!file) throw new AppError("invalid_input", [{ path: "/file", problem: "missing" }]);
      const row = await uploadAttachment(
        db,
        store,
        subject,
        actorOf(request),
        request.params.id,
        { filename: file.filename, stream: file.file },
        config.attachmentMaxBytes,
      );
      return reply.code(201).send(presentAttachment(row));
    },
  );

  app.get(
    "/api/correspondence/:id/attachments/:attachmentId",
    {
      schema: {
        operationId: "getAttachment",
        tags: ["correspondence"],
        summary: "Download an attachment of a readable correspondence",
        params: z.strictObject({ id: Id, attachmentId: Id }),
        response: {
          200: z.unknown().describe("The file's bytes, for download"),
          ...ErrorResponses,
        },
      },
    },
    async (request, reply) => {
      const { attachment, stream } = await openAttachment(
        db,
        store,
        requireAuth(request).subject,
        actorOf(request),
        request.params.id,
        request.params.attachmentId,
      );
      return reply
        .header("content-type", attachment.content_type)
        .header("content-length", attachment.size)
        .header("content-disposition", attachmentDisposition(attachment.name))
        .header("x-content-type-options", "nosniff")
        .header("content-security-policy", "sandbox; default-src 'none'")
        .header("cache-control", "private, no-store")
        .send(stream);
    },
  );
};
