import { randomUUID } from "node:crypto";
import type { Kysely, Transaction } from "kysely";
import type {
  CreateFilingRuleBody,
  FilingConditions,
  FilingRule,
  UpdateFilingRuleBody,
} from "../../shared/schemas/records.js";
import type { DB } from "../db/schema.js";
import { AppError, notFound } from "../errors.js";
import { type Actor, emit } from "../events/events.js";
import type { Subject } from "../policy/subject.js";
import { requireArchivist } from "./records.guard.js";

/*
 * The filing rules, edited by archivists. Positions run 1..n without gaps: inserting or moving
 * a rule shifts the others, so "first matching rule by position" is always well defined.
 */

type Handle = Kysely<DB> | Transaction<DB>;

async function listRuleRows(db: Handle) {
  return db
    .selectFrom("filing_rules as r")
    .innerJoin("record_series as s", "s.id", "r.series_id")
    .select([
      "r.id",
      "r.position",
      "r.name",
      "r.series_id",
      "r.conditions",
      "r.enabled",
      "r.updated_at",
      "s.code",
      "s.title",
    ])
    .orderBy("r.position")
    .orderBy("r.id")
    .execute();
}

type RuleRow = Awaited<ReturnType<typeof listRuleRows>>[number];

const unitIdsOf = (c: FilingConditions) =>
  [c.originUnit?.unitId, c.addresseeUnitId].filter((id): id is string => id !== undefined);

/** Rows → API, with the names of the units their conditions name (one query for all). */
async function presentAll(db: Handle, rows: RuleRow[]): Promise<FilingRule[]> {
  const ids = [
    ...new Set(rows.flatMap((r) => unitIdsOf(JSON.parse(r.conditions) as FilingConditions))),
  ];
  const units =
    ids.length > 0
      ? await db.selectFrom("units").select(["id", "name"]).where("id", "in", ids).execute()
      : [];
  const names = new Map(units.map((u) => [u.id, u.name]));
  return rows.map((r) => {
    const rule = present(r);
    return {
      ...rule,
      unitNames: Object.fromEntries(
        unitIdsOf(rule.conditions).flatMap((id) =>
          names.has(id) ? [[id, names.get(id) as string]] : [],
        ),
      ),
    };
  });
}

const present = (r: RuleRow): FilingRule => ({
  unitNames: {},
  id: r.id,
  position: r.position,
  name: r.name,
  seriesId: r.series_id,
  seriesCode: r.code,
  seriesTitle: r.title,
  conditions: JSON.parse(r.conditions) as FilingConditions,
  enabled: r.enabled === 1,
  updatedAt: r.updated_at,
});

/** The rules in evaluation order. */
export async function listFilingRules(db: Kysely<DB>, subject: Subject) {
  requireArchivist(subject);
  return { items: await presentAll(db, await listRuleRows(db)) };
}

/** Writes positions 1..n following `orderedIds`, touching only the rules that moved. */
async function renumber(
  trx: Transaction<DB>,
  orderedIds: readonly string[],
  current: Map<string, number>,
) {
  for (const [index, id] of orderedIds.entries()) {
    if (current.get(id) !== index + 1) {
      await trx
        .updateTable("filing_rules")
        .set({ position: index + 1 })
        .where("id", "=", id)
        .execute();
    }
  }
}

async function assertSeries(db: Handle, seriesId: string) {
  const series = await db
    .selectFrom("record_series")
    .select("id")
    .where("id", "=", seriesId)
    .executeTakeFirst();
  if (!series) throw new AppError("invalid_input", { seriesId: "unknown" });
}

async function assertUnits(db: Handle, conditions: FilingConditions) {
  const ids = [conditions.originUnit?.unitId, conditions.addresseeUnitId].filter(
    (id): id is string => id !== undefined,
  );
  if (ids.length === 0) return;
  const found = await db.selectFrom("units").select("id").where("id", "in", ids).execute();
  if (found.length !== new Set(ids).size) throw new AppError("invalid_input", { unit: "unknown" });
}

/** Adds a rule at a position (default: last). */
export async function createFilingRule(
  db: Kysely<DB>,
  subject: Subject,
  actor: Actor,
  body: CreateFilingRuleBody,
  now: Date = new Date(),
): Promise<FilingRule> {
  requireArchivist(subject);
  return db.transaction().execute(async (trx) => {
    await assertSeries(trx, body.seriesId);
    await assertUnits(trx, body.conditions);
    const rows = await listRuleRows(trx);
    const id = randomUUID();
    const at = now.toISOString();
    await trx
      .insertInto("filing_rules")
      .values({
        id,
        position: rows.length + 1,
        series_id: body.seriesId,
        name: body.name.trim(),
        conditions: JSON.stringify(body.conditions),
        enabled: body.enabled ? 1 : 0,
        created_at: at,
        updated_at: at,
      })
      .execute();
    const order = rows.map((r) => r.id);
    const at1 = Math.min(body.position ?? order.length + 1, order.length + 1) - 1;
    order.splice(at1, 0, id);
    await renumber(
      trx,
      order,
      new Map([...rows.map((r) => [r.id, r.position] as const), [id, rows.length + 1]]),
    );
    await emit(trx, actor, {
      type: "filing_rule.created",
      target: { type: "filing_rule", id },
      details: {
        name: body.name,
        seriesId: body.seriesId,
        conditions: body.conditions,
        position: at1 + 1,
      },
    });
    const created = (await listRuleRows(trx)).find((r) => r.id === id) as RuleRow;
    return (await presentAll(trx, [created]))[0] as FilingRule;
  });
}

/** Edits a rule: name, series, conditions, enabled, position. */
export async function updateFilingRule(
  db: Kysely<DB>,
  subject: Subject,
  actor: Actor,
  id: string,
  body: UpdateFilingRuleBody,
  now: Date = new Date(),
): Promise<FilingRule> {
  requireArchivist(subject);
  return db.transaction().execute(async (trx) => {
    const rows = await listRuleRows(trx);
    const before = rows.find((r) => r.id === id);
    if (!before) throw notFound();
    if (body.seriesId) await assertSeries(trx, body.seriesId);
    if (body.conditions) await assertUnits(trx, body.conditions);
    await trx
      .updateTable("filing_rules")
      .set({
        ...(body.name !== undefined ? { name: body.name.trim() } : {}),
        ...(body.seriesId !== undefined ? { series_id: body.seriesId } : {}),
        ...(body.conditions !== undefined ? { conditions: JSON.stringify(body.conditions) } : {}),
        ...(body.enabled !== undefined ? { enabled: body.enabled ? 1 : 0 } : {}),
        updated_at: now.toISOString(),
      })
      .where("id", "=", id)
      .execute();
    if (body.position !== undefined) {
      const order = rows.map((r) => r.id).filter((r) => r !== id);
      order.splice(Math.min(body.position, order.length + 1) - 1, 0, id);
      await renumber(trx, order, new Map(rows.map((r) => [r.id, r.position])));
    }
    await emit(trx, actor, {
      type: "filing_rule.updated",
      target: { type: "filing_rule", id },
      details: {
        before: {
          name: before.name,
          seriesId: before.series_id,
          conditions: JSON.parse(before.conditions),
          enabled: before.enabled === 1,
          position: before.position,
        },
        changes: body,
      },
    });
    const updated = (await listRuleRows(trx)).find((r) => r.id === id) as RuleRow;
    return (await presentAll(trx, [updated]))[0] as FilingRule;
  });
}

/** Removes a rule (records it filed keep their series and its id, as the journal does); later rules move up. */
export async function deleteFilingRule(db: Kysely<DB>, subject: Subject, actor: Actor, id: string) {
  requireArchivist(subject);
  await db.transaction().execute(async (trx) => {
    const rows = await listRuleRows(trx);
    const before = rows.find((r) => r.id === id);
    if (!before) throw notFound();
    await trx.deleteFrom("filing_rules").where("id", "=", id).execute();
    await renumber(
      trx,
      rows.map((r) => r.id).filter((r) => r !== id),
      new Map(rows.map((r) => [r.id, r.position])),
    );
    await emit(trx, actor, {
      type: "filing_rule.deleted",
      target: { type: "filing_rule", id },
      details: {
        name: before.name,
        seriesId: before.series_id,
        conditions: JSON.parse(before.conditions),
      },
    });
  });
}
