import { type Kysely, sql } from "kysely";
import { dialectOf } from "../dialect.js";

/*
 * SQLite only: correspondence keeps `search_fts` to itself; the other types (posts, comments,
 * files, people, communities) move to `search_fts_other`, so their searches no longer read a
 * common word's doclist across a million telegrams; `search_titles` holds correspondence titles
 * and audience keys with a prefix index, for type-ahead and the title bonus of relevance. The
 * entries cannot be moved (contentless tables cannot be read back): the index format is raised
 * (search-indexing.ts) and the portal rebuilds the index when it starts.
 */

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time and must not follow the evolving DB type.
export async function up(db: Kysely<any>): Promise<void> {
  if (dialectOf(db) !== "sqlite") return;
  await sql`create virtual table search_fts_other using fts5(title, body, audience, content='',
    contentless_delete=1, tokenize="unicode61 remove_diacritics 0")`.execute(db);
  await sql`create virtual table search_titles using fts5(title, audience, content='',
    contentless_delete=1, prefix='2 3', tokenize="unicode61 remove_diacritics 0")`.execute(db);
}
