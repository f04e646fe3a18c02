import path from "node:path";
import fastifyCookie from "@fastify/cookie";
import fastifyHelmet from "@fastify/helmet";
import fastifyMultipart from "@fastify/multipart";
import fastifyRateLimit from "@fastify/rate-limit";
import fastifySwagger from "@fastify/swagger";
import Fastify, { type FastifyInstance } from "fastify";
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
} from "fastify-type-provider-zod";
import { archivesRoutes } from "./archives/archives.routes.js";
import { authRoutes } from "./auth/auth.routes.js";
import { BlobStore } from "./blobs/blob-store.js";
import { communitiesRoutes } from "./communities/communities.routes.js";
import { libraryRoutes } from "./communities/library.routes.js";
import type { Config } from "./config.js";
import { attachmentRoutes } from "./correspondence/attachment.routes.js";
import { circuitRoutes } from "./correspondence/circuit.routes.js";
import { correspondenceRoutes } from "./correspondence/correspondence.routes.js";
import { handlingRoutes } from "./correspondence/handling.routes.js";
import type { Database } from "./db/database.js";
import { feedRoutes } from "./feed/feed.routes.js";
import { habilitationRoutes } from "./habilitation/habilitation.routes.js";
import { homeRoutes } from "./home/home.routes.js";
import { installAuthentication } from "./http/authenticate.js";
import { installErrorHandler, sendError } from "./http/error-handler.js";
// habilitation (ASVS V3.5.1, V16.3.2)
import { installDenialJournal, installOriginCheck } from "./http/security-events.js";
import { journalRoutes } from "./journal/journal.routes.js";
import { mailInboundRoutes } from "./mail/inbound/mail-inbound.routes.js";
/* mail gateway — outbound */
import { mailOutboundRoutes } from "./mail/outbound/mail-outbound.routes.js";
import { notificationRoutes } from "./notifications/notifications.routes.js";
import { organizationRoutes } from "./organization/organization.routes.js";
import { partnersRoutes } from "./partners/partners.routes.js";
import { peopleRoutes } from "./people/people.routes.js";
import { installMetrics } from "./platform/metrics.js";
import { platformRoutes } from "./platform/platform.routes.js";
import { serveWebApp, wantsWebApp } from "./platform/static.js";
import { publicationRoutes } from "./publication/publication.routes.js";
import { recordsRoutes } from "./records/records.routes.js";
import { savedSearchRoutes } from "./search/saved-searches.routes.js";
import { searchRoutes } from "./search/search.routes.js";

export interface BuildOptions {
  config: Config;
  database: Database;
}

/**
 * Builds the whole HTTP application without listening: external plugins, then our plugins,
 * then routes. Tests call this and use `app.inject()`; `main.ts` listens.
 */
export async function build({ config, database }: BuildOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: {
      level: config.logLevel,
      redact: ["req.headers.cookie", "req.headers.authorization", 'res.headers["set-cookie"]'],
    },
    trustProxy: config.trustProxy,
    bodyLimit: 256 * 1024,
    routerOptions: { maxParamLength: 200 },
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  // The API speaks JSON only: anything else is refused with 415 rather than half-parsed.
  app.removeContentTypeParser("text/plain");

  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", "data:"],
        fontSrc: ["'self'", "data:"],
        connectSrc: ["'self'"],
        frameAncestors: ["'none'"],
        formAction: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        upgradeInsecureRequests: null,
      },
    },
    hsts: config.cookieSecure,
  });
  await app.register(fastifyCookie);
  await app.register(fastifyMultipart, {
    limits: { fileSize: config.attachmentMaxBytes, files: 1, fields: 0, parts: 1 },
  });
  await app.register(fastifyRateLimit, { max: config.rateLimitPerMinute, timeWindow: "1 minute" });
  await app.register(fastifySwagger, {
    openapi: {
      openapi: "3.1.0",
      info: {
        title: "Diplomatie API",
        description: "Portail interministériel de la correspondance diplomatique",
        version: process.env.npm_package_version ?? "0.1.0",
      },
      components: {
        securitySchemes: {
          session: { type: "apiKey", in: "cookie", name: "diplomatie_session" },
        },
      },
      security: [{ session: [] }],
    },
    transform: jsonSchemaTransform,
  });

  installErrorHandler(app);
  // habilitation (ASVS V3.5.1, V16.3.2): same-origin writes, refused accesses journaled
  installOriginCheck(app);
  installDenialJournal(app, database);
  installAuthentication(app, database, config);
  const registry = installMetrics(app);
  app.addHook("onClose", () => database.close());
  // Attachments and community files share one content-addressed store.
  const store = new BlobStore(path.join(config.dataDir, "blobs"));

  await app.register(platformRoutes, { database, registry });
  await app.register(authRoutes, { database, config });
  await app.register(peopleRoutes, { database });
  await app.register(organizationRoutes, { database });
  await app.register(journalRoutes, { database });
  await app.register(correspondenceRoutes, { database });
  await app.register(attachmentRoutes, {
    database,
    config,
    store,
  });
  await app.register(circuitRoutes, { database });
  await app.register(handlingRoutes, { database });
  await app.register(notificationRoutes, { database, config });
  await app.register(communitiesRoutes, { database });
  await app.register(libraryRoutes, {
    database,
    config,
    store,
  });
  await app.register(feedRoutes, { database });
  await app.register(searchRoutes, { database });
  await app.register(homeRoutes, { database });
  await app.register(savedSearchRoutes, { database });
  // mail gateway — inbound
  await app.register(mailInboundRoutes, { database, config, store });
  /* mail gateway — outbound */
  await app.register(mailOutboundRoutes, { database });
  // partners and public diplomacy (issue 9)
  await app.register(partnersRoutes, { database, config });
  await app.register(publicationRoutes, { database, config });
  // habilitation
  await app.register(habilitationRoutes, { database, config });
  // records management (filing plan, rules, records, holds, disposal)
  await app.register(recordsRoutes, { database, store });
  // archives (issue 8): transfers, fixity, journal seals
  await app.register(archivesRoutes, { database, store });

  app.get(
    "/api/openapi.json",
    {
      config: { access: "public" },
      schema: { hide: true },
    },
    async () => app.swagger(),
  );

  const servesWebApp = config.appDir !== null && (await serveWebApp(app, config.appDir));
  app.setNotFoundHandler((request, reply) => {
    if (servesWebApp && wantsWebApp(request.method, request.url)) {
      return reply.header("cache-control", "no-cache").sendFile("index.html");
    }
    return sendError(request, reply, "not_found", 404);
  });

  return app;
}
