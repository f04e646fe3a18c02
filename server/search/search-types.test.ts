import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SearchHit, SearchResponse, SuggestResponse } from "../../shared/schemas/search.js";
import { makeUser, signIn } from "../testing/factories.js";
import { makeDispatchedTelegram } from "../testing/feed-factory.js";
import { type FeedWorld, feedApi, makeFeedWorld, type Who } from "../testing/feed-world.js";
import { createTestApp, requestAs, type TestApp } from "../testing/test-app.js";
import { reindexEverything } from "./search-indexing.js";

/*
 * Search over every type — posts, comments, library files, people, communities — grouped by
 * type, each under its own read rule in SQL: the secret community, the hidden post and comment,
 * the guest who reads only what was released to guests and never reaches a library, the disabled
 * account, the DR telegram. Counts are checked as closely as the hits: nothing unreadable counts.
 */

let t: TestApp;
let world: FeedWorld;
let api: ReturnType<typeof feedApi>;
let admin: string;
const ids: Record<string, string> = {};

function multipart(filename: string, text: string) {
  const boundary = "----diplomatie-search-boundary";
  return {
    payload: Buffer.concat([
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\n` +
          "Content-Type: text/plain\r\n\r\n",
      ),
      Buffer.from(text),
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]),
    headers: { "content-type": `multipart/form-data; boundary=${boundary}` },
  };
}

async function upload(who: Who, communityId: string, filename: string, text: string) {
  const response = await api.as(who, {
    method: "POST",
    url: `/api/communities/${communityId}/files`,
    ...multipart(filename, text),
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json<{ id: string }>().id;
}

async function posted(who: Who, communityId: string, body: string, extra = {}) {
  const response = await api.post(who, communityId, body, extra);
  expect(response.statusCode, response.body).toBe(201);
  return response.json<{ id: string }>().id;
}

async function commented(who: Who, postId: string, body: string) {
  const response = await api.comment(who, postId, body);
  expect(response.statusCode, response.body).toBe(201);
  return response.json<{ id: string }>().id;
}

async function searchAs(cookie: string, params: Record<string, string>) {
  const response = await requestAs(t.app, cookie, {
    url: `/api/search?${new URLSearchParams(params)}`,
  });
  expect(response.statusCode, response.body).toBe(200);
  return response.json<SearchResponse>();
}

const cookieOf = (who: Who | "admin") => (who === "admin" ? admin : world.users[who].cookie);

/** Per type: the total and the ids found, from the grouped answer. */
async function groupsOf(who: Who | "admin", q: string) {
  const body = await searchAs(cookieOf(who), { q });
  const groups: Record<string, { total: number; ids: string[] }> = {
    correspondence: { total: body.total, ids: body.items.map((i) => i.id) },
  };
  for (const g of body.groups) groups[g.type] = { total: g.total, ids: g.items.map((i) => i.id) };
  return groups;
}

/** Every hit of one type, page after page through the cursor; checks the total on each page. */
async function allOfType(who: Who | "admin", q: string, type: string) {
  const found: SearchHit[] = [];
  let cursor: string | null = null;
  let total: number | null = null;
  do {
    const params: Record<string, string> = { q, type, limit: "1" };
    if (cursor) params.cursor = cursor;
    const body = await searchAs(cookieOf(who), params);
    expect(body.items).toEqual([]);
    total ??= body.total;
    expect(body.total).toBe(total);
    found.push(...body.hits);
    cursor = body.nextCursor;
  } while (cursor !== null);
  expect(found).toHaveLength(total ?? 0);
  return found;
}

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  world = await makeFeedWorld(t.app, db);
  api = feedApi(t.app, world);
  const adminUser = await makeUser(db, {
    organizationId: world.ministryId,
    givenName: "Ada",
    familyName: "Administratrice",
    roles: [{ role: "platform_admin" }],
  });
  admin = await signIn(t.app, adminUser.email);
  ids.activeHydro = (
    await makeUser(db, {
      organizationId: world.ministryId,
      unitId: world.parisId,
      givenName: "Hélène",
      familyName: "Hydrogéologue",
    })
  ).id;
  ids.disabledHydro = (
    await makeUser(db, {
      organizationId: world.ministryId,
      givenName: "Hugo",
      familyName: "Hydrogéologue",
      status: "disabled",
    })
  ).id;
  ids.companyHydro = (
    await makeUser(db, {
      organizationId: world.companyId,
      givenName: "Hannah",
      familyName: "Hydrogéologue",
    })
  ).id;
  // People and communities above were written directly: index them once, as `search:reindex`.
  await reindexEverything(db);

  // From here on, the domain's own events index what is created.
  ids.memberPost = await posted("member", world.open, "Les forages du Sahel reprennent à Gao.");
  ids.guestPost = await posted(
    "member",
    world.open,
    "Forages : le bilan partagé avec nos partenaires.",
    {
      visibleToGuests: true,
    },
  );
  ids.hiddenPost = await posted(
    "member",
    world.open,
    "Forages clandestins signalés près de Kidal.",
  );
  ids.secretPost = await posted(
    "secretMember",
    world.secret,
    "Forages pétroliers à Ormuz : alerte.",
  );
  ids.comment = await commented("trainee", ids.memberPost, "Les forages de Tombouctou aussi ?");
  ids.hiddenComment = await commented("member", ids.memberPost, "Forages : rumeur infondée.");
  ids.guestComment = await commented("guest", ids.guestPost, "Merci pour ce bilan des forages.");
  const hide = (kind: "posts" | "comments", id: string) =>
    api.as("manager", {
      method: "POST",
      url: `/api/feed/${kind}/${id}/moderate`,
      payload: { hidden: true, reason: "Hors sujet" },
    });
  expect((await hide("posts", ids.hiddenPost)).statusCode).toBe(200);
  expect((await hide("comments", ids.hiddenComment)).statusCode).toBe(200);
  ids.openFile = await upload(
    "member",
    world.open,
    "bilan-sahel.txt",
    "Bilan hydraulique : douze forages achevés, trois en cours.",
  );
  ids.secretFile = await upload(
    "secretMember",
    world.secret,
    "ormuz.txt",
    "Carte des forages offshore du détroit.",
  );
  // Telegrams mentioning the same word: an NP one and a DR one, both addressed to the member.
  ids.npTelegram = await makeDispatchedTelegram(db, {
    originUnitId: world.parisId,
    drafterId: world.users.manager.id,
    subject: "Forages et sécurité de l'eau au Sahel",
    addressees: [
      { type: "user", id: world.users.member.id },
      { type: "user", id: world.users.trainee.id },
    ],
  });
  ids.drTelegram = await makeDispatchedTelegram(db, {
    originUnitId: world.parisId,
    drafterId: world.users.manager.id,
    subject: "Forages : renseignements sur les groupes armés",
    marking: "DR",
    addressees: [
      { type: "user", id: world.users.member.id },
      { type: "user", id: world.users.trainee.id },
    ],
  });
  // Written directly: indexed as a dispatch would (search:reindex reads every source).
  await reindexEverything(db);
  // A dozen sign-ins (argon2) and uploads: more than the default hook time on a busy machine.
}, 60_000);
afterAll(() => t.close());

describe("search over every type", () => {
  it("finds posts, comments, files and correspondence in one query, grouped by type", async () => {
    const groups = await groupsOf("member", "forages");
    expect(groups.correspondence?.total).toBe(2);
    expect(groups.post).toEqual({
      total: 3,
      ids: expect.arrayContaining([ids.memberPost, ids.guestPost, ids.secretPost]),
    });
    expect(groups.comment?.total).toBe(2);
    expect(new Set(groups.comment?.ids)).toEqual(new Set([ids.comment, ids.guestComment]));
    expect(groups.file?.total).toBe(2);
    expect(new Set(groups.file?.ids)).toEqual(new Set([ids.openFile, ids.secretFile]));
    expect(groups.person).toEqual({ total: 0, ids: [] });
    expect(groups.community).toEqual({ total: 0, ids: [] });
  });

  it("highlights the words found in titles and snippets, and says where a hit lives", async () => {
    const body = await searchAs(cookieOf("member"), { q: "douze forages" });
    const file = body.groups.find((g) => g.type === "file")?.items[0];
    expect(file?.id).toBe(ids.openFile);
    expect(file?.title.map((s) => s.text).join("")).toBe("bilan-sahel.txt");
    expect(file?.snippet.filter((s) => s.highlight).map((s) => s.text)).toEqual([
      "douze",
      "forages",
    ]);
    expect(file?.community).toEqual({ id: world.open, name: "Réseau Sahel" });
    const comment = (await searchAs(cookieOf("member"), { q: "Tombouctou" })).groups.find(
      (g) => g.type === "comment",
    )?.items[0];
    expect(comment?.postId).toBe(ids.memberPost);
    expect(comment?.author).toBe(world.users.trainee.name);
  });

  it("pages through one type with the cursor, its total matching the group's", async () => {
    const posts = await allOfType("member", "forages", "post");
    expect(posts.map((p) => p.type)).toEqual(["post", "post", "post"]);
    expect(new Set(posts.map((p) => p.id)).size).toBe(3);
    // The paged order is the grouped order.
    const grouped = await searchAs(cookieOf("member"), { q: "forages" });
    expect(grouped.groups.find((g) => g.type === "post")?.items.map((i) => i.id)).toEqual(
      posts.map((p) => p.id),
    );
  });

  it("finds people by name, function and unit, and communities by name and description", async () => {
    const byName = await groupsOf("member", "hydrogéologue");
    expect(new Set(byName.person?.ids)).toEqual(new Set([ids.activeHydro, ids.companyHydro]));
    const byUnit = await allOfType("member", "Direction Afrique", "person");
    expect(byUnit.map((p) => p.id)).toContain(ids.activeHydro);
    expect(byUnit.map((p) => p.id)).toContain(world.users.member.id);
    const community = await groupsOf("member", "Sahel");
    expect(community.community?.ids).toEqual([world.open]);
  });

  it("indexes a file's new version in place of the previous one", async () => {
    const checkOut = await api.as("member", {
      method: "POST",
      url: `/api/communities/${world.open}/files/${ids.openFile}/checkout`,
    });
    expect(checkOut.statusCode, checkOut.body).toBe(200);
    await upload("member", world.open, "bilan-sahel.txt", "Bilan hydraulique : quinze puits.");
    expect((await groupsOf("member", "quinze")).file?.ids).toEqual([ids.openFile]);
    expect((await groupsOf("member", "douze")).file?.total).toBe(0);
  });
});

describe("need to know, per type", () => {
  it("a secret community, its posts and its files exist for its members only", async () => {
    for (const who of ["secretMember", "member"] as const) {
      const groups = await groupsOf(who, "Ormuz");
      expect(groups.community?.ids, who).toEqual([world.secret]);
      expect(groups.post?.ids, who).toEqual([ids.secretPost]);
      expect(groups.file?.ids, who).toEqual([ids.secretFile]);
    }
    for (const who of ["outsider", "trainee", "external", "guest"] as const) {
      const groups = await groupsOf(who, "Ormuz");
      for (const type of ["community", "post", "file", "comment"]) {
        expect(groups[type], `${who} ${type}`).toEqual({ total: 0, ids: [] });
      }
      expect((await allOfType(who, "Ormuz", "community")).length, who).toBe(0);
    }
  });

  it("a hidden post or comment is found by the community's managers only", async () => {
    expect((await groupsOf("member", "Kidal")).post?.total).toBe(0);
    expect((await groupsOf("manager", "Kidal")).post?.ids).toEqual([ids.hiddenPost]);
    expect((await groupsOf("member", "rumeur")).comment?.total).toBe(0);
    expect((await groupsOf("manager", "rumeur")).comment?.ids).toEqual([ids.hiddenComment]);
    const managerCounts = await groupsOf("manager", "forages");
    expect(managerCounts.post?.total).toBe(4);
    expect(managerCounts.comment?.total).toBe(3);
  });

  it("a guest finds only what was released to guests, and no library file", async () => {
    const groups = await groupsOf("guest", "forages");
    expect(groups.post).toEqual({ total: 1, ids: [ids.guestPost] });
    expect(groups.comment).toEqual({ total: 1, ids: [ids.guestComment] });
    expect(groups.file).toEqual({ total: 0, ids: [] });
    expect(groups.correspondence?.total).toBe(0);
    expect((await allOfType("guest", "forages", "file")).length).toBe(0);
  });

  it("an outsider of an open community reads its posts and files, not the secret one's", async () => {
    const groups = await groupsOf("outsider", "forages");
    expect(groups.post?.total).toBe(2);
    expect(groups.correspondence?.total).toBe(0);
    expect((await groupsOf("outsider", "hydraulique")).file?.ids).toEqual([ids.openFile]);
    expect((await groupsOf("outsider", "offshore")).file?.ids).toEqual([]);
  });

  it("a disabled account is found by administrators only; externals see their company", async () => {
    // Internal agents see every active account, partners' included; a disabled one is gone.
    expect((await groupsOf("member", "hydrogéologue")).person?.total).toBe(2);
    expect((await groupsOf("member", "hydrogéologue")).person?.ids).not.toContain(
      ids.disabledHydro,
    );
    const byAdmin = await groupsOf("admin", "hydrogéologue");
    expect(byAdmin.person?.total).toBe(3);
    expect(new Set(byAdmin.person?.ids)).toEqual(
      new Set([ids.activeHydro, ids.disabledHydro, ids.companyHydro]),
    );
    expect((await groupsOf("external", "hydrogéologue")).person).toEqual({
      total: 1,
      ids: [ids.companyHydro],
    });
  });

  it("a DR telegram counts for a DR holder, not for an addressee without DR clearance", async () => {
    expect((await groupsOf("member", "forages")).correspondence).toEqual({
      total: 2,
      ids: expect.arrayContaining([ids.npTelegram, ids.drTelegram]),
    });
    expect((await groupsOf("trainee", "forages")).correspondence).toEqual({
      total: 1,
      ids: [ids.npTelegram],
    });
  });

  it("suggests communities and people under the same rules", async () => {
    const suggest = async (who: Who, q: string) => {
      const response = await requestAs(t.app, world.users[who].cookie, {
        url: `/api/search/suggest?${new URLSearchParams({ q })}`,
      });
      expect(response.statusCode).toBe(200);
      return response.json<SuggestResponse>().items.map((i) => [i.type, i.id]);
    };
    expect(await suggest("secretMember", "Ormu")).toEqual([["community", world.secret]]);
    expect(await suggest("outsider", "Ormu")).toEqual([]);
    expect((await suggest("member", "hydrog")).map(([, id]) => id).sort()).toEqual(
      [ids.activeHydro, ids.companyHydro].sort(),
    );
    expect(await suggest("external", "hydrog")).toEqual([["person", ids.companyHydro]]);
  });

  it("a correspondence-only filter leaves the other types out; a type without text is empty", async () => {
    const filtered = await searchAs(cookieOf("member"), { q: "forages", precedence: "routine" });
    expect(filtered.groups).toEqual([]);
    const noText = await searchAs(cookieOf("member"), { type: "post" });
    expect(noText).toMatchObject({ hits: [], total: 0, nextCursor: null });
  });
});
