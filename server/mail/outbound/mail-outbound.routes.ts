import type { FastifyPluginAsyncZod, ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { ErrorResponses } from "../../../shared/schemas/common.js";
import {
  MailOutboxOverview,
  MailOutboxQuery,
  MailSettings,
  UpdateMailSettingsBody,
} from "../../../shared/schemas/mail-outbound.js";
import type { Database } from "../../db/database.js";
import { AppError } from "../../errors.js";
import { actorOf, requireAuth } from "../../http/authenticate.js";
import { requestLocale } from "../../http/locale.js";
import { listMailOutbox } from "./mail-outbox.service.js";
import { getMailSettings, updateMailSettings } from "./mail-settings.service.js";
import { mailLocale } from "./mail-text.js";
import { readUnsubscribeLink, unsubscribeByLink } from "./unsubscribe.service.js";
import { confirmPage, donePage, invalidLinkPage } from "./unsubscribe-page.js";

const UnsubscribeParams = z.strictObject({ token: z.string().min(1).max(200) });
/** RFC 8058: a one-click POST carries exactly this field. */
const OneClickBody = z.object({ "List-Unsubscribe": z.literal("One-Click") });

/** Mail settings, the administrators' outbox, and the public one-click unsubscribe. */
export const mailOutboundRoutes: FastifyPluginAsyncZod<{ database: Database }> = async (
  app,
  { database: { db } },
) => {
  app.get(
    "/api/mail/settings",
    {
      schema: {
        operationId: "getMailSettings",
        tags: ["mail"],
        summary: "Your mail settings: address, digest frequency, how each type reaches you",
        response: { 200: MailSettings, ...ErrorResponses },
      },
    },
    async (request) => getMailSettings(db, requireAuth(request).subject),
  );

  app.put(
    "/api/mail/settings",
    {
      schema: {
        operationId: "updateMailSettings",
        tags: ["mail"],
        summary: "Change your mail settings (only the fields given)",
        body: UpdateMailSettingsBody,
        response: { 200: MailSettings, ...ErrorResponses },
      },
    },
    async (request) =>
      updateMailSettings(db, requireAuth(request).subject, actorOf(request), request.body),
  );

  app.get(
    "/api/admin/mail-outbox",
    {
      config: { ability: "administer" },
      schema: {
        operationId: "listMailOutbox",
        tags: ["admin"],
        summary: "The outbox: counts per state and its rows, newest first (never their content)",
        querystring: MailOutboxQuery,
        response: { 200: MailOutboxOverview, ...ErrorResponses },
      },
    },
    async (request) => listMailOutbox(db, requireAuth(request).subject, request.query),
  );

  // The unsubscribe address takes the form bodies mail clients POST (RFC 8058); only here.
  await app.register(async (scope) => {
    const unsubscribe = scope.withTypeProvider<ZodTypeProvider>();
    unsubscribe.addContentTypeParser(
      "application/x-www-form-urlencoded",
      { parseAs: "string", bodyLimit: 1024 },
      (_request, body, done) => done(null, Object.fromEntries(new URLSearchParams(String(body)))),
    );

    unsubscribe.get(
      "/api/mail/unsubscribe/:token",
      {
        config: { access: "public" },
        schema: {
          operationId: "showUnsubscribe",
          tags: ["mail"],
          summary:
            "The page of an unsubscribe link: what it turns off, and a button (changes nothing)",
          params: UnsubscribeParams,
        },
      },
      async (request, reply) => {
        const target = await readUnsubscribeLink(db, request.params.token);
        reply.type("text/html; charset=utf-8").header("cache-control", "no-store");
        if (!target) return reply.code(404).send(invalidLinkPage(requestLocale(request)));
        return confirmPage(mailLocale(target.locale), target.types);
      },
    );

    unsubscribe.post(
      "/api/mail/unsubscribe/:token",
      {
        config: { access: "public" },
        schema: {
          operationId: "unsubscribeOneClick",
          tags: ["mail"],
          summary: "One-click unsubscribe (RFC 8058): turns off e-mails of the link's types",
          params: UnsubscribeParams,
        },
      },
      async (request, reply) => {
        if (!OneClickBody.safeParse(request.body).success) {
          throw new AppError("invalid_input", { body: "List-Unsubscribe=One-Click" });
        }
        const target = await unsubscribeByLink(db, request.params.token, request.ip ?? null);
        reply.type("text/html; charset=utf-8").header("cache-control", "no-store");
        if (!target) return reply.code(404).send(invalidLinkPage(requestLocale(request)));
        return donePage(mailLocale(target.locale), target.types);
      },
    );
  });
};
