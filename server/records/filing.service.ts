import type { Kysely, Transaction } from "kysely";
import type { DraftContent } from "../../shared/schemas/correspondence.js";
import type {
  FilingConditions,
  FilingTestResult,
  TestFilingRuleBody,
} from "../../shared/schemas/records.js";
import type { RetentionStartEvent } from "../../shared/vocabulary.js";
import { dialectOf } from "../db/dialect.js";
import type { DB } from "../db/schema.js";
import { AppError, notFound } from "../errors.js";
import { type Actor, emit } from "../events/events.js";
import { appendToJournal } from "../journal/journal.service.js";
import { listAncestors } from "../organization/organization.repository.js";
import type { Subject } from "../policy/subject.js";
import { chooseFilingRule, type FilingFacts, type RuleForMatching } from "./filing-match.js";
import { requireArchivist } from "./records.guard.js";
import { recomputeRetention, retentionDatesFor } from "./retention.js";

/*
 * Filing: every record is filed at capture, in the dispatch's transaction, by the first
 * matching rule (filing-match.ts); its retention dates follow from the series. An archivist
 * may refile a record by hand (journaled: who, from, to, why) and ask where a document would go.
 */

type Handle = Kysely<DB> | Transaction<DB>;

/** A rule with its series' retention rule (filing at capture dates the record in the same write). */
type RuleWithRetention = RuleForMatching & {
  retention: { months: number | null; start: RetentionStartEvent; accessDelayYears: number };
};

/** Every rule with what matching needs (the table is small: tens of rules). */
export async function loadRulesForMatching(db: Handle): Promise<RuleWithRetention[]> {
  const rows = await db
    .selectFrom("filing_rules as r")
    .innerJoin("record_series as s", "s.id", "r.series_id")
    .select([
      "s.retention_months",
      "s.retention_start",
      "s.access_delay_years",
      "r.id",
      "r.position",
      "r.name",
      "r.series_id",
      "r.enabled",
      "r.conditions",
      "s.closed_at",
    ])
    .orderBy("r.position")
    .orderBy("r.id")
    .execute();
  return rows.map((r) => ({
    id: r.id,
    position: r.position,
    name: r.name,
    seriesId: r.series_id,
    enabled: r.enabled === 1,
    seriesClosed: r.closed_at !== null,
    conditions: JSON.parse(r.conditions) as FilingConditions,
    retention: {
      months: r.retention_months,
      start: r.retention_start,
      accessDelayYears: r.access_delay_years,
    },
  }));
}

/**
 * The filing facts of a dispatched correspondence: kind, units, tags, marking; and whether it
 * has an action addressee. The unit tree is walked only when a rule looks at sub-units.
 */
async function factsOfCorrespondence(
  db: Handle,
  correspondenceId: string,
  needsAncestors = true,
): Promise<
  FilingFacts & { hasAction: boolean; record: { id: string; capturedAt: string } | null }
> {
  const row = await db
    .selectFrom("correspondences")
    .leftJoin("records", "records.correspondence_id", "correspondences.id")
    .select([
      "correspondences.kind",
      "correspondences.origin_unit_id",
      "correspondences.marking",
      "correspondences.content",
      "correspondences.state",
      "records.id as record_id",
      "records.captured_at",
    ])
    .where("correspondences.id", "=", correspondenceId)
    .executeTakeFirst();
  if (row?.state !== "dispatched") throw notFound();
  const content = JSON.parse(row.content) as Pick<DraftContent, "tags" | "countryTags">;
  const distributions = await db
    .selectFrom("distributions")
    .select(["addressee_type", "addressee_id", "mode"])
    .where("correspondence_id", "=", correspondenceId)
    .execute();
  const ancestors = needsAncestors ? await listAncestors(db, row.origin_unit_id) : [];
  return {
    kind: row.kind,
    originUnitId: row.origin_unit_id,
    originAncestorIds: ancestors.map((a) => a.id),
    addresseeUnitIds: distributions
      .filter((d) => d.addressee_type === "unit")
      .map((d) => d.addressee_id),
    tags: [...(content.tags ?? []), ...(content.countryTags ?? [])].map((t) => t.toLowerCase()),
    marking: row.marking,
    hasAction: distributions.some((d) => d.mode === "action"),
    record:
      row.record_id !== null && row.captured_at !== null
        ? { id: row.record_id, capturedAt: row.captured_at }
        : null,
  };
}

const looksAtSubUnits = (rules: readonly RuleForMatching[]) =>
  rules.some((r) => r.enabled && r.conditions.originUnit?.includeSubUnits === true);

/**
 * Files the record of a correspondence just dispatched and sets its retention dates, inside the
 * dispatch's transaction. A document with no action addressee has its action « closed » at
 * capture. The filing is journaled as `record.filed`.
 */
export async function fileAtCapture(
  trx: Transaction<DB>,
  actor: Actor,
  correspondenceId: string,
  now: Date,
): Promise<void> {
  const rules = await loadRulesForMatching(trx);
  const facts = await factsOfCorrespondence(trx, correspondenceId, looksAtSubUnits(rules));
  const record = facts.record;
  if (!record) return;
  const { winner } = chooseFilingRule(rules, facts) as { winner: RuleWithRetention | null };
  const actionClosedAt = facts.hasAction ? null : record.capturedAt;
  // Filed and dated in one write (retention.ts states the same dates as recomputeRetention).
  const dates = winner?.retention
    ? retentionDatesFor(dialectOf(trx), winner.retention, actionClosedAt)
    : { retention_start_at: null, due_at: null, communicable_from: null };
  await trx
    .updateTable("records")
    .set({
      series_id: winner?.seriesId ?? null,
      filing_rule_id: winner?.id ?? null,
      filed_by: winner ? "rule" : null,
      filed_at: winner ? now.toISOString() : null,
      action_closed_at: actionClosedAt,
      ...dates,
    })
    .where("id", "=", record.id)
    .execute();
  await appendToJournal(
    trx,
    actor,
    {
      type: "record.filed",
      target: { type: "record", id: record.id },
      details: {
        correspondenceId,
        by: "rule",
        ruleId: winner?.id ?? null,
        seriesId: winner?.seriesId ?? null,
      },
    },
    now,
  );
}

/**
 * After an action addressee answered or closed: when no action of the document is still open,
 * its record's « closing of the action » happened now, and dates depending on it follow.
 */
export async function settleActionIfLast(
  trx: Transaction<DB>,
  correspondenceId: string,
  now: Date,
): Promise<void> {
  const open = await trx
    .selectFrom("distributions")
    .select("id")
    .where("correspondence_id", "=", correspondenceId)
    .where("mode", "=", "action")
    .where("handling", "not in", ["answered", "closed"])
    .executeTakeFirst();
  if (open) return;
  const updated = await trx
    .updateTable("records")
    .set({ action_closed_at: now.toISOString() })
    .where("correspondence_id", "=", correspondenceId)
    .where("action_closed_at", "is", null)
    .executeTakeFirst();
  if (Number(updated.numUpdatedRows) === 0) return;
  await recomputeRetention(trx, (eb) => eb("records.correspondence_id", "=", correspondenceId));
}

/** "Where would this document go?": the series, the winning rule and why earlier ones failed. */
export async function testFilingRule(
  db: Kysely<DB>,
  subject: Subject,
  body: TestFilingRuleBody,
): Promise<FilingTestResult> {
  requireArchivist(subject);
  let facts: FilingFacts;
  if ("correspondenceId" in body) {
    facts = await factsOfCorrespondence(db, body.correspondenceId);
  } else {
    const d = body.document;
    const ancestors = await listAncestors(db, d.originUnitId);
    facts = {
      kind: d.kind,
      originUnitId: d.originUnitId,
      originAncestorIds: ancestors.map((a) => a.id),
      addresseeUnitIds: d.addresseeUnitIds,
      tags: d.tags.map((t) => t.trim().toLowerCase()),
      marking: d.marking,
    };
  }
  const { winner, trail } = chooseFilingRule(await loadRulesForMatching(db), facts);
  if (!winner) return { series: null, rule: null, trail };
  const series = await db
    .selectFrom("record_series")
    .select(["id", "code", "title"])
    .where("id", "=", winner.seriesId)
    .executeTakeFirstOrThrow();
  return {
    series,
    rule: { id: winner.id, name: winner.name, position: winner.position },
    trail,
  };
}

/** An archivist refiles a record by hand; its retention follows the new series. Journaled. */
export async function fileRecord(
  db: Kysely<DB>,
  subject: Subject,
  actor: Actor,
  recordId: string,
  body: { seriesId: string; reason: string },
  now: Date = new Date(),
): Promise<void> {
  requireArchivist(subject);
  await db.transaction().execute(async (trx) => {
    const record = await trx
      .selectFrom("records")
      .select(["id", "series_id", "status", "correspondence_id"])
      .where("id", "=", recordId)
      .executeTakeFirst();
    if (!record) throw notFound();
    if (record.status !== "active")
      throw new AppError("record_not_active", { status: record.status });
    const series = await trx
      .selectFrom("record_series")
      .select(["id", "closed_at"])
      .where("id", "=", body.seriesId)
      .executeTakeFirst();
    if (!series) throw notFound();
    if (series.closed_at !== null) throw new AppError("series_closed");
    await trx
      .updateTable("records")
      .set({
        series_id: series.id,
        filed_by: "manual",
        filing_rule_id: null,
        filed_at: now.toISOString(),
      })
      .where("id", "=", record.id)
      .execute();
    await recomputeRetention(trx, (eb) => eb("records.id", "=", record.id));
    await emit(trx, actor, {
      type: "record.refiled",
      target: { type: "record", id: record.id },
      details: {
        correspondenceId: record.correspondence_id,
        fromSeriesId: record.series_id,
        toSeriesId: series.id,
        reason: body.reason,
      },
    });
  });
}
