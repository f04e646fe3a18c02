import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { ErrorResponses } from "../../shared/schemas/common.js";
import {
  SearchQuery,
  SearchResponse,
  SuggestQuery,
  SuggestResponse,
} from "../../shared/schemas/search.js";
import type { Database } from "../db/database.js";
import { requireAuth } from "../http/authenticate.js";
import { search, suggest } from "./search.service.js";

/** Search and type-ahead over what the signed-in user may read. */
export const searchRoutes: FastifyPluginAsyncZod<{ database: Database }> = async (
  app,
  { database: { db } },
) => {
  app.get(
    "/api/search",
    {
      schema: {
        operationId: "search",
        tags: ["search"],
        summary:
          'Search everything readable: words, "phrases", -exclusions, OR, prefix*, reference numbers; correspondence with facets, then posts, comments, files, people and communities grouped by type',
        querystring: SearchQuery,
        response: { 200: SearchResponse, ...ErrorResponses },
      },
    },
    async (request) => search(db, requireAuth(request).subject, request.query),
  );

  app.get(
    "/api/search/suggest",
    {
      schema: {
        operationId: "suggest",
        tags: ["search"],
        summary:
          "Type-ahead: subjects and references of readable documents, then communities and people",
        querystring: SuggestQuery,
        response: { 200: SuggestResponse, ...ErrorResponses },
      },
    },
    async (request) => suggest(db, requireAuth(request).subject, request.query),
  );
};
