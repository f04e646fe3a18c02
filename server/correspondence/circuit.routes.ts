import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import {
  Circuit,
  CorrespondenceWithCircuit,
  DecideClearanceStepBody,
  SignCorrespondenceBody,
  StepParams,
  SubmitForClearanceBody,
} from "../../shared/schemas/circuit.js";
import { ErrorResponses, IdParams } from "../../shared/schemas/common.js";
import type { Database } from "../db/database.js";
import { actorOf, requireAuth } from "../http/authenticate.js";
import {
  decideClearanceStep,
  getCircuit,
  getCorrespondenceWithCircuit,
  submitForClearance,
} from "./circuit.service.js";
import { signCorrespondence } from "./dispatch.service.js";

/** The clearance circuit: submission, visa decisions, and the signature that dispatches. */
export const circuitRoutes: FastifyPluginAsyncZod<{ database: Database }> = async (
  app,
  { database: { db } },
) => {
  app.post(
    "/api/correspondence/:id/submit",
    {
      schema: {
        operationId: "submitForClearance",
        tags: ["correspondence"],
        summary: "Submit a draft to its circuit: ordered visas, then a signature",
        params: IdParams,
        body: SubmitForClearanceBody,
        response: { 200: CorrespondenceWithCircuit, ...ErrorResponses },
      },
    },
    async (request) => {
      const { subject } = requireAuth(request);
      const actor = actorOf(request);
      await submitForClearance(db, subject, actor, request.params.id, request.body);
      return getCorrespondenceWithCircuit(db, subject, actor, request.params.id);
    },
  );

  app.post(
    "/api/correspondence/:id/steps/:stepId/decision",
    {
      schema: {
        operationId: "decideClearanceStep",
        tags: ["correspondence"],
        summary: "Approve, send back with a comment, or delegate the current visa step",
        params: StepParams,
        body: DecideClearanceStepBody,
        response: { 200: CorrespondenceWithCircuit, ...ErrorResponses },
      },
    },
    async (request) => {
      const { subject } = requireAuth(request);
      const actor = actorOf(request);
      const { id, stepId } = request.params;
      await decideClearanceStep(db, subject, actor, id, stepId, request.body);
      return getCorrespondenceWithCircuit(db, subject, actor, id);
    },
  );

  app.post(
    "/api/correspondence/:id/sign",
    {
      schema: {
        operationId: "signCorrespondence",
        tags: ["correspondence"],
        summary: "Sign, which dispatches: reference number, distribution, record copy",
        params: IdParams,
        body: SignCorrespondenceBody,
        response: { 200: CorrespondenceWithCircuit, ...ErrorResponses },
      },
    },
    async (request) => {
      const { subject } = requireAuth(request);
      const actor = actorOf(request);
      await signCorrespondence(db, subject, actor, request.params.id, request.body);
      return getCorrespondenceWithCircuit(db, subject, actor, request.params.id);
    },
  );

  app.get(
    "/api/correspondence/:id/circuit",
    {
      schema: {
        operationId: "getCircuit",
        tags: ["correspondence"],
        summary: "The circuit of a correspondence, every round and decision, in order",
        params: IdParams,
        response: { 200: Circuit, ...ErrorResponses },
      },
    },
    async (request) =>
      getCircuit(db, requireAuth(request).subject, actorOf(request), request.params.id),
  );
};
