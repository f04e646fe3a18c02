import type { Kysely, Transaction } from "kysely";
import type { DB } from "../db/schema.js";
import type { SearchDocumentInput } from "./search-index.js";

/*
 * A person of the directory as a search document: the name in the title column; job title,
 * functions and units (names and short names) of their assignments not ended, organisation and
 * areas of expertise in the body. Who may find whom is people.policy.ts's `readablePeople`, at
 * query time (a disabled account stays indexed and is found by administrators only).
 */

type Handle = Kysely<DB> | Transaction<DB>;

export const PERSON = "person";

/** Loads what the index needs of people, their assignments' units included. */
export async function personDocuments(
  db: Handle,
  ids: readonly string[],
): Promise<SearchDocumentInput[]> {
  if (ids.length === 0) return [];
  const today = new Date().toISOString().slice(0, 10);
  const rows = await db
    .selectFrom("users")
    .innerJoin("organizations as o", "o.id", "users.organization_id")
    .select([
      "users.id",
      "users.display_name",
      "users.given_name",
      "users.family_name",
      "users.job_title",
      "users.expertise",
      "users.updated_at",
      "o.name as organization",
    ])
    .where("users.id", "in", ids)
    .execute();
  const assignments = await db
    .selectFrom("assignments as a")
    .innerJoin("units as u", "u.id", "a.unit_id")
    .select([
      "a.user_id",
      "a.function",
      "a.is_principal",
      "u.id as unit_id",
      "u.name",
      "u.short_name",
    ])
    .where("a.user_id", "in", ids)
    .where((eb) => eb.or([eb("a.ends_on", "is", null), eb("a.ends_on", ">=", today)]))
    .orderBy("a.is_principal", "desc")
    .orderBy("a.starts_on")
    .execute();
  return rows.map((row) => {
    const own = assignments.filter((a) => a.user_id === row.id);
    const expertise = JSON.parse(row.expertise) as string[];
    return {
      docType: PERSON,
      docId: row.id,
      language: "fr",
      title: row.display_name,
      reference: null,
      titleText: [row.display_name, row.given_name, row.family_name].join("\n"),
      bodyText: [
        row.job_title ?? "",
        ...own.map((a) => `${a.function}\n${a.name} ${a.short_name}`),
        row.organization,
        ...expertise,
      ].join("\n"),
      kind: PERSON,
      precedence: null,
      marking: "NP",
      unitId: own[0]?.unit_id ?? null,
      sortAt: row.updated_at,
      facets: [],
    };
  });
}
