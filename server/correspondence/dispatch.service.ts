import { createHash, randomUUID } from "node:crypto";
import type { Kysely } from "kysely";
import type { SignCorrespondenceBody } from "../../shared/schemas/circuit.js";
import type { UnitKind } from "../../shared/vocabulary.js";
import type { AttachmentTable, DB, DistributionTable } from "../db/schema.js";
import { AppError } from "../errors.js";
import { type Actor, emit } from "../events/events.js";
import { canonicalJson } from "../journal/journal.hash.js";
import { isProtected } from "../policy/marking.policy.js";
import { type Subject, todayUtc } from "../policy/subject.js";
import { foldText } from "../search/text-fold.js";
import { listAttachments } from "./attachment.repository.js";
import {
  type CircuitStepRow,
  decideStep,
  findPendingStep,
  insertDistributions,
  insertRecord,
  listCircuitSteps,
  listExcludedMembers,
  markDispatched,
  takeReferenceNumber,
} from "./circuit.repository.js";
import { canSignStep } from "./circuit.service.js";
import { contentOf } from "./correspondence.presenter.js";
import type { CorrespondenceRow } from "./correspondence.repository.js";
import { type CheckedContent, guideWarnings } from "./correspondence.rules.js";
import { findReadableOrStepUp } from "./step-up.js";

/** How many excluded members a refusal lists (the dispatch event records them all). */
const EXCLUDED_MEMBERS_SHOWN = 200;

/**
 * The prefix of a unit's reference numbers: an embassy's or consulate's city, any other unit's
 * short name, folded
 * (no accents, upper case, words joined by "-"), e.g. "WASHINGTON", "NEW-YORK", "DGM".
 */
export function referencePrefix(unit: {
  kind: UnitKind;
  city: string | null;
  short_name: string;
}): string {
  // Embassies and consulates are known by their city; a permanent representation shares its
  // city with an embassy or a consulate (New York, Brussels, Geneva) and goes by its short name.
  const isKnownByCity = unit.kind === "embassy" || unit.kind === "consulate";
  const source = isKnownByCity && unit.city ? unit.city : unit.short_name;
  const prefix = foldText(source)
    .toUpperCase()
    .replace(/[^\p{L}\p{N}]+/gu, "-")
    .replace(/^-+|-+$/g, "");
  return prefix === "" ? "REF" : prefix;
}

/** `<PREFIX>-<YEAR>-<NNNN>`: at least four digits, more once a unit passes 9,999 in a year. */
export const formatReference = (prefix: string, year: number, number: number) =>
  `${prefix}-${year}-${String(number).padStart(4, "0")}`;

/** One distribution per addressee: action ones start `new` with the content's deadline. */
export function distributionRows(
  correspondenceId: string,
  content: CheckedContent,
  at: string,
): DistributionTable[] {
  return content.addressees.map((a) => ({
    id: randomUUID(),
    correspondence_id: correspondenceId,
    addressee_type: a.type,
    addressee_id: a.id,
    mode: a.mode,
    handling: a.mode === "action" ? "new" : null,
    deadline: a.mode === "action" ? content.actionDeadline : null,
    assigned_to: null,
    acknowledged_at: null,
    closed_at: null,
    close_comment: null,
    answer_id: null,
    dispatched_at: at,
  }));
}

/**
 * The frozen copy: metadata, content, reference, every circuit decision and the manifest of
 * attachments (name, size, type, SHA-256 of the stored blob and SHA-512 for fixity).
 */
export function recordCopy(
  row: CorrespondenceRow,
  content: CheckedContent,
  dispatch: { reference: string; at: string },
  steps: readonly CircuitStepRow[],
  attachments: readonly AttachmentTable[],
) {
  return {
    correspondence: {
      id: row.id,
      kind: row.kind,
      reference: dispatch.reference,
      marking: row.marking,
      precedence: row.precedence,
      subject: row.subject,
      version: row.version,
      originUnit: {
        id: row.origin_unit_id,
        kind: row.unit_kind,
        name: row.unit_name,
        shortName: row.unit_short_name,
        city: row.unit_city,
        countryCode: row.unit_country_code,
      },
      drafter: { id: row.drafter_id, displayName: row.drafter_name },
      createdAt: row.created_at,
      dispatchedAt: dispatch.at,
    },
    content,
    circuit: steps.map((s) => ({
      position: s.position,
      kind: s.kind,
      assignee:
        s.assignee_user_id !== null
          ? { type: "user", id: s.assignee_user_id, name: s.assignee_name }
          : { type: "unit", id: s.assignee_unit_id, name: s.unit_name },
      status: s.status,
      decidedBy: s.decided_by !== null ? { id: s.decided_by, displayName: s.decider_name } : null,
      decidedAt: s.decided_at,
      comment: s.comment,
    })),
    attachments: attachments.map((a) => ({
      id: a.id,
      name: a.name,
      size: a.size,
      contentType: a.content_type,
      sha256: a.sha256,
      sha512: a.sha512,
    })),
  };
}

/**
 * Signs a correspondence whose signature step has the turn, and dispatches it in the same
 * transaction: the reference number, the distributions for action and for information, the
 * record copy with its SHA-512, the journal. Anything failing undoes all of it, the number
 * included; of concurrent signatures exactly one dispatches, the others get `conflict`.
 */
export async function signCorrespondence(
  db: Kysely<DB>,
  subject: Subject,
  actor: Actor,
  id: string,
  body: SignCorrespondenceBody,
  now: Date = new Date(),
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const row = await findReadableOrStepUp(trx, subject, id);
    if (row.state !== "in_circuit") throw new AppError("conflict", { state: row.state });
    const step = await findPendingStep(trx, id);
    if (step?.kind !== "signature") {
      throw new AppError("conflict", { reason: "not_at_signature" });
    }
    if (!canSignStep(subject, step, row.origin_unit_id)) throw new AppError("forbidden");

    const content = contentOf(row);
    const warnings = guideWarnings(row.kind, content);
    if (warnings.length > 0) throw new AppError("conflict", { reason: "guide_warnings", warnings });

    const addressees = {
      unitIds: content.addressees.filter((a) => a.type === "unit").map((a) => a.id),
      communityIds: content.addressees.filter((a) => a.type === "community").map((a) => a.id),
      userIds: content.addressees.filter((a) => a.type === "user").map((a) => a.id),
    };
    const excluded = isProtected(row.marking)
      ? await listExcludedMembers(trx, addressees, row.marking, todayUtc(now))
      : [];
    if (excluded.length > 0 && !body.confirmExclusions) {
      throw new AppError("conflict", {
        reason: "members_cannot_read",
        marking: row.marking,
        count: excluded.length,
        members: excluded
          .slice(0, EXCLUDED_MEMBERS_SHOWN)
          .map((m) => ({ id: m.id, displayName: m.display_name })),
      });
    }

    const at = now.toISOString();
    const year = now.getUTCFullYear();
    // The number is taken inside this transaction: a dispatch that fails or loses the race
    // rolls back and gives it back, so numbers have no gaps.
    const prefix = referencePrefix({
      kind: row.unit_kind,
      city: row.unit_city,
      short_name: row.unit_short_name,
    });
    const number = await takeReferenceNumber(trx, { prefix, year });
    const reference = formatReference(prefix, year, number);
    // Guarded by `state = 'in_circuit'`: of concurrent signatures, only one gets here.
    if (!(await markDispatched(trx, id, reference, at))) {
      throw new AppError("conflict", { reason: "already_dispatched" });
    }
    const signed = await decideStep(trx, step.id, {
      status: "approved",
      decided_by: subject.userId,
      decided_at: at,
      comment: null,
    });
    if (!signed) throw new AppError("conflict", { reason: "already_dispatched" });

    const distributions = distributionRows(id, content, at);
    await insertDistributions(trx, distributions);
    const steps = await listCircuitSteps(trx, id);
    const attachments = await listAttachments(trx, id);
    const json = canonicalJson(recordCopy(row, content, { reference, at }, steps, attachments));
    const sha512 = createHash("sha512").update(json, "utf8").digest("hex");
    await insertRecord(trx, {
      id: randomUUID(),
      correspondence_id: id,
      captured_at: at,
      canonical_json: json,
      sha512,
    });
    const actionCount = distributions.filter((d) => d.mode === "action").length;
    await emit(trx, actor, {
      type: "correspondence.dispatched",
      target: { type: "correspondence", id },
      details: {
        reference,
        marking: row.marking,
        signatureStepId: step.id,
        distributions: distributions.length,
        action: actionCount,
        info: distributions.length - actionCount,
        excludedMemberIds: excluded.map((m) => m.id),
        recordSha512: sha512,
      },
    });
  });
}
