import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { ErrorResponses } from "../../shared/schemas/common.js";
import { Home, HomeQuery } from "../../shared/schemas/home.js";
import type { Database } from "../db/database.js";
import { requireAuth } from "../http/authenticate.js";
import { getHome } from "./home.service.js";

/** The signed-in user's prioritised home. */
export const homeRoutes: FastifyPluginAsyncZod<{ database: Database }> = async (
  app,
  { database: { db } },
) => {
  app.get(
    "/api/home",
    {
      schema: {
        operationId: "getHome",
        tags: ["home"],
        summary: "What to handle first, alerts, what the user follows, the rest for information",
        querystring: HomeQuery,
        response: { 200: Home, ...ErrorResponses },
      },
    },
    async (request) => getHome(db, requireAuth(request).subject, request.query),
  );
};
