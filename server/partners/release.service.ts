import { randomUUID } from "node:crypto";
import type { Kysely, Transaction } from "kysely";
import type { z } from "zod";
import type {
  CreateRedactedVersionBody,
  Release,
  ReleaseCorrespondenceBody,
  ReleasedQuery,
  ReleaseState,
} from "../../shared/schemas/partners.js";
import { MARKINGS, type Marking, type RedactionAction } from "../../shared/vocabulary.js";
import { readableCorrespondence } from "../correspondence/correspondence.policy.js";
import { contentOf } from "../correspondence/correspondence.presenter.js";
import {
  type CorrespondenceRow,
  insertCorrespondence,
  insertVersion,
} from "../correspondence/correspondence.repository.js";
import type { CheckedContent } from "../correspondence/correspondence.rules.js";
import { findReadableOrStepUp } from "../correspondence/step-up.js";
import type { DB } from "../db/schema.js";
import { AppError, notFound } from "../errors.js";
import { type Actor, emit } from "../events/events.js";
import { decodeCursor, encodeCursor, toPage } from "../http/cursor.js";
import { canonicalJson } from "../journal/journal.hash.js";
import { hasRole, type Subject } from "../policy/subject.js";
import { isPartnerOrganisation } from "./partners.repository.js";
import {
  countRedactions,
  findRedaction,
  findRelease,
  insertRelease,
  listRedactions,
  listReleasesOfSource,
  listReleasesOfUnits,
  listTargets,
  markWithdrawn,
  type ReleaseRow,
} from "./release.repository.js";

/*
 * Release to partners (« diffusion aux partenaires »). A releaser of the originating unit
 * releases a dispatched correspondence whose every paragraph is NP — or a redacted version of it,
 * a derived document of its own whose remaining paragraphs are all NP — to all partners, to
 * sectors or countries, or to named organisations, with an optional embargo. Outside readers
 * then read it through the one read rule (`readableCorrespondence`), which looks at live
 * releases on every request: a withdrawal takes effect on the next one.
 */

type Handle = Kysely<DB> | Transaction<DB>;

const rank = (m: Marking) => MARKINGS.indexOf(m);

/** A document partners may read: dispatched, marked NP, every paragraph NP. */
export function isReleasable(row: { state: string; marking: Marking; content: string }) {
  if (row.state !== "dispatched" || row.marking !== "NP") return false;
  const content = JSON.parse(row.content) as CheckedContent;
  return content.paragraphs.every((p) => p.marking === "NP");
}

/** Whether the subject releases for the unit a correspondence comes from. */
export const releasesFor = (subject: Subject, originUnitId: string) =>
  !subject.isExternal && hasRole(subject, "releaser", originUnitId);

const mayRedact = (subject: Subject, originUnitId: string) =>
  releasesFor(subject, originUnitId) || (!subject.isExternal && hasRole(subject, "communicator"));

/** The source a document derives from (itself when it is no redaction), read under the rule. */
async function loadSource(trx: Handle, subject: Subject, id: string) {
  const row = await findReadableOrStepUp(trx, subject, id);
  if (subject.isExternal) throw notFound();
  const redaction = await findRedaction(trx, id);
  if (!redaction) return { source: row, redactionOf: null };
  const source = await trx
    .selectFrom("correspondences")
    .selectAll()
    .where("id", "=", redaction.source_id)
    .executeTakeFirstOrThrow();
  return { source: { ...row, ...source }, redactionOf: redaction.source_id };
}

/**
 * Derives a redacted version from a dispatched correspondence: each paragraph kept, removed or
 * replaced (a replacement is NP text), a subject and summary fit for release. The source stays
 * untouched; the version is a new dispatched document of the same unit, « <reference>-R<n> ».
 */
export async function createRedactedVersion(
  db: Kysely<DB>,
  subject: Subject,
  actor: Actor,
  sourceId: string,
  body: CreateRedactedVersionBody,
): Promise<string> {
  return db.transaction().execute(async (trx) => {
    const source = await findReadableOrStepUp(trx, subject, sourceId);
    if (subject.isExternal) throw notFound();
    if (!mayRedact(subject, source.origin_unit_id)) throw new AppError("forbidden");
    if (source.state !== "dispatched" || (await findRedaction(trx, sourceId))) {
      throw new AppError("not_releasable", { reason: "not_a_dispatched_source" });
    }
    const content = contentOf(source);
    if (body.paragraphs.length !== content.paragraphs.length) {
      throw new AppError("invalid_input", [{ path: "/paragraphs", problem: "one_per_paragraph" }]);
    }
    const paragraphs: CheckedContent["paragraphs"] = [];
    body.paragraphs.forEach((p, i) => {
      const original = content.paragraphs[i];
      if (!original || p.action === "removed") return;
      paragraphs.push(p.action === "kept" ? original : { marking: "NP", text: p.text });
    });
    const marking = paragraphs.reduce<Marking>(
      (max, p) => (rank(p.marking) > rank(max) ? p.marking : max),
      "NP",
    );
    const derived: CheckedContent = {
      ...content,
      subject: body.subject,
      summary: body.summary,
      marking,
      paragraphs,
      // Who else received it and what it refers to stay inside the ministry.
      addressees: [],
      references: [],
      email: content.email ? { to: [], cc: [] } : null,
    };
    const n = (await countRedactions(trx, sourceId)) + 1;
    const id = randomUUID();
    const now = new Date().toISOString();
    const json = canonicalJson(derived);
    await insertCorrespondence(trx, {
      id,
      kind: source.kind,
      state: "dispatched",
      origin_unit_id: source.origin_unit_id,
      drafter_id: subject.userId,
      subject: derived.subject,
      precedence: derived.precedence,
      marking,
      version: 1,
      content: json,
      reference: source.reference ? `${source.reference}-R${n}` : null,
      created_at: now,
      updated_at: now,
      dispatched_at: now,
    });
    await insertVersion(trx, {
      correspondence_id: id,
      version: 1,
      author_id: subject.userId,
      content: json,
      created_at: now,
    });
    const actions: RedactionAction[] = body.paragraphs.map((p) => p.action);
    await trx
      .insertInto("redactions")
      .values({
        correspondence_id: id,
        source_id: sourceId,
        source_version: source.version,
        changes: JSON.stringify(actions),
        created_by: subject.userId,
        created_at: now,
      })
      .execute();
    await emit(trx, actor, {
      type: "correspondence.redacted",
      target: { type: "correspondence", id },
      details: { sourceId, sourceVersion: source.version, actions, marking },
    });
    return id;
  });
}

/** Releases a correspondence (or one of its redacted versions) to partners. */
export async function releaseCorrespondence(
  db: Kysely<DB>,
  subject: Subject,
  actor: Actor,
  sourceId: string,
  body: ReleaseCorrespondenceBody,
): Promise<string> {
  return db.transaction().execute(async (trx) => {
    const source = await findReadableOrStepUp(trx, subject, sourceId);
    if (subject.isExternal) throw notFound();
    if (!releasesFor(subject, source.origin_unit_id)) throw new AppError("forbidden");
    if (await findRedaction(trx, sourceId)) {
      throw new AppError("invalid_input", [{ path: "/id", problem: "release_through_source" }]);
    }
    let document: { id: string; state: string; marking: Marking; content: string } = source;
    if (body.versionId !== undefined) {
      const redaction = await findRedaction(trx, body.versionId);
      if (!redaction || redaction.source_id !== sourceId) throw notFound();
      document = await trx
        .selectFrom("correspondences")
        .select(["id", "state", "marking", "content"])
        .where("id", "=", body.versionId)
        .executeTakeFirstOrThrow();
    }
    if (source.state !== "dispatched" || !isReleasable(document)) {
      throw new AppError("not_releasable", { marking: document.marking });
    }
    const sectors = [...new Set(body.sectors)];
    const countries = [...new Set(body.countries)];
    const organisationIds = [...new Set(body.organisationIds)];
    const targets = [
      ...sectors.map((value) => ({ type: "sector" as const, value })),
      ...countries.map((value) => ({ type: "country" as const, value })),
      ...organisationIds.map((value) => ({ type: "organization" as const, value })),
    ];
    if (body.audience === "targeted" && targets.length === 0) {
      throw new AppError("invalid_input", [{ path: "/audience", problem: "no_target" }]);
    }
    if (body.audience === "all" && targets.length > 0) {
      throw new AppError("invalid_input", [{ path: "/audience", problem: "targets_with_all" }]);
    }
    const known = await isPartnerOrganisation(trx, organisationIds);
    if (known.size !== organisationIds.length) {
      throw new AppError("invalid_input", [{ path: "/organisationIds", problem: "unknown" }]);
    }
    const id = randomUUID();
    await insertRelease(
      trx,
      {
        id,
        correspondence_id: document.id,
        source_id: sourceId,
        origin_unit_id: source.origin_unit_id,
        audience: body.audience,
        embargo_until: body.embargoUntil,
        released_by: subject.userId,
        released_at: new Date().toISOString(),
        withdrawn_at: null,
        withdrawn_by: null,
      },
      targets,
    );
    await emit(trx, actor, {
      type: "correspondence.released",
      target: { type: "correspondence", id: document.id },
      details: {
        releaseId: id,
        sourceId,
        audience: body.audience,
        sectors,
        countries,
        organisationIds,
        embargoUntil: body.embargoUntil,
      },
    });
    return id;
  });
}

/** Withdraws a release: its readers lose the document on their next request. */
export async function withdrawRelease(
  db: Kysely<DB>,
  subject: Subject,
  actor: Actor,
  releaseId: string,
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const release = await findRelease(trx, releaseId);
    if (!release || !releasesFor(subject, release.origin_unit_id)) throw notFound();
    const at = new Date().toISOString();
    if (!(await markWithdrawn(trx, releaseId, subject.userId, at))) {
      throw new AppError("release_withdrawn");
    }
    await emit(trx, actor, {
      type: "release.withdrawn",
      target: { type: "correspondence", id: release.correspondence_id },
      details: { releaseId, sourceId: release.source_id },
    });
  });
}

async function presentReleases(db: Handle, rows: readonly ReleaseRow[]): Promise<Release[]> {
  const targets = await listTargets(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((r) => ({
    id: r.id,
    correspondenceId: r.correspondence_id,
    sourceId: r.source_id,
    reference: r.reference,
    isRedacted: r.correspondence_id !== r.source_id,
    audience: r.audience,
    targets: targets
      .filter((t) => t.release_id === r.id)
      .map((t) => ({
        type: t.target_type,
        value: t.target_value,
        label: t.organization_name ?? t.target_value,
      })),
    embargoUntil: r.embargo_until,
    releasedBy: { id: r.released_by, displayName: r.releaser_name },
    releasedAt: r.released_at,
    withdrawnAt: r.withdrawn_at,
  }));
}

/**
 * Releases, redacted versions and publication of one correspondence, for who may manage them:
 * a releaser of its unit, a communicator. Anyone else gets 404, so the page shows nothing.
 */
export async function getReleaseState(
  db: Kysely<DB>,
  subject: Subject,
  id: string,
): Promise<ReleaseState> {
  const { source } = await loadSource(db, subject, id);
  const abilities = {
    release: releasesFor(subject, source.origin_unit_id),
    redact: mayRedact(subject, source.origin_unit_id),
    publish: hasRole(subject, "communicator"),
  };
  if (!abilities.release && !abilities.redact && !abilities.publish) throw notFound();
  const [redactions, releases, publication] = await Promise.all([
    listRedactions(db, source.id),
    listReleasesOfSource(db, source.id),
    db
      .selectFrom("publications")
      .select(["id", "correspondence_id", "published_at"])
      .where("source_id", "=", source.id)
      .where("unpublished_at", "is", null)
      .executeTakeFirst(),
  ]);
  return {
    sourceId: source.id,
    abilities,
    sourceReleasable: isReleasable(source),
    redactions: redactions.map((r) => ({
      id: r.id,
      reference: r.reference,
      subject: r.subject,
      actions: JSON.parse(r.changes) as RedactionAction[],
      releasable: isReleasable({ state: "dispatched", marking: r.marking, content: r.content }),
      createdBy: { id: r.created_by, displayName: r.author_name },
      createdAt: r.created_at,
    })),
    releases: await presentReleases(db, releases),
    publication: publication
      ? {
          id: publication.id,
          correspondenceId: publication.correspondence_id,
          publishedAt: publication.published_at,
        }
      : null,
  };
}

function presentReleasedDocument(
  row: Pick<
    CorrespondenceRow,
    "id" | "kind" | "reference" | "subject" | "precedence" | "content" | "dispatched_at"
  >,
) {
  const content = JSON.parse(row.content) as CheckedContent;
  return {
    id: row.id,
    kind: row.kind,
    reference: row.reference,
    subject: row.subject,
    summary: content.summary,
    precedence: row.precedence,
    tags: content.tags,
    countryTags: content.countryTags,
    dispatchedAt: row.dispatched_at,
  };
}

/**
 * `listReleased`: for a partner, their « Diffusions » — every document a live release lets them
 * read, newest first, without the release decisions; for a releaser, the releases of their units.
 */
export async function listReleased(
  db: Kysely<DB>,
  subject: Subject,
  query: z.infer<typeof ReleasedQuery>,
) {
  const after = decodeCursor(query.cursor, ["string", "string"]) as [string, string] | undefined;
  if (subject.isExternal) {
    let q = db
      .selectFrom("correspondences")
      .select(["id", "kind", "reference", "subject", "precedence", "content", "dispatched_at"])
      .where(
        "correspondences.id",
        "in",
        db.selectFrom("releases").select("correspondence_id").where("withdrawn_at", "is", null),
      )
      .where(readableCorrespondence(subject))
      .orderBy("correspondences.dispatched_at", "desc")
      .orderBy("correspondences.id", "desc")
      .limit(query.limit + 1);
    if (after) {
      const [at, id] = after;
      q = q.where((eb) =>
        eb.or([
          eb("correspondences.dispatched_at", "<", at),
          eb.and([eb("correspondences.dispatched_at", "=", at), eb("correspondences.id", "<", id)]),
        ]),
      );
    }
    const rows = await q.execute();
    return toPage(
      rows,
      query.limit,
      (r) => ({ correspondence: presentReleasedDocument(r), release: null }),
      (r) => [r.dispatched_at ?? "", r.id],
    );
  }
  const units = subject.roles.flatMap((r) =>
    r.role === "releaser" && r.unitId !== null ? [r.unitId] : [],
  );
  if (units.length === 0) throw notFound();
  const rows = await listReleasesOfUnits(db, units, after, query.limit);
  const pageRows = rows.slice(0, query.limit);
  const [releases, documents] = await Promise.all([
    presentReleases(db, pageRows),
    db
      .selectFrom("correspondences")
      .select(["id", "kind", "reference", "subject", "precedence", "content", "dispatched_at"])
      .where("id", "in", pageRows.length > 0 ? pageRows.map((r) => r.correspondence_id) : ["-"])
      .execute(),
  ]);
  const byId = new Map(documents.map((d) => [d.id, d]));
  const items = pageRows.flatMap((r, i) => {
    const doc = byId.get(r.correspondence_id);
    const release = releases[i];
    return doc && release ? [{ correspondence: presentReleasedDocument(doc), release }] : [];
  });
  const last = pageRows.at(-1);
  return {
    items,
    nextCursor:
      rows.length > query.limit && last ? encodeCursor([last.released_at, last.id]) : null,
  };
}
