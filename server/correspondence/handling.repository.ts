import type { ExpressionBuilder, Kysely, Transaction } from "kysely";
import type { HandlingState } from "../../shared/vocabulary.js";
import type { DB, DistributionTable, ReadReceiptTable } from "../db/schema.js";

type Handle = Kysely<DB> | Transaction<DB>;

/** Who handles: a user, with the units they currently belong to. */
export interface Handler {
  userId: string;
  unitIds: readonly string[];
}

/** The ways a distribution reaches a user, most direct first: themself, a unit, a community. */
function addressedTo(eb: ExpressionBuilder<DB, "distributions">, who: Handler) {
  const units = who.unitIds.length > 0 ? [...who.unitIds] : ["-"];
  return [
    eb.and([
      eb("distributions.addressee_type", "=", "user"),
      eb("distributions.addressee_id", "=", who.userId),
    ]),
    eb.and([
      eb("distributions.addressee_type", "=", "unit"),
      eb("distributions.addressee_id", "in", units),
    ]),
    eb.and([
      eb("distributions.addressee_type", "=", "community"),
      eb(
        "distributions.addressee_id",
        "in",
        eb.selectFrom("memberships").select("community_id").where("user_id", "=", who.userId),
      ),
    ]),
  ] as const;
}

/**
 * The action distribution a user handles for a correspondence: addressed to them, to one of
 * their units, to one of their communities, or assigned to them — in that order of preference.
 */
export async function findHandledDistribution(db: Handle, who: Handler, correspondenceId: string) {
  return db
    .selectFrom("distributions")
    .selectAll("distributions")
    .select((eb) => {
      const [toUser, toUnit, toCommunity] = addressedTo(eb, who);
      return eb
        .case()
        .when(toUser)
        .then(0)
        .when(toUnit)
        .then(1)
        .when(toCommunity)
        .then(2)
        .else(3)
        .end()
        .as("preference");
    })
    .where("distributions.correspondence_id", "=", correspondenceId)
    .where("distributions.mode", "=", "action")
    .where((eb) =>
      eb.or([...addressedTo(eb, who), eb("distributions.assigned_to", "=", who.userId)]),
    )
    .orderBy("preference")
    .orderBy("distributions.id")
    .limit(1)
    .executeTakeFirst();
}

export type HandledDistribution = NonNullable<Awaited<ReturnType<typeof findHandledDistribution>>>;

/**
 * Moves a distribution to a new handling state if it is still in one of `from` (false when
 * someone moved it first). Leaving `new` in any way counts as the acknowledgement.
 */
export async function updateHandling(
  db: Handle,
  id: string,
  from: readonly HandlingState[],
  at: string,
  changes: Pick<DistributionTable, "handling"> &
    Partial<Pick<DistributionTable, "assigned_to" | "closed_at" | "close_comment" | "answer_id">>,
): Promise<boolean> {
  const result = await db
    .updateTable("distributions")
    .set((eb) => ({
      ...changes,
      acknowledged_at: eb.fn.coalesce("distributions.acknowledged_at", eb.val(at)),
    }))
    .where("id", "=", id)
    .where("mode", "=", "action")
    .where("handling", "in", [...from])
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Whether a user belongs to a community. */
export async function isCommunityMember(db: Handle, communityId: string, userId: string) {
  const row = await db
    .selectFrom("memberships")
    .select("user_id")
    .where("community_id", "=", communityId)
    .where("user_id", "=", userId)
    .executeTakeFirst();
  return row !== undefined;
}

/** The distribution list of a correspondence with addressee and assignee names, action first. */
export async function listDistributions(db: Handle, correspondenceId: string) {
  return db
    .selectFrom("distributions")
    .leftJoin("units as addressee_unit", (join) =>
      join
        .onRef("addressee_unit.id", "=", "distributions.addressee_id")
        .on("distributions.addressee_type", "=", "unit"),
    )
    .leftJoin("users as addressee_user", (join) =>
      join
        .onRef("addressee_user.id", "=", "distributions.addressee_id")
        .on("distributions.addressee_type", "=", "user"),
    )
    .leftJoin("communities as addressee_community", (join) =>
      join
        .onRef("addressee_community.id", "=", "distributions.addressee_id")
        .on("distributions.addressee_type", "=", "community"),
    )
    .leftJoin("users as assignee", "assignee.id", "distributions.assigned_to")
    .selectAll("distributions")
    .select((eb) => [
      eb.fn
        .coalesce("addressee_unit.name", "addressee_user.display_name", "addressee_community.name")
        .as("addressee_name"),
      "assignee.display_name as assignee_name",
    ])
    .where("distributions.correspondence_id", "=", correspondenceId)
    .orderBy((eb) => eb.case().when("distributions.mode", "=", "action").then(0).else(1).end())
    .orderBy("addressee_name")
    .orderBy("distributions.id")
    .execute();
}

export type DistributionRow = Awaited<ReturnType<typeof listDistributions>>[number];

/**
 * The read receipts of a correspondence, each under the distribution it came through: the
 * addressee user, a current member of the addressee unit, or a member of the addressee
 * community. One query for the whole list.
 */
export async function listReadReceiptsByDistribution(
  db: Handle,
  correspondenceId: string,
  today: string,
) {
  return db
    .selectFrom("distributions")
    .innerJoin(
      "read_receipts",
      "read_receipts.correspondence_id",
      "distributions.correspondence_id",
    )
    .innerJoin("users", "users.id", "read_receipts.user_id")
    .select([
      "distributions.id as distribution_id",
      "users.id as user_id",
      "users.display_name",
      "read_receipts.first_read_at",
    ])
    .where("distributions.correspondence_id", "=", correspondenceId)
    .where((eb) =>
      eb.or([
        eb.and([
          eb("distributions.addressee_type", "=", "user"),
          eb("distributions.addressee_id", "=", eb.ref("read_receipts.user_id")),
        ]),
        eb.and([
          eb("distributions.addressee_type", "=", "unit"),
          eb.exists(
            eb
              .selectFrom("assignments")
              .select("assignments.id")
              .whereRef("assignments.user_id", "=", "read_receipts.user_id")
              .whereRef("assignments.unit_id", "=", "distributions.addressee_id")
              .where("assignments.starts_on", "<=", today)
              .where((a) =>
                a.or([a("assignments.ends_on", "is", null), a("assignments.ends_on", ">=", today)]),
              ),
          ),
        ]),
        eb.and([
          eb("distributions.addressee_type", "=", "community"),
          eb.exists(
            eb
              .selectFrom("memberships")
              .select("memberships.user_id")
              .whereRef("memberships.user_id", "=", "read_receipts.user_id")
              .whereRef("memberships.community_id", "=", "distributions.addressee_id"),
          ),
        ]),
      ]),
    )
    .orderBy("read_receipts.first_read_at")
    .orderBy("users.id")
    .execute();
}

/**
 * Notes the first time a user opened a dispatched correspondence; call it once the read policy
 * allowed the read. Later reads cost one primary-key look-up and write nothing; a concurrent
 * first read changes nothing either (the earlier one is kept).
 */
export async function recordReadReceipt(
  db: Handle,
  userId: string,
  correspondenceId: string,
  at: Date = new Date(),
): Promise<void> {
  const seen = await db
    .selectFrom("read_receipts")
    .select("user_id")
    .where("correspondence_id", "=", correspondenceId)
    .where("user_id", "=", userId)
    .executeTakeFirst();
  if (seen) return;
  const row: ReadReceiptTable = {
    correspondence_id: correspondenceId,
    user_id: userId,
    first_read_at: at.toISOString(),
  };
  await db
    .insertInto("read_receipts")
    .values(row)
    .onConflict((oc) => oc.columns(["correspondence_id", "user_id"]).doNothing())
    .execute();
}
