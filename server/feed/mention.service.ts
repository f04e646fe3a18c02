import type { Kysely, Transaction } from "kysely";
import { type SqlBool, sql } from "kysely";
import type { InlineRun, MentionSuggestions, RichDocument } from "../../shared/schemas/feed.js";
import type { CommunityAccess } from "../../shared/vocabulary.js";
import { visibleCommunities } from "../communities/communities.policy.js";
import type { DB } from "../db/schema.js";
import { readablePeople } from "../people/people.policy.js";
import { loadSignedInUser } from "../people/people.service.js";
import type { Subject } from "../policy/subject.js";
import { containsPattern, queryTokens } from "../search/text-fold.js";
import { canReadPost, type PostFacts } from "./feed.policy.js";
import { listNamedCommunities, listNamedUsers, listRolesOfUsers } from "./feed.repository.js";

type Handle = Kysely<DB> | Transaction<DB>;

/** Beyond this many distinct people (or communities), further mentions stay plain text. */
const MAX_MENTIONS = 20;

export interface ResolvedMentions {
  /** The document with mention labels set to current names, unknown mentions turned to text. */
  doc: RichDocument;
  userIds: string[];
  communityIds: string[];
}

const mentionsOf = (doc: RichDocument) =>
  doc.blocks.flatMap((b) => (b.type === "paragraph" ? [b.content] : b.items)).flat();

/**
 * Checks every mention against what the author may see: people per the directory rule,
 * communities per the visibility rule (a secret community is never revealed). A mention of
 * anything else is kept as the text the author typed; known ones carry the current name.
 */
export async function resolveMentions(
  db: Handle,
  author: Subject,
  doc: RichDocument,
): Promise<ResolvedMentions> {
  const wanted = { user: new Set<string>(), community: new Set<string>() };
  for (const run of mentionsOf(doc)) {
    if (run.type === "mention" && wanted[run.target].size < MAX_MENTIONS) {
      wanted[run.target].add(run.id);
    }
  }
  const [people, communities] = await Promise.all([
    listNamedUsers(db, [...wanted.user], readablePeople(author)),
    listNamedCommunities(db, [...wanted.community], visibleCommunities(author)),
  ]);
  const names = {
    user: new Map(people.map((p) => [p.id, p.display_name])),
    community: new Map(communities.map((c) => [c.id, c.name])),
  };
  const resolve = (run: InlineRun): InlineRun => {
    if (run.type !== "mention") return run;
    const name = names[run.target].get(run.id);
    return name === undefined
      ? { type: "text", text: `@${run.label}` }
      : { ...run, label: name.slice(0, 200) };
  };
  return {
    doc: {
      blocks: doc.blocks.map((b) =>
        b.type === "paragraph"
          ? { ...b, content: b.content.map(resolve) }
          : { ...b, items: b.items.map((item) => item.map(resolve)) },
      ),
    },
    userIds: [...names.user.keys()],
    communityIds: [...names.community.keys()],
  };
}

/**
 * Of the mentioned people, those who may read the post: the others keep their name in the text
 * but are not told (a mention must not leak a post to someone outside it).
 */
export async function mentionedReaders(
  db: Handle,
  userIds: readonly string[],
  community: { id: string; access: CommunityAccess },
  post: PostFacts,
): Promise<string[]> {
  const roles = await listRolesOfUsers(db, community.id, userIds);
  const readers: string[] = [];
  for (const userId of userIds) {
    const loaded = await loadSignedInUser(db, userId, { mfa: true });
    const standing = { access: community.access, role: roles.get(userId) ?? null };
    if (loaded && canReadPost(loaded.subject, standing, post)) readers.push(userId);
  }
  return readers;
}

const SUGGESTIONS = 8;

/** People and communities the subject may mention, matching what they typed after "@". */
export async function suggestMentions(
  db: Kysely<DB>,
  subject: Subject,
  q: string,
): Promise<MentionSuggestions> {
  const tokens = queryTokens(q);
  let people = db
    .selectFrom("users")
    .select(["users.id", "users.display_name", "users.job_title"])
    .where(readablePeople(subject))
    .where("users.status", "=", "active")
    .orderBy("users.sort_key")
    .orderBy("users.id")
    .limit(SUGGESTIONS);
  let communities = db
    .selectFrom("communities")
    .select(["communities.id", "communities.name"])
    .where(visibleCommunities(subject))
    .orderBy("communities.name")
    .orderBy("communities.id")
    .limit(SUGGESTIONS);
  for (const token of tokens) {
    people = people.where(
      sql<SqlBool>`users.search_text like ${containsPattern(token)} escape '\\'`,
    );
  }
  // Community names are not folded in the database: match the typed word or its folded form.
  const words = q.toLowerCase().split(/\s+/).filter(Boolean).slice(0, tokens.length);
  for (const [i, token] of tokens.entries()) {
    const typed = words[i] ?? token;
    communities = communities.where(
      sql<SqlBool>`(lower(communities.name) like ${containsPattern(token)} escape '\\' or lower(communities.name) like ${containsPattern(typed)} escape '\\')`,
    );
  }
  if (tokens.length === 0) return { people: [], communities: [] };
  const [p, c] = await Promise.all([people.execute(), communities.execute()]);
  return {
    people: p.map((u) => ({ id: u.id, displayName: u.display_name, jobTitle: u.job_title })),
    communities: c.map((x) => ({ id: x.id, name: x.name })),
  };
}
