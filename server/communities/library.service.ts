import { randomUUID } from "node:crypto";
import type { Readable } from "node:stream";
import { fileTypeFromBuffer } from "file-type";
import type { Kysely, Transaction } from "kysely";
import { extractText, getDocumentProxy } from "unpdf";
import type {
  CommunityFile,
  CommunityFileAbilities,
  CommunityFileList,
  CommunityFileVersionList,
  CreateFolderBody,
  FileListQuery,
  FilePreview,
  UploadFileQuery,
} from "../../shared/schemas/communities.js";
import type { BlobStore, StoredBlob } from "../blobs/blob-store.js";
import { safeFileName } from "../correspondence/attachment.service.js";
import type { DB } from "../db/schema.js";
import { AppError, notFound } from "../errors.js";
import { type Actor, emit } from "../events/events.js";
import { decodeCursor, toPage } from "../http/cursor.js";
import type { Subject } from "../policy/subject.js";
import { foldText } from "../search/text-fold.js";
import {
  canManageCommunity,
  canPostInCommunity,
  canReadCommunityContent,
} from "./communities.policy.js";
import type { CommunityRow } from "./communities.repository.js";
import { loadVisible } from "./communities.service.js";
import {
  advanceVersion,
  type FileRow,
  findFile,
  findFileByName,
  findFolder,
  findVersion,
  folderNameTaken,
  insertFile,
  insertFileText,
  insertFolder,
  insertVersion,
  listFiles,
  listFolders,
  listVersions,
  setLock,
} from "./library.repository.js";

/*
 * The document library of a community. Files are stored as they came and never executed:
 * downloads are attachments with their sniffed type; previews are text (plain text, or the text
 * of a PDF, extracted without running its scripts) or raster images served inline in a sandbox.
 * Guests read only what is released to them, and files are not: the library is for members
 * (and, in open communities, every internal agent).
 */

type Handle = Kysely<DB> | Transaction<DB>;

const PREVIEW_BYTES = 64 * 1024;
const INLINE_IMAGES = new Set(["image/png", "image/jpeg", "image/gif", "image/webp"]);

interface Library {
  community: CommunityRow;
  canWrite: boolean;
  canManage: boolean;
}

/** The library of a community: 404 if invisible, 403 if its content is not for the subject. */
async function loadLibrary(db: Handle, subject: Subject, communityId: string): Promise<Library> {
  const community = await loadVisible(db, subject, communityId);
  const standing = { access: community.access, role: community.my_role ?? null };
  if (!canReadCommunityContent(subject, standing) || standing.role === "guest") {
    throw new AppError("forbidden");
  }
  return {
    community,
    canWrite: canPostInCommunity(standing),
    canManage: canManageCommunity(standing),
  };
}

function fileAbilities(subject: Subject, library: Library, row: FileRow): CommunityFileAbilities {
  const heldByMe = row.locked_by === subject.userId;
  return {
    download: true,
    checkOut: library.canWrite && row.locked_by === null,
    checkIn: row.locked_by !== null && (heldByMe || library.canManage),
    uploadVersion: library.canWrite && heldByMe,
  };
}

function presentFile(subject: Subject, library: Library, row: FileRow): CommunityFile {
  return {
    id: row.id,
    name: row.name,
    folderId: row.folder_id,
    version: row.current_version,
    size: Number(row.size),
    contentType: row.content_type,
    updatedAt: row.updated_at,
    updatedBy: {
      id: row.uploader_id,
      displayName: row.uploader_name,
      jobTitle: row.uploader_job_title,
    },
    lockedBy:
      row.locked_by === null
        ? null
        : {
            id: row.locked_by,
            displayName: row.locker_name ?? "",
            jobTitle: row.locker_job_title ?? null,
          },
    lockedAt: row.locked_at,
    abilities: fileAbilities(subject, library, row),
  };
}

/** A folder of the library (the root when no id), its sub-folders and a page of its files. */
export async function listCommunityFiles(
  db: Kysely<DB>,
  subject: Subject,
  communityId: string,
  query: FileListQuery,
): Promise<CommunityFileList> {
  const library = await loadLibrary(db, subject, communityId);
  const folderId = query.folderId ?? null;
  const folder = folderId === null ? undefined : await findFolder(db, communityId, folderId);
  if (folderId !== null && !folder) throw notFound();
  const after = decodeCursor(query.cursor, ["string", "string"]) as [string, string] | undefined;
  const [folders, rows] = await Promise.all([
    listFolders(db, communityId, folderId),
    listFiles(db, communityId, folderId, { after, limit: query.limit }),
  ]);
  const page = toPage(
    rows,
    query.limit,
    (row) => presentFile(subject, library, row),
    (row) => [row.sort_key, row.id],
  );
  return {
    folder: folder ? { id: folder.id, name: folder.name, parentId: folder.parent_id } : null,
    folders: folders.map((f) => ({ id: f.id, name: f.name, parentId: f.parent_id })),
    ...page,
    canUpload: library.canWrite,
  };
}

/** A member creates a folder (its name unique among its siblings). */
export async function createCommunityFolder(
  db: Kysely<DB>,
  subject: Subject,
  actor: Actor,
  communityId: string,
  body: CreateFolderBody,
) {
  return db.transaction().execute(async (trx) => {
    const library = await loadLibrary(trx, subject, communityId);
    if (!library.canWrite) throw new AppError("forbidden");
    if (body.parentId !== null && !(await findFolder(trx, communityId, body.parentId))) {
      throw new AppError("invalid_input", [{ path: "/parentId", problem: "unknown_folder" }]);
    }
    if (await folderNameTaken(trx, communityId, body.parentId, body.name)) {
      throw new AppError("name_taken");
    }
    const id = randomUUID();
    await insertFolder(trx, {
      id,
      community_id: communityId,
      parent_id: body.parentId,
      name: body.name,
      sort_key: foldText(body.name),
      created_by: subject.userId,
      created_at: new Date().toISOString(),
    });
    await emit(trx, actor, {
      type: "community.folder_created",
      target: { type: "community_folder", id },
      details: { communityId, name: body.name, parentId: body.parentId },
    });
    return { id, name: body.name, parentId: body.parentId };
  });
}

/** Text that decodes as UTF-8 and holds no NUL byte (the head may end inside a character). */
function looksLikeText(head: Buffer): boolean {
  if (head.includes(0)) return false;
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(head, { stream: true });
    return true;
  } catch {
    return false;
  }
}

async function contentTypeOf(blob: StoredBlob): Promise<string> {
  const sniffed = await fileTypeFromBuffer(blob.head);
  if (sniffed) return sniffed.mime;
  return looksLikeText(blob.head) ? "text/plain" : "application/octet-stream";
}

/**
 * Uploads a file: a new file in a folder, or — for `fileId`, or a file of the same name in the
 * folder — its next version, which only the holder of its lock may upload. Streamed into the
 * blob store, typed by sniffing, journaled.
 */
export async function uploadCommunityFile(
  db: Kysely<DB>,
  store: BlobStore,
  subject: Subject,
  actor: Actor,
  communityId: string,
  target: UploadFileQuery,
  file: { filename: string; stream: Readable },
  maxBytes: number,
): Promise<CommunityFile> {
  try {
    const library = await loadLibrary(db, subject, communityId);
    if (!library.canWrite) throw new AppError("forbidden");
  } catch (error) {
    file.stream.resume();
    throw error;
  }
  const blob = await store.put(file.stream, maxBytes);
  const contentType = await contentTypeOf(blob);
  // Read before the transaction: what search indexes of the file (search/file-document.ts).
  const text = await extractedText(contentType, store.open(blob.sha256), SEARCH_TEXT_BYTES);
  const fileId = await db.transaction().execute(async (trx) => {
    // Still a member who may write: the upload may have taken a while.
    if (!(await loadLibrary(trx, subject, communityId)).canWrite) throw new AppError("forbidden");
    const at = new Date().toISOString();
    let existing: { id: string; name: string; current_version: number; locked_by: string | null };
    if (target.fileId) {
      const found = await findFile(trx, communityId, target.fileId);
      if (!found) throw notFound();
      existing = found;
    } else {
      const folderId = target.folderId ?? null;
      if (folderId !== null && !(await findFolder(trx, communityId, folderId))) throw notFound();
      const name = safeFileName(file.filename);
      const sameName = await findFileByName(trx, communityId, folderId, name);
      if (!sameName) {
        const id = randomUUID();
        await insertFile(trx, {
          id,
          community_id: communityId,
          folder_id: folderId,
          name,
          sort_key: foldText(name),
          current_version: 1,
          locked_by: null,
          locked_at: null,
          created_by: subject.userId,
          created_at: at,
          updated_at: at,
        });
        await insertVersion(trx, versionRow(id, 1, blob, contentType, subject.userId, at));
        if (text !== null) await insertFileText(trx, { file_id: id, version: 1, text: text.text });
        await emitUploaded(trx, actor, { id, communityId, name, version: 1 });
        return id;
      }
      existing = sameName;
    }
    if (existing.locked_by === null) throw new AppError("file_not_checked_out");
    if (existing.locked_by !== subject.userId) throw new AppError("file_locked");
    const version = existing.current_version + 1;
    if (!(await advanceVersion(trx, existing.id, existing.current_version, at))) {
      throw new AppError("conflict", { version: "changed_meanwhile" });
    }
    await insertVersion(
      trx,
      versionRow(existing.id, version, blob, contentType, subject.userId, at),
    );
    if (text !== null)
      await insertFileText(trx, { file_id: existing.id, version, text: text.text });
    await emitUploaded(trx, actor, { id: existing.id, communityId, name: existing.name, version });
    return existing.id;
  });
  return getCommunityFile(db, subject, communityId, fileId);
}

function versionRow(
  fileId: string,
  version: number,
  blob: StoredBlob,
  contentType: string,
  userId: string,
  at: string,
) {
  return {
    id: randomUUID(),
    file_id: fileId,
    version,
    size: blob.size,
    content_type: contentType,
    sha256: blob.sha256,
    sha512: blob.sha512,
    uploaded_by: userId,
    created_at: at,
  };
}

function emitUploaded(
  trx: Transaction<DB>,
  actor: Actor,
  f: { id: string; communityId: string; name: string; version: number },
) {
  return emit(trx, actor, {
    type: "community.file_uploaded",
    target: { type: "community_file", id: f.id },
    details: { communityId: f.communityId, name: f.name, version: f.version },
  });
}

/** One file of a library the subject may read, or 404. */
export async function getCommunityFile(
  db: Handle,
  subject: Subject,
  communityId: string,
  fileId: string,
): Promise<CommunityFile> {
  const library = await loadLibrary(db, subject, communityId);
  const row = await findFile(db, communityId, fileId);
  if (!row) throw notFound();
  return presentFile(subject, library, row);
}

/** Every version of a file: who uploaded what, and when. */
export async function listCommunityFileVersions(
  db: Kysely<DB>,
  subject: Subject,
  communityId: string,
  fileId: string,
): Promise<CommunityFileVersionList> {
  await getCommunityFile(db, subject, communityId, fileId);
  const rows = await listVersions(db, fileId);
  return {
    items: rows.map((r) => ({
      version: r.version,
      size: Number(r.size),
      contentType: r.content_type,
      uploadedBy: { id: r.user_id, displayName: r.display_name, jobTitle: r.job_title },
      createdAt: r.created_at,
    })),
  };
}

/** Checks a file out: the subject alone may then upload its next version. */
export async function checkOutCommunityFile(
  db: Kysely<DB>,
  subject: Subject,
  actor: Actor,
  communityId: string,
  fileId: string,
): Promise<CommunityFile> {
  await db.transaction().execute(async (trx) => {
    const library = await loadLibrary(trx, subject, communityId);
    if (!library.canWrite) throw new AppError("forbidden");
    const row = await findFile(trx, communityId, fileId);
    if (!row) throw notFound();
    if (row.locked_by === subject.userId) return;
    if (row.locked_by !== null) throw new AppError("file_locked");
    const at = new Date().toISOString();
    if (!(await setLock(trx, fileId, null, { by: subject.userId, at }))) {
      throw new AppError("file_locked");
    }
    await emit(trx, actor, {
      type: "community.file_checked_out",
      target: { type: "community_file", id: fileId },
      details: { communityId },
    });
  });
  return getCommunityFile(db, subject, communityId, fileId);
}

/** Checks a file in: its lock holder releases it, or a manager breaks someone else's lock. */
export async function checkInCommunityFile(
  db: Kysely<DB>,
  subject: Subject,
  actor: Actor,
  communityId: string,
  fileId: string,
): Promise<CommunityFile> {
  await db.transaction().execute(async (trx) => {
    const library = await loadLibrary(trx, subject, communityId);
    const row = await findFile(trx, communityId, fileId);
    if (!row) throw notFound();
    if (row.locked_by === null) throw new AppError("file_not_checked_out");
    const broken = row.locked_by !== subject.userId;
    if (broken && !library.canManage) throw new AppError("file_locked");
    if (!(await setLock(trx, fileId, row.locked_by, null))) {
      throw new AppError("conflict", { lock: "changed_meanwhile" });
    }
    await emit(trx, actor, {
      type: "community.file_checked_in",
      target: { type: "community_file", id: fileId },
      details: { communityId, heldBy: row.locked_by, broken },
    });
  });
  return getCommunityFile(db, subject, communityId, fileId);
}

/** A version (the current one by default) of a readable file, to stream as an attachment. */
export async function openCommunityFile(
  db: Kysely<DB>,
  store: BlobStore,
  subject: Subject,
  communityId: string,
  fileId: string,
  version?: number,
) {
  const file = await getCommunityFile(db, subject, communityId, fileId);
  const row = await findVersion(db, fileId, version ?? file.version);
  if (!row) throw notFound();
  return { name: file.name, version: row, stream: store.open(row.sha256) };
}

/** Reads at most `max` bytes of a stream, then stops it; tells whether there was more. */
async function readHead(stream: Readable, max: number): Promise<{ bytes: Buffer; more: boolean }> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const buffer = chunk as Buffer;
    chunks.push(buffer);
    size += buffer.length;
    if (size > max) {
      stream.destroy();
      return { bytes: Buffer.concat(chunks).subarray(0, max), more: true };
    }
  }
  return { bytes: Buffer.concat(chunks), more: false };
}

/** The first characters of a text, cut at `max` bytes without breaking a character. */
function decodeHead(bytes: Buffer): string {
  return new TextDecoder("utf-8").decode(bytes, { stream: true });
}

/**
 * A preview of the current version: the text of a text file or PDF (first 64 KB, as data: the
 * client shows it escaped), "image" for a raster image (fetched inline separately), else none.
 */
export async function previewCommunityFile(
  db: Kysely<DB>,
  store: BlobStore,
  subject: Subject,
  communityId: string,
  fileId: string,
): Promise<FilePreview> {
  const { version, stream } = await openCommunityFile(db, store, subject, communityId, fileId);
  const type = version.content_type;
  if (INLINE_IMAGES.has(type)) {
    stream.destroy();
    return { kind: "image" };
  }
  const text = await extractedText(type, stream, PREVIEW_BYTES);
  return text === null ? { kind: "none" } : { kind: "text", ...text };
}

/** What search keeps of a file's text (the analyser indexes about 15,000 words at most). */
const SEARCH_TEXT_BYTES = 256 * 1024;

/**
 * The text of a plain text file or of a PDF (extracted without running its scripts), cut at
 * `max` bytes; null for any other type and for a damaged PDF. Shared by previews and search.
 */
async function extractedText(
  type: string,
  stream: Readable,
  max: number,
): Promise<{ text: string; truncated: boolean } | null> {
  if (type === "text/plain") {
    const { bytes, more } = await readHead(stream, max);
    return { text: decodeHead(bytes), truncated: more };
  }
  if (type === "application/pdf") {
    const { bytes } = await readHead(stream, Number.MAX_SAFE_INTEGER);
    try {
      const pdf = await getDocumentProxy(new Uint8Array(bytes), {
        isEvalSupported: false,
        disableFontFace: true,
      });
      const { text } = await extractText(pdf, { mergePages: true });
      const encoded = Buffer.from(text, "utf8");
      return { text: decodeHead(encoded.subarray(0, max)), truncated: encoded.length > max };
    } catch {
      // A damaged or hostile PDF has no text; it can still be downloaded.
      return null;
    }
  }
  stream.destroy();
  return null;
}

/** The bytes of a raster image to show inline (404 for anything else, SVG included). */
export async function openInlineImage(
  db: Kysely<DB>,
  store: BlobStore,
  subject: Subject,
  communityId: string,
  fileId: string,
) {
  const opened = await openCommunityFile(db, store, subject, communityId, fileId);
  if (!INLINE_IMAGES.has(opened.version.content_type)) {
    opened.stream.destroy();
    throw notFound();
  }
  return opened;
}
