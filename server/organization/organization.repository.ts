import {
  type Expression,
  type ExpressionBuilder,
  type Kysely,
  type SqlBool,
  sql,
  type Transaction,
} from "kysely";
import { POST_UNIT_KINDS, type UnitKind } from "../../shared/vocabulary.js";
import type { DB, OrganizationTable, UnitTable } from "../db/schema.js";
import { containsPattern } from "../search/text-fold.js";

type Handle = Kysely<DB> | Transaction<DB>;
type UnitFilter = (eb: ExpressionBuilder<DB, "units">) => Expression<SqlBool>;
type OrganizationFilter = (eb: ExpressionBuilder<DB, "organizations">) => Expression<SqlBool>;

/** Columns of a unit with its organisation, as every unit presenter expects them. */
const unitWithOrganization = [
  "units.id",
  "units.organization_id",
  "units.parent_id",
  "units.kind",
  "units.name",
  "units.short_name",
  "units.country_code",
  "units.city",
  "units.sort_key",
  "organizations.name as organization_name",
  "organizations.short_name as organization_short_name",
  "organizations.kind as organization_kind",
] as const;

export type UnitRow = Awaited<ReturnType<typeof findUnit>> & {};

export async function listOrganizations(db: Handle, readable: OrganizationFilter) {
  return db
    .selectFrom("organizations")
    .selectAll()
    .where(readable)
    .orderBy("kind")
    .orderBy("name")
    .execute();
}

export async function findOrganization(db: Handle, id: string) {
  return db.selectFrom("organizations").selectAll().where("id", "=", id).executeTakeFirst();
}

export async function findUnit(db: Handle, id: string) {
  return db
    .selectFrom("units")
    .innerJoin("organizations", "organizations.id", "units.organization_id")
    .select(unitWithOrganization)
    .where("units.id", "=", id)
    .executeTakeFirst();
}

export interface UnitSearch {
  tokens: string[];
  kind?: UnitKind;
  kinds?: readonly UnitKind[];
  country?: string;
  organizationId?: string;
  parentId?: string;
  after?: [string, string];
  limit: number;
}

/** Alphabetical, keyset-paginated search; fetches `limit + 1` rows to tell if more follow. */
export async function searchUnits(db: Handle, readable: UnitFilter, s: UnitSearch) {
  let q = db
    .selectFrom("units")
    .innerJoin("organizations", "organizations.id", "units.organization_id")
    .select(unitWithOrganization)
    .where(readable)
    .orderBy("units.sort_key")
    .orderBy("units.id")
    .limit(s.limit + 1);
  for (const token of s.tokens) {
    q = q.where(sql<SqlBool>`units.search_text like ${containsPattern(token)} escape '\\'`);
  }
  if (s.kind) q = q.where("units.kind", "=", s.kind);
  if (s.kinds) q = q.where("units.kind", "in", s.kinds);
  if (s.country) q = q.where("units.country_code", "=", s.country);
  if (s.organizationId) q = q.where("units.organization_id", "=", s.organizationId);
  if (s.parentId) q = q.where("units.parent_id", "=", s.parentId);
  if (s.after) {
    const [sortKey, id] = s.after;
    q = q.where((eb) =>
      eb.or([
        eb("units.sort_key", ">", sortKey),
        eb.and([eb("units.sort_key", "=", sortKey), eb("units.id", ">", id)]),
      ]),
    );
  }
  return q.execute();
}

/** Every unit of one organisation (an org chart is bounded by the organisation's size). */
export async function listUnitsOfOrganization(db: Handle, organizationId: string) {
  return db
    .selectFrom("units")
    .select(["id", "parent_id", "kind", "name", "short_name", "country_code", "city"])
    .where("organization_id", "=", organizationId)
    .orderBy("sort_key")
    .execute();
}

/** The chain of parents from the root down to (excluding) the unit, in one recursive query. */
export async function listAncestors(db: Handle, unitId: string) {
  const rows = await db
    .withRecursive("chain(id, parent_id, depth)", (qc) =>
      qc
        .selectFrom("units")
        .select(["units.id", "units.parent_id", sql<number>`0`.as("depth")])
        .where("units.id", "=", unitId)
        .unionAll((q) =>
          q
            .selectFrom("units")
            .innerJoin("chain", "chain.parent_id", "units.id")
            .select(["units.id", "units.parent_id", sql<number>`chain.depth + 1`.as("depth")])
            // Bounds the walk should the tree ever hold a cycle; real trees are < 10 deep.
            .where("chain.depth", "<", 64),
        ),
    )
    .selectFrom("chain")
    .innerJoin("units", "units.id", "chain.id")
    .select([
      "units.id",
      "units.kind",
      "units.name",
      "units.short_name",
      "units.country_code",
      "units.city",
      "chain.depth",
    ])
    .where("chain.depth", ">", 0)
    .orderBy("chain.depth", "desc")
    .execute();
  return rows;
}

export async function listChildren(db: Handle, unitId: string) {
  return db
    .selectFrom("units")
    .select(["id", "kind", "name", "short_name", "country_code", "city"])
    .where("parent_id", "=", unitId)
    .orderBy("sort_key")
    .execute();
}

/** How many people hold a current assignment in the unit. */
export async function countCurrentMembers(db: Handle, unitId: string, today: string) {
  const row = await db
    .selectFrom("assignments")
    .select((eb) => eb.fn.count<string | number>("assignments.user_id").distinct().as("n"))
    .where("unit_id", "=", unitId)
    .where("starts_on", "<=", today)
    .where((eb) => eb.or([eb("ends_on", "is", null), eb("ends_on", ">=", today)]))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Posts abroad (embassies, consulates, permanent representations), by country then name. */
export async function listPosts(db: Handle, readable: UnitFilter) {
  return db
    .selectFrom("units")
    .select(["id", "kind", "name", "short_name", "country_code", "city"])
    .where(readable)
    .where("kind", "in", POST_UNIT_KINDS)
    .orderBy("country_code")
    .orderBy("sort_key")
    .execute();
}

/**
 * Whether `candidateId` is `unitId` itself or one of its descendants (to refuse cycles): walks
 * up from the candidate with UNION, which ends even on a tree already damaged, at any depth.
 */
export async function isSelfOrDescendant(db: Handle, unitId: string, candidateId: string) {
  const row = await db
    .withRecursive("above(id, parent_id)", (qc) =>
      qc
        .selectFrom("units")
        .select(["units.id", "units.parent_id"])
        .where("units.id", "=", candidateId)
        .union((q) =>
          q
            .selectFrom("units")
            .innerJoin("above", "above.parent_id", "units.id")
            .select(["units.id", "units.parent_id"]),
        ),
    )
    .selectFrom("above")
    .select("id")
    .where("id", "=", unitId)
    .executeTakeFirst();
  return row !== undefined;
}

export async function insertOrganization(db: Handle, row: OrganizationTable) {
  await db.insertInto("organizations").values(row).execute();
}

export async function insertUnit(db: Handle, row: UnitTable) {
  await db.insertInto("units").values(row).execute();
}

export async function updateUnitRow(db: Handle, id: string, changes: Partial<UnitTable>) {
  await db.updateTable("units").set(changes).where("id", "=", id).execute();
}
