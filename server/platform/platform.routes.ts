import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import type { Registry } from "prom-client";
import { z } from "zod";
import { Health } from "../../shared/schemas/journal.js";
import { type Database, pingDatabase } from "../db/database.js";

const VERSION = process.env.npm_package_version ?? "0.1.0";

/** Health and metrics for operators; both are public and reveal no data. */
export const platformRoutes: FastifyPluginAsyncZod<{
  database: Database;
  registry: Registry;
}> = async (app, { database, registry }) => {
  app.get(
    "/health",
    {
      config: { access: "public" },
      schema: {
        operationId: "getHealth",
        tags: ["platform"],
        summary: "Process and database health",
        response: { 200: Health, 503: Health },
      },
    },
    async (_request, reply) => {
      const databaseOk = await pingDatabase(database.db);
      return reply.code(databaseOk ? 200 : 503).send({
        status: databaseOk ? "ok" : "degraded",
        database: databaseOk ? "ok" : "unavailable",
        dialect: database.dialect,
        uptimeSeconds: Math.round(process.uptime()),
        version: VERSION,
      });
    },
  );

  app.get(
    "/metrics",
    {
      config: { access: "public" },
      schema: {
        operationId: "getMetrics",
        tags: ["platform"],
        summary: "Prometheus metrics (text exposition format)",
        response: { 200: z.string() },
      },
    },
    async (_request, reply) => {
      reply.type(registry.contentType);
      return registry.metrics();
    },
  );
};
