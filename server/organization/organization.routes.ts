import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { ErrorResponses, IdParams } from "../../shared/schemas/common.js";
import {
  CreateUnitBody,
  OrganizationList,
  OrgChart,
  OrgChartParams,
  PostNetwork,
  UnitDetail,
  UnitPage,
  UnitSearchQuery,
  UpdateUnitBody,
} from "../../shared/schemas/organization.js";
import type { Database } from "../db/database.js";
import { actorOf, requireAuth } from "../http/authenticate.js";
import {
  createUnit,
  getOrgChart,
  getPostNetwork,
  getUnitDetail,
  listVisibleOrganizations,
  searchUnitDirectory,
  updateUnit,
} from "./organization.service.js";

/** The directory of organisations and units, and the administration of units. */
export const organizationRoutes: FastifyPluginAsyncZod<{ database: Database }> = async (
  app,
  { database: { db } },
) => {
  app.get(
    "/api/directory/organizations",
    {
      schema: {
        operationId: "listOrganizations",
        tags: ["directory"],
        summary: "Organisations whose directory the user may browse",
        response: { 200: OrganizationList, ...ErrorResponses },
      },
    },
    async (request) => listVisibleOrganizations(db, requireAuth(request).subject),
  );

  app.get(
    "/api/directory/organizations/:organizationId/chart",
    {
      schema: {
        operationId: "getOrganizationChart",
        tags: ["directory"],
        summary: "The organisation chart: directorates, sub-directorates, offices and posts",
        params: OrgChartParams,
        response: { 200: OrgChart, ...ErrorResponses },
      },
    },
    async (request) => getOrgChart(db, requireAuth(request).subject, request.params.organizationId),
  );

  app.get(
    "/api/directory/units",
    {
      schema: {
        operationId: "searchUnits",
        tags: ["directory"],
        summary: "Search units by name, kind, country or parent (keyset-paginated)",
        querystring: UnitSearchQuery,
        response: { 200: UnitPage, ...ErrorResponses },
      },
    },
    async (request) => searchUnitDirectory(db, requireAuth(request).subject, request.query),
  );

  app.get(
    "/api/directory/units/:id",
    {
      schema: {
        operationId: "getUnit",
        tags: ["directory"],
        summary: "A unit: its place in the tree, sub-units and head count",
        params: IdParams,
        response: { 200: UnitDetail, ...ErrorResponses },
      },
    },
    async (request) => getUnitDetail(db, requireAuth(request).subject, request.params.id),
  );

  app.get(
    "/api/directory/posts",
    {
      schema: {
        operationId: "listPostsByCountry",
        tags: ["directory"],
        summary: "The network of posts abroad, by country",
        response: { 200: PostNetwork, ...ErrorResponses },
      },
    },
    async (request) => getPostNetwork(db, requireAuth(request).subject),
  );

  app.post(
    "/api/admin/units",
    {
      config: { ability: "administer" },
      schema: {
        operationId: "createUnit",
        tags: ["admin"],
        summary: "Create a unit",
        body: CreateUnitBody,
        response: { 201: UnitDetail, ...ErrorResponses },
      },
    },
    async (request, reply) => {
      const { subject } = requireAuth(request);
      const id = await createUnit(db, subject, actorOf(request), request.body);
      return reply.code(201).send(await getUnitDetail(db, subject, id));
    },
  );

  app.patch(
    "/api/admin/units/:id",
    {
      config: { ability: "administer" },
      schema: {
        operationId: "updateUnit",
        tags: ["admin"],
        summary: "Rename, move or relocate a unit",
        params: IdParams,
        body: UpdateUnitBody,
        response: { 200: UnitDetail, ...ErrorResponses },
      },
    },
    async (request) => {
      const { subject } = requireAuth(request);
      await updateUnit(db, subject, actorOf(request), request.params.id, request.body);
      return getUnitDetail(db, subject, request.params.id);
    },
  );
};
