import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { ErrorBody, ErrorResponses, IdParams } from "../../shared/schemas/common.js";
import {
  CommunityFile,
  CommunityFileList,
  CommunityFileVersionList,
  CommunityFolder,
  CreateFolderBody,
  DownloadQuery,
  FileListQuery,
  FileParams,
  FilePreview,
  UploadFileQuery,
} from "../../shared/schemas/communities.js";
import type { BlobStore } from "../blobs/blob-store.js";
import type { Config } from "../config.js";
import { attachmentDisposition } from "../correspondence/attachment.service.js";
import type { Database } from "../db/database.js";
import { AppError } from "../errors.js";
import { actorOf, requireAuth } from "../http/authenticate.js";
import {
  checkInCommunityFile,
  checkOutCommunityFile,
  createCommunityFolder,
  listCommunityFiles,
  listCommunityFileVersions,
  openCommunityFile,
  openInlineImage,
  previewCommunityFile,
  uploadCommunityFile,
} from "./library.service.js";

/** The document library of a community: folders, versioned files, locks, downloads, previews. */
export const libraryRoutes: FastifyPluginAsyncZod<{
  database: Database;
  config: Config;
  store: BlobStore;
}> = async (app, { database: { db }, config, store }) => {
  const tags = ["communities"];

  app.get(
    "/api/communities/:id/files",
    {
      schema: {
        operationId: "listCommunityFiles",
        tags,
        summary: "A folder of the library: its sub-folders and a page of its files",
        params: IdParams,
        querystring: FileListQuery,
        response: { 200: CommunityFileList, ...ErrorResponses },
      },
    },
    async (request) =>
      listCommunityFiles(db, requireAuth(request).subject, request.params.id, request.query),
  );

  app.post(
    "/api/communities/:id/folders",
    {
      schema: {
        operationId: "createCommunityFolder",
        tags,
        summary: "Create a folder in the library (members)",
        params: IdParams,
        body: CreateFolderBody,
        response: { 201: CommunityFolder, ...ErrorResponses },
      },
    },
    async (request, reply) => {
      const folder = await createCommunityFolder(
        db,
        requireAuth(request).subject,
        actorOf(request),
        request.params.id,
        request.body,
      );
      return reply.code(201).send(folder);
    },
  );

  app.post(
    "/api/communities/:id/files",
    {
      schema: {
        operationId: "uploadCommunityFile",
        tags,
        summary:
          "Upload a file (multipart, one file) into a folder; the same name, or fileId, makes a new version (lock holder only)",
        consumes: ["multipart/form-data"],
        params: IdParams,
        querystring: UploadFileQuery,
        response: { 201: CommunityFile, ...ErrorResponses, 413: ErrorBody, 415: ErrorBody },
      },
    },
    async (request, reply) => {
      const { subject } = requireAuth(request);
      if (!request.isMultipart()) throw new AppError("unsupported_media_type");
      const file = await request.file();
      if (!file) throw new AppError("invalid_input", [{ path: "/file", problem: "missing" }]);
      const uploaded = await uploadCommunityFile(
        db,
        store,
        subject,
        actorOf(request),
        request.params.id,
        request.query,
        { filename: file.filename, stream: file.file },
        config.attachmentMaxBytes,
      );
      return reply.code(201).send(uploaded);
    },
  );

  app.get(
    "/api/communities/:id/files/:fileId/versions",
    {
      schema: {
        operationId: "listCommunityFileVersions",
        tags,
        summary: "Every version of a file: who uploaded what, and when",
        params: FileParams,
        response: { 200: CommunityFileVersionList, ...ErrorResponses },
      },
    },
    async (request) =>
      listCommunityFileVersions(
        db,
        requireAuth(request).subject,
        request.params.id,
        request.params.fileId,
      ),
  );

  app.post(
    "/api/communities/:id/files/:fileId/checkout",
    {
      schema: {
        operationId: "checkOutCommunityFile",
        tags,
        summary: "Check a file out: only you may then upload its next version",
        params: FileParams,
        response: { 200: CommunityFile, ...ErrorResponses },
      },
    },
    async (request) =>
      checkOutCommunityFile(
        db,
        requireAuth(request).subject,
        actorOf(request),
        request.params.id,
        request.params.fileId,
      ),
  );

  app.post(
    "/api/communities/:id/files/:fileId/checkin",
    {
      schema: {
        operationId: "checkInCommunityFile",
        tags,
        summary: "Check a file in (its lock holder), or break its lock (managers)",
        params: FileParams,
        response: { 200: CommunityFile, ...ErrorResponses },
      },
    },
    async (request) =>
      checkInCommunityFile(
        db,
        requireAuth(request).subject,
        actorOf(request),
        request.params.id,
        request.params.fileId,
      ),
  );

  app.get(
    "/api/communities/:id/files/:fileId/download",
    {
      schema: {
        operationId: "downloadCommunityFile",
        tags,
        summary: "Download a version of a file (the current one by default), as an attachment",
        params: FileParams,
        querystring: DownloadQuery,
        response: {
          200: z.unknown().describe("The file's bytes, for download"),
          ...ErrorResponses,
        },
      },
    },
    async (request, reply) => {
      const { name, version, stream } = await openCommunityFile(
        db,
        store,
        requireAuth(request).subject,
        request.params.id,
        request.params.fileId,
        request.query.version,
      );
      return reply
        .header("content-type", version.content_type)
        .header("content-length", version.size)
        .header("content-disposition", attachmentDisposition(name))
        .header("x-content-type-options", "nosniff")
        .header("content-security-policy", "sandbox; default-src 'none'")
        .header("cache-control", "private, no-store")
        .send(stream);
    },
  );

  app.get(
    "/api/communities/:id/files/:fileId/preview",
    {
      schema: {
        operationId: "previewCommunityFile",
        tags,
        summary: "A preview of the current version: text (first 64 KB), image, or none",
        params: FileParams,
        response: { 200: FilePreview, ...ErrorResponses },
      },
    },
    async (request) =>
      previewCommunityFile(
        db,
        store,
        requireAuth(request).subject,
        request.params.id,
        request.params.fileId,
      ),
  );

  app.get(
    "/api/communities/:id/files/:fileId/inline",
    {
      schema: {
        operationId: "viewCommunityImage",
        tags,
        summary: "A raster image (PNG, JPEG, GIF, WebP; never SVG) to show inline, sandboxed",
        params: FileParams,
        response: { 200: z.unknown().describe("The image's bytes"), ...ErrorResponses },
      },
    },
    async (request, reply) => {
      const { name, version, stream } = await openInlineImage(
        db,
        store,
        requireAuth(request).subject,
        request.params.id,
        request.params.fileId,
      );
      return reply
        .header("content-type", version.content_type)
        .header("content-length", version.size)
        .header("content-disposition", attachmentDisposition(name).replace(/^attachment/, "inline"))
        .header("x-content-type-options", "nosniff")
        .header("content-security-policy", "sandbox; default-src 'none'")
        .header("cache-control", "private, no-store")
        .send(stream);
    },
  );
};
