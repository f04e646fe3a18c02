import type { Kysely } from "kysely";
import { searchIndexStatements } from "../../search/search.sql.js";
import { dialectOf } from "../dialect.js";

/*
 * The search index: one row per searchable document of any type, keyed by (doc_type, doc_id),
 * with the columns results are filtered, faceted and ranked on; its multi-valued facets (tags,
 * country tags) in search_facets; the full text in FTS5 (SQLite) or a tsvector column
 * (PostgreSQL), see search/search.sql.ts. Rebuilt from the sources by `search:reindex`.
 */

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time and must not follow the evolving DB type.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("search_documents")
    .addColumn("doc_type", "text", (c) => c.notNull())
    .addColumn("doc_id", "text", (c) => c.notNull())
    // SQLite only: the FTS5 rowid of the document (PostgreSQL keeps the tsvector in this row).
    .addColumn("fts_rowid", "integer")
    .addColumn("language", "text", (c) => c.notNull())
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("reference", "text")
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("precedence", "text")
    .addColumn("marking", "text", (c) => c.notNull())
    .addColumn("unit_id", "text")
    .addColumn("sort_at", "text", (c) => c.notNull())
    // Days since 1970 plus the precedence's head start: the static part of relevance.
    .addColumn("rank_base", "integer", (c) => c.notNull())
    .addColumn("indexed_at", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("search_documents_pk", ["doc_type", "doc_id"])
    .execute();
  await db.schema
    .createIndex("search_documents_fts_rowid_idx")
    .unique()
    .on("search_documents")
    .column("fts_rowid")
    .execute();
  await db.schema
    .createIndex("search_documents_sort_idx")
    .on("search_documents")
    .columns(["doc_type", "sort_at", "doc_id"])
    .execute();

  await db.schema
    .createTable("search_facets")
    .addColumn("doc_type", "text", (c) => c.notNull())
    .addColumn("doc_id", "text", (c) => c.notNull())
    .addColumn("facet", "text", (c) => c.notNull())
    .addColumn("value", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("search_facets_pk", ["doc_type", "doc_id", "facet", "value"])
    .execute();
  await db.schema
    .createIndex("search_facets_value_idx")
    .on("search_facets")
    .columns(["facet", "value", "doc_type", "doc_id"])
    .execute();

  for (const statement of searchIndexStatements(dialectOf(db))) await statement.execute(db);
}
