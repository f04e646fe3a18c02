import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { ErrorBody, ErrorResponses, IdParams } from "../../shared/schemas/common.js";
import {
  AtomCountryParams,
  AtomThemeParams,
  PublicFeedPage,
  PublicFeedQuery,
  PublicItem,
  PublishCorrespondenceBody,
  SocialPosts,
} from "../../shared/schemas/publication.js";
import type { Config } from "../config.js";
import type { Database } from "../db/database.js";
import { actorOf, requireAuth } from "../http/authenticate.js";
import {
  getPublicAtomFeed,
  getPublicFeed,
  getPublicItem,
  listPublicTopics,
  prepareSocialPosts,
  publishCorrespondence,
  unpublish,
} from "./publication.service.js";

const ATOM = "application/atom+xml; charset=utf-8";

/** Publishing to the public, and the public side itself (pages' data and Atom feeds, no login). */
export const publicationRoutes: FastifyPluginAsyncZod<{
  database: Database;
  config: Config;
}> = async (app, { database: { db }, config }) => {
  const tags = ["publication"];

  app.post(
    "/api/correspondence/:id/publication",
    {
      schema: {
        operationId: "publishCorrespondence",
        tags,
        summary: "Publish a correspondence (or a redacted version of it) to the public",
        params: IdParams,
        body: PublishCorrespondenceBody,
        response: { 201: z.object({ id: z.uuid() }), ...ErrorResponses },
      },
    },
    async (request, reply) => {
      const { subject } = requireAuth(request);
      const id = await publishCorrespondence(
        db,
        subject,
        actorOf(request),
        request.params.id,
        request.body.versionId,
      );
      return reply.code(201).send({ id });
    },
  );

  app.delete(
    "/api/publications/:id",
    {
      schema: {
        operationId: "unpublish",
        tags,
        summary: "Take a publication down",
        params: IdParams,
        response: { 204: z.null(), ...ErrorResponses },
      },
    },
    async (request, reply) => {
      await unpublish(db, requireAuth(request).subject, actorOf(request), request.params.id);
      return reply.code(204).send(null);
    },
  );

  app.get(
    "/api/correspondence/:id/social",
    {
      schema: {
        operationId: "prepareSocialPosts",
        tags,
        summary: "A published item's text cut for social networks, with link and hashtags",
        params: IdParams,
        response: { 200: SocialPosts, ...ErrorResponses },
      },
    },
    async (request) =>
      prepareSocialPosts(db, requireAuth(request).subject, config.publicUrl, request.params.id),
  );

  app.get(
    "/api/public/publications",
    {
      config: { access: "public" },
      schema: {
        operationId: "getPublicFeed",
        tags,
        summary: "Published items, newest first, by country or theme (no login)",
        querystring: PublicFeedQuery,
        response: { 200: PublicFeedPage, 400: ErrorBody },
      },
    },
    async (request) => getPublicFeed(db, request.query),
  );

  app.get(
    "/api/public/publications/:id",
    {
      config: { access: "public" },
      schema: {
        operationId: "getPublicItem",
        tags,
        summary: "One published item (no login)",
        params: IdParams,
        response: { 200: PublicItem, 400: ErrorBody, 404: ErrorBody },
      },
    },
    async (request) => getPublicItem(db, config.publicUrl, request.params.id),
  );

  app.get(
    "/api/public/topics",
    {
      config: { access: "public" },
      schema: {
        operationId: "listPublicTopics",
        tags,
        summary: "The countries and themes of published items (no login)",
        response: {
          200: z.object({ countries: z.array(z.string()), themes: z.array(z.string()) }),
        },
      },
    },
    async () => listPublicTopics(db),
  );

  app.get(
    "/api/public/feeds/country/:code",
    {
      config: { access: "public" },
      schema: {
        operationId: "getPublicCountryFeed",
        tags,
        summary: "Atom feed (RFC 4287) of a country's published items (no login)",
        params: AtomCountryParams,
        response: { 200: z.unknown().describe(ATOM), 400: ErrorBody },
      },
    },
    async (request, reply) =>
      reply
        .header("content-type", ATOM)
        .header("cache-control", "public, max-age=300")
        .send(
          Buffer.from(
            await getPublicAtomFeed(db, config.publicUrl, { country: request.params.code }),
          ),
        ),
  );

  app.get(
    "/api/public/feeds/theme/:theme",
    {
      config: { access: "public" },
      schema: {
        operationId: "getPublicThemeFeed",
        tags,
        summary: "Atom feed (RFC 4287) of a theme's published items (no login)",
        params: AtomThemeParams,
        response: { 200: z.unknown().describe(ATOM), 400: ErrorBody },
      },
    },
    async (request, reply) =>
      reply
        .header("content-type", ATOM)
        .header("cache-control", "public, max-age=300")
        .send(
          Buffer.from(
            await getPublicAtomFeed(db, config.publicUrl, { theme: request.params.theme }),
          ),
        ),
  );
};
