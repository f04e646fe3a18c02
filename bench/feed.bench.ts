/**
 * Feed benchmark: builds a synthetic network in a throw-away database — 30 communities (open, on
 * request, secret), 1,000 people (50 external guests), 20,000 posts over a year with tags,
 * comments and reactions, and follows — then prints p50/p95 of `listFeed` (the personal feed,
 * first page and a page three cursors deep, and a community feed) through the service, against a
 * baseline measured in the same run: the latest page of posts with no policy nor scope filter.
 *
 *   npx tsx bench/feed.bench.ts            (SQLite)
 *   BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npx tsx bench/feed.bench.ts
 */
import { randomUUID } from "node:crypto";
import { type Insertable, type Kysely, sql } from "kysely";
import { migrateToLatest } from "../server/db/migrate.js";
import type { DB } from "../server/db/schema.js";
import { listFeed } from "../server/feed/post.service.js";
import { loadSignedInUser } from "../server/people/people.service.js";
import type { Subject } from "../server/policy/subject.js";
import { CHARTER_VERSION, type CommunityAccess } from "../shared/vocabulary.js";
import { openBenchDatabase } from "./bench-database.js";
import { measure, printPool, RUNS } from "./measure.js";

const USERS = 1000;
const EXTERNALS = 50;
const COMMUNITIES = 30;
const POSTS = 20_000;
const PAGE = 20;
const TAGS = ["sahel", "commerce", "climat", "sanctions", "consulaire", "presse", "otan", "ue"];

/** A small deterministic generator, so every run builds the same network. */
function generator(seed: number) {
  let state = seed;
  return (n: number) => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state % n;
  };
}

async function insertChunked<T extends keyof DB>(
  db: Kysely<DB>,
  table: T,
  rows: Insertable<DB[T]>[],
) {
  for (let i = 0; i < rows.length; i += 500) {
    await db
      .insertInto(table)
      // The rows are typed by the caller; Kysely cannot follow a generic table name.
      .values(rows.slice(i, i + 500) as never)
      .execute();
  }
}

async function buildNetwork(db: Kysely<DB>) {
  const random = generator(42);
  const now = Date.now();
  const at = new Date(now).toISOString();
  const ministry = randomUUID();
  const company = randomUUID();
  await insertChunked(db, "organizations", [
    {
      id: ministry,
      kind: "ministry",
      name: "Ministère",
      short_name: "MEAE",
      created_at: at,
      updated_at: at,
    },
    {
      id: company,
      kind: "company",
      name: "Entreprise",
      short_name: "ENT",
      created_at: at,
      updated_at: at,
    },
  ]);
  const users = Array.from({ length: USERS }, (_, i) => {
    const id = randomUUID();
    const name = `Agent ${String(i).padStart(4, "0")}`;
    return {
      id,
      organization_id: i < EXTERNALS ? company : ministry,
      email: `agent${i}@bench.diplomatie.fr`,
      given_name: "Agent",
      family_name: String(i),
      display_name: name,
      job_title: null,
      nationality: "FR",
      status: "active" as const,
      password_hash: null,
      locale: "fr",
      charter_version: CHARTER_VERSION,
      charter_accepted_at: at,
      search_text: name.toLowerCase(),
      sort_key: name.toLowerCase(),
      created_at: at,
      updated_at: at,
    };
  });
  await insertChunked(db, "users", users);
  const accessOf = (i: number): CommunityAccess =>
    i % 5 === 0 ? "secret" : i % 3 === 0 ? "on_request" : "open";
  const communities = Array.from({ length: COMMUNITIES }, (_, i) => ({
    id: randomUUID(),
    name: `Communauté ${i}`,
    description: "",
    kind: "transverse" as const,
    unit_id: null,
    access: accessOf(i),
    sort_key: `communaute ${String(i).padStart(3, "0")}`,
    created_by: null,
    created_at: at,
    updated_at: at,
  }));
  await insertChunked(db, "communities", communities);
  // Each agent belongs to three communities (one as manager for the first thirty); guests to one.
  const memberships = new Map<string, DB["memberships"]>();
  const membersOf = new Map<string, string[]>();
  users.forEach((u, i) => {
    const count = i < EXTERNALS ? 1 : 3;
    for (let k = 0; k < count; k++) {
      const c = communities[random(COMMUNITIES)];
      if (!c || memberships.has(`${c.id}:${u.id}`)) continue;
      const role =
        i < EXTERNALS ? "guest" : i < EXTERNALS + COMMUNITIES && k === 0 ? "manager" : "member";
      memberships.set(`${c.id}:${u.id}`, {
        community_id: c.id,
        user_id: u.id,
        role,
        origin: "direct",
        created_at: at,
      });
      if (role !== "guest") membersOf.set(c.id, [...(membersOf.get(c.id) ?? []), u.id]);
    }
  });
  await insertChunked(db, "memberships", [...memberships.values()]);
  const posts: DB["posts"][] = [];
  const tags: DB["post_tags"][] = [];
  const yearMs = 365 * 24 * 3600 * 1000;
  for (let i = 0; i < POSTS; i++) {
    const c = communities[random(COMMUNITIES)];
    if (!c) continue;
    const members = membersOf.get(c.id) ?? [];
    const author = members[random(Math.max(1, members.length))] ?? users[EXTERNALS]?.id ?? "";
    const created = new Date(now - Math.floor((yearMs * (POSTS - i)) / POSTS)).toISOString();
    const text = `Message ${i} sur le réseau`;
    const id = randomUUID();
    posts.push({
      id,
      community_id: c.id,
      author_id: author,
      body: JSON.stringify({ blocks: [{ type: "paragraph", content: [{ type: "text", text }] }] }),
      body_text: text,
      is_question: i % 10 === 0 ? 1 : 0,
      visible_to_guests: i % 3 === 0 ? 1 : 0,
      shared_correspondence_id: null,
      pinned_at: null,
      hidden_at: i % 100 === 0 ? created : null,
      hidden_by: null,
      hidden_reason: null,
      created_at: created,
      updated_at: created,
    });
    if (i % 4 === 0) tags.push({ post_id: id, tag: TAGS[random(TAGS.length)] ?? "ue" });
  }
  await insertChunked(db, "posts", posts);
  await insertChunked(db, "post_tags", tags);
  const comments: DB["comments"][] = [];
  const reactions = new Map<string, DB["reactions"]>();
  for (let i = 0; i < POSTS; i++) {
    const post = posts[random(posts.length)];
    const user = users[EXTERNALS + random(USERS - EXTERNALS)];
    if (!post || !user) continue;
    comments.push({
      id: randomUUID(),
      post_id: post.id,
      community_id: post.community_id,
      parent_id: null,
      author_id: user.id,
      body: post.body,
      body_text: post.body_text,
      hidden_at: null,
      hidden_by: null,
      hidden_reason: null,
      created_at: post.created_at,
    });
    const kind = (["like", "useful", "not_useful"] as const)[random(3)] ?? "like";
    reactions.set(`${post.id}:${user.id}`, {
      target_type: "post",
      target_id: post.id,
      user_id: user.id,
      kind,
      created_at: post.created_at,
    });
  }
  await insertChunked(db, "comments", comments);
  await insertChunked(db, "reactions", [...reactions.values()]);
  const follows = new Map<string, DB["follows"]>();
  for (const u of users.slice(EXTERNALS)) {
    const targets: [DB["follows"]["target_type"], string][] = [
      ["user", users[random(USERS)]?.id ?? u.id],
      ["user", users[random(USERS)]?.id ?? u.id],
      ["community", communities[random(COMMUNITIES)]?.id ?? ""],
      ["tag", TAGS[random(TAGS.length)] ?? "ue"],
    ];
    for (const [type, key] of targets) {
      follows.set(`${u.id}:${type}:${key}`, {
        follower_id: u.id,
        target_type: type,
        target_key: key,
        created_at: at,
      });
    }
  }
  await insertChunked(db, "follows", [...follows.values()]);
  return { users, communities, memberships: [...memberships.values()] };
}

async function main() {
  const { database, cleanup } = await openBenchDatabase();
  const { db } = database;
  try {
    await migrateToLatest(db);
    const started = performance.now();
    const network = await buildNetwork(db);
    await sql`analyze`.execute(db);
    console.log(
      `${database.dialect}: network built in ${Math.round(performance.now() - started)} ms — ${USERS} people, ${COMMUNITIES} communities, ${POSTS} posts; ${RUNS} runs per line\n`,
    );
    const sample = [
      ...network.users.slice(EXTERNALS, EXTERNALS + 12),
      ...network.users.slice(0, 3),
    ];
    const subjects: { name: string; subject: Subject }[] = [];
    for (const u of sample) {
      const loaded = await loadSignedInUser(db, u.id, { mfa: true });
      if (!loaded) throw new Error(`${u.email} not loaded`);
      subjects.push({
        name: `${u.display_name}${loaded.subject.isExternal ? " (guest)" : ""}`,
        subject: loaded.subject,
      });
    }
    const pick = (i: number) => {
      const s = subjects[i % subjects.length];
      if (!s) throw new Error("no subject");
      return s.subject;
    };

    console.log("listFeed, personal feed (service), pages of 20");
    await measure(
      "personal feed, page 1 (15 people in turn)",
      (i) => listFeed(db, pick(i), { limit: PAGE }),
      "personal",
    );
    const deepCursors: (string | undefined)[] = [];
    for (const { subject } of subjects) {
      let cursor: string | undefined;
      for (let p = 0; p < 3; p++) {
        const page = await listFeed(db, subject, { limit: PAGE, cursor });
        cursor = page.nextCursor ?? undefined;
        if (!cursor) break;
      }
      deepCursors.push(cursor);
    }
    await measure(
      "personal feed, page 4 by cursor",
      (i) => listFeed(db, pick(i), { limit: PAGE, cursor: deepCursors[i % subjects.length] }),
      "personal",
    );
    printPool("personal feed (pooled)", "personal");
    const managerships = network.memberships.filter((m) => m.role === "manager");
    const managed = managerships[0];
    if (managed) {
      const loaded = await loadSignedInUser(db, managed.user_id, { mfa: true });
      if (loaded) {
        await measure("community feed of a manager, page 1 (with pinned)", () =>
          listFeed(db, loaded.subject, { limit: PAGE, community: managed.community_id }),
        );
      }
    }
    await measure("baseline: latest 21 posts with author and community, no filter", () =>
      db
        .selectFrom("posts")
        .innerJoin("communities", "communities.id", "posts.community_id")
        .innerJoin("users", "users.id", "posts.author_id")
        .selectAll("posts")
        .select(["communities.name", "users.display_name"])
        .orderBy("posts.created_at", "desc")
        .orderBy("posts.id", "desc")
        .limit(PAGE + 1)
        .execute(),
    );
  } finally {
    await cleanup();
  }
}

await main();
