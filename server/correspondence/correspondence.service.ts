import { randomUUID } from "node:crypto";
import type { Kysely, Transaction } from "kysely";
import type { z } from "zod";
import type {
  CorrespondenceDetail,
  CreateCorrespondenceBody,
  DraftContent,
  InboxQuery,
  UpdateDraftBody,
  VersionDiff,
} from "../../shared/schemas/correspondence.js";
import { visibleCommunities } from "../communities/communities.policy.js";
import type { DB } from "../db/schema.js";
import { AppError, notFound } from "../errors.js";
import { type Actor, emit } from "../events/events.js";
import { decodeCursor, toPage } from "../http/cursor.js";
import { canonicalJson } from "../journal/journal.hash.js";
import { journalProtectedRead } from "../journal/journal.service.js";
import { readableUnits } from "../organization/unit.policy.js";
import { readablePeople } from "../people/people.policy.js";
import { findSubjectUser } from "../people/people.repository.js";
import { needsStepUp } from "../policy/marking.policy.js";
import { type Subject, todayUtc } from "../policy/subject.js";
import { listAttachments } from "./attachment.repository.js";
import {
  canEditDraft,
  entitledCorrespondence,
  readableCorrespondence,
} from "./correspondence.policy.js";
import {
  contentOf,
  presentCorrespondenceDetail,
  presentCorrespondenceSummary,
} from "./correspondence.presenter.js";
import {
  type CorrespondenceRow,
  countAddressable,
  filterReadableIds,
  findVersions,
  insertCorrespondence,
  insertEditor,
  insertVersion,
  listAddresseeNames,
  listEditorIds,
  listInbox,
  listReferenceLabels,
  listVersions,
  type SummaryRow,
  saveNewVersion,
} from "./correspondence.repository.js";
import { type CheckedContent, checkContent, guideWarnings } from "./correspondence.rules.js";
import { recordReadReceipt } from "./handling.repository.js";
import { renderCorrespondencePdf } from "./pdf.js";
import { findReadableOrStepUp } from "./step-up.js";
import { compareContents } from "./version-diff.js";

type Handle = Kysely<DB> | Transaction<DB>;

/** Checks what the content points at: REF links the drafter may read, addressees that exist. */
async function checkLinks(db: Handle, subject: Subject, content: CheckedContent) {
  const readable = await filterReadableIds(db, readableCorrespondence(subject), content.references);
  if (readable.size !== new Set(content.references).size) {
    throw new AppError("invalid_input", [{ path: "/content/references", problem: "unknown" }]);
  }
  const filters = {
    people: readablePeople(subject),
    units: readableUnits(subject),
    communities: visibleCommunities(subject),
  };
  for (const type of ["unit", "user", "community"] as const) {
    const ids = [...new Set(content.addressees.filter((a) => a.type === type).map((a) => a.id))];
    if ((await countAddressable(db, filters, type, ids)) !== ids.length) {
      throw new AppError("invalid_input", [
        { path: "/content/addressees", problem: `unknown_${type}` },
      ]);
    }
  }
}

/** Starts a draft in one of the drafter's units; it is version 1. */
export async function createCorrespondence(
  db: Kysely<DB>,
  subject: Subject,
  actor: Actor,
  body: CreateCorrespondenceBody,
): Promise<string> {
  return db.transaction().execute((trx) => createDraftIn(trx, subject, actor, body));
}

/** `createCorrespondence` inside the caller's transaction (an answer is written with its link). */
export async function createDraftIn(
  trx: Transaction<DB>,
  subject: Subject,
  actor: Actor,
  body: CreateCorrespondenceBody,
): Promise<string> {
  if (subject.isExternal) throw notFound();
  if (!subject.unitIds.includes(body.originUnitId)) {
    throw new AppError("invalid_input", [{ path: "/originUnitId", problem: "not_your_unit" }]);
  }
  const content = checkContent(body.content);
  if (needsStepUp(subject, content.marking)) throw new AppError("step_up_required");
  await checkLinks(trx, subject, content);
  const id = randomUUID();
  const now = new Date().toISOString();
  const json = canonicalJson(content);
  await insertCorrespondence(trx, {
    id,
    kind: body.kind,
    state: "draft",
    origin_unit_id: body.originUnitId,
    drafter_id: subject.userId,
    subject: content.subject,
    precedence: content.precedence,
    marking: content.marking,
    version: 1,
    content: json,
    reference: null,
    created_at: now,
    updated_at: now,
    dispatched_at: null,
  });
  await insertVersion(trx, {
    correspondence_id: id,
    version: 1,
    author_id: subject.userId,
    content: json,
    created_at: now,
  });
  await emit(trx, actor, {
    type: "correspondence.created",
    target: { type: "correspondence", id },
    details: { kind: body.kind, marking: content.marking, originUnitId: body.originUnitId },
  });
  return id;
}

/** Saves the draft as a new version; refused if someone saved on top of `baseVersion` first. */
export async function updateDraft(
  db: Kysely<DB>,
  subject: Subject,
  actor: Actor,
  id: string,
  body: UpdateDraftBody,
): Promise<void> {
  const content = checkContent(body.content);
  await db.transaction().execute(async (trx) => {
    const row = await findReadableOrStepUp(trx, subject, id);
    const editorIds = await listEditorIds(trx, id);
    if (!canEditDraft(subject, { state: "draft", drafterId: row.drafter_id, editorIds })) {
      throw new AppError("forbidden");
    }
    // Raising an NP draft to DR writes DR content: it needs the second factor too.
    if (needsStepUp(subject, content.marking)) throw new AppError("step_up_required");
    // Its writers learn why they may not save any more: it is in the circuit or dispatched.
    if (row.state !== "draft") throw new AppError("conflict", { state: row.state });
    await checkLinks(trx, subject, content);
    const now = new Date().toISOString();
    const json = canonicalJson(content);
    const saved = await saveNewVersion(trx, id, body.baseVersion, {
      subject: content.subject,
      precedence: content.precedence,
      marking: content.marking,
      content: json,
      updated_at: now,
    });
    if (!saved) throw new AppError("conflict", { baseVersion: "stale", current: row.version });
    await insertVersion(trx, {
      correspondence_id: id,
      version: body.baseVersion + 1,
      author_id: subject.userId,
      content: json,
      created_at: now,
    });
    await emit(trx, actor, {
      type: "correspondence.draft_saved",
      target: { type: "correspondence", id },
      details: { version: body.baseVersion + 1, marking: content.marking },
    });
  });
}

/** The drafter invites a colleague to co-edit the draft. */
export async function addCoEditor(
  db: Kysely<DB>,
  subject: Subject,
  actor: Actor,
  id: string,
  userId: string,
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const row = await findReadableOrStepUp(trx, subject, id);
    if (row.drafter_id !== subject.userId || row.state !== "draft") throw new AppError("forbidden");
    const colleague = await findSubjectUser(trx, userId);
    if (colleague?.status !== "active" || colleague.organization_kind !== "ministry") {
      throw new AppError("invalid_input", [{ path: "/userId", problem: "unknown" }]);
    }
    const editorIds = await listEditorIds(trx, id);
    if (userId === row.drafter_id || editorIds.includes(userId)) {
      throw new AppError("conflict", { userId: "already_editor" });
    }
    await insertEditor(trx, {
      correspondence_id: id,
      user_id: userId,
      added_by: subject.userId,
      added_at: new Date().toISOString(),
    });
    await emit(trx, actor, {
      type: "correspondence.editor_added",
      target: { type: "correspondence", id },
      details: { userId },
    });
  });
}

async function detailOf(db: Handle, subject: Subject, row: CorrespondenceRow) {
  const content = contentOf(row);
  const [editorIds, attachments, addresseeNames, referenceLabels, record] = await Promise.all([
    listEditorIds(db, row.id),
    listAttachments(db, row.id),
    listAddresseeNames(db, content.addressees),
    listReferenceLabels(db, readableCorrespondence(subject), content.references),
    // records management: a disposed record's content is gone; the page says so.
    db
      .selectFrom("records")
      .select("disposed_at")
      .where("correspondence_id", "=", row.id)
      .executeTakeFirst(),
  ]);
  const editable = canEditDraft(subject, {
    state: row.state,
    drafterId: row.drafter_id,
    editorIds,
  });
  return presentCorrespondenceDetail(
    row,
    attachments,
    addresseeNames,
    referenceLabels,
    guideWarnings(row.kind, content),
    {
      edit: editable,
      submit: editable,
      inviteEditor: row.state === "draft" && row.drafter_id === subject.userId,
    },
    record?.disposed_at ?? null,
  );
}

/** A correspondence the user may read (404 otherwise); reads of DR content are journaled. */
export async function getCorrespondence(
  db: Kysely<DB>,
  subject: Subject,
  actor: Actor,
  id: string,
): Promise<CorrespondenceDetail> {
  const row = await findReadableOrStepUp(db, subject, id);
  await journalProtectedRead(db, actor, { type: "correspondence", id, marking: row.marking });
  if (row.state === "dispatched") await recordReadReceipt(db, subject.userId, id);
  const detail = await detailOf(db, subject, row);
  // A partner reads what was released, not who else received it inside the ministry.
  if (subject.isExternal) {
    return { ...detail, content: { ...detail.content, addressees: [] }, addresseeNames: {} };
  }
  return detail;
}

/** A dispatched correspondence the user may read, found by its reference number (404 otherwise). */
export async function lookupCorrespondence(db: Kysely<DB>, subject: Subject, reference: string) {
  const row = await db
    .selectFrom("correspondences")
    .select(["id", "reference", "subject"])
    .where("reference", "=", reference.trim().toUpperCase())
    .where(readableCorrespondence(subject))
    .executeTakeFirst();
  if (!row || row.reference === null) throw notFound();
  return { id: row.id, reference: row.reference, subject: row.subject };
}

/** The saved versions of a correspondence the user may read, newest first. */
export async function listCorrespondenceVersions(db: Kysely<DB>, subject: Subject, id: string) {
  await findReadableOrStepUp(db, subject, id);
  // Earlier versions are drafts: a partner reads the released text only.
  if (subject.isExternal) throw notFound();
  const rows = await listVersions(db, id);
  return {
    items: rows.map((r) => ({
      version: r.version,
      author: { id: r.author_id, displayName: r.author_name },
      createdAt: r.created_at,
    })),
  };
}

/**
 * What changed from one saved version to another. Reading old versions of DR content is a read
 * of that content, journaled like the document itself.
 */
export async function compareCorrespondenceVersions(
  db: Kysely<DB>,
  subject: Subject,
  actor: Actor,
  id: string,
  query: { from: number; to: number },
): Promise<VersionDiff> {
  const row = await findReadableOrStepUp(db, subject, id);
  if (subject.isExternal) throw notFound();
  const rows = await findVersions(db, id, [query.from, query.to]);
  const before = rows.find((r) => r.version === query.from);
  const after = rows.find((r) => r.version === query.to);
  if (!before || !after) throw notFound();
  await journalProtectedRead(db, actor, { type: "correspondence", id, marking: row.marking });
  const earlier = JSON.parse(before.content) as DraftContent;
  const later = JSON.parse(after.content) as DraftContent;
  const names = await listAddresseeNames(db, [...earlier.addressees, ...later.addressees]);
  const summary = (r: (typeof rows)[number]) => ({
    version: r.version,
    author: { id: r.author_id, displayName: r.author_name },
    createdAt: r.created_at,
  });
  return {
    from: summary(before),
    to: summary(after),
    ...compareContents(earlier, later, (addresseeId) => names.get(addresseeId) ?? addresseeId),
  };
}

/** One box of the user's correspondence: drafts, sent, for action or for information. */
export async function listCorrespondenceInbox(
  db: Kysely<DB>,
  subject: Subject,
  query: z.infer<typeof InboxQuery>,
) {
  const after = decodeCursor(query.cursor, ["string", "string"]) as [string, string] | undefined;
  // Entitled rows, so a one-factor session sees its DR rows (without subject) and can step up.
  const rows = await listInbox(db, entitledCorrespondence(subject), {
    box: query.box,
    userId: subject.userId,
    unitIds: subject.unitIds,
    headOfUnitIds: subject.roles.flatMap((r) =>
      r.role === "releaser" && r.unitId !== null ? [r.unitId] : [],
    ),
    after,
    limit: query.limit,
  });
  const byUpdate = query.box === "drafts" || query.box === "circuit";
  const dateOf = (r: SummaryRow) => (byUpdate ? r.updated_at : (r.dispatched_at ?? r.updated_at));
  const today = todayUtc();
  return toPage(
    rows,
    query.limit,
    (row) => presentCorrespondenceSummary(row, today, needsStepUp(subject, row.marking)),
    (r) => [dateOf(r), r.id],
  );
}

/** The printable PDF of a correspondence the user may read (404 otherwise; DR reads journaled). */
export async function getCorrespondencePdf(
  db: Kysely<DB>,
  subject: Subject,
  actor: Actor,
  id: string,
): Promise<{ detail: CorrespondenceDetail; pdf: Buffer }> {
  const detail = await getCorrespondence(db, subject, actor, id);
  return {
    detail,
    pdf: await renderCorrespondencePdf(detail, {
      addresseeNames: new Map(Object.entries(detail.addresseeNames)),
      referenceLabels: new Map(Object.entries(detail.referenceLabels)),
    }),
  };
}
