import type { Kysely, Transaction } from "kysely";
import type { DB } from "../db/schema.js";
import { detectLanguage } from "./analyzer.js";
import type { SearchDocumentInput } from "./search-index.js";

/*
 * A community as a search document: its name in the title column, its description in the body.
 * Secret communities are indexed like the others; `visibleCommunities` (communities.policy.ts)
 * keeps them out of non-members' results, counts and suggestions at query time.
 */

type Handle = Kysely<DB> | Transaction<DB>;

export const COMMUNITY = "community";

/** Loads what the index needs of communities. */
export async function communityDocuments(
  db: Handle,
  ids: readonly string[],
): Promise<SearchDocumentInput[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom("communities")
    .select(["id", "name", "description", "unit_id", "updated_at"])
    .where("id", "in", ids)
    .execute();
  return rows.map((row) => ({
    docType: COMMUNITY,
    docId: row.id,
    language: detectLanguage(`${row.name}\n${row.description}`),
    title: row.name,
    reference: null,
    titleText: row.name,
    bodyText: row.description,
    kind: COMMUNITY,
    precedence: null,
    marking: "NP",
    unitId: row.unit_id,
    sortAt: row.updated_at,
    facets: [],
  }));
}
