import type { Kysely } from "kysely";

/*
 * A community's document library: folders, files, and every version of each file (who uploaded
 * what, when). A file may be checked out by one person, who alone uploads its next version.
 */

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time and must not follow the evolving DB type.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("community_folders")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("community_id", "text", (c) =>
      c.notNull().references("communities.id").onDelete("cascade"),
    )
    .addColumn("parent_id", "text", (c) => c.references("community_folders.id"))
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("sort_key", "text", (c) => c.notNull())
    .addColumn("created_by", "text", (c) => c.notNull().references("users.id"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("community_folders_parent_idx")
    .on("community_folders")
    .columns(["community_id", "parent_id", "sort_key"])
    .execute();

  await db.schema
    .createTable("community_files")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("community_id", "text", (c) =>
      c.notNull().references("communities.id").onDelete("cascade"),
    )
    .addColumn("folder_id", "text", (c) => c.references("community_folders.id"))
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("sort_key", "text", (c) => c.notNull())
    .addColumn("current_version", "integer", (c) => c.notNull())
    .addColumn("locked_by", "text", (c) => c.references("users.id"))
    .addColumn("locked_at", "text")
    .addColumn("created_by", "text", (c) => c.notNull().references("users.id"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("community_files_folder_idx")
    .on("community_files")
    .columns(["community_id", "folder_id", "sort_key", "id"])
    .execute();

  await db.schema
    .createTable("community_file_versions")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("file_id", "text", (c) =>
      c.notNull().references("community_files.id").onDelete("cascade"),
    )
    .addColumn("version", "integer", (c) => c.notNull())
    .addColumn("size", "integer", (c) => c.notNull())
    .addColumn("content_type", "text", (c) => c.notNull())
    .addColumn("sha256", "text", (c) => c.notNull())
    .addColumn("sha512", "text", (c) => c.notNull())
    .addColumn("uploaded_by", "text", (c) => c.notNull().references("users.id"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .addUniqueConstraint("community_file_versions_unique", ["file_id", "version"])
    .execute();
}
