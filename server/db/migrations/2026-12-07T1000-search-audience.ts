import { type Kysely, sql } from "kysely";
import { dialectOf } from "../dialect.js";

/*
 * Audience keys in the full-text index (search/audience.ts): FTS5 gets a third column,
 * `audience` (its entries cannot be read back from a contentless table, so it is created anew,
 * empty); PostgreSQL's tsvector gains the keys as B-weighted lexemes. Either way the entries
 * must be written again: `search_index_format` records the format the index was built in, and
 * the portal rebuilds an index of an older format when it starts (ensureSearchIndexCurrent).
 */

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time and must not follow the evolving DB type.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("search_index_format")
    .addColumn("format", "integer", (c) => c.primaryKey())
    .addColumn("built_at", "text", (c) => c.notNull())
    .execute();
  if (dialectOf(db) === "sqlite") {
    await sql`drop table search_fts`.execute(db);
    await sql`create virtual table search_fts using fts5(title, body, audience, content='',
      contentless_delete=1, tokenize="unicode61 remove_diacritics 0")`.execute(db);
  }
}
