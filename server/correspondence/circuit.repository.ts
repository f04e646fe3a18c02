import type {
  Expression,
  ExpressionBuilder,
  Insertable,
  Kysely,
  SqlBool,
  Transaction,
} from "kysely";
import type { Marking } from "../../shared/vocabulary.js";
import type {
  CircuitStepTable,
  DB,
  DistributionTable,
  RecordTable,
  ReferenceCounterTable,
} from "../db/schema.js";

type Handle = Kysely<DB> | Transaction<DB>;

/** Ids for an SQL `IN`: an empty list matches nothing instead of producing invalid SQL. */
const inList = (ids: readonly string[]) => (ids.length > 0 ? [...ids] : ["-"]);

/** Whether an assignment is in force on `today`. */
const currentAssignment = (eb: ExpressionBuilder<DB, "assignments">, today: string) =>
  eb.and([
    eb("assignments.starts_on", "<=", today),
    eb.or([eb("assignments.ends_on", "is", null), eb("assignments.ends_on", ">=", today)]),
  ]);

/**
 * The marking rule in SQL, for users rather than the signed-in subject: DR needs a DR clearance
 * valid today and not revoked; DR-SF also needs French nationality.
 */
export function userClearedFor(
  eb: ExpressionBuilder<DB, "users">,
  marking: Marking,
  today: string,
): Expression<SqlBool> {
  if (marking === "NP") return eb.lit(true);
  const hasDr = eb.exists(
    eb
      .selectFrom("clearances")
      .select("clearances.id")
      .whereRef("clearances.user_id", "=", "users.id")
      .where("clearances.level", "=", "DR")
      .where("clearances.revoked_at", "is", null)
      .where("clearances.valid_from", "<=", today)
      .where("clearances.valid_until", ">=", today),
  );
  return marking === "DR-SF" ? eb.and([hasDr, eb("users.nationality", "=", "FR")]) : hasDr;
}

/** Of the given users, the active agents of a ministry whose clearance covers the marking. */
export async function findClearedAgentIds(
  db: Handle,
  userIds: readonly string[],
  marking: Marking,
  today: string,
): Promise<Set<string>> {
  if (userIds.length === 0) return new Set();
  const rows = await db
    .selectFrom("users")
    .innerJoin("organizations", "organizations.id", "users.organization_id")
    .select("users.id")
    .where("users.id", "in", [...userIds])
    .where("users.status", "=", "active")
    .where("organizations.kind", "=", "ministry")
    .where((eb) => userClearedFor(eb, marking, today))
    .execute();
  return new Set(rows.map((r) => r.id));
}

/** Of the given users, those holding release authority (`releaser`) for the unit. */
export async function findReleaserIds(
  db: Handle,
  unitId: string,
  userIds: readonly string[],
): Promise<Set<string>> {
  if (userIds.length === 0) return new Set();
  const rows = await db
    .selectFrom("user_roles")
    .select("user_id")
    .where("role", "=", "releaser")
    .where("unit_id", "=", unitId)
    .where("user_id", "in", [...userIds])
    .execute();
  return new Set(rows.map((r) => r.user_id));
}

/**
 * Of the given units, those with a head able to decide a visa on this marking: an active member
 * (assignment in force) holding release authority for the unit and cleared for the marking.
 */
export async function findUnitsWithHead(
  db: Handle,
  unitIds: readonly string[],
  marking: Marking,
  today: string,
): Promise<Set<string>> {
  if (unitIds.length === 0) return new Set();
  const rows = await db
    .selectFrom("assignments")
    .innerJoin("user_roles", (j) =>
      j
        .onRef("user_roles.user_id", "=", "assignments.user_id")
        .onRef("user_roles.unit_id", "=", "assignments.unit_id")
        .on("user_roles.role", "=", "releaser"),
    )
    .select("assignments.unit_id")
    .distinct()
    .where("assignments.unit_id", "in", [...unitIds])
    .where((eb) => currentAssignment(eb, today))
    .where(
      "assignments.user_id",
      "in",
      db
        .selectFrom("users")
        .select("users.id")
        .where("users.status", "=", "active")
        .where((eb) => userClearedFor(eb, marking, today)),
    )
    .execute();
  return new Set(rows.map((r) => r.unit_id));
}

/** The steps of every round of a correspondence's circuit, in order, with names to show. */
export async function listCircuitSteps(db: Handle, correspondenceId: string) {
  return db
    .selectFrom("circuit_steps")
    .leftJoin("users as assignee", "assignee.id", "circuit_steps.assignee_user_id")
    .leftJoin("units as unit", "unit.id", "circuit_steps.assignee_unit_id")
    .leftJoin("users as decider", "decider.id", "circuit_steps.decided_by")
    .selectAll("circuit_steps")
    .select([
      "assignee.display_name as assignee_name",
      "unit.kind as unit_kind",
      "unit.name as unit_name",
      "unit.short_name as unit_short_name",
      "unit.country_code as unit_country_code",
      "unit.city as unit_city",
      "decider.display_name as decider_name",
    ])
    .where("circuit_steps.correspondence_id", "=", correspondenceId)
    .orderBy("circuit_steps.position")
    .execute();
}

export type CircuitStepRow = Awaited<ReturnType<typeof listCircuitSteps>>[number];

/** One step of a correspondence, or undefined if it belongs to another one. */
export async function findStep(db: Handle, correspondenceId: string, stepId: string) {
  return db
    .selectFrom("circuit_steps")
    .selectAll()
    .where("correspondence_id", "=", correspondenceId)
    .where("id", "=", stepId)
    .executeTakeFirst();
}

/** The step whose turn it is, if the correspondence is in a circuit. */
export async function findPendingStep(db: Handle, correspondenceId: string) {
  return db
    .selectFrom("circuit_steps")
    .selectAll()
    .where("correspondence_id", "=", correspondenceId)
    .where("status", "=", "pending")
    .executeTakeFirst();
}

/** The highest position used so far (0 before the first submission). */
export async function findLastPosition(db: Handle, correspondenceId: string): Promise<number> {
  const row = await db
    .selectFrom("circuit_steps")
    .select((eb) => eb.fn.max("position").as("last"))
    .where("correspondence_id", "=", correspondenceId)
    .executeTakeFirst();
  return Number(row?.last ?? 0);
}

export async function insertSteps(db: Handle, rows: CircuitStepTable[]) {
  if (rows.length === 0) return;
  await db.insertInto("circuit_steps").values(rows).execute();
}

/**
 * Moves a correspondence from one state to another; false if it was no longer in `from`. The
 * guard is what makes concurrent submissions, returns and signatures happen once.
 */
export async function moveState(
  db: Handle,
  id: string,
  from: "draft" | "in_circuit",
  to: "draft" | "in_circuit",
  now: string,
): Promise<boolean> {
  const result = await db
    .updateTable("correspondences")
    .set({ state: to, updated_at: now })
    .where("id", "=", id)
    .where("state", "=", from)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Marks the dispatch of a correspondence in circuit; false if someone dispatched it first. */
export async function markDispatched(
  db: Handle,
  id: string,
  reference: string,
  now: string,
): Promise<boolean> {
  const result = await db
    .updateTable("correspondences")
    .set({ state: "dispatched", reference, dispatched_at: now, updated_at: now })
    .where("id", "=", id)
    .where("state", "=", "in_circuit")
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Records the decision on a pending step; false if it was decided meanwhile. */
export async function decideStep(
  db: Handle,
  stepId: string,
  decision: Pick<CircuitStepTable, "status" | "decided_by" | "decided_at" | "comment">,
): Promise<boolean> {
  const result = await db
    .updateTable("circuit_steps")
    .set(decision)
    .where("id", "=", stepId)
    .where("status", "=", "pending")
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Gives the turn to the first waiting step. */
export async function activateNextStep(db: Handle, correspondenceId: string) {
  await db
    .updateTable("circuit_steps")
    .set({ status: "pending" })
    .where("correspondence_id", "=", correspondenceId)
    .where("position", "=", (eb) =>
      eb
        .selectFrom("circuit_steps as next")
        .select((n) => n.fn.min("next.position").as("position"))
        .where("next.correspondence_id", "=", correspondenceId)
        .where("next.status", "=", "waiting"),
    )
    .execute();
}

/** Closes the steps of the round that never had their turn; returns how many. */
export async function skipWaitingSteps(db: Handle, correspondenceId: string): Promise<number> {
  const result = await db
    .updateTable("circuit_steps")
    .set({ status: "skipped" })
    .where("correspondence_id", "=", correspondenceId)
    .where("status", "=", "waiting")
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/**
 * Moves every step after `position` one place down, to make room for a delegate. Positions are
 * unique per correspondence and both engines check that row by row, so the shift goes through
 * negative positions: two set-based statements, never a transient duplicate.
 */
export async function makeRoomAfter(db: Handle, correspondenceId: string, position: number) {
  await db
    .updateTable("circuit_steps")
    .set((eb) => ({ position: eb.neg(eb.ref("position")) }))
    .where("correspondence_id", "=", correspondenceId)
    .where("position", ">", position)
    .execute();
  await db
    .updateTable("circuit_steps")
    .set((eb) => ({ position: eb(eb.neg(eb.ref("position")), "+", 1) }))
    .where("correspondence_id", "=", correspondenceId)
    .where("position", "<", 0)
    .execute();
}

/**
 * Takes the next reference number of a prefix for a year: one atomic upsert that creates the
 * counter or increments it. The counter row stays locked until the transaction ends, so
 * concurrent dispatches of one unit queue here and a rolled-back dispatch gives its number back.
 */
export async function takeReferenceNumber(
  db: Handle,
  key: Pick<ReferenceCounterTable, "prefix" | "year">,
): Promise<number> {
  const row = await db
    .insertInto("reference_counters")
    .values({ ...key, last_number: 1 })
    .onConflict((oc) =>
      oc.columns(["prefix", "year"]).doUpdateSet((eb) => ({
        last_number: eb(eb.ref("reference_counters.last_number"), "+", 1),
      })),
    )
    .returning("last_number")
    .executeTakeFirstOrThrow();
  return Number(row.last_number);
}

export async function insertDistributions(db: Handle, rows: DistributionTable[]) {
  if (rows.length === 0) return;
  await db.insertInto("distributions").values(rows).execute();
}

/** The frozen copy captured at dispatch (filing and retention columns start empty). */
export async function insertRecord(db: Handle, row: Insertable<RecordTable>) {
  await db.insertInto("records").values(row).execute();
}

export interface AddresseeIds {
  unitIds: readonly string[];
  communityIds: readonly string[];
  userIds: readonly string[];
}

/**
 * The active people an addressee list reaches (direct users, members of addressed units with an
 * assignment in force, members of addressed communities) whose clearance does not cover the
 * marking: they will not receive it. One query, whatever the number of addressees.
 */
export async function listExcludedMembers(
  db: Handle,
  addressees: AddresseeIds,
  marking: Marking,
  today: string,
) {
  return db
    .selectFrom("users")
    .select(["users.id", "users.display_name"])
    .where("users.status", "=", "active")
    .where((eb) =>
      eb.or([
        eb("users.id", "in", inList(addressees.userIds)),
        eb(
          "users.id",
          "in",
          eb
            .selectFrom("assignments")
            .select("assignments.user_id")
            .where("assignments.unit_id", "in", inList(addressees.unitIds))
            .where((a) => currentAssignment(a, today)),
        ),
        eb(
          "users.id",
          "in",
          eb
            .selectFrom("memberships")
            .select("memberships.user_id")
            .where("memberships.community_id", "in", inList(addressees.communityIds)),
        ),
      ]),
    )
    .where((eb) => eb.not(userClearedFor(eb, marking, today)))
    .orderBy("users.sort_key")
    .orderBy("users.id")
    .execute();
}
