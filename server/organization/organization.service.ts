import { randomUUID } from "node:crypto";
import type { Kysely } from "kysely";
import type { z } from "zod";
import type {
  CreateUnitBody,
  OrgChart,
  UnitDetail,
  UnitSearchQuery,
  UpdateUnitBody,
} from "../../shared/schemas/organization.js";
import { isPostKind } from "../../shared/vocabulary.js";
import type { DB } from "../db/schema.js";
import { AppError, notFound } from "../errors.js";
import { type Actor, emit } from "../events/events.js";
import { decodeCursor, toPage } from "../http/cursor.js";
import { can } from "../policy/policy.js";
import { type Subject, todayUtc } from "../policy/subject.js";
import { foldText, queryTokens } from "../search/text-fold.js";
import {
  presentOrganizationRef,
  presentOrgChart,
  presentPostNetwork,
  presentUnitRef,
  presentUnitSummary,
} from "./organization.presenter.js";
import {
  countCurrentMembers,
  findOrganization,
  findUnit,
  insertUnit,
  isSelfOrDescendant,
  listAncestors,
  listChildren,
  listOrganizations,
  listPosts,
  listUnitsOfOrganization,
  searchUnits,
  updateUnitRow,
} from "./organization.repository.js";
import { readableOrganizations, readableUnits } from "./unit.policy.js";

/** Organisations whose directory the user may browse. */
export async function listVisibleOrganizations(db: Kysely<DB>, subject: Subject) {
  const rows = await listOrganizations(db, readableOrganizations(subject));
  return { items: rows.map(presentOrganizationRef) };
}

/** Searches units by name, kind, country or parent, alphabetically. */
export async function searchUnitDirectory(
  db: Kysely<DB>,
  subject: Subject,
  query: z.infer<typeof UnitSearchQuery>,
) {
  const after = decodeCursor(query.cursor, ["string", "string"]) as [string, string] | undefined;
  const rows = await searchUnits(db, readableUnits(subject), {
    tokens: queryTokens(query.q),
    kind: query.kind,
    country: query.country,
    organizationId: query.organizationId,
    parentId: query.parentId,
    after,
    limit: query.limit,
  });
  return toPage(rows, query.limit, presentUnitSummary, (r) => [r.sort_key, r.id]);
}

/** Loads a unit the subject may see, or answers not found. */
async function loadVisibleUnit(db: Kysely<DB>, subject: Subject, id: string) {
  const unit = await findUnit(db, id);
  if (!unit || !can(subject, "read", { type: "unit", id, organizationId: unit.organization_id })) {
    throw notFound();
  }
  return unit;
}

/** A unit's page: where it sits, what it contains, how many people work there. */
export async function getUnitDetail(
  db: Kysely<DB>,
  subject: Subject,
  id: string,
): Promise<UnitDetail> {
  const unit = await loadVisibleUnit(db, subject, id);
  const [ancestors, children, memberCount] = await Promise.all([
    listAncestors(db, id),
    listChildren(db, id),
    countCurrentMembers(db, id, todayUtc()),
  ]);
  const resource = { type: "unit", id, organizationId: unit.organization_id } as const;
  return {
    ...presentUnitSummary(unit),
    ancestors: ancestors.map(presentUnitRef),
    children: children.map(presentUnitRef),
    memberCount,
    abilities: {
      update: can(subject, "update", resource),
      createChild: can(subject, "update", resource),
    },
  };
}

/** The organisation chart of one organisation. */
export async function getOrgChart(
  db: Kysely<DB>,
  subject: Subject,
  organizationId: string,
): Promise<OrgChart> {
  const organization = await findOrganization(db, organizationId);
  if (!organization || (subject.isExternal && organization.id !== subject.organizationId)) {
    throw notFound();
  }
  const units = await listUnitsOfOrganization(db, organizationId);
  return { organization: presentOrganizationRef(organization), roots: presentOrgChart(units) };
}

/** The network of posts abroad, by country. */
export async function getPostNetwork(db: Kysely<DB>, subject: Subject) {
  return presentPostNetwork(await listPosts(db, readableUnits(subject)));
}

function requireAdministrator(subject: Subject) {
  // The admin area is invisible to others: not found rather than forbidden.
  if (!can(subject, "administer", { type: "platform" })) throw notFound();
}

function checkPostLocation(
  kind: CreateUnitBody["kind"],
  countryCode: string | null,
  city: string | null,
) {
  if (isPostKind(kind) && (!countryCode || !city)) {
    throw new AppError("invalid_input", {
      countryCode: "required_for_posts",
      city: "required_for_posts",
    });
  }
}

/** Creates a unit in an organisation's tree (administrators only). */
export async function createUnit(
  db: Kysely<DB>,
  subject: Subject,
  actor: Actor,
  body: CreateUnitBody,
): Promise<string> {
  requireAdministrator(subject);
  checkPostLocation(body.kind, body.countryCode, body.city);
  return db.transaction().execute(async (trx) => {
    if (!(await findOrganization(trx, body.organizationId))) {
      throw new AppError("invalid_input", { organizationId: "unknown" });
    }
    if (body.parentId) {
      const parent = await findUnit(trx, body.parentId);
      if (!parent || parent.organization_id !== body.organizationId) {
        throw new AppError("invalid_input", { parentId: "unknown_in_organization" });
      }
    }
    const id = randomUUID();
    const now = new Date().toISOString();
    await insertUnit(trx, {
      id,
      organization_id: body.organizationId,
      parent_id: body.parentId,
      kind: body.kind,
      name: body.name,
      short_name: body.shortName,
      country_code: body.countryCode,
      city: body.city,
      search_text: unitSearchText(body.name, body.shortName, body.city),
      sort_key: foldText(body.name),
      created_at: now,
      updated_at: now,
    });
    await emit(trx, actor, {
      type: "unit.created",
      target: { type: "unit", id },
      details: { ...body },
    });
    return id;
  });
}

/** Renames, moves or relocates a unit (administrators only); refuses cycles in the tree. */
export async function updateUnit(
  db: Kysely<DB>,
  subject: Subject,
  actor: Actor,
  id: string,
  body: UpdateUnitBody,
): Promise<void> {
  requireAdministrator(subject);
  await db.transaction().execute(async (trx) => {
    const unit = await findUnit(trx, id);
    if (!unit) throw notFound();
    if (body.parentId) {
      const parent = await findUnit(trx, body.parentId);
      if (!parent || parent.organization_id !== unit.organization_id) {
        throw new AppError("invalid_input", { parentId: "unknown_in_organization" });
      }
      if (await isSelfOrDescendant(trx, id, body.parentId)) throw new AppError("unit_cycle");
    }
    const next = {
      name: body.name ?? unit.name,
      shortName: body.shortName ?? unit.short_name,
      countryCode: body.countryCode === undefined ? unit.country_code : body.countryCode,
      city: body.city === undefined ? unit.city : body.city,
    };
    checkPostLocation(unit.kind, next.countryCode, next.city);
    await updateUnitRow(trx, id, {
      parent_id: body.parentId === undefined ? unit.parent_id : body.parentId,
      name: next.name,
      short_name: next.shortName,
      country_code: next.countryCode,
      city: next.city,
      search_text: unitSearchText(next.name, next.shortName, next.city),
      sort_key: foldText(next.name),
      updated_at: new Date().toISOString(),
    });
    await emit(trx, actor, {
      type: "unit.updated",
      target: { type: "unit", id },
      details: { ...body },
    });
  });
}

/** What directory search matches a unit on. */
export function unitSearchText(name: string, shortName: string, city: string | null): string {
  return foldText([name, shortName, city ?? ""].join(" "));
}
