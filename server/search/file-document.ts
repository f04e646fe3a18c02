import type { Kysely, Transaction } from "kysely";
import type { DB } from "../db/schema.js";
import { detectLanguage } from "./analyzer.js";
import type { SearchDocumentInput } from "./search-index.js";

/*
 * A community library file as a search document: its name in the title column, the text the
 * library extracted from its current version (community_file_texts: plain text, a PDF's text)
 * in the body. Files without extracted text (images, office documents) are found by name.
 */

type Handle = Kysely<DB> | Transaction<DB>;

export const FILE = "file";

/** Loads what the index needs of library files, the current version's text included. */
export async function fileDocuments(
  db: Handle,
  ids: readonly string[],
): Promise<SearchDocumentInput[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom("community_files as f")
    .leftJoin("community_file_texts as t", (join) =>
      join.onRef("t.file_id", "=", "f.id").onRef("t.version", "=", "f.current_version"),
    )
    .select(["f.id", "f.name", "f.updated_at", "t.text"])
    .where("f.id", "in", ids)
    .execute();
  return rows.map((row) => {
    const text = row.text ?? "";
    return {
      docType: FILE,
      docId: row.id,
      language: detectLanguage(`${row.name}\n${text}`),
      title: row.name,
      reference: null,
      // "rapport-annuel_2026.pdf" is found by "rapport annuel 2026".
      titleText: row.name.replace(/[._-]+/gu, " "),
      bodyText: text,
      kind: FILE,
      precedence: null,
      marking: "NP",
      unitId: null,
      sortAt: row.updated_at,
      facets: [],
    };
  });
}
