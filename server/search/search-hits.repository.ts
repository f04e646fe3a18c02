import {
  type Expression,
  type ExpressionBuilder,
  type Kysely,
  type RawBuilder,
  type SqlBool,
  sql,
} from "kysely";
import { readableCommunityContent, visibleCommunities } from "../communities/communities.policy.js";
import type { Dialect } from "../db/database.js";
import type { DB, SearchDocumentTable } from "../db/schema.js";
import { readablePosts } from "../feed/feed.policy.js";
import { readablePeople } from "../people/people.policy.js";
import type { Subject } from "../policy/subject.js";
import { COMMUNITY } from "./community-document.js";
import { COMMENT, POST } from "./feed-documents.js";
import { FILE } from "./file-document.js";
import { PERSON } from "./person-document.js";
import { fullTextMatch } from "./search.sql.js";

/*
 * The search of the types other than correspondence: posts, comments, library files, people and
 * communities. Each is the index rows of its type matching the text, restricted by its own read
 * rule in SQL — the same conditions as the lists of its domain:
 * - post: feed.policy.ts `readablePosts` (community content, guests only what was released to
 *   them, hidden posts for managers);
 * - comment: its post readable, and a hidden comment for the community's managers only;
 * - file: the community's content readable (communities.policy.ts), guests excluded: files are
 *   never released to them (as the library answers them);
 * - person: people.policy.ts `readablePeople` (disabled accounts for administrators only;
 *   external users see their own organisation);
 * - community: communities.policy.ts `visibleCommunities` (a secret community for its members).
 * Counts, pages and suggestions are computed over that set only.
 */

export const OTHER_TYPES = [POST, COMMENT, FILE, PERSON, COMMUNITY] as const;
export type OtherType = (typeof OTHER_TYPES)[number];

type SearchDb = Kysely<DB>;
type Sd = ExpressionBuilder<DB & { sd: SearchDocumentTable }, "sd">;

const docId = sql.ref<string>("sd.doc_id");

/** The read rule of a type, as a condition on the index row `sd`. */
function readableOfType(
  db: SearchDb,
  subject: Subject,
  docType: OtherType,
): (eb: Sd) => Expression<SqlBool> {
  switch (docType) {
    case POST:
      return (eb) =>
        eb.exists(
          db
            .selectFrom("posts")
            .select("posts.id")
            .where("posts.id", "=", docId)
            .where(readablePosts(subject)),
        );
    case COMMENT:
      return (eb) =>
        eb.exists(
          db
            .selectFrom("comments")
            .innerJoin("posts", "posts.id", "comments.post_id")
            .select("comments.id")
            .where("comments.id", "=", docId)
            .where(readablePosts(subject))
            .where((c) =>
              c.or([
                c("comments.hidden_at", "is", null),
                c.exists(
                  c
                    .selectFrom("memberships as cm")
                    .select("cm.user_id")
                    .whereRef("cm.community_id", "=", "comments.community_id")
                    .where("cm.user_id", "=", subject.userId)
                    .where("cm.role", "=", "manager"),
                ),
              ]),
            ),
        );
    case FILE:
      return (eb) =>
        eb.exists(
          db
            .selectFrom("community_files as f")
            .innerJoin("communities", "communities.id", "f.community_id")
            .select("f.id")
            .where("f.id", "=", docId)
            .where(readableCommunityContent(subject))
            .where((c) =>
              c.not(
                c.exists(
                  c
                    .selectFrom("memberships as gm")
                    .select("gm.user_id")
                    .whereRef("gm.community_id", "=", "f.community_id")
                    .where("gm.user_id", "=", subject.userId)
                    .where("gm.role", "=", "guest"),
                ),
              ),
            ),
        );
    case PERSON:
      return (eb) =>
        eb.exists(
          db
            .selectFrom("users")
            .select("users.id")
            .where("users.id", "=", docId)
            .where(readablePeople(subject)),
        );
    case COMMUNITY:
      return (eb) =>
        eb.exists(
          db
            .selectFrom("communities")
            .select("communities.id")
            .where("communities.id", "=", docId)
            .where(visibleCommunities(subject)),
        );
  }
}

/** The index rows of one type the subject may read, matching the text. */
export function matchingOfType(
  db: SearchDb,
  dialect: Dialect,
  subject: Subject,
  docType: OtherType,
  match: { fts5: string; tsquery: string },
) {
  const query = db
    .selectFrom("search_documents as sd")
    .where(fullTextMatch(dialect, match, docType))
    .where(readableOfType(db, subject, docType));
  // On SQLite the type's FTS5 rowid range already selects its rows: without the doc_type
  // condition the planner starts from the text's matches, not from every row of the type.
  return dialect === "sqlite" ? query : query.where("sd.doc_type", "=", docType);
}

type MatchingOfType = ReturnType<typeof matchingOfType>;

/**
 * One page of a type's hits by relevance (score, then date, then id, descending), after the
 * cursor's key; with `withTotal`, each row also carries the size of the whole set (a window
 * count, computed before the limit: one statement gives the page and its count).
 */
export async function hitsPage(
  matching: MatchingOfType,
  score: RawBuilder<number>,
  after: (string | number)[] | undefined,
  limit: number,
  withTotal: boolean,
) {
  let query = matching
    .select(["sd.doc_id as id", "sd.title", "sd.language", "sd.sort_at"])
    .select(score.as("score"))
    .select(withTotal ? sql<number>`count(*) over ()`.as("total") : sql<number>`0`.as("total"));
  if (after) {
    const [s, at, id] = after;
    query = query.where(sql<boolean>`(${score}, sd.sort_at, sd.doc_id) < (${s}, ${at}, ${id})`);
  }
  const rows = await query
    .orderBy(score, "desc")
    .orderBy("sd.sort_at", "desc")
    .orderBy("sd.doc_id", "desc")
    .limit(limit + 1)
    .execute();
  return rows.map((r) => ({ ...r, score: Number(r.score), total: Number(r.total) }));
}

export type HitRow = Awaited<ReturnType<typeof hitsPage>>[number];

/** How many documents of a type the subject may read match (for a page after the first). */
export async function countOfType(matching: MatchingOfType): Promise<number> {
  const row = await matching.select((eb) => eb.fn.countAll().as("n")).executeTakeFirst();
  return Number(row?.n ?? 0);
}

/** What a hit shows besides its title: the text its snippet is cut from, where it lives. */
export interface HitDetails {
  text: string;
  community: { id: string; name: string } | null;
  postId: string | null;
  author: string | null;
}

/** The details of a page of hits of one type, in one query (two for people). */
export async function hitDetails(
  db: SearchDb,
  docType: OtherType,
  ids: readonly string[],
): Promise<Map<string, HitDetails>> {
  const details = new Map<string, HitDetails>();
  if (ids.length === 0) return details;
  switch (docType) {
    case POST: {
      const rows = await db
        .selectFrom("posts")
        .innerJoin("communities as c", "c.id", "posts.community_id")
        .innerJoin("users as a", "a.id", "posts.author_id")
        .select(["posts.id", "posts.body_text", "c.id as cid", "c.name", "a.display_name"])
        .where("posts.id", "in", ids)
        .execute();
      for (const r of rows) {
        details.set(r.id, {
          text: r.body_text,
          community: { id: r.cid, name: r.name },
          postId: r.id,
          author: r.display_name,
        });
      }
      return details;
    }
    case COMMENT: {
      const rows = await db
        .selectFrom("comments")
        .innerJoin("communities as c", "c.id", "comments.community_id")
        .innerJoin("users as a", "a.id", "comments.author_id")
        .select([
          "comments.id",
          "comments.body_text",
          "comments.post_id",
          "c.id as cid",
          "c.name",
          "a.display_name",
        ])
        .where("comments.id", "in", ids)
        .execute();
      for (const r of rows) {
        details.set(r.id, {
          text: r.body_text,
          community: { id: r.cid, name: r.name },
          postId: r.post_id,
          author: r.display_name,
        });
      }
      return details;
    }
    case FILE: {
      const rows = await db
        .selectFrom("community_files as f")
        .innerJoin("communities as c", "c.id", "f.community_id")
        .leftJoin("community_file_texts as t", (join) =>
          join.onRef("t.file_id", "=", "f.id").onRef("t.version", "=", "f.current_version"),
        )
        .select(["f.id", "t.text", "c.id as cid", "c.name"])
        .where("f.id", "in", ids)
        .execute();
      for (const r of rows) {
        details.set(r.id, {
          text: r.text ?? "",
          community: { id: r.cid, name: r.name },
          postId: null,
          author: null,
        });
      }
      return details;
    }
    case PERSON: {
      const today = new Date().toISOString().slice(0, 10);
      const people = await db
        .selectFrom("users")
        .select(["id", "job_title"])
        .where("id", "in", ids)
        .execute();
      const assignments = await db
        .selectFrom("assignments as a")
        .innerJoin("units as u", "u.id", "a.unit_id")
        .select(["a.user_id", "a.function", "u.name"])
        .where("a.user_id", "in", ids)
        .where((eb) => eb.or([eb("a.ends_on", "is", null), eb("a.ends_on", ">=", today)]))
        .orderBy("a.is_principal", "desc")
        .orderBy("a.starts_on")
        .execute();
      for (const p of people) {
        const own = assignments.filter((a) => a.user_id === p.id);
        details.set(p.id, {
          text: [p.job_title, ...own.map((a) => `${a.function}, ${a.name}`)]
            .filter((v) => v)
            .join(" · "),
          community: null,
          postId: null,
          author: null,
        });
      }
      return details;
    }
    case COMMUNITY: {
      const rows = await db
        .selectFrom("communities")
        .select(["id", "description"])
        .where("id", "in", ids)
        .execute();
      for (const r of rows) {
        details.set(r.id, { text: r.description, community: null, postId: null, author: null });
      }
      return details;
    }
  }
}
