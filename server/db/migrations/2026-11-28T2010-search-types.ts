import type { Kysely } from "kysely";

/*
 * Search over every type (posts, comments, library files, people, communities): the text the
 * library extracts from a file version (plain text, the text of a PDF), kept so that indexing and
 * re-indexing never read blobs inside a transaction.
 */

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time and must not follow the evolving DB type.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("community_file_texts")
    .addColumn("file_id", "text", (c) => c.notNull().references("community_files.id"))
    .addColumn("version", "integer", (c) => c.notNull())
    .addColumn("text", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("community_file_texts_pk", ["file_id", "version"])
    .execute();
}
