import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { ErrorResponses } from "../../shared/schemas/common.js";
import {
  ListNotificationsQuery,
  MarkNotificationsReadBody,
  MarkNotificationsReadResult,
  NotificationPage,
  NotificationPreferences,
  UnreadCounts,
  UpdateNotificationPreferencesBody,
} from "../../shared/schemas/notifications.js";
import type { Config } from "../config.js";
import type { Database } from "../db/database.js";
import { AppError } from "../errors.js";
import { actorOf, requireAuth } from "../http/authenticate.js";
import { NotificationHub, type StreamClient } from "./notification-hub.js";
import {
  getNotificationPreferences,
  getUnreadCounts,
  listNotifications,
  markNotificationsRead,
  updateNotificationPreferences,
} from "./notifications.service.js";

/** Last-Event-ID is a sequence number we sent: digits only, nothing else is honoured. */
function parseLastEventId(header: string | string[] | undefined): number | null {
  if (header === undefined) return null;
  const value = Array.isArray(header) ? header[0] : header;
  if (value === undefined || value === "") return null;
  if (!/^\d{1,15}$/.test(value)) throw new AppError("invalid_input", { lastEventId: "malformed" });
  return Number(value);
}

/** The notification centre, preferences and the live stream (Server-Sent Events). */
export const notificationRoutes: FastifyPluginAsyncZod<{
  database: Database;
  config: Config;
}> = async (app, { database: { db }, config }) => {
  const hub = new NotificationHub(db, {
    tickMs: config.notificationStreamTickMs,
    heartbeatMs: config.notificationStreamHeartbeatSeconds * 1000,
    onError: (error) => app.log.error({ err: error }, "notification stream tick failed"),
  });
  hub.start();
  // Open streams would keep the server from closing: end them first.
  app.addHook("preClose", async () => hub.stop());

  app.get(
    "/api/notifications",
    {
      schema: {
        operationId: "listNotifications",
        tags: ["notifications"],
        summary: "Your notifications, newest first; filter unread or by type",
        querystring: ListNotificationsQuery,
        response: { 200: NotificationPage, ...ErrorResponses },
      },
    },
    async (request) => listNotifications(db, requireAuth(request).subject, request.query),
  );

  app.get(
    "/api/notifications/unread-counts",
    {
      schema: {
        operationId: "getUnreadNotificationCounts",
        tags: ["notifications"],
        summary: "How many unread notifications you have, per type",
        response: { 200: UnreadCounts, ...ErrorResponses },
      },
    },
    async (request) => getUnreadCounts(db, requireAuth(request).subject),
  );

  app.post(
    "/api/notifications/read",
    {
      schema: {
        operationId: "markNotificationsRead",
        tags: ["notifications"],
        summary: "Mark some of your notifications, or all (of a type), as read",
        body: MarkNotificationsReadBody,
        response: { 200: MarkNotificationsReadResult, ...ErrorResponses },
      },
    },
    async (request) =>
      markNotificationsRead(db, requireAuth(request).subject, actorOf(request), request.body),
  );

  app.get(
    "/api/notifications/preferences",
    {
      schema: {
        operationId: "getNotificationPreferences",
        tags: ["notifications"],
        summary: "How each type of notification reaches you",
        response: { 200: NotificationPreferences, ...ErrorResponses },
      },
    },
    async (request) => getNotificationPreferences(db, requireAuth(request).subject),
  );

  app.put(
    "/api/notifications/preferences",
    {
      schema: {
        operationId: "updateNotificationPreferences",
        tags: ["notifications"],
        summary: "Change how some types of notification reach you",
        body: UpdateNotificationPreferencesBody,
        response: { 200: NotificationPreferences, ...ErrorResponses },
      },
    },
    async (request) =>
      updateNotificationPreferences(
        db,
        requireAuth(request).subject,
        actorOf(request),
        request.body,
      ),
  );

  app.get(
    "/api/events",
    {
      schema: {
        operationId: "streamEvents",
        tags: ["notifications"],
        summary:
          "Live notifications as Server-Sent Events; send Last-Event-ID to replay what you missed",
        headers: z.looseObject({ "last-event-id": z.string().max(32).optional() }),
        response: { ...ErrorResponses },
      },
    },
    async (request, reply) => {
      const { subject } = requireAuth(request);
      const lastEventId = parseLastEventId(request.headers["last-event-id"]);
      reply.hijack();
      const res = reply.raw;
      res.writeHead(200, {
        "content-type": "text/event-stream; charset=utf-8",
        "cache-control": "no-cache, no-transform",
        connection: "keep-alive",
        // Reverse proxies (nginx) must not buffer the stream.
        "x-accel-buffering": "no",
      });
      res.flushHeaders();
      request.raw.socket.setNoDelay(true);
      const client: StreamClient = {
        userId: subject.userId,
        lastSentSeq: 0,
        pending: null,
        write: (chunk) => {
          if (!res.writableEnded && !res.destroyed) res.write(chunk);
        },
        backlog: () => res.writableLength,
        end: () => {
          if (!res.writableEnded) res.end();
        },
      };
      // Closed after a while: the browser reconnects at once with Last-Event-ID, which
      // authenticates again, so a signed-out or disabled account keeps no old stream open.
      const lifetime = setTimeout(() => {
        hub.disconnect(client);
        client.end();
      }, config.notificationStreamMaxSeconds * 1000);
      lifetime.unref();
      request.raw.on("close", () => {
        clearTimeout(lifetime);
        hub.disconnect(client);
      });
      await hub.connect(client, lastEventId).catch((error: unknown) => {
        request.log.error({ err: error }, "event stream failed to start");
        hub.disconnect(client);
        client.end();
      });
    },
  );
};
