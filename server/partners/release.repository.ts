import type { Kysely, Transaction } from "kysely";
import type { ReleaseTargetType } from "../../shared/vocabulary.js";
import type { DB, ReleaseTable } from "../db/schema.js";

/* Releases to partners, their targets, and redacted versions. */

type Handle = Kysely<DB> | Transaction<DB>;
const inList = (ids: readonly string[]) => (ids.length > 0 ? [...ids] : ["-"]);

export async function findRedaction(db: Handle, correspondenceId: string) {
  return db
    .selectFrom("redactions")
    .selectAll()
    .where("correspondence_id", "=", correspondenceId)
    .executeTakeFirst();
}

export async function countRedactions(db: Handle, sourceId: string) {
  const row = await db
    .selectFrom("redactions")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .where("source_id", "=", sourceId)
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

/** The redacted versions of a source, oldest first, with their documents and authors. */
export async function listRedactions(db: Handle, sourceId: string) {
  return db
    .selectFrom("redactions as r")
    .innerJoin("correspondences as c", "c.id", "r.correspondence_id")
    .innerJoin("users as u", "u.id", "r.created_by")
    .select([
      "r.correspondence_id as id",
      "r.changes",
      "r.created_at",
      "r.created_by",
      "u.display_name as author_name",
      "c.reference",
      "c.subject",
      "c.marking",
      "c.content",
    ])
    .where("r.source_id", "=", sourceId)
    .orderBy("r.created_at")
    .orderBy("r.correspondence_id")
    .execute();
}

export async function insertRelease(
  db: Handle,
  row: ReleaseTable,
  targets: readonly { type: ReleaseTargetType; value: string }[],
) {
  await db.insertInto("releases").values(row).execute();
  if (targets.length > 0) {
    await db
      .insertInto("release_targets")
      .values(
        targets.map((t) => ({ release_id: row.id, target_type: t.type, target_value: t.value })),
      )
      .execute();
  }
}

export async function findRelease(db: Handle, id: string) {
  return db.selectFrom("releases").selectAll().where("id", "=", id).executeTakeFirst();
}

export async function markWithdrawn(db: Handle, id: string, by: string, at: string) {
  const result = await db
    .updateTable("releases")
    .set({ withdrawn_at: at, withdrawn_by: by })
    .where("id", "=", id)
    .where("withdrawn_at", "is", null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

function selectReleases(db: Handle) {
  return db
    .selectFrom("releases as rl")
    .innerJoin("users as ru", "ru.id", "rl.released_by")
    .innerJoin("correspondences as rc", "rc.id", "rl.correspondence_id")
    .selectAll("rl")
    .select(["ru.display_name as releaser_name", "rc.reference"]);
}
export type ReleaseRow = Awaited<ReturnType<ReturnType<typeof selectReleases>["execute"]>>[number];

/** Every release of a source (of itself or of its redacted versions), newest first. */
export async function listReleasesOfSource(db: Handle, sourceId: string) {
  return selectReleases(db)
    .where("rl.source_id", "=", sourceId)
    .orderBy("rl.released_at", "desc")
    .orderBy("rl.id", "desc")
    .execute();
}

/** A page of the releases decided for some units, newest first (keyset on released_at, id). */
export async function listReleasesOfUnits(
  db: Handle,
  unitIds: readonly string[],
  after: [string, string] | undefined,
  limit: number,
) {
  let query = selectReleases(db)
    .where("rl.origin_unit_id", "in", inList(unitIds))
    .orderBy("rl.released_at", "desc")
    .orderBy("rl.id", "desc")
    .limit(limit + 1);
  if (after) {
    const [at, id] = after;
    query = query.where((eb) =>
      eb.or([
        eb("rl.released_at", "<", at),
        eb.and([eb("rl.released_at", "=", at), eb("rl.id", "<", id)]),
      ]),
    );
  }
  return query.execute();
}

/** The targets of some releases, with an organisation's name as its label. */
export async function listTargets(db: Handle, releaseIds: readonly string[]) {
  return db
    .selectFrom("release_targets as t")
    .leftJoin("organizations as o", (j) =>
      j.onRef("o.id", "=", "t.target_value").on("t.target_type", "=", "organization"),
    )
    .select(["t.release_id", "t.target_type", "t.target_value", "o.name as organization_name"])
    .where("t.release_id", "in", inList(releaseIds))
    .orderBy("t.target_type")
    .orderBy("t.target_value")
    .execute();
}
