import type { Kysely, Transaction } from "kysely";
import type {
  CommunityFileTable,
  CommunityFileTextTable,
  CommunityFileVersionTable,
  CommunityFolderTable,
  DB,
} from "../db/schema.js";

type Handle = Kysely<DB> | Transaction<DB>;

export async function findFolder(db: Handle, communityId: string, folderId: string) {
  return db
    .selectFrom("community_folders")
    .selectAll()
    .where("community_id", "=", communityId)
    .where("id", "=", folderId)
    .executeTakeFirst();
}

/** The sub-folders of a folder (the library's root when `parentId` is null), by name. */
export async function listFolders(db: Handle, communityId: string, parentId: string | null) {
  return db
    .selectFrom("community_folders")
    .select(["id", "name", "parent_id"])
    .where("community_id", "=", communityId)
    .where("parent_id", parentId === null ? "is" : "=", parentId)
    .orderBy("sort_key")
    .orderBy("id")
    .limit(500)
    .execute();
}

export async function folderNameTaken(
  db: Handle,
  communityId: string,
  parentId: string | null,
  name: string,
) {
  const row = await db
    .selectFrom("community_folders")
    .select("id")
    .where("community_id", "=", communityId)
    .where("parent_id", parentId === null ? "is" : "=", parentId)
    .where("name", "=", name)
    .executeTakeFirst();
  return row !== undefined;
}

export async function insertFolder(db: Handle, row: CommunityFolderTable) {
  await db.insertInto("community_folders").values(row).execute();
}

/** A file with its current version, its last uploader and the holder of its lock. */
function selectFiles(db: Handle) {
  return db
    .selectFrom("community_files as f")
    .innerJoin("community_file_versions as v", (join) =>
      join.onRef("v.file_id", "=", "f.id").onRef("v.version", "=", "f.current_version"),
    )
    .innerJoin("users as uploader", "uploader.id", "v.uploaded_by")
    .leftJoin("users as locker", "locker.id", "f.locked_by")
    .select([
      "f.id",
      "f.community_id",
      "f.folder_id",
      "f.name",
      "f.sort_key",
      "f.current_version",
      "f.locked_by",
      "f.locked_at",
      "f.updated_at",
      "v.size",
      "v.content_type",
      "v.sha256",
      "uploader.id as uploader_id",
      "uploader.display_name as uploader_name",
      "uploader.job_title as uploader_job_title",
      "locker.display_name as locker_name",
      "locker.job_title as locker_job_title",
    ]);
}

export type FileRow = NonNullable<Awaited<ReturnType<typeof findFile>>>;

export async function findFile(db: Handle, communityId: string, fileId: string) {
  return selectFiles(db)
    .where("f.community_id", "=", communityId)
    .where("f.id", "=", fileId)
    .executeTakeFirst();
}

export async function findFileByName(
  db: Handle,
  communityId: string,
  folderId: string | null,
  name: string,
) {
  return db
    .selectFrom("community_files")
    .selectAll()
    .where("community_id", "=", communityId)
    .where("folder_id", folderId === null ? "is" : "=", folderId)
    .where("name", "=", name)
    .executeTakeFirst();
}

/** A page of the files of a folder, by name. */
export async function listFiles(
  db: Handle,
  communityId: string,
  folderId: string | null,
  s: { after: [string, string] | undefined; limit: number },
) {
  let q = selectFiles(db)
    .where("f.community_id", "=", communityId)
    .where("f.folder_id", folderId === null ? "is" : "=", folderId);
  if (s.after) {
    const [key, id] = s.after;
    q = q.where((eb) =>
      eb.or([
        eb("f.sort_key", ">", key),
        eb.and([eb("f.sort_key", "=", key), eb("f.id", ">", id)]),
      ]),
    );
  }
  return q
    .orderBy("f.sort_key")
    .orderBy("f.id")
    .limit(s.limit + 1)
    .execute();
}

export async function insertFile(db: Handle, row: CommunityFileTable) {
  await db.insertInto("community_files").values(row).execute();
}

export async function insertVersion(db: Handle, row: CommunityFileVersionTable) {
  await db.insertInto("community_file_versions").values(row).execute();
}

/** Moves a file to its next version, only if it is still at `from` (a concurrent upload wins). */
export async function advanceVersion(
  db: Handle,
  fileId: string,
  from: number,
  at: string,
): Promise<boolean> {
  const result = await db
    .updateTable("community_files")
    .set({ current_version: from + 1, updated_at: at })
    .where("id", "=", fileId)
    .where("current_version", "=", from)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Sets or clears the lock, only from the state the caller saw. */
export async function setLock(
  db: Handle,
  fileId: string,
  expectedHolder: string | null,
  lock: { by: string; at: string } | null,
): Promise<boolean> {
  const result = await db
    .updateTable("community_files")
    .set({ locked_by: lock?.by ?? null, locked_at: lock?.at ?? null })
    .where("id", "=", fileId)
    .where("locked_by", expectedHolder === null ? "is" : "=", expectedHolder)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function findVersion(db: Handle, fileId: string, version: number) {
  return db
    .selectFrom("community_file_versions")
    .selectAll()
    .where("file_id", "=", fileId)
    .where("version", "=", version)
    .executeTakeFirst();
}

/** Every version of a file, newest first, with who uploaded it. */
export async function listVersions(db: Handle, fileId: string) {
  return db
    .selectFrom("community_file_versions as v")
    .innerJoin("users", "users.id", "v.uploaded_by")
    .select([
      "v.version",
      "v.size",
      "v.content_type",
      "v.created_at",
      "users.id as user_id",
      "users.display_name",
      "users.job_title",
    ])
    .where("v.file_id", "=", fileId)
    .orderBy("v.version", "desc")
    .execute();
}

/** The text extracted from one version of a file, for search. */
export async function insertFileText(db: Handle, row: CommunityFileTextTable) {
  await db.insertInto("community_file_texts").values(row).execute();
}
