import { randomUUID } from "node:crypto";
import type { Kysely, Transaction } from "kysely";
import type {
  Circuit,
  CorrespondenceWithCircuit,
  DecideClearanceStepBody,
  SubmitForClearanceBody,
} from "../../shared/schemas/circuit.js";
import type { CorrespondenceState, Marking } from "../../shared/vocabulary.js";
import type { CircuitStepTable, DB } from "../db/schema.js";
import { AppError, notFound } from "../errors.js";
import { type Actor, emit } from "../events/events.js";
import { journalProtectedRead } from "../journal/journal.service.js";
import { presentUnitRef } from "../organization/organization.presenter.js";
import { hasRole, type Subject, todayUtc } from "../policy/subject.js";
import {
  activateNextStep,
  type CircuitStepRow,
  decideStep,
  findClearedAgentIds,
  findLastPosition,
  findReleaserIds,
  findStep,
  findUnitsWithHead,
  insertSteps,
  listCircuitSteps,
  makeRoomAfter,
  moveState,
  skipWaitingSteps,
} from "./circuit.repository.js";
import { canEditDraft } from "./correspondence.policy.js";
import { listEditorIds } from "./correspondence.repository.js";
import { getCorrespondence } from "./correspondence.service.js";
import { findReadableOrStepUp } from "./step-up.js";

/* ---------- who decides (pure rules of a Subject) ---------- */

type StepAssignment = Pick<CircuitStepTable, "assignee_user_id" | "assignee_unit_id">;

/**
 * Whether the subject is the one to decide a step: its named assignee, or for a unit's visa
 * the unit's head — a member of the unit holding its release authority.
 */
export function isStepAssignee(subject: Subject, step: StepAssignment): boolean {
  if (step.assignee_user_id !== null) return step.assignee_user_id === subject.userId;
  const unitId = step.assignee_unit_id;
  return (
    unitId !== null && subject.unitIds.includes(unitId) && hasRole(subject, "releaser", unitId)
  );
}

/** Whether the subject may sign a step: its assignee, still releaser for the originating unit. */
export function canSignStep(
  subject: Subject,
  step: StepAssignment & Pick<CircuitStepTable, "kind" | "status">,
  originUnitId: string,
): boolean {
  return (
    step.kind === "signature" &&
    step.status === "pending" &&
    step.assignee_user_id === subject.userId &&
    hasRole(subject, "releaser", originUnitId)
  );
}

/* ---------- presentation ---------- */

function presentCircuit(
  rows: readonly CircuitStepRow[],
  subject: Subject,
  correspondence: { state: CorrespondenceState; originUnitId: string },
): Circuit {
  const inCircuit = correspondence.state === "in_circuit";
  const pending = inCircuit ? rows.find((r) => r.status === "pending") : undefined;
  // Every round ends with its signature step: a step's round is one more than the signature
  // steps before it.
  let round = 1;
  const steps = rows.map((r) => {
    const step = {
      id: r.id,
      position: r.position,
      round,
      kind: r.kind,
      assignee:
        r.assignee_user_id !== null
          ? {
              type: "user" as const,
              user: { id: r.assignee_user_id, displayName: r.assignee_name ?? "?" },
            }
          : {
              type: "unit" as const,
              unit: presentUnitRef({
                id: r.assignee_unit_id ?? "",
                kind: r.unit_kind ?? "office",
                name: r.unit_name ?? "?",
                short_name: r.unit_short_name ?? "?",
                country_code: r.unit_country_code,
                city: r.unit_city,
              }),
            },
      status: r.status,
      decidedBy:
        r.decided_by !== null ? { id: r.decided_by, displayName: r.decider_name ?? "?" } : null,
      decidedAt: r.decided_at,
      comment: r.comment,
    };
    if (r.kind === "signature") round += 1;
    return step;
  });
  return {
    steps,
    currentStepId: pending?.id ?? null,
    abilities: {
      decide: pending !== undefined && isStepAssignee(subject, pending),
      sign: pending !== undefined && canSignStep(subject, pending, correspondence.originUnitId),
    },
  };
}

/** The circuit of a correspondence the user may read (404 otherwise); DR reads are journaled. */
export async function getCircuit(
  db: Kysely<DB>,
  subject: Subject,
  actor: Actor,
  id: string,
): Promise<Circuit> {
  const row = await findReadableOrStepUp(db, subject, id);
  // A partner reads the released text, not who cleared it inside the ministry.
  if (subject.isExternal) throw notFound();
  await journalProtectedRead(db, actor, { type: "correspondence", id, marking: row.marking });
  const steps = await listCircuitSteps(db, id);
  return presentCircuit(steps, subject, { state: row.state, originUnitId: row.origin_unit_id });
}

/** A correspondence as its reader sees it, with its circuit (what circuit operations answer). */
export async function getCorrespondenceWithCircuit(
  db: Kysely<DB>,
  subject: Subject,
  actor: Actor,
  id: string,
): Promise<CorrespondenceWithCircuit> {
  const detail = await getCorrespondence(db, subject, actor, id);
  const steps = await listCircuitSteps(db, id);
  const circuit = presentCircuit(steps, subject, {
    state: detail.state,
    originUnitId: detail.originUnit.id,
  });
  return { ...detail, circuit };
}

/* ---------- submission ---------- */

type Problem = { path: string; problem: string };

/**
 * Checks the people and units of a new circuit: named visa holders and the signer are active
 * ministry agents cleared for the marking; the signer holds release authority for the
 * originating unit; each unit has a head able to read it. All problems are reported at once.
 */
async function checkCircuitMembers(
  db: Transaction<DB>,
  correspondence: { origin_unit_id: string; marking: Marking },
  body: SubmitForClearanceBody,
  today: string,
) {
  const problems: Problem[] = [];
  const seen = new Set<string>();
  body.visas.forEach((v, i) => {
    const key = "userId" in v ? `user:${v.userId}` : `unit:${v.unitId}`;
    if (seen.has(key)) problems.push({ path: `/visas/${i}`, problem: "duplicate" });
    seen.add(key);
  });
  const userIds = body.visas.flatMap((v) => ("userId" in v ? [v.userId] : []));
  const unitIds = body.visas.flatMap((v) => ("unitId" in v ? [v.unitId] : []));
  const cleared = await findClearedAgentIds(
    db,
    [...userIds, body.signerId],
    correspondence.marking,
    today,
  );
  const releasers = await findReleaserIds(db, correspondence.origin_unit_id, [body.signerId]);
  const unitsWithHead = await findUnitsWithHead(db, unitIds, correspondence.marking, today);
  body.visas.forEach((v, i) => {
    if ("userId" in v && !cleared.has(v.userId)) {
      problems.push({ path: `/visas/${i}/userId`, problem: "cannot_read" });
    }
    if ("unitId" in v && !unitsWithHead.has(v.unitId)) {
      problems.push({ path: `/visas/${i}/unitId`, problem: "no_head" });
    }
  });
  if (!releasers.has(body.signerId)) {
    problems.push({ path: "/signerId", problem: "not_a_releaser" });
  } else if (!cleared.has(body.signerId)) {
    problems.push({ path: "/signerId", problem: "cannot_read" });
  }
  if (problems.length > 0) throw new AppError("invalid_input", problems);
}

/**
 * Submits a draft to a new round of its circuit: the visa steps in order, then the signature.
 * The first new step has the turn; earlier rounds stay as history before it.
 */
export async function submitForClearance(
  db: Kysely<DB>,
  subject: Subject,
  actor: Actor,
  id: string,
  body: SubmitForClearanceBody,
  now: Date = new Date(),
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const row = await findReadableOrStepUp(trx, subject, id);
    const editorIds = await listEditorIds(trx, id);
    if (!canEditDraft(subject, { state: row.state, drafterId: row.drafter_id, editorIds })) {
      const isAuthor = row.drafter_id === subject.userId || editorIds.includes(subject.userId);
      throw isAuthor ? new AppError("conflict", { state: row.state }) : new AppError("forbidden");
    }
    await checkCircuitMembers(trx, row, body, todayUtc(now));
    const at = now.toISOString();
    if (!(await moveState(trx, id, "draft", "in_circuit", at))) {
      throw new AppError("conflict", { state: "in_circuit" });
    }
    const first = (await findLastPosition(trx, id)) + 1;
    const planned = [
      ...body.visas.map((v) => ({
        kind: "visa" as const,
        assignee_user_id: "userId" in v ? v.userId : null,
        assignee_unit_id: "unitId" in v ? v.unitId : null,
      })),
      { kind: "signature" as const, assignee_user_id: body.signerId, assignee_unit_id: null },
    ];
    const steps: CircuitStepTable[] = planned.map((p, i) => ({
      id: randomUUID(),
      correspondence_id: id,
      position: first + i,
      ...p,
      status: i === 0 ? "pending" : "waiting",
      decided_by: null,
      decided_at: null,
      comment: null,
    }));
    await insertSteps(trx, steps);
    await emit(trx, actor, {
      type: "correspondence.submitted",
      target: { type: "correspondence", id },
      details: {
        version: row.version,
        visas: body.visas.length,
        signerId: body.signerId,
        firstPosition: first,
      },
    });
  });
}

/* ---------- decisions ---------- */

/**
 * Decides the current visa step: approve (the next step gets the turn), return (back to the
 * drafter as a draft, the rest of the round skipped) or delegate (a new visa step for the
 * delegate right after this one). The signer may only return the signature step; signing is
 * `signCorrespondence`.
 */
export async function decideClearanceStep(
  db: Kysely<DB>,
  subject: Subject,
  actor: Actor,
  id: string,
  stepId: string,
  body: DecideClearanceStepBody,
  now: Date = new Date(),
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const row = await findReadableOrStepUp(trx, subject, id);
    const step = await findStep(trx, id, stepId);
    if (!step) throw notFound();
    if (!isStepAssignee(subject, step)) throw new AppError("forbidden");
    if (row.state !== "in_circuit" || step.status !== "pending") {
      throw new AppError("conflict", { reason: "not_the_current_step", status: step.status });
    }
    if (step.kind === "signature" && body.decision !== "return") {
      throw new AppError("conflict", { reason: "signature_step_is_signed" });
    }
    const at = now.toISOString();
    const comment = body.comment !== undefined && body.comment.trim() !== "" ? body.comment : null;
    const decided = (status: "approved" | "returned" | "delegated") =>
      decideStep(trx, step.id, { status, decided_by: subject.userId, decided_at: at, comment });
    const details: Record<string, unknown> = {
      stepId: step.id,
      kind: step.kind,
      position: step.position,
      decision: body.decision,
    };
    switch (body.decision) {
      case "approve":
        if (!(await decided("approved"))) throw new AppError("conflict");
        await activateNextStep(trx, id);
        break;
      case "return":
        // The correspondence row first, as a signature does, so the two never wait on each other.
        if (!(await moveState(trx, id, "in_circuit", "draft", at))) {
          throw new AppError("conflict");
        }
        if (!(await decided("returned"))) throw new AppError("conflict");
        details.skippedSteps = await skipWaitingSteps(trx, id);
        details.state = "draft";
        break;
      case "delegate": {
        if (body.delegateTo === subject.userId) {
          throw new AppError("invalid_input", [{ path: "/delegateTo", problem: "self" }]);
        }
        const cleared = await findClearedAgentIds(
          trx,
          [body.delegateTo],
          row.marking,
          todayUtc(now),
        );
        if (!cleared.has(body.delegateTo)) {
          throw new AppError("invalid_input", [{ path: "/delegateTo", problem: "cannot_read" }]);
        }
        if (!(await decided("delegated"))) throw new AppError("conflict");
        await makeRoomAfter(trx, id, step.position);
        const delegateStepId = randomUUID();
        await insertSteps(trx, [
          {
            id: delegateStepId,
            correspondence_id: id,
            position: step.position + 1,
            kind: "visa",
            assignee_user_id: body.delegateTo,
            assignee_unit_id: null,
            status: "pending",
            decided_by: null,
            decided_at: null,
            comment: null,
          },
        ]);
        details.delegateTo = body.delegateTo;
        details.delegateStepId = delegateStepId;
        break;
      }
    }
    await emit(trx, actor, {
      type: "correspondence.step_decided",
      target: { type: "correspondence", id },
      details,
    });
  });
}
