import type { Kysely, Transaction } from "kysely";
import type { DraftContent } from "../../shared/schemas/correspondence.js";
import type {
  AssignActionBody,
  CloseActionBody,
  DistributionEntry,
  DistributionList,
  HandlingAbilities,
  ReplyBody,
} from "../../shared/schemas/handling.js";
import type { HandlingState, Precedence } from "../../shared/vocabulary.js";
import type { DB } from "../db/schema.js";
import { AppError, notFound } from "../errors.js";
import { type Actor, emit } from "../events/events.js";
import { loadSignedInUser } from "../people/people.service.js";
import { type Subject, todayUtc } from "../policy/subject.js";
import { readableCorrespondence } from "./correspondence.policy.js";
import { contentOf } from "./correspondence.presenter.js";
import {
  type CorrespondenceRow,
  filterReadableIds,
  findReadableCorrespondence,
} from "./correspondence.repository.js";
import { isAlerting, isOverdue } from "./correspondence.rules.js";
import { createDraftIn } from "./correspondence.service.js";
import {
  type DistributionRow,
  findHandledDistribution,
  type HandledDistribution,
  isCommunityMember,
  listDistributions,
  listReadReceiptsByDistribution,
  updateHandling,
} from "./handling.repository.js";
import { findReadableOrStepUp } from "./step-up.js";

type Handle = Kysely<DB> | Transaction<DB>;

/* ---------- policy: pure functions of the handling state ---------- */

type HandlingAction = keyof HandlingAbilities;

/** The handling states each action may start from; anything else is a conflict. */
const ALLOWED_FROM: Record<HandlingAction, readonly HandlingState[]> = {
  acknowledge: ["new"],
  assign: ["new", "acknowledged", "assigned"],
  reply: ["new", "acknowledged", "assigned"],
  close: ["new", "acknowledged", "assigned", "answered"],
};

const allows = (action: HandlingAction, handling: HandlingState | null | undefined) =>
  handling != null && ALLOWED_FROM[action].includes(handling);

/**
 * What the subject may do with the action distribution they handle (none: nothing). Answering
 * also needs a unit of theirs to send the answer from.
 */
export function handlingAbilities(
  subject: Subject,
  own: { handling: HandlingState | null } | undefined,
): HandlingAbilities {
  const handling = own?.handling;
  return {
    acknowledge: allows("acknowledge", handling),
    assign: allows("assign", handling),
    close: allows("close", handling),
    reply: allows("reply", handling) && subject.unitIds.length > 0,
  };
}

/* ---------- use cases ---------- */

/**
 * The correspondence (404 if unreadable) and the action distribution the subject handles
 * (403 if they have none, e.g. an information addressee).
 */
async function loadHandled(trx: Handle, subject: Subject, id: string) {
  const row = await findReadableOrStepUp(trx, subject, id);
  const own =
    row.state === "dispatched" ? await findHandledDistribution(trx, subject, id) : undefined;
  if (!own) throw new AppError("forbidden", { reason: "no_action_distribution" });
  return { row, own };
}

function requireAllowed(action: HandlingAction, own: HandledDistribution) {
  if (!allows(action, own.handling)) {
    throw new AppError("conflict", { handling: own.handling, action });
  }
}

/** Applies a transition guarded by the state it was allowed from (a concurrent one wins). */
async function moveHandling(
  trx: Handle,
  action: HandlingAction,
  own: HandledDistribution,
  at: string,
  changes: Parameters<typeof updateHandling>[4],
) {
  if (!(await updateHandling(trx, own.id, ALLOWED_FROM[action], at, changes))) {
    throw new AppError("conflict", { handling: "changed_meanwhile", action });
  }
}

function distributionEvent(
  type: string,
  own: HandledDistribution,
  details: Record<string, unknown> = {},
) {
  return {
    type,
    target: { type: "distribution", id: own.id },
    details: {
      correspondenceId: own.correspondence_id,
      addresseeType: own.addressee_type,
      addresseeId: own.addressee_id,
      from: own.handling,
      ...details,
    },
  };
}

/** The action addressee acknowledges receipt: new → acknowledged. */
export async function acknowledge(
  db: Kysely<DB>,
  subject: Subject,
  actor: Actor,
  id: string,
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const { own } = await loadHandled(trx, subject, id);
    requireAllowed("acknowledge", own);
    await moveHandling(trx, "acknowledge", own, new Date().toISOString(), {
      handling: "acknowledged",
    });
    await emit(trx, actor, distributionEvent("distribution.acknowledged", own));
  });
}

/**
 * Assigns the action to a colleague: a current member of the addressee unit or community (or
 * the addressee user themself) who may read the correspondence. The assignee may then handle it.
 */
export async function assignAction(
  db: Kysely<DB>,
  subject: Subject,
  actor: Actor,
  id: string,
  body: AssignActionBody,
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const { own } = await loadHandled(trx, subject, id);
    requireAllowed("assign", own);
    // Whether the assignee is entitled to read it: their own session will have to be strong.
    const assignee = await loadSignedInUser(trx, body.userId, { mfa: true });
    let belongs = false;
    if (assignee) {
      switch (own.addressee_type) {
        case "user":
          belongs = body.userId === own.addressee_id;
          break;
        case "unit":
          belongs = assignee.subject.unitIds.includes(own.addressee_id);
          break;
        case "community":
          belongs = await isCommunityMember(trx, own.addressee_id, body.userId);
          break;
      }
    }
    if (!assignee || !belongs) {
      throw new AppError("invalid_input", [{ path: "/userId", problem: "not_addressee_member" }]);
    }
    if (!(await findReadableCorrespondence(trx, readableCorrespondence(assignee.subject), id))) {
      throw new AppError("invalid_input", [{ path: "/userId", problem: "cannot_read_it" }]);
    }
    await moveHandling(trx, "assign", own, new Date().toISOString(), {
      handling: "assigned",
      assigned_to: body.userId,
    });
    await emit(
      trx,
      actor,
      distributionEvent("distribution.assigned", own, { assignedTo: body.userId }),
    );
  });
}

/** Closes the action with a comment, from any open state (answered included). */
export async function closeAction(
  db: Kysely<DB>,
  subject: Subject,
  actor: Actor,
  id: string,
  body: CloseActionBody,
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const { own } = await loadHandled(trx, subject, id);
    requireAllowed("close", own);
    const at = new Date().toISOString();
    await moveHandling(trx, "close", own, at, {
      handling: "closed",
      closed_at: at,
      close_comment: body.comment,
    });
    await emit(trx, actor, distributionEvent("distribution.closed", own));
  });
}

const RE = "RE: ";

/** The prepared answer: "RE: subject", same marking and tags, REF back, for action to the sender. */
function replyContent(row: CorrespondenceRow, overrides: Partial<DraftContent> = {}): DraftContent {
  const original = contentOf(row);
  const subject = row.subject.startsWith(RE) ? row.subject : `${RE}${row.subject}`.slice(0, 300);
  const toSender = { type: "unit" as const, id: row.origin_unit_id, mode: "action" as const };
  const content: DraftContent = {
    subject,
    summary: "",
    precedence: "routine",
    marking: row.marking,
    tags: original.tags,
    countryTags: original.countryTags,
    references: [row.id],
    paragraphs: [],
    addressees: [toSender],
    actionDeadline: null,
    note: null,
    email: null,
    ...overrides,
  };
  const refersBack = content.references.includes(row.id);
  const reachesSender = content.addressees.some((a) => a.type === "unit" && a.id === toSender.id);
  return {
    ...content,
    references: refersBack ? content.references : [row.id, ...content.references],
    addressees: reachesSender ? content.addressees : [toSender, ...content.addressees],
  };
}

/**
 * Answers a correspondence: a new draft that REFs it, addressed for action to its originating
 * unit; the subject's distribution becomes `answered`. Returns the draft's id.
 */
export async function replyToCorrespondence(
  db: Kysely<DB>,
  subject: Subject,
  actor: Actor,
  id: string,
  body: ReplyBody,
): Promise<string> {
  const { row, own } = await loadHandled(db, subject, id);
  requireAllowed("reply", own);
  // The answer and the link to it are written together: either both or neither.
  const answerId = await db.transaction().execute(async (trx) => {
    const draftId = await createDraftIn(trx, subject, actor, {
      kind: body.kind ?? row.kind,
      originUnitId: body.originUnitId,
      content: replyContent(row, body.content),
    });
    await moveHandling(trx, "reply", own, new Date().toISOString(), {
      handling: "answered",
      answer_id: draftId,
    });
    await emit(trx, actor, distributionEvent("distribution.answered", own, { answerId: draftId }));
    return draftId;
  });
  return answerId;
}

function presentDistribution(
  d: DistributionRow,
  precedence: Precedence,
  today: string,
  readBy: DistributionEntry["readBy"],
  readableAnswers: ReadonlySet<string>,
): DistributionEntry {
  return {
    id: d.id,
    addresseeType: d.addressee_type,
    addresseeId: d.addressee_id,
    addresseeName: d.addressee_name ?? "",
    mode: d.mode,
    handling: d.handling,
    deadline: d.deadline,
    assignedTo:
      d.assigned_to === null ? null : { id: d.assigned_to, displayName: d.assignee_name ?? "" },
    acknowledgedAt: d.acknowledged_at,
    closedAt: d.closed_at,
    closeComment: d.close_comment,
    answerId: d.answer_id !== null && readableAnswers.has(d.answer_id) ? d.answer_id : null,
    overdue: isOverdue(d, today),
    alert: d.mode === "action" && isAlerting(precedence, d.handling),
    readBy,
  };
}

/**
 * The distribution list of a correspondence the subject may read: handling states, deadlines,
 * overdue and alert flags, read receipts per addressee, and what the subject may do.
 */
export async function getDistribution(
  db: Kysely<DB>,
  subject: Subject,
  id: string,
  now: Date = new Date(),
): Promise<DistributionList> {
  const readable = readableCorrespondence(subject);
  const row = await findReadableOrStepUp(db, subject, id);
  // A partner reads the released text, not who else received it inside the ministry.
  if (subject.isExternal) throw notFound();
  if (row.state !== "dispatched") {
    return {
      correspondenceId: id,
      items: [],
      ownDistributionId: null,
      abilities: handlingAbilities(subject, undefined),
    };
  }
  const today = todayUtc(now);
  const [rows, receipts, own] = await Promise.all([
    listDistributions(db, id),
    listReadReceiptsByDistribution(db, id, today),
    findHandledDistribution(db, subject, id),
  ]);
  const answerIds = rows.flatMap((d) => (d.answer_id === null ? [] : [d.answer_id]));
  const readableAnswers = await filterReadableIds(db, readable, answerIds);
  const readBy = new Map<string, DistributionEntry["readBy"]>();
  for (const r of receipts) {
    const list = readBy.get(r.distribution_id) ?? [];
    list.push({
      user: { id: r.user_id, displayName: r.display_name },
      firstReadAt: r.first_read_at,
    });
    readBy.set(r.distribution_id, list);
  }
  return {
    correspondenceId: id,
    items: rows.map((d) =>
      presentDistribution(d, row.precedence, today, readBy.get(d.id) ?? [], readableAnswers),
    ),
    ownDistributionId: own?.id ?? null,
    abilities: handlingAbilities(subject, own),
  };
}
