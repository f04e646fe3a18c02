import { randomUUID } from "node:crypto";
import type { Kysely, Selectable, Transaction } from "kysely";
import type {
  CreateSeriesBody,
  RetentionRule,
  Series,
  SeriesTree,
  UpdateRetentionRuleBody,
  UpdateSeriesBody,
} from "../../shared/schemas/records.js";
import type { DB, RecordSeriesTable } from "../db/schema.js";
import { AppError, notFound } from "../errors.js";
import { type Actor, emit } from "../events/events.js";
import type { Subject } from "../policy/subject.js";
import { requireArchivist } from "./records.guard.js";
import { recomputeRetention } from "./retention.js";
import { formatSeriesCsv, readSeriesCsv, type SeriesCsvRow } from "./series-csv.js";

/*
 * The filing plan (« plan de classement »): a tree of series, each with its retention rule.
 * Archivists create, rename, move and close series, import and export the plan as CSV (all or
 * nothing), and change a series' retention rule, which re-computes its records' dates in SQL.
 */

type Handle = Kysely<DB> | Transaction<DB>;

type SeriesRow = Selectable<RecordSeriesTable>;

const retentionOf = (s: SeriesRow): RetentionRule => ({
  retentionMonths: s.retention_months,
  retentionStart: s.retention_start,
  finalAction: s.final_action,
  accessDelayYears: s.access_delay_years,
});

function presentSeries(s: SeriesRow, recordCount: number): Series {
  return {
    id: s.id,
    parentId: s.parent_id,
    code: s.code,
    title: s.title,
    description: s.description,
    retention: retentionOf(s),
    closedAt: s.closed_at,
    recordCount,
    updatedAt: s.updated_at,
  };
}

async function allSeries(db: Handle) {
  return db.selectFrom("record_series").selectAll().orderBy("code").execute();
}

/** Orders series depth-first, children by code, with their depth. */
function treeOrder<T extends { id: string; parent_id: string | null; code: string }>(rows: T[]) {
  const children = new Map<string | null, T[]>();
  const ids = new Set(rows.map((r) => r.id));
  for (const r of rows) {
    const parent = r.parent_id !== null && ids.has(r.parent_id) ? r.parent_id : null;
    children.set(parent, [...(children.get(parent) ?? []), r]);
  }
  const out: { row: T; depth: number }[] = [];
  const visit = (parent: string | null, depth: number) => {
    for (const r of (children.get(parent) ?? []).sort((a, b) =>
      a.code.localeCompare(b.code, "en", { numeric: true }),
    )) {
      out.push({ row: r, depth });
      if (depth < 32) visit(r.id, depth + 1);
    }
  };
  visit(null, 0);
  return out;
}

/** The whole filing plan in tree order, with the number of records filed in each series. */
export async function listSeries(db: Kysely<DB>, subject: Subject): Promise<SeriesTree> {
  requireArchivist(subject);
  const rows = await allSeries(db);
  const counts = await db
    .selectFrom("records")
    .select((eb) => ["series_id", eb.fn.countAll<number | string>().as("n")])
    .where("series_id", "is not", null)
    .groupBy("series_id")
    .execute();
  const countOf = new Map(counts.map((c) => [c.series_id, Number(c.n)]));
  return {
    items: treeOrder(rows).map(({ row, depth }) => ({
      ...presentSeries(row, countOf.get(row.id) ?? 0),
      depth,
    })),
  };
}

async function findSeries(db: Handle, id: string) {
  const row = await db
    .selectFrom("record_series")
    .selectAll()
    .where("id", "=", id)
    .executeTakeFirst();
  if (!row) throw notFound();
  return row;
}

async function countRecordsOf(db: Handle, seriesId: string) {
  const row = await db
    .selectFrom("records")
    .select((eb) => eb.fn.countAll<number | string>().as("n"))
    .where("series_id", "=", seriesId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

async function assertCodeFree(db: Handle, code: string, exceptId: string | null) {
  let query = db.selectFrom("record_series").select("id").where("code", "=", code);
  if (exceptId) query = query.where("id", "!=", exceptId);
  if (await query.executeTakeFirst()) throw new AppError("series_code_taken", { code });
}

/** Whether `candidateId` is the series itself or one of its descendants (a move would loop). */
async function isSelfOrDescendant(db: Handle, seriesId: string, candidateId: string) {
  const rows = await allSeries(db);
  const parentOf = new Map(rows.map((r) => [r.id, r.parent_id]));
  let cursor: string | null | undefined = candidateId;
  for (let i = 0; cursor && i < 64; i++) {
    if (cursor === seriesId) return true;
    cursor = parentOf.get(cursor);
  }
  return false;
}

/** Adds a series to the plan. */
export async function createSeries(
  db: Kysely<DB>,
  subject: Subject,
  actor: Actor,
  body: CreateSeriesBody,
  now: Date = new Date(),
): Promise<Series> {
  requireArchivist(subject);
  return db.transaction().execute(async (trx) => {
    if (body.parentId) await findSeries(trx, body.parentId);
    await assertCodeFree(trx, body.code, null);
    const at = now.toISOString();
    const row: SeriesRow = {
      id: randomUUID(),
      parent_id: body.parentId,
      code: body.code,
      title: body.title.trim(),
      description: body.description,
      retention_months: body.retention.retentionMonths,
      retention_start: body.retention.retentionStart,
      final_action: body.retention.finalAction,
      access_delay_years: body.retention.accessDelayYears,
      created_at: at,
      updated_at: at,
      closed_at: null,
    };
    await trx.insertInto("record_series").values(row).execute();
    await emit(trx, actor, {
      type: "series.created",
      target: { type: "series", id: row.id },
      details: {
        code: row.code,
        title: row.title,
        parentId: row.parent_id,
        retention: body.retention,
      },
    });
    return presentSeries(row, 0);
  });
}

/** Renames, moves or closes (reopens) a series. */
export async function updateSeries(
  db: Kysely<DB>,
  subject: Subject,
  actor: Actor,
  id: string,
  body: UpdateSeriesBody,
  now: Date = new Date(),
): Promise<Series> {
  requireArchivist(subject);
  return db.transaction().execute(async (trx) => {
    const before = await findSeries(trx, id);
    if (body.parentId) {
      await findSeries(trx, body.parentId);
      if (await isSelfOrDescendant(trx, id, body.parentId)) throw new AppError("series_cycle");
    }
    if (body.code !== undefined) await assertCodeFree(trx, body.code, id);
    const at = now.toISOString();
    const changes = {
      ...(body.parentId !== undefined ? { parent_id: body.parentId } : {}),
      ...(body.code !== undefined ? { code: body.code } : {}),
      ...(body.title !== undefined ? { title: body.title.trim() } : {}),
      ...(body.description !== undefined ? { description: body.description } : {}),
      ...(body.closed !== undefined
        ? { closed_at: body.closed ? (before.closed_at ?? at) : null }
        : {}),
      updated_at: at,
    };
    await trx.updateTable("record_series").set(changes).where("id", "=", id).execute();
    await emit(trx, actor, {
      type: "series.updated",
      target: { type: "series", id },
      details: {
        before: {
          code: before.code,
          title: before.title,
          parentId: before.parent_id,
          closedAt: before.closed_at,
        },
        changes: body,
      },
    });
    return presentSeries(await findSeries(trx, id), await countRecordsOf(trx, id));
  });
}

/**
 * Changes a series' retention rule and re-computes, in SQL, the dates of its active records;
 * journaled with the rule before and after, the reason and how many records moved.
 */
export async function updateRetentionRule(
  db: Kysely<DB>,
  subject: Subject,
  actor: Actor,
  id: string,
  body: UpdateRetentionRuleBody,
  now: Date = new Date(),
): Promise<{ series: Series; recordsRecomputed: number }> {
  requireArchivist(subject);
  return db.transaction().execute(async (trx) => {
    const before = await findSeries(trx, id);
    const r = body.retention;
    await trx
      .updateTable("record_series")
      .set({
        retention_months: r.retentionMonths,
        retention_start: r.retentionStart,
        final_action: r.finalAction,
        access_delay_years: r.accessDelayYears,
        updated_at: now.toISOString(),
      })
      .where("id", "=", id)
      .execute();
    const recomputed = await recomputeRetention(trx, (eb) => eb("records.series_id", "=", id));
    await emit(trx, actor, {
      type: "series.retention_changed",
      target: { type: "series", id },
      details: {
        before: retentionOf(before),
        after: r,
        reason: body.reason,
        recordsRecomputed: recomputed,
      },
    });
    return {
      series: presentSeries(await findSeries(trx, id), await countRecordsOf(trx, id)),
      recordsRecomputed: recomputed,
    };
  });
}

/** The plan as CSV (series-csv.ts describes the columns). */
export async function exportSeriesCsv(db: Kysely<DB>, subject: Subject): Promise<string> {
  requireArchivist(subject);
  const rows = await allSeries(db);
  const codeOf = new Map(rows.map((r) => [r.id, r.code]));
  return formatSeriesCsv(
    treeOrder(rows).map(({ row }) => ({
      code: row.code,
      parentCode: row.parent_id ? (codeOf.get(row.parent_id) ?? null) : null,
      title: row.title,
      description: row.description,
      retention: retentionOf(row),
      closed: row.closed_at !== null,
    })),
  );
}

/**
 * Imports a plan as CSV: series are matched by code (created or updated); every line is
 * validated, parents must exist (in the file or the plan) and form no cycle, and all lines are
 * applied in one transaction or none is. A changed retention rule re-computes dates.
 */
export async function importSeriesCsv(
  db: Kysely<DB>,
  subject: Subject,
  actor: Actor,
  csv: string,
  now: Date = new Date(),
): Promise<{ created: number; updated: number }> {
  requireArchivist(subject);
  const read = readSeriesCsv(csv);
  if (read.errors.length > 0)
    throw new AppError("series_csv_invalid", { lines: read.errors.slice(0, 100) });
  return db.transaction().execute(async (trx) => {
    const existing = await allSeries(trx);
    const byCode = new Map(existing.map((s) => [s.code, s]));
    const fileCodes = new Set(read.rows.map((r) => r.code));
    const errors: { line: number; problem: string }[] = [];
    read.rows.forEach((r, i) => {
      if (r.parentCode !== null && !fileCodes.has(r.parentCode) && !byCode.has(r.parentCode)) {
        errors.push({ line: i + 2, problem: `parent_code: unknown ${r.parentCode}` });
      }
    });
    // Parents after the import: the file's, else the plan's.
    const parentCodeOf = new Map<string, string | null>();
    const codeById = new Map(existing.map((s) => [s.id, s.code]));
    for (const s of existing)
      parentCodeOf.set(s.code, s.parent_id ? (codeById.get(s.parent_id) ?? null) : null);
    for (const r of read.rows) parentCodeOf.set(r.code, r.parentCode);
    read.rows.forEach((r, i) => {
      let cursor: string | null | undefined = r.parentCode;
      for (let depth = 0; cursor; depth++) {
        if (cursor === r.code || depth > 64) {
          errors.push({ line: i + 2, problem: "parent_code: cycle" });
          return;
        }
        cursor = parentCodeOf.get(cursor);
      }
    });
    if (errors.length > 0)
      throw new AppError("series_csv_invalid", { lines: errors.slice(0, 100) });

    const at = now.toISOString();
    const idOf = new Map(existing.map((s) => [s.code, s.id]));
    for (const r of read.rows) if (!idOf.has(r.code)) idOf.set(r.code, randomUUID());
    let created = 0;
    let updated = 0;
    const retentionChanged: string[] = [];
    for (const r of read.rows) {
      const id = idOf.get(r.code) as string;
      const values = rowValues(r, r.parentCode ? (idOf.get(r.parentCode) ?? null) : null);
      const before = byCode.get(r.code);
      if (before) {
        await trx
          .updateTable("record_series")
          .set({ ...values, closed_at: r.closed ? (before.closed_at ?? at) : null, updated_at: at })
          .where("id", "=", id)
          .execute();
        if (JSON.stringify(retentionOf(before)) !== JSON.stringify(r.retention))
          retentionChanged.push(id);
        updated++;
      } else {
        // Inserted without parent first: a parent may come later in the file.
        await trx
          .insertInto("record_series")
          .values({
            id,
            ...values,
            parent_id: null,
            closed_at: r.closed ? at : null,
            created_at: at,
            updated_at: at,
          })
          .execute();
        created++;
      }
    }
    for (const r of read.rows) {
      await trx
        .updateTable("record_series")
        .set({ parent_id: r.parentCode ? (idOf.get(r.parentCode) ?? null) : null })
        .where("id", "=", idOf.get(r.code) as string)
        .execute();
    }
    if (retentionChanged.length > 0) {
      await recomputeRetention(trx, (eb) => eb("records.series_id", "in", retentionChanged));
    }
    await emit(trx, actor, {
      type: "series.imported",
      details: { created, updated, retentionChanged },
    });
    return { created, updated };
  });
}

function rowValues(r: SeriesCsvRow, parentId: string | null) {
  return {
    parent_id: parentId,
    code: r.code,
    title: r.title.trim(),
    description: r.description,
    retention_months: r.retention.retentionMonths,
    retention_start: r.retention.retentionStart,
    final_action: r.retention.finalAction,
    access_delay_years: r.retention.accessDelayYears,
  };
}
