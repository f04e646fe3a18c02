import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CommentPage, Post, RichDocument } from "../../shared/schemas/feed.js";
import { type FeedWorld, feedApi, journaled, makeFeedWorld } from "../testing/feed-world.js";
import { createTestApp, type TestApp } from "../testing/test-app.js";

let t: TestApp;
let w: FeedWorld;
let api: ReturnType<typeof feedApi>;

beforeAll(async () => {
  t = await createTestApp();
  w = await makeFeedWorld(t.app, t.database.db);
  api = feedApi(t.app, w);
});
afterAll(() => t.close());

async function published(communityId: string, body: RichDocument | string, extra = {}) {
  const response = await api.post("manager", communityId, body, extra);
  expect(response.statusCode, response.body).toBe(201);
  return response.json() as Post;
}

describe("comments, threaded one level", () => {
  it("a reply to a reply attaches to the top comment and names whom it answered", async () => {
    const post = await published(w.open, "Qui assure l'intérim à Bamako ?", { isQuestion: true });
    const top = await api.comment("member", post.id, "Le premier conseiller.");
    expect(top.statusCode).toBe(201);
    const reply = await api.comment("trainee", post.id, "Merci !", top.json().id);
    expect(reply.json().parentId).toBe(top.json().id);
    const replyToReply = await api.comment("outsider", post.id, "Confirmé.", reply.json().id);
    expect(replyToReply.statusCode).toBe(201);
    expect(replyToReply.json().parentId).toBe(top.json().id);

    const event = (await journaled(t.database.db, "comment.created")).at(-1);
    expect(event?.details).toEqual({
      postId: post.id,
      communityId: w.open,
      authorId: w.users.outsider.id,
      parentCommentId: top.json().id,
      postAuthorId: w.users.manager.id,
      parentAuthorId: w.users.trainee.id,
      mentionedUserIds: [],
      postVisibleToGuests: false,
    });

    const page: CommentPage = (await api.comments("member", post.id)).json();
    expect(page.items).toHaveLength(1);
    expect(page.items[0]?.replies.map((r) => r.id)).toEqual([
      reply.json().id,
      replyToReply.json().id,
    ]);
    expect((await api.getPost("member", post.id)).json().commentCount).toBe(3);
  });

  it("guests comment only on posts released to guests; strangers get 404", async () => {
    const released = await published(w.open, "Ouvert aux partenaires", { visibleToGuests: true });
    const internal = await published(w.open, "Réservé aux agents");
    expect((await api.comment("guest", released.id, "Merci pour l'invitation.")).statusCode).toBe(
      201,
    );
    expect((await api.comment("guest", internal.id, "Et ici ?")).statusCode).toBe(404);
    expect((await api.comments("guest", internal.id)).statusCode).toBe(404);
    expect((await api.comment("external", released.id, "Bonjour")).statusCode).toBe(404);
    const secret = await published(w.secret, "Cellule réunie à 18 h");
    expect((await api.comment("outsider", secret.id, "Bonjour")).statusCode).toBe(404);
    const otherPostComment = await api.comment("member", internal.id, "Vu.");
    expect(
      (await api.comment("member", released.id, "Réponse égarée", otherPostComment.json().id))
        .statusCode,
    ).toBe(404);
  });

  it("pages top comments oldest first", async () => {
    const post = await published(w.open, "Tour de table");
    const ids: string[] = [];
    for (let i = 0; i < 5; i++)
      ids.push((await api.comment("member", post.id, `Avis ${i}`)).json().id);
    const first: CommentPage = (await api.comments("member", post.id, "limit=2")).json();
    const second: CommentPage = (
      await api.comments("member", post.id, `limit=2&cursor=${first.nextCursor}`)
    ).json();
    const third: CommentPage = (
      await api.comments("member", post.id, `limit=2&cursor=${second.nextCursor}`)
    ).json();
    expect([...first.items, ...second.items, ...third.items].map((c) => c.id)).toEqual(ids);
    expect(third.nextCursor).toBeNull();
  });
});

describe("mentions", () => {
  const mention = (target: "user" | "community", id: string, label: string) => ({
    type: "mention" as const,
    target,
    id,
    label,
  });

  it("notifies only mentioned people who can read the post; keeps the others as names", async () => {
    const body: RichDocument = {
      blocks: [
        {
          type: "paragraph",
          content: [
            { type: "text", text: "Avis de " },
            mention("user", w.users.secretMember.id, "faux nom"),
            { type: "text", text: " et de " },
            mention("user", w.users.outsider.id, "Olga"),
            { type: "text", text: " ; voir " },
            mention("community", w.open, "Sahel"),
            mention("user", "5f0c2a3e-1111-4a2b-9c3d-444455556666", "Fantôme"),
          ],
        },
      ],
    };
    const post = await published(w.secret, body);
    const event = (await journaled(t.database.db, "post.created")).at(-1);
    expect(event?.target_id).toBe(post.id);
    expect(event?.details.mentionedUserIds).toEqual([w.users.secretMember.id]);
    expect(event?.details.mentionedCommunityIds).toEqual([w.open]);
    const runs = post.body.blocks[0]?.type === "paragraph" ? post.body.blocks[0].content : [];
    // Labels are the current names, whatever the client sent; unknown people become plain text.
    expect(runs[1]).toEqual(mention("user", w.users.secretMember.id, w.users.secretMember.name));
    expect(runs[3]).toEqual(mention("user", w.users.outsider.id, w.users.outsider.name));
    expect(runs[5]).toEqual(mention("community", w.open, "Réseau Sahel"));
    expect(runs[6]).toEqual({ type: "text", text: "@Fantôme" });
  });

  it("a guest mentioned in a post not released to guests is not notified", async () => {
    const body: RichDocument = {
      blocks: [{ type: "paragraph", content: [mention("user", w.users.trainee.id, "T")] }],
    };
    await published(w.open, body);
    expect(
      (await journaled(t.database.db, "post.created")).at(-1)?.details.mentionedUserIds,
    ).toEqual([w.users.trainee.id]);
    // Guests may only be seen by people of their organisation; the manager sees every account.
    const toGuest: RichDocument = {
      blocks: [{ type: "paragraph", content: [mention("user", w.users.guest.id, "G")] }],
    };
    await published(w.open, toGuest);
    expect(
      (await journaled(t.database.db, "post.created")).at(-1)?.details.mentionedUserIds,
    ).toEqual([]);
    await published(w.open, toGuest, { visibleToGuests: true });
    expect(
      (await journaled(t.database.db, "post.created")).at(-1)?.details.mentionedUserIds,
    ).toEqual([w.users.guest.id]);
  });

  it("a secret community mentioned by a non-member stays plain text", async () => {
    const response = await api.post("member", w.open, {
      blocks: [{ type: "paragraph", content: [mention("community", w.onRequest, "Commerce")] }],
    });
    expect(response.json().body.blocks[0].content[0].type).toBe("mention");
    const byOutsider = await api.comment("outsider", response.json().id, "x");
    expect(byOutsider.statusCode).toBe(201);
    const leak = await api.as("outsider", {
      method: "POST",
      url: `/api/feed/posts/${response.json().id}/comments`,
      payload: {
        body: {
          blocks: [{ type: "paragraph", content: [mention("community", w.secret, "Devinette")] }],
        },
      },
    });
    expect(leak.statusCode).toBe(201);
    expect(leak.json().body.blocks[0].content[0]).toEqual({ type: "text", text: "@Devinette" });
    expect(
      (await journaled(t.database.db, "comment.created")).at(-1)?.details.mentionedUserIds,
    ).toEqual([]);
  });

  it("suggests people one may see and communities one may know of", async () => {
    const suggest = (who: "outsider" | "member" | "guest", q: string) =>
      api.as(who, { url: `/api/feed/mention-suggestions?q=${encodeURIComponent(q)}` });
    const ormuzForOutsider = (await suggest("outsider", "ormuz")).json();
    expect(ormuzForOutsider.communities).toEqual([]);
    const ormuzForMember = (await suggest("member", "Ormuz")).json();
    expect(ormuzForMember.communities.map((c: { id: string }) => c.id)).toEqual([w.secret]);
    const people = (await suggest("outsider", "Gestionnaire")).json().people;
    expect(people.map((p: { id: string }) => p.id)).toEqual([w.users.manager.id]);
    const guestSees = (await suggest("guest", "Gestionnaire")).json();
    expect(guestSees.people).toEqual([]);
    expect((await suggest("guest", "Partenaire")).json().people.length).toBe(2);
    expect((await suggest("member", "   ")).statusCode).toBe(400);
  });
});

describe("moderating comments (managers)", () => {
  it("a hidden comment leaves the thread for readers and stays, marked, for managers", async () => {
    const post = await published(w.open, "Ordre du jour de la réunion");
    const comment = (await api.comment("member", post.id, "Message hors sujet")).json();
    const moderate = (who: "member" | "manager", payload: object) =>
      api.as(who, {
        method: "POST",
        url: `/api/feed/comments/${comment.id}/moderate`,
        payload,
      });
    expect((await moderate("member", { hidden: true, reason: "Hors sujet" })).statusCode).toBe(403);
    const hidden = await moderate("manager", { hidden: true, reason: "Hors sujet" });
    expect(hidden.statusCode).toBe(200);
    expect(hidden.json().hidden).toMatchObject({ reason: "Hors sujet" });
    const seenByMember: CommentPage = (await api.comments("member", post.id)).json();
    expect(seenByMember.items.map((c) => c.id)).not.toContain(comment.id);
    const seenByManager: CommentPage = (await api.comments("manager", post.id)).json();
    expect(seenByManager.items.map((c) => c.id)).toContain(comment.id);
    expect((await api.getPost("member", post.id)).json().commentCount).toBe(0);
    expect((await api.comment("trainee", post.id, "Réponse", comment.id)).statusCode).toBe(404);
    expect((await moderate("member", { hidden: false })).statusCode).toBe(404);
    expect((await journaled(t.database.db, "comment.hidden")).at(-1)?.target_id).toBe(comment.id);
    expect((await moderate("manager", { hidden: false })).json().hidden).toBeNull();
  });
});
