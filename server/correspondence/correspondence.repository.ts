import {
  type Expression,
  type ExpressionBuilder,
  type Kysely,
  type SelectQueryBuilder,
  type SqlBool,
  sql,
  type Transaction,
} from "kysely";
import type { AddresseeType } from "../../shared/vocabulary.js";
import type { CorrespondenceTable, CorrespondenceVersionTable, DB } from "../db/schema.js";

type Handle = Kysely<DB> | Transaction<DB>;
type CorrespondenceFilter = (eb: ExpressionBuilder<DB, "correspondences">) => Expression<SqlBool>;

/** A correspondence with its originating unit and drafter, as presenters expect it. */
function selectCorrespondences(db: Handle) {
  return db
    .selectFrom("correspondences")
    .innerJoin("units", "units.id", "correspondences.origin_unit_id")
    .innerJoin("users", "users.id", "correspondences.drafter_id")
    .selectAll("correspondences")
    .select([
      "units.kind as unit_kind",
      "units.name as unit_name",
      "units.short_name as unit_short_name",
      "units.country_code as unit_country_code",
      "units.city as unit_city",
      "users.display_name as drafter_name",
    ]);
}

export type CorrespondenceRow = Awaited<
  ReturnType<ReturnType<typeof selectCorrespondences>["execute"]>
>[number];

/** One correspondence if the filter lets the reader see it. */
export async function findReadableCorrespondence(
  db: Handle,
  readable: CorrespondenceFilter,
  id: string,
) {
  return selectCorrespondences(db)
    .where("correspondences.id", "=", id)
    .where(readable)
    .executeTakeFirst();
}

/** Of the given ids, those the reader may see (REF links to anything else do not exist). */
export async function filterReadableIds(
  db: Handle,
  readable: CorrespondenceFilter,
  ids: readonly string[],
): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db
    .selectFrom("correspondences")
    .select("id")
    .where("id", "in", ids)
    .where(readable)
    .execute();
  return new Set(rows.map((r) => r.id));
}

export async function listEditorIds(db: Handle, correspondenceId: string) {
  const rows = await db
    .selectFrom("correspondence_editors")
    .select("user_id")
    .where("correspondence_id", "=", correspondenceId)
    .execute();
  return rows.map((r) => r.user_id);
}

export async function insertEditor(
  db: Handle,
  row: { correspondence_id: string; user_id: string; added_by: string; added_at: string },
) {
  await db.insertInto("correspondence_editors").values(row).execute();
}

export async function insertCorrespondence(db: Handle, row: CorrespondenceTable) {
  await db.insertInto("correspondences").values(row).execute();
}

/** Stores a new version if the current one is still `baseVersion`; false when someone saved first. */
export async function saveNewVersion(
  db: Handle,
  id: string,
  baseVersion: number,
  changes: Pick<
    CorrespondenceTable,
    "subject" | "precedence" | "marking" | "content" | "updated_at"
  >,
): Promise<boolean> {
  const result = await db
    .updateTable("correspondences")
    .set({ ...changes, version: baseVersion + 1 })
    .where("id", "=", id)
    .where("version", "=", baseVersion)
    .where("state", "=", "draft")
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function insertVersion(db: Handle, row: CorrespondenceVersionTable) {
  await db.insertInto("correspondence_versions").values(row).execute();
}

export async function listVersions(db: Handle, correspondenceId: string) {
  return db
    .selectFrom("correspondence_versions")
    .innerJoin("users", "users.id", "correspondence_versions.author_id")
    .select([
      "correspondence_versions.version",
      "correspondence_versions.created_at",
      "users.id as author_id",
      "users.display_name as author_name",
    ])
    .where("correspondence_id", "=", correspondenceId)
    .orderBy("version", "desc")
    .execute();
}

/** Two saved versions of a correspondence, with their authors and content (canonical JSON). */
export async function findVersions(
  db: Handle,
  correspondenceId: string,
  versions: readonly number[],
) {
  return db
    .selectFrom("correspondence_versions")
    .innerJoin("users", "users.id", "correspondence_versions.author_id")
    .select([
      "correspondence_versions.version",
      "correspondence_versions.content",
      "correspondence_versions.created_at",
      "users.id as author_id",
      "users.display_name as author_name",
    ])
    .where("correspondence_id", "=", correspondenceId)
    .where("version", "in", [...versions])
    .execute();
}

/**
 * How many of the given addressees the drafter may address: people and units the directory
 * shows them, communities they may know of (a secret one only if they belong to it).
 */
export async function countAddressable(
  db: Handle,
  filters: {
    people: (eb: ExpressionBuilder<DB, "users">) => Expression<SqlBool>;
    units: (eb: ExpressionBuilder<DB, "units">) => Expression<SqlBool>;
    communities: (eb: ExpressionBuilder<DB, "communities">) => Expression<SqlBool>;
  },
  type: "unit" | "user" | "community",
  ids: readonly string[],
): Promise<number> {
  if (ids.length === 0) return 0;
  const unique = [...new Set(ids)];
  const rows =
    type === "user"
      ? await db
          .selectFrom("users")
          .select("id")
          .where("id", "in", unique)
          .where(filters.people)
          .execute()
      : type === "unit"
        ? await db
            .selectFrom("units")
            .select("id")
            .where("id", "in", unique)
            .where(filters.units)
            .execute()
        : await db
            .selectFrom("communities")
            .select("id")
            .where("id", "in", unique)
            .where(filters.communities)
            .execute();
  return rows.length;
}

/**
 * The distributions of the current correspondence row addressed to a user: directly, to one of
 * their units, or to one of their communities.
 */
export function ownDistributions(
  eb: ExpressionBuilder<DB, "correspondences">,
  userId: string,
  unitIds: readonly string[],
  mode: "action" | "info",
) {
  return eb
    .selectFrom("distributions as d")
    .whereRef("d.correspondence_id", "=", "correspondences.id")
    .where("d.mode", "=", mode)
    .where((d) =>
      d.or([
        d.and([d("d.addressee_type", "=", "user"), d("d.addressee_id", "=", userId)]),
        d.and([d("d.addressee_type", "=", "unit"), d("d.addressee_id", "in", [...unitIds])]),
        d.and([
          d("d.addressee_type", "=", "community"),
          d(
            "d.addressee_id",
            "in",
            d.selectFrom("memberships").select("community_id").where("user_id", "=", userId),
          ),
        ]),
      ]),
    );
}

export interface InboxSearch {
  box: "action" | "info" | "circuit" | "sent" | "drafts";
  userId: string;
  unitIds: readonly string[];
  /** Units whose release authority the user holds: they decide those units' circuit steps. */
  headOfUnitIds: readonly string[];
  after?: [string, string];
  limit: number;
}

/** The columns a box row shows: everything but the content, which a summary does not need. */
export function selectSummaries(db: Handle) {
  return db
    .selectFrom("correspondences")
    .innerJoin("units", "units.id", "correspondences.origin_unit_id")
    .select([
      "correspondences.id",
      "correspondences.kind",
      "correspondences.state",
      "correspondences.origin_unit_id",
      "correspondences.reference",
      "correspondences.subject",
      "correspondences.precedence",
      "correspondences.marking",
      "correspondences.updated_at",
      "correspondences.dispatched_at",
      "units.kind as unit_kind",
      "units.name as unit_name",
      "units.short_name as unit_short_name",
      "units.country_code as unit_country_code",
      "units.city as unit_city",
    ]);
}

export type SummaryRow = Awaited<ReturnType<ReturnType<typeof selectSummaries>["execute"]>>[number];

/**
 * Every addressee the user answers for: themselves, each of their units, each of their
 * communities. Boxes and the home read one branch per addressee (see `unionOfBranches`).
 */
export async function readerAddressees(
  db: Handle,
  userId: string,
  unitIds: readonly string[],
): Promise<[AddresseeType, string][]> {
  const communities = await db
    .selectFrom("memberships")
    .select("community_id")
    .where("user_id", "=", userId)
    .execute();
  return [
    ["user", userId],
    ...unitIds.map((id): [AddresseeType, string] => ["unit", id]),
    ...communities.map((c): [AddresseeType, string] => ["community", c.community_id]),
  ];
}

/**
 * The correspondence ids of several branch pages, each an ordered and limited query over one
 * addressee's distributions. Each is a derived table, so it keeps its own ORDER BY and LIMIT
 * inside the UNION; the caller orders the union once.
 */
export async function unionOfBranches(
  db: Handle,
  pages: readonly SelectQueryBuilder<
    DB & { d: DB["distributions"] },
    "d" | "correspondences",
    { correspondence_id: string }
  >[],
): Promise<string[]> {
  const branches = pages.map((page) => db.selectFrom(page.as("b")).select("b.correspondence_id"));
  const [first, ...others] = branches;
  if (!first) return [];
  const union = others.reduce((all, branch) => all.unionAll(branch), first);
  return (await union.execute()).map((r) => r.correspondence_id);
}

/**
 * The ids of one page of an addressee box, found from the addressee's side: one branch per
 * addressee the user answers for, each walking `distributions_addressee_idx` newest first and
 * stopping after `limit` readable documents. A page never costs more than the branches' pages,
 * however large the corpus.
 */
async function addresseeBoxIds(db: Handle, readable: CorrespondenceFilter, s: InboxSearch) {
  const addressees = await readerAddressees(db, s.userId, s.unitIds);
  const mode = s.box === "action" ? "action" : "info";
  const branches = addressees.map(([type, id]) => {
    let branch = db
      .selectFrom("distributions as d")
      .innerJoin("correspondences", "correspondences.id", "d.correspondence_id")
      .select("d.correspondence_id")
      .where("d.addressee_type", "=", type)
      .where("d.addressee_id", "=", id)
      .where("d.mode", "=", mode)
      .where(readable);
    if (s.after) {
      const [date, after] = s.after;
      branch = branch.where((eb) =>
        eb.or([
          eb("d.dispatched_at", "<", date),
          eb.and([eb("d.dispatched_at", "=", date), eb("d.correspondence_id", "<", after)]),
        ]),
      );
    }
    return branch
      .orderBy("d.dispatched_at", "desc")
      .orderBy("d.correspondence_id", "desc")
      .limit(s.limit + 1);
  });
  return unionOfBranches(db, branches);
}

/** The ids of the drafts (not yet dispatched) the user writes or co-edits. */
function draftIds(db: Handle, userId: string) {
  return db
    .selectFrom("correspondences")
    .select("correspondences.id")
    .where("correspondences.drafter_id", "=", userId)
    .where("correspondences.state", "!=", "dispatched")
    .unionAll(
      db
        .selectFrom("correspondence_editors")
        .select("correspondence_editors.correspondence_id as id")
        .where("correspondence_editors.user_id", "=", userId),
    );
}

/**
 * One box of the user's correspondence, newest first, keyset-paginated on (date, id):
 * drafts they write or co-edit; what they dispatched; what was addressed to them, their units
 * or their communities, for action or for information. Every box also passes the caller's
 * readable filter. Rows carry no content.
 */
export async function listInbox(db: Handle, readable: CorrespondenceFilter, s: InboxSearch) {
  const units = s.unitIds.length > 0 ? [...s.unitIds] : ["-"];
  // The reader's own action distribution, if any: what « À traiter » shows of its handling.
  const ownAction = (eb: ExpressionBuilder<DB, "correspondences">) =>
    ownDistributions(eb, s.userId, units, "action")
      .orderBy(sql`case d.addressee_type when 'user' then 0 when 'unit' then 1 else 2 end`)
      .limit(1);
  let q = selectSummaries(db)
    .select((eb) => [
      ownAction(eb).select("d.handling").as("own_handling"),
      ownAction(eb).select("d.deadline").as("own_deadline"),
    ])
    .where(readable);
  let dateColumn: "correspondences.updated_at" | "correspondences.dispatched_at";
  switch (s.box) {
    case "drafts":
      dateColumn = "correspondences.updated_at";
      q = q
        .where("correspondences.state", "!=", "dispatched")
        .where("correspondences.id", "in", draftIds(db, s.userId));
      break;
    case "circuit": {
      dateColumn = "correspondences.updated_at";
      const headOf = s.headOfUnitIds.length > 0 ? [...s.headOfUnitIds] : ["-"];
      q = q.where("correspondences.state", "=", "in_circuit").where(
        "correspondences.id",
        "in",
        db
          .selectFrom("circuit_steps as cs")
          .select("cs.correspondence_id")
          .where("cs.status", "=", "pending")
          .where((eb) =>
            eb.or([
              eb("cs.assignee_user_id", "=", s.userId),
              eb("cs.assignee_unit_id", "in", headOf),
            ]),
          ),
      );
      break;
    }
    case "sent":
      dateColumn = "correspondences.dispatched_at";
      q = q
        .where("correspondences.state", "=", "dispatched")
        .where("correspondences.drafter_id", "=", s.userId);
      break;
    case "action":
    case "info": {
      dateColumn = "correspondences.dispatched_at";
      const ids = await addresseeBoxIds(db, readable, s);
      if (ids.length === 0) return [];
      q = q.where("correspondences.id", "in", ids);
      break;
    }
  }
  if (s.after) {
    const [date, id] = s.after;
    q = q.where((eb) =>
      eb.or([
        eb(dateColumn, "<", date),
        eb.and([eb(dateColumn, "=", date), eb("correspondences.id", "<", id)]),
      ]),
    );
  }
  return q
    .orderBy(dateColumn, "desc")
    .orderBy("correspondences.id", "desc")
    .limit(s.limit + 1)
    .execute();
}

/** Display names of addressees (units, users, communities), by id, in three queries at most. */
export async function listAddresseeNames(
  db: Handle,
  addressees: readonly { type: "unit" | "user" | "community"; id: string }[],
): Promise<Map<string, string>> {
  const idsOf = (type: string) => addressees.filter((a) => a.type === type).map((a) => a.id);
  const names = new Map<string, string>();
  const units = idsOf("unit");
  const users = idsOf("user");
  const communities = idsOf("community");
  if (units.length > 0) {
    for (const r of await db
      .selectFrom("units")
      .select(["id", "name"])
      .where("id", "in", units)
      .execute()) {
      names.set(r.id, r.name);
    }
  }
  if (users.length > 0) {
    const rows = await db
      .selectFrom("users")
      .select(["id", "display_name"])
      .where("id", "in", users)
      .execute();
    for (const r of rows) names.set(r.id, r.display_name);
  }
  if (communities.length > 0) {
    const rows = await db
      .selectFrom("communities")
      .select(["id", "name"])
      .where("id", "in", communities)
      .execute();
    for (const r of rows) names.set(r.id, r.name);
  }
  return names;
}

/** Reference number (or subject of a draft) of each REF link the reader may see, by id. */
export async function listReferenceLabels(
  db: Handle,
  readable: CorrespondenceFilter,
  ids: readonly string[],
): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom("correspondences")
    .select(["id", "reference", "subject"])
    .where("id", "in", ids)
    .where(readable)
    .execute();
  return new Map(rows.map((r) => [r.id, r.reference ?? r.subject]));
}
