import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { ErrorBody } from "../../shared/schemas/common.js";
import { JournalPage, JournalQuery } from "../../shared/schemas/journal.js";
import type { Database } from "../db/database.js";
import { notFound } from "../errors.js";
import { requireAuth } from "../http/authenticate.js";
import { can } from "../policy/policy.js";
import { readJournalPage } from "./journal.service.js";

/** Reading the journal of operations (administrators and archivists). */
export const journalRoutes: FastifyPluginAsyncZod<{ database: Database }> = async (
  app,
  { database: { db } },
) => {
  app.get(
    "/api/admin/journal",
    {
      config: { ability: "read_journal" },
      schema: {
        operationId: "listJournal",
        tags: ["admin"],
        summary: "The journal of operations, newest first",
        querystring: JournalQuery,
        response: { 200: JournalPage, 400: ErrorBody, 401: ErrorBody, 404: ErrorBody },
      },
    },
    async (request) => {
      const { subject } = requireAuth(request);
      if (!can(subject, "read_journal", { type: "platform" })) throw notFound();
      return readJournalPage(db, request.query);
    },
  );
};
