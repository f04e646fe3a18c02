import { randomUUID } from "node:crypto";
import { Readable } from "node:stream";
import type { Kysely } from "kysely";
import type { DraftContent } from "../../shared/schemas/correspondence.js";
import type { CorrespondenceKind, FinalAction } from "../../shared/vocabulary.js";
import type { BlobStore } from "../blobs/blob-store.js";
import { uploadAttachment } from "../correspondence/attachment.service.js";
import { submitForClearance } from "../correspondence/circuit.service.js";
import { createCorrespondence } from "../correspondence/correspondence.service.js";
import { signCorrespondence } from "../correspondence/dispatch.service.js";
import type { DB } from "../db/schema.js";
import { telegramContent } from "./correspondence-factory.js";
import { makeOrganization, makeUnit, makeUser } from "./factories.js";
import { actorFor, subjectOf } from "./notification-kit.js";

/*
 * Records to archive, for the archives tests: correspondence dispatched through the real
 * services, then filed by hand (series and due date set directly, as the filing rules of the
 * records-management work would).
 */

export interface ArchivesWorld {
  embassyId: string;
  directorateId: string;
  drafterId: string;
  signerId: string;
  archivistId: string;
  archivistEmail: string;
  /** An archivist cleared NP only. */
  npArchivistId: string;
  npArchivistEmail: string;
  agentId: string;
  agentEmail: string;
  keepSeriesId: string;
  destroySeriesId: string;
}

export async function makeArchivesWorld(db: Kysely<DB>): Promise<ArchivesWorld> {
  const organizationId = await makeOrganization(db, { name: "Ministère de l'Europe" });
  const embassyId = await makeUnit(db, {
    organizationId,
    kind: "embassy",
    name: "Ambassade de France aux États-Unis",
    city: "Washington",
    countryCode: "US",
  });
  const directorateId = await makeUnit(db, { organizationId, kind: "directorate", name: "DAOI" });
  const drafter = await makeUser(db, { organizationId, unitId: embassyId, clearance: "DR" });
  const signer = await makeUser(db, {
    organizationId,
    unitId: embassyId,
    clearance: "DR",
    roles: [{ role: "releaser", unitId: embassyId }],
  });
  const archivist = await makeUser(db, {
    organizationId,
    unitId: directorateId,
    clearance: "DR",
    roles: [{ role: "archivist" }],
  });
  const npArchivist = await makeUser(db, {
    organizationId,
    unitId: directorateId,
    clearance: "NP",
    roles: [{ role: "archivist" }],
  });
  const agent = await makeUser(db, { organizationId, unitId: directorateId, clearance: "DR" });
  return {
    embassyId,
    directorateId,
    drafterId: drafter.id,
    signerId: signer.id,
    archivistId: archivist.id,
    archivistEmail: archivist.email,
    npArchivistId: npArchivist.id,
    npArchivistEmail: npArchivist.email,
    agentId: agent.id,
    agentEmail: agent.email,
    keepSeriesId: await makeSeries(db, "keep"),
    destroySeriesId: await makeSeries(db, "destroy"),
  };
}

let seriesCount = 0;

/** A series of the filing plan with a retention rule. */
export async function makeSeries(db: Kysely<DB>, finalAction: FinalAction): Promise<string> {
  const id = randomUUID();
  seriesCount += 1;
  const at = new Date().toISOString();
  await db
    .insertInto("record_series")
    .values({
      id,
      parent_id: null,
      code: `9.${seriesCount}.${id.slice(0, 4)}`,
      title: finalAction === "keep" ? "Télégrammes politiques" : "Correspondance courante",
      retention_months: 120,
      final_action: finalAction,
      access_delay_years: 25,
      created_at: at,
      updated_at: at,
    })
    .execute();
  return id;
}

/** Content for each kind: a telegram, a diplomatic note, a formal e-mail. */
export function contentOf(kind: CorrespondenceKind, overrides: Partial<DraftContent> = {}) {
  const base = telegramContent({
    marking: "NP",
    paragraphs: [
      { marking: "NP", text: "Le département du Commerce a publié un avis." },
      { marking: "NP", text: "La décision sera annoncée la semaine prochaine." },
    ],
    ...overrides,
  });
  switch (kind) {
    case "telegram":
      return base;
    case "note":
      return {
        ...base,
        summary: "",
        note: {
          senderEntity: "L'Ambassade de France",
          recipientEntity: "le Département d'État",
          place: "Washington",
          language: "fr" as const,
        },
        ...overrides,
      };
    case "formal_email":
      return {
        ...base,
        summary: "",
        email: { to: ["desk@state.example"], cc: [] },
        ...overrides,
      };
  }
}

/** Drafts (with attachments), submits and signs a correspondence; returns its record's id. */
export async function dispatchForArchives(
  db: Kysely<DB>,
  store: BlobStore,
  world: ArchivesWorld,
  o: {
    kind: CorrespondenceKind;
    content?: Partial<DraftContent>;
    attachments?: { name: string; bytes: Buffer }[];
  },
): Promise<{ correspondenceId: string; recordId: string }> {
  const drafter = await subjectOf(db, world.drafterId);
  const content = contentOf(o.kind, {
    addressees: [{ type: "unit", id: world.directorateId, mode: "info" }],
    ...o.content,
  });
  const id = await createCorrespondence(db, drafter, actorFor(world.drafterId), {
    kind: o.kind,
    originUnitId: world.embassyId,
    content,
  });
  for (const a of o.attachments ?? []) {
    await uploadAttachment(
      db,
      store,
      drafter,
      actorFor(world.drafterId),
      id,
      { filename: a.name, stream: Readable.from([a.bytes]) },
      10_000_000,
    );
  }
  await submitForClearance(db, drafter, actorFor(world.drafterId), id, {
    visas: [],
    signerId: world.signerId,
  });
  const signer = await subjectOf(db, world.signerId);
  await signCorrespondence(db, signer, actorFor(world.signerId), id, { confirmExclusions: true });
  const record = await db
    .selectFrom("records")
    .select("id")
    .where("correspondence_id", "=", id)
    .executeTakeFirstOrThrow();
  return { correspondenceId: id, recordId: record.id };
}

/** Files a record by hand: its series and when its retention runs out. */
export async function fileRecord(
  db: Kysely<DB>,
  recordId: string,
  seriesId: string,
  dueAt: string = "2020-01-01T00:00:00.000Z",
): Promise<void> {
  await db
    .updateTable("records")
    .set({
      series_id: seriesId,
      filed_by: "manual",
      filed_at: new Date().toISOString(),
      retention_start_at: "2010-01-01T00:00:00.000Z",
      due_at: dueAt,
      communicable_from: "2035-01-01",
    })
    .where("id", "=", recordId)
    .execute();
}
