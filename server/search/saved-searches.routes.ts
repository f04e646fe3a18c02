import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { ErrorResponses, IdParams } from "../../shared/schemas/common.js";
import {
  SavedSearch,
  SavedSearchList,
  SaveSearchBody,
  UpdateSavedSearchBody,
} from "../../shared/schemas/search.js";
import type { Database } from "../db/database.js";
import { actorOf, requireAuth } from "../http/authenticate.js";
import {
  deleteSavedSearch,
  listSavedSearches,
  saveSearch,
  updateSavedSearch,
} from "./saved-searches.service.js";

/** The signed-in user's saved searches and their alerts. */
export const savedSearchRoutes: FastifyPluginAsyncZod<{ database: Database }> = async (
  app,
  { database: { db } },
) => {
  const tags = ["search"];
  app.get(
    "/api/saved-searches",
    {
      schema: {
        operationId: "listSavedSearches",
        tags,
        summary: "My saved searches",
        response: { 200: SavedSearchList, ...ErrorResponses },
      },
    },
    async (request) => listSavedSearches(db, requireAuth(request).subject),
  );

  app.post(
    "/api/saved-searches",
    {
      schema: {
        operationId: "saveSearch",
        tags,
        summary: "Save a search, with or without an alert on new dispatched documents",
        body: SaveSearchBody,
        response: { 201: SavedSearch, ...ErrorResponses },
      },
    },
    async (request, reply) => {
      const saved = await saveSearch(
        db,
        requireAuth(request).subject,
        actorOf(request),
        request.body,
      );
      return reply.code(201).send(saved);
    },
  );

  app.patch(
    "/api/saved-searches/:id",
    {
      schema: {
        operationId: "updateSavedSearch",
        tags,
        summary: "Rename one of my saved searches or switch its alert",
        params: IdParams,
        body: UpdateSavedSearchBody,
        response: { 200: SavedSearch, ...ErrorResponses },
      },
    },
    async (request) =>
      updateSavedSearch(
        db,
        requireAuth(request).subject,
        actorOf(request),
        request.params.id,
        request.body,
      ),
  );

  app.delete(
    "/api/saved-searches/:id",
    {
      schema: {
        operationId: "deleteSavedSearch",
        tags,
        summary: "Delete one of my saved searches",
        params: IdParams,
        response: { 204: z.null(), ...ErrorResponses },
      },
    },
    async (request, reply) => {
      await deleteSavedSearch(
        db,
        requireAuth(request).subject,
        actorOf(request),
        request.params.id,
      );
      return reply.code(204).send(null);
    },
  );
};
