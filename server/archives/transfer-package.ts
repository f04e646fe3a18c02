import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Readable, type Writable } from "node:stream";
import type { Kysely } from "kysely";
import type { CorrespondenceDetail } from "../../shared/schemas/correspondence.js";
import type { CorrespondenceKind, Locale, Marking } from "../../shared/vocabulary.js";
import type { BlobStore } from "../blobs/blob-store.js";
import { noteFormulas } from "../correspondence/note-formulas.js";
import { renderCorrespondencePdf } from "../correspondence/pdf.js";
import type { DB } from "../db/schema.js";
import { isProtected } from "../policy/marking.policy.js";
import type { PackageZip } from "./package-zip.js";
import { pronomFormat } from "./pronom.js";
import {
  SEDA_MIDDLE,
  type SedaArchiveUnit,
  type SedaBinaryObject,
  sedaArchiveUnit,
  sedaHead,
  sedaObjectGroups,
  sedaTail,
  xmlId,
} from "./seda.js";
import {
  addresseeNamesOf,
  listAnswered,
  listPackageRecords,
  listTransferMembers,
  referencesOf,
} from "./transfer.repository.js";

/*
 * The transfer package: a ZIP streamed entry by entry — each record's frozen canonical JSON,
 * its PDF rendering and its attachments under content/<record id>/ — and, last, manifest.xml,
 * the SEDA 2.2 ArchiveTransfer describing them (written last because it carries the PDFs'
 * digests, known only once rendered). Records are read in batches; the next batch is read only
 * when the ZIP has consumed the previous one, entries let go of their bytes once written, and
 * each unit's part of the manifest is spooled to a temporary file.
 */

/** The archive receiving our transfers, and us (SEDA agency identifiers). */
export const ARCHIVAL_AGENCY = "Archives-diplomatiques";
export const TRANSFERRING_AGENCY = "MEAE";

const BATCH = 200;

const DOCUMENT_TYPE: Record<CorrespondenceKind, string> = {
  telegram: "Télégramme diplomatique",
  note: "Note diplomatique",
  formal_email: "Courriel formel",
};

/** The frozen record copy as dispatch wrote it (correspondence/dispatch.service.ts). */
interface FrozenRecord {
  correspondence: {
    id: string;
    kind: CorrespondenceKind;
    reference: string;
    marking: Marking;
    subject: string;
    version: number;
    originUnit: CorrespondenceDetail["originUnit"];
    drafter: { id: string; displayName: string };
    createdAt: string;
    dispatchedAt: string;
  };
  content: CorrespondenceDetail["content"];
  attachments: {
    id: string;
    name: string;
    size: number;
    contentType: string;
    sha256: string;
    sha512: string;
  }[];
}

export const archiveUnitId = (recordId: string) => xmlId("au", recordId);

const sha512Of = (buffer: Buffer) => createHash("sha512").update(buffer).digest("hex");

/** A file name safe in a ZIP path: no separators, no control characters. */
function safeName(name: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: replacing them is the point.
  const cleaned = name.replace(/[\\/\u0000-\u001f\u007f:*?"<>|]/g, "_").replace(/^\.+/, "_");
  return cleaned.slice(0, 120) || "fichier";
}

/** What the PDF renderer needs, rebuilt from the frozen copy (not from the live rows). */
function detailOf(frozen: FrozenRecord, names: ReadonlyMap<string, string>): CorrespondenceDetail {
  const c = frozen.correspondence;
  const note = frozen.content.note;
  return {
    id: c.id,
    kind: c.kind,
    state: "dispatched",
    reference: c.reference,
    originUnit: c.originUnit,
    drafter: c.drafter,
    version: c.version,
    content: frozen.content,
    attachments: [],
    addresseeNames: Object.fromEntries(
      frozen.content.addressees.flatMap((a) => {
        const name = names.get(a.id);
        return name ? [[a.id, name]] : [];
      }),
    ),
    referenceLabels: {},
    formulas: note
      ? noteFormulas({
          senderEntity: note.senderEntity,
          recipientEntity: note.recipientEntity,
          language: note.language as Locale,
        })
      : null,
    warnings: [],
    createdAt: c.createdAt,
    updatedAt: c.dispatchedAt,
    dispatchedAt: c.dispatchedAt,
    abilities: { edit: false, submit: false, inviteEditor: false },
  };
}

async function pdfHead(store: BlobStore, sha256: string): Promise<Buffer> {
  const stream = store.open(sha256);
  try {
    for await (const chunk of stream) return (chunk as Buffer).subarray(0, 16);
  } catch {
    return Buffer.alloc(0);
  } finally {
    stream.destroy();
  }
  return Buffer.alloc(0);
}

export interface TransferPackageInput {
  transferId: string;
  messageIdentifier: string;
  comment: string;
  createdAt: string;
}

/**
 * Writes a transfer's package into `zip` and ends it; the caller pipes `zip.outputStream`
 * somewhere. Resolves once every entry was handed to the ZIP, with the manifest.
 */
export async function writeTransferPackage(
  db: Kysely<DB>,
  store: BlobStore,
  transfer: TransferPackageInput,
  zip: PackageZip,
): Promise<{ records: number }> {
  const spool = await fs.promises.mkdtemp(path.join(os.tmpdir(), "diplomatie-transfer-"));
  try {
    return await writePackageEntries(db, store, transfer, zip, spool);
  } catch (error) {
    await fs.promises.rm(spool, { recursive: true, force: true });
    throw error;
  }
}

const write = (stream: Writable, text: string) =>
  stream.write(text) ? Promise.resolve() : new Promise<void>((r) => stream.once("drain", r));

const closeStream = (stream: Writable) => new Promise<void>((r) => stream.end(r));

async function writePackageEntries(
  db: Kysely<DB>,
  store: BlobStore,
  transfer: TransferPackageInput,
  zip: PackageZip,
  spool: string,
): Promise<{ records: number }> {
  const groupsFile = path.join(spool, "groups.xml");
  const unitsFile = path.join(spool, "units.xml");
  const groups = fs.createWriteStream(groupsFile);
  const unitsOut = fs.createWriteStream(unitsFile);
  let count = 0;
  const members = await listTransferMembers(db, transfer.transferId);
  const unitOfCorrespondence = new Map(
    members.map((m) => [m.correspondence_id, archiveUnitId(m.record_id)]),
  );
  let afterId = "";
  for (;;) {
    const rows = await listPackageRecords(db, transfer.transferId, afterId, BATCH);
    if (rows.length === 0) break;
    afterId = rows[rows.length - 1]?.id ?? afterId;
    const frozen = rows.map((r) => JSON.parse(r.canonical_json) as FrozenRecord);
    const answered = await listAnswered(
      db,
      rows.map((r) => r.correspondence_id),
    );
    const cited = new Set<string>();
    for (const f of frozen) for (const id of f.content.references) cited.add(id);
    for (const a of answered) cited.add(a.correspondence_id);
    const referenceNumbers = await referencesOf(db, [...cited]);
    const addressees = frozen.flatMap((f) => f.content.addressees);
    const names = await addresseeNamesOf(db, {
      units: [...new Set(addressees.filter((a) => a.type === "unit").map((a) => a.id))],
      users: [...new Set(addressees.filter((a) => a.type === "user").map((a) => a.id))],
      communities: [...new Set(addressees.filter((a) => a.type === "community").map((a) => a.id))],
    });

    let batchConsumed: Promise<void> = Promise.resolve();
    for (const [index, row] of rows.entries()) {
      const record = frozen[index] as FrozenRecord;
      const c = record.correspondence;
      const auId = archiveUnitId(row.id);
      const folder = `content/${row.id}`;
      const json = Buffer.from(row.canonical_json, "utf8");
      void zip.add(`${folder}/record.json`, json);
      const pdf = await renderCorrespondencePdf(detailOf(record, names), {
        addresseeNames: names,
        referenceLabels: referenceNumbers,
      });
      // Once the batch's last entry is written, the next batch is read (one batch held at most).
      batchConsumed = zip.add(`${folder}/document.pdf`, pdf);
      const objects: SedaBinaryObject[] = [
        {
          id: `${auId}-json`,
          version: "BinaryMaster_1",
          uri: `${folder}/record.json`,
          sha512: row.sha512,
          size: json.length,
          mimeType: "application/json",
          ...namedFormat("application/json"),
          filename: "record.json",
        },
        {
          id: `${auId}-pdf`,
          version: "Dissemination_1",
          uri: `${folder}/document.pdf`,
          sha512: sha512Of(pdf),
          size: pdf.length,
          mimeType: "application/pdf",
          ...namedFormat("application/pdf", pdf),
          filename: `${c.reference}.pdf`,
        },
      ];
      const children: SedaArchiveUnit[] = [];
      for (const [n, a] of record.attachments.entries()) {
        const uri = `${folder}/attachments/${a.id}-${safeName(a.name)}`;
        batchConsumed = zip.add(uri, () => store.open(a.sha256));
        const head =
          a.contentType === "application/pdf" ? await pdfHead(store, a.sha256) : undefined;
        const childId = `${auId}-att${n + 1}`;
        children.push({
          ...emptyUnit(childId, a.name),
          language: null,
          objects: [
            {
              id: `${childId}-bin`,
              version: "BinaryMaster_1",
              uri,
              sha512: a.sha512,
              size: a.size,
              mimeType: a.contentType,
              ...namedFormat(a.contentType, head),
              filename: a.name,
            },
          ],
        });
      }
      const relatedIds = new Set([
        ...record.content.references,
        ...answered.filter((a) => a.answer_id === c.id).map((a) => a.correspondence_id),
      ]);
      relatedIds.delete(c.id);
      const start = row.retention_start_at ?? c.dispatchedAt;
      const unit: SedaArchiveUnit = {
        id: auId,
        descriptionLevel: "Item",
        title: c.subject,
        description: record.content.summary || null,
        filePlanPosition: row.series_code,
        originatingSystemId: c.reference,
        documentType: DOCUMENT_TYPE[c.kind],
        language: record.content.note?.language ?? "fr",
        keywords: record.content.tags,
        spatial: record.content.countryTags,
        originatingAgency: {
          identifier: c.originUnit.shortName || c.originUnit.id,
          name: c.originUnit.name,
        },
        writer: c.drafter.displayName,
        createdDate: c.createdAt,
        sentDate: c.dispatchedAt,
        references: [...relatedIds].flatMap((id) => {
          const unit = unitOfCorrespondence.get(id);
          return unit ? [unit] : [];
        }),
        externalReferences: [...relatedIds].flatMap((id) => {
          const ref = unitOfCorrespondence.has(id) ? undefined : referenceNumbers.get(id);
          return ref ? [ref] : [];
        }),
        appraisal:
          row.retention_months !== null && row.final_action !== null
            ? {
                ruleId: `APP-${row.retention_months}M`,
                startDate: start,
                finalAction: row.final_action === "keep" ? "Keep" : "Destroy",
              }
            : null,
        access:
          row.access_delay_years !== null
            ? { ruleId: `ACC-${row.access_delay_years}Y`, startDate: start }
            : null,
        classification: isProtected(row.marking)
          ? {
              ruleId: `CLA-${row.marking}`,
              startDate: c.dispatchedAt,
              level: row.marking,
              owner: TRANSFERRING_AGENCY,
            }
          : null,
        objects,
        children,
      };
      await write(groups, sedaObjectGroups(unit));
      await write(unitsOut, sedaArchiveUnit(unit));
      count += 1;
    }
    await batchConsumed;
    if (rows.length < BATCH) break;
  }
  await closeStream(groups);
  await closeStream(unitsOut);
  const header = {
    messageIdentifier: transfer.messageIdentifier,
    date: transfer.createdAt,
    comment: transfer.comment || null,
    archivalAgreement: null,
    archivalAgency: ARCHIVAL_AGENCY,
    transferringAgency: TRANSFERRING_AGENCY,
    originatingAgencyIdentifier: TRANSFERRING_AGENCY,
  };
  async function* manifest() {
    try {
      yield Buffer.from(sedaHead(header), "utf8");
      for await (const chunk of fs.createReadStream(groupsFile)) yield chunk as Buffer;
      yield Buffer.from(SEDA_MIDDLE, "utf8");
      for await (const chunk of fs.createReadStream(unitsFile)) yield chunk as Buffer;
      yield Buffer.from(sedaTail(header), "utf8");
    } finally {
      await fs.promises.rm(spool, { recursive: true, force: true });
    }
  }
  void zip.add("manifest.xml", () => Readable.from(manifest()));
  await zip.end();
  return { records: count };
}

function namedFormat(mimeType: string, head?: Buffer) {
  const format = pronomFormat(mimeType, head);
  return { formatId: format.id, formatName: format.name };
}

function emptyUnit(id: string, title: string): SedaArchiveUnit {
  return {
    id,
    descriptionLevel: "Item",
    title,
    description: null,
    filePlanPosition: null,
    originatingSystemId: null,
    documentType: null,
    language: null,
    keywords: [],
    spatial: [],
    originatingAgency: null,
    writer: null,
    createdDate: null,
    sentDate: null,
    references: [],
    externalReferences: [],
    appraisal: null,
    access: null,
    classification: null,
    objects: [],
    children: [],
  };
}
