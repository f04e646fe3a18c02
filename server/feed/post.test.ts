import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { FeedPage, Post } from "../../shared/schemas/feed.js";
import { loadSignedInUser } from "../people/people.service.js";
import { type FeedWorld, feedApi, journaled, makeFeedWorld } from "../testing/feed-world.js";
import { createTestApp, type TestApp } from "../testing/test-app.js";
import { createPost } from "./post.service.js";

let t: TestApp;
let w: FeedWorld;
let api: ReturnType<typeof feedApi>;

beforeAll(async () => {
  t = await createTestApp();
  w = await makeFeedWorld(t.app, t.database.db);
  api = feedApi(t.app, w);
});
afterAll(() => t.close());

const idsOf = (page: FeedPage) => page.items.map((p) => p.id);

async function feedOf(who: Parameters<typeof api.feed>[0], query = ""): Promise<FeedPage> {
  const response = await api.feed(who, query);
  expect(response.statusCode).toBe(200);
  return response.json();
}

async function published(
  who: Parameters<typeof api.post>[0],
  communityId: string,
  body: string,
  extra: Record<string, unknown> = {},
): Promise<Post> {
  const response = await api.post(who, communityId, body, extra);
  expect(response.statusCode, response.body).toBe(201);
  return response.json();
}

describe("publishing a post", () => {
  it("a member posts with tags and a question flag; it is journaled", async () => {
    const post = await published("member", w.open, "Qui suit le dossier du Niger ?", {
      tags: ["Niger", "sécurité"],
      isQuestion: true,
    });
    expect(post).toMatchObject({
      community: { id: w.open, name: "Réseau Sahel" },
      author: { id: w.users.member.id },
      tags: ["niger", "sécurité"],
      isQuestion: true,
      visibleToGuests: false,
      commentCount: 0,
      reactions: { counts: { like: 0, useful: 0, not_useful: 0 }, mine: [] },
      abilities: { comment: true, react: true, pin: false, moderate: false },
    });
    const events = await journaled(t.database.db, "post.created");
    expect(events.at(-1)).toMatchObject({
      target_id: post.id,
      actor_id: w.users.member.id,
      details: {
        communityId: w.open,
        authorId: w.users.member.id,
        tags: ["niger", "sécurité"],
        mentionedUserIds: [],
        mentionedCommunityIds: [],
        sharedCorrespondenceId: null,
      },
    });
  });

  it("guests, non-members and strangers may not post", async () => {
    expect((await api.post("guest", w.open, "Bonjour")).statusCode).toBe(403);
    expect((await api.post("outsider", w.open, "Bonjour")).statusCode).toBe(403);
    expect((await api.post("outsider", w.onRequest, "Bonjour")).statusCode).toBe(403);
    expect((await api.post("outsider", w.secret, "Bonjour")).statusCode).toBe(404);
    expect((await api.post("external", w.open, "Bonjour")).statusCode).toBe(404);
    expect((await api.post("member", "7d0f5c1e-3b1a-4f0e-9a56-0d2b8e5f4a11", "x")).statusCode).toBe(
      404,
    );
  });

  it("refuses too many or malformed tags and unknown fields", async () => {
    const tooMany = await api.post("member", w.open, "Texte", {
      tags: ["a", "b", "c", "d", "e", "f"],
    });
    expect(tooMany.statusCode).toBe(400);
    expect((await api.post("member", w.open, "Texte", { tags: ["<script>"] })).statusCode).toBe(
      400,
    );
    expect((await api.post("member", w.open, "Texte", { tags: ["x", "X"] })).statusCode).toBe(400);
    expect((await api.post("member", w.open, "Texte", { html: "<b>x</b>" })).statusCode).toBe(400);
  });
});

describe("who reads which post", () => {
  let internal: Post;
  let released: Post;
  let secretPost: Post;

  beforeAll(async () => {
    internal = await published("member", w.open, "Note interne au réseau");
    released = await published("manager", w.open, "Ouvert aux invités", { visibleToGuests: true });
    secretPost = await published("secretMember", w.secret, "Point de situation confidentiel");
  });

  it("members read the community feed; an internal non-member reads an open community", async () => {
    for (const who of ["member", "manager", "outsider"] as const) {
      const page = await feedOf(who, `community=${w.open}`);
      expect(idsOf(page)).toEqual(expect.arrayContaining([internal.id, released.id]));
      expect((await api.getPost(who, internal.id)).statusCode).toBe(200);
    }
  });

  it("a guest sees only what was released to guests", async () => {
    const page = await feedOf("guest", `community=${w.open}`);
    expect(idsOf(page)).toContain(released.id);
    expect(idsOf(page)).not.toContain(internal.id);
    expect((await api.getPost("guest", internal.id)).statusCode).toBe(404);
    expect((await api.getPost("guest", released.id)).statusCode).toBe(200);
    const personal = await feedOf("guest");
    expect(idsOf(personal)).toContain(released.id);
    expect(idsOf(personal)).not.toContain(internal.id);
  });

  it("one person's posts (their profile's activity) list only what the reader may read", async () => {
    const hidden = await published("manager", w.secret, "Réunion restreinte demain");
    const author = `author=${w.users.manager.id}`;
    const byOutsider = idsOf(await feedOf("outsider", author));
    expect(byOutsider).toContain(released.id);
    expect(byOutsider).not.toContain(hidden.id);
    const byMember = idsOf(await feedOf("member", author));
    expect(byMember).toEqual(expect.arrayContaining([released.id, hidden.id]));
    expect(byMember).not.toContain(internal.id);
    expect(idsOf(await feedOf("guest", author))).toEqual([released.id]);
  });

  it("an external user outside the community and a non-member of a secret one get 404", async () => {
    expect((await api.feed("external", `community=${w.open}`)).statusCode).toBe(404);
    expect((await api.getPost("external", released.id)).statusCode).toBe(404);
    expect((await api.feed("outsider", `community=${w.secret}`)).statusCode).toBe(404);
    expect((await api.getPost("outsider", secretPost.id)).statusCode).toBe(404);
    expect((await api.feed("outsider", `community=${w.onRequest}`)).statusCode).toBe(404);
    const random = await api.getPost("outsider", "0b7a8a94-2d51-4d1f-8f0e-3c9a1b2c3d4e");
    expect(random.statusCode).toBe(404);
    expect(random.json()).toEqual((await api.getPost("outsider", secretPost.id)).json());
  });

  it("the personal feed holds one's communities, not communities one merely could read", async () => {
    const member = await feedOf("member");
    expect(idsOf(member)).toEqual(expect.arrayContaining([internal.id, secretPost.id]));
    const outsider = await feedOf("outsider");
    expect(idsOf(outsider)).not.toContain(internal.id);
    expect(idsOf(outsider)).not.toContain(secretPost.id);
  });
});

describe("following fills the personal feed, within what one may read", () => {
  it("a followed community, person or tag brings their readable posts", async () => {
    const byTag = await published("member", w.open, "Élections au Mali", { tags: ["mali"] });
    const byPerson = await published("manager", w.open, "Compte rendu de la réunion");
    const hiddenFromOutsider = await published("manager", w.secret, "Message de la cellule");
    expect(idsOf(await feedOf("outsider"))).not.toContain(byTag.id);

    expect((await api.follow("outsider", "tag", "Mali")).json()).toEqual({ following: true });
    expect(idsOf(await feedOf("outsider"))).toContain(byTag.id);

    expect((await api.follow("outsider", "user", w.users.manager.id)).statusCode).toBe(200);
    const feed = idsOf(await feedOf("outsider"));
    expect(feed).toContain(byPerson.id);
    expect(feed).not.toContain(hiddenFromOutsider.id);

    expect((await api.unfollow("outsider", "tag", "mali")).json()).toEqual({ following: false });
    expect((await api.unfollow("outsider", "user", w.users.manager.id)).statusCode).toBe(200);
    expect(idsOf(await feedOf("outsider"))).not.toContain(byTag.id);

    await api.follow("outsider", "community", w.open);
    expect(idsOf(await feedOf("outsider"))).toContain(byTag.id);
    await api.unfollow("outsider", "community", w.open);
  });

  it("following is journaled, idempotent, and refuses what one may not see", async () => {
    const before = (await journaled(t.database.db, "follow.added")).length;
    await api.follow("member", "tag", "diplomatie économique");
    await api.follow("member", "tag", "Diplomatie économique");
    const added = await journaled(t.database.db, "follow.added");
    expect(added.length).toBe(before + 1);
    expect(added.at(-1)?.details).toEqual({
      targetType: "tag",
      targetKey: "diplomatie économique",
    });
    const status = await api.as("member", {
      url: "/api/feed/follows?targetType=tag&targetKey=diplomatie%20%C3%A9conomique",
    });
    expect(status.json()).toEqual({ following: true });
    expect((await api.follow("outsider", "community", w.secret)).statusCode).toBe(404);
    expect((await api.follow("member", "community", w.secret)).statusCode).toBe(200);
    expect((await api.follow("external", "user", w.users.member.id)).statusCode).toBe(404);
    expect((await api.follow("member", "user", w.users.member.id)).statusCode).toBe(400);
    expect((await api.follow("member", "tag", "<img src=x>")).statusCode).toBe(400);
    expect((await api.follow("member", "planet", "mars")).statusCode).toBe(400);
  });
});

describe("moderation and pinning (managers)", () => {
  it("a hidden post disappears for readers and stays, marked, for managers", async () => {
    const post = await published("member", w.open, "Message hors sujet");
    expect(
      (
        await api.as("member", {
          method: "POST",
          url: `/api/feed/posts/${post.id}/moderate`,
          payload: { hidden: true, reason: "Hors sujet" },
        })
      ).statusCode,
    ).toBe(403);
    const noReason = await api.as("manager", {
      method: "POST",
      url: `/api/feed/posts/${post.id}/moderate`,
      payload: { hidden: true },
    });
    expect(noReason.statusCode).toBe(400);
    const hidden = await api.as("manager", {
      method: "POST",
      url: `/api/feed/posts/${post.id}/moderate`,
      payload: { hidden: true, reason: "Hors sujet" },
    });
    expect(hidden.statusCode).toBe(200);
    expect(hidden.json().hidden).toMatchObject({
      reason: "Hors sujet",
      by: { id: w.users.manager.id },
    });
    expect(hidden.json().abilities).toMatchObject({ comment: false, react: false });
    expect((await api.getPost("member", post.id)).statusCode).toBe(404);
    expect(idsOf(await feedOf("member", `community=${w.open}`))).not.toContain(post.id);
    expect(idsOf(await feedOf("member"))).not.toContain(post.id);
    const managerView = await feedOf("manager", `community=${w.open}`);
    expect(managerView.items.find((p) => p.id === post.id)?.hidden?.reason).toBe("Hors sujet");
    expect((await api.comment("manager", post.id, "Je masque.")).statusCode).toBe(409);
    expect((await journaled(t.database.db, "post.hidden")).at(-1)?.target_id).toBe(post.id);

    await api.as("manager", {
      method: "POST",
      url: `/api/feed/posts/${post.id}/moderate`,
      payload: { hidden: false },
    });
    expect((await api.getPost("member", post.id)).json().hidden).toBeNull();
  });

  it("a pinned post leads the community feed's first page, apart from the others", async () => {
    const post = await published("member", w.open, "Calendrier des réunions du réseau");
    await published("member", w.open, "Un message plus récent");
    const pin = (who: "member" | "manager", pinned: boolean) =>
      api.as(who, { method: "POST", url: `/api/feed/posts/${post.id}/pin`, payload: { pinned } });
    expect((await pin("member", true)).statusCode).toBe(403);
    const pinned = await pin("manager", true);
    expect(pinned.statusCode).toBe(200);
    expect(pinned.json().pinnedAt).not.toBeNull();
    const page = await feedOf("member", `community=${w.open}`);
    expect(page.pinned.map((p) => p.id)).toEqual([post.id]);
    expect(idsOf(page)).not.toContain(post.id);
    expect((await feedOf("member")).pinned).toEqual([]);
    expect(idsOf(await feedOf("member"))).toContain(post.id);
    expect((await journaled(t.database.db, "post.pinned")).at(-1)?.target_id).toBe(post.id);
    await pin("manager", false);
    expect((await feedOf("member", `community=${w.open}`)).pinned).toEqual([]);
  });
});

describe("keyset pagination", () => {
  it("walks a feed newest first without gaps or repeats, ties broken by id", async () => {
    const db = t.database.db;
    const community = w.onRequest;
    const loaded = await loadSignedInUser(db, w.users.manager.id, { mfa: true });
    if (!loaded) throw new Error("manager not loaded");
    const actor = { userId: w.users.manager.id, ip: null };
    const created: { id: string; at: string }[] = [];
    for (let i = 0; i < 7; i++) {
      // Two posts share each instant, so the id must break ties.
      const at = new Date(Date.UTC(2026, 9, 1, 10, Math.floor(i / 2)));
      const id = await createPost(
        db,
        loaded.subject,
        actor,
        {
          communityId: community,
          body: {
            blocks: [{ type: "paragraph", content: [{ type: "text", text: `Message ${i}` }] }],
          },
          tags: [],
          isQuestion: false,
          visibleToGuests: false,
        },
        at,
      );
      created.push({ id, at: at.toISOString() });
    }
    const expected = [...created]
      .sort((a, b) => (a.at === b.at ? (a.id < b.id ? 1 : -1) : a.at < b.at ? 1 : -1))
      .map((c) => c.id);
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const page: FeedPage = await feedOf(
        "manager",
        `community=${community}&limit=3${cursor ? `&cursor=${cursor}` : ""}`,
      );
      seen.push(...idsOf(page));
      cursor = page.nextCursor;
      pages += 1;
    } while (cursor && pages < 10);
    expect(seen).toEqual(expected);
    expect(pages).toBe(3);
    expect((await api.feed("manager", "cursor=not-a-cursor")).statusCode).toBe(400);
  });
});
