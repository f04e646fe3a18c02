import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { ErrorResponses, IdParams } from "../../shared/schemas/common.js";
import { CorrespondenceDetail } from "../../shared/schemas/correspondence.js";
import {
  AssignActionBody,
  CloseActionBody,
  DistributionList,
  ReplyBody,
} from "../../shared/schemas/handling.js";
import type { Database } from "../db/database.js";
import { actorOf, requireAuth } from "../http/authenticate.js";
import { getCorrespondence } from "./correspondence.service.js";
import {
  acknowledge,
  assignAction,
  closeAction,
  getDistribution,
  replyToCorrespondence,
} from "./handling.service.js";

/** What addressees do with dispatched correspondence: acknowledge, assign, answer, close. */
export const handlingRoutes: FastifyPluginAsyncZod<{ database: Database }> = async (
  app,
  { database: { db } },
) => {
  app.get(
    "/api/correspondence/:id/distribution",
    {
      schema: {
        operationId: "getDistribution",
        tags: ["correspondence"],
        summary: "Addressees with handling states, deadlines, alerts and read receipts",
        params: IdParams,
        response: { 200: DistributionList, ...ErrorResponses },
      },
    },
    async (request) => getDistribution(db, requireAuth(request).subject, request.params.id),
  );

  app.post(
    "/api/correspondence/:id/acknowledge",
    {
      schema: {
        operationId: "acknowledge",
        tags: ["correspondence"],
        summary: "Acknowledge an action addressed to you, your unit or community",
        params: IdParams,
        response: { 200: DistributionList, ...ErrorResponses },
      },
    },
    async (request) => {
      const { subject } = requireAuth(request);
      await acknowledge(db, subject, actorOf(request), request.params.id);
      return getDistribution(db, subject, request.params.id);
    },
  );

  app.post(
    "/api/correspondence/:id/assign",
    {
      schema: {
        operationId: "assignAction",
        tags: ["correspondence"],
        summary: "Assign the action to a colleague of the addressee unit or community",
        params: IdParams,
        body: AssignActionBody,
        response: { 200: DistributionList, ...ErrorResponses },
      },
    },
    async (request) => {
      const { subject } = requireAuth(request);
      await assignAction(db, subject, actorOf(request), request.params.id, request.body);
      return getDistribution(db, subject, request.params.id);
    },
  );

  app.post(
    "/api/correspondence/:id/close",
    {
      schema: {
        operationId: "closeAction",
        tags: ["correspondence"],
        summary: "Close the action with a comment",
        params: IdParams,
        body: CloseActionBody,
        response: { 200: DistributionList, ...ErrorResponses },
      },
    },
    async (request) => {
      const { subject } = requireAuth(request);
      await closeAction(db, subject, actorOf(request), request.params.id, request.body);
      return getDistribution(db, subject, request.params.id);
    },
  );

  app.post(
    "/api/correspondence/:id/reply",
    {
      schema: {
        operationId: "replyToCorrespondence",
        tags: ["correspondence"],
        summary: "Answer: start a draft that REFs this correspondence, addressed to its sender",
        params: IdParams,
        body: ReplyBody,
        response: { 201: CorrespondenceDetail, ...ErrorResponses },
      },
    },
    async (request, reply) => {
      const { subject } = requireAuth(request);
      const actor = actorOf(request);
      const answerId = await replyToCorrespondence(
        db,
        subject,
        actor,
        request.params.id,
        request.body,
      );
      return reply.code(201).send(await getCorrespondence(db, subject, actor, answerId));
    },
  );
};
