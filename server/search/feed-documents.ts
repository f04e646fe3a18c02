import type { Kysely, Transaction } from "kysely";
import type { DB } from "../db/schema.js";
import { detectLanguage } from "./analyzer.js";
import type { SearchDocumentInput } from "./search-index.js";

/*
 * Posts and comments as search documents. A post's tags go to the title column (a tag match
 * ranks like a subject match) and to the tag facet; its text and its author's name to the body.
 * Hidden posts and comments stay indexed: who may read them (managers) is decided at query time
 * by feed.policy.ts, like everywhere else.
 */

type Handle = Kysely<DB> | Transaction<DB>;

export const POST = "post";
export const COMMENT = "comment";

/** The first words of a text, as a document's title. */
export function leadOf(text: string, max = 120): string {
  const line = text.replace(/\s+/gu, " ").trim();
  return line.length <= max ? line : `${line.slice(0, max - 1).trimEnd()}…`;
}

/** Loads what the index needs of posts. */
export async function postDocuments(
  db: Handle,
  ids: readonly string[],
): Promise<SearchDocumentInput[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom("posts")
    .innerJoin("users as a", "a.id", "posts.author_id")
    .select(["posts.id", "posts.body_text", "posts.created_at", "a.display_name as author"])
    .where("posts.id", "in", ids)
    .execute();
  const tags = await db
    .selectFrom("post_tags")
    .select(["post_id", "tag"])
    .where("post_id", "in", ids)
    .execute();
  return rows.map((row) => {
    const own = tags.filter((t) => t.post_id === row.id).map((t) => t.tag);
    return {
      docType: POST,
      docId: row.id,
      language: detectLanguage(row.body_text),
      title: leadOf(row.body_text),
      reference: null,
      titleText: own.join(" "),
      bodyText: [row.body_text, row.author].join("\n"),
      kind: POST,
      precedence: null,
      marking: "NP",
      unitId: null,
      sortAt: row.created_at,
      facets: own.map((value) => ({ facet: "tag" as const, value })),
    };
  });
}

/** Loads what the index needs of comments. */
export async function commentDocuments(
  db: Handle,
  ids: readonly string[],
): Promise<SearchDocumentInput[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom("comments")
    .innerJoin("users as a", "a.id", "comments.author_id")
    .select([
      "comments.id",
      "comments.body_text",
      "comments.created_at",
      "a.display_name as author",
    ])
    .where("comments.id", "in", ids)
    .execute();
  return rows.map((row) => ({
    docType: COMMENT,
    docId: row.id,
    language: detectLanguage(row.body_text),
    title: leadOf(row.body_text),
    reference: null,
    titleText: "",
    bodyText: [row.body_text, row.author].join("\n"),
    kind: COMMENT,
    precedence: null,
    marking: "NP",
    unitId: null,
    sortAt: row.created_at,
    facets: [],
  }));
}
