import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Marking } from "../../shared/vocabulary.js";
import {
  correspondenceReaders,
  readableCorrespondence,
} from "../correspondence/correspondence.policy.js";
import { filterReadableIds } from "../correspondence/correspondence.repository.js";
import { loadSignedInUser } from "../people/people.service.js";
import { todayUtc } from "../policy/subject.js";
import { makeCommunity, makeUser, signIn } from "../testing/factories.js";
import { makeDispatchedTelegram } from "../testing/feed-factory.js";
import { type FeedWorld, feedApi, journaled, makeFeedWorld, text } from "../testing/feed-world.js";
import { createTestApp, type TestApp } from "../testing/test-app.js";

let t: TestApp;
let w: FeedWorld;
let api: ReturnType<typeof feedApi>;
/** A community of DR holders of the Africa directorate only (no trainee, no guest). */
let clearedCircle: string;

beforeAll(async () => {
  t = await createTestApp();
  w = await makeFeedWorld(t.app, t.database.db);
  api = feedApi(t.app, w);
  clearedCircle = await makeCommunity(t.database.db, {
    name: "Cercle Afrique habilité",
    access: "invitation",
    members: [{ userId: w.users.manager.id, role: "manager" }, w.users.member.id],
  });
});
afterAll(() => t.close());

/** A telegram from Washington addressed to the Africa directorate. */
const telegram = (marking: Marking) =>
  makeDispatchedTelegram(t.database.db, {
    originUnitId: w.washingtonId,
    drafterId: w.users.outsider.id,
    marking,
    subject: `Sahel — point de situation (${marking})`,
    addressees: [{ type: "unit", id: w.parisId }],
  });

const share = (who: "manager" | "member" | "outsider" | "guest", id: string, communityId: string) =>
  api.share(who, {
    correspondenceId: id,
    communityId,
    body: text("À lire avant la réunion de jeudi."),
    tags: ["sahel"],
  });

describe("sharing a correspondence into a community", () => {
  it("is refused, naming who could not read it, when a member lacks the clearance", async () => {
    const dr = await telegram("DR");
    const before = await t.database.db.selectFrom("posts").select("id").execute();
    const refused = await share("manager", dr, w.open);
    expect(refused.statusCode).toBe(409);
    const error = refused.json().error;
    expect(error.code).toBe("share_not_readable_by_all");
    // The trainee has no DR clearance; the guest is external; the others read it.
    expect(error.details.people.map((p: { displayName: string }) => p.displayName).sort()).toEqual(
      [w.users.guest.name, w.users.trainee.name].sort(),
    );
    expect(error.details.total).toBe(2);
    expect(await t.database.db.selectFrom("posts").select("id").execute()).toEqual(before);
  });

  it("is refused when a member has no reason to read it (need to know)", async () => {
    const np = await telegram("NP");
    // Sacha is at Washington, the originating post, and the others in the addressed directorate.
    expect((await share("manager", np, w.secret)).statusCode).toBe(201);
    const notAddressed = await makeDispatchedTelegram(t.database.db, {
      originUnitId: w.parisId,
      drafterId: w.users.member.id,
      marking: "NP",
    });
    const secretRefusal = await share("member", notAddressed, w.secret);
    expect(secretRefusal.statusCode).toBe(409);
    expect(secretRefusal.json().error.details.people).toEqual([
      { id: w.users.secretMember.id, displayName: w.users.secretMember.name },
    ]);
  });

  it("succeeds when every member may read it: a post linking it, journaled", async () => {
    const dr = await telegram("DR");
    const shared = await share("member", dr, clearedCircle);
    expect(shared.statusCode, shared.body).toBe(201);
    const post = shared.json();
    expect(post.sharedCorrespondence).toMatchObject({ id: dr, marking: "DR" });
    expect(post.sharesCorrespondence).toBe(true);
    const event = (await journaled(t.database.db, "correspondence.shared")).at(-1);
    expect(event).toMatchObject({
      target_id: dr,
      details: { communityId: clearedCircle, postId: post.id },
    });
    expect((await journaled(t.database.db, "post.created")).at(-1)?.details).toMatchObject({
      sharedCorrespondenceId: dr,
    });
  });

  it("answers 404 when the sharer cannot read it, 403 when they may not post there", async () => {
    const dr = await telegram("DR");
    expect((await share("guest", dr, w.open)).statusCode).toBe(404);
    const elsewhere = await makeDispatchedTelegram(t.database.db, {
      originUnitId: w.washingtonId,
      drafterId: w.users.secretMember.id,
      marking: "NP",
    });
    expect((await share("member", elsewhere, clearedCircle)).statusCode).toBe(404);
    expect((await share("outsider", dr, w.open)).statusCode).toBe(403);
    expect((await share("outsider", dr, w.secret)).statusCode).toBe(404);
  });

  it("shares only dispatched correspondence", async () => {
    const draft = await makeDispatchedTelegram(t.database.db, {
      originUnitId: w.parisId,
      drafterId: w.users.member.id,
    });
    await t.database.db
      .updateTable("correspondences")
      .set({ state: "in_circuit", reference: null, dispatched_at: null })
      .where("id", "=", draft)
      .execute();
    const refused = await share("member", draft, clearedCircle);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error).toMatchObject({
      code: "conflict",
      details: { reason: "not_dispatched" },
    });
  });

  it("shows the linked document only to readers of it", async () => {
    const np = await telegram("NP");
    const shared = await share("member", np, clearedCircle);
    expect(shared.statusCode).toBe(201);
    // A later member without a reason to read it sees the post but not the document.
    const newcomer = await makeUser(t.database.db, { organizationId: w.ministryId });
    await t.database.db
      .insertInto("memberships")
      .values({
        community_id: clearedCircle,
        user_id: newcomer.id,
        role: "member",
        origin: "direct",
        created_at: new Date().toISOString(),
      })
      .execute();
    const cookie = await signIn(t.app, newcomer.email);
    const seen = await t.app.inject({
      url: `/api/feed/posts/${shared.json().id}`,
      headers: { cookie },
    });
    expect(seen.statusCode).toBe(200);
    expect(seen.json().sharedCorrespondence).toBeNull();
    expect(seen.json().sharesCorrespondence).toBe(true);
  });
});

describe("the set-based read rule agrees with the per-reader rule", () => {
  it("for every person of the world and several documents", async () => {
    const db = t.database.db;
    const sfMember = await makeUser(db, {
      organizationId: w.ministryId,
      unitId: w.parisId,
      clearance: "DR",
      nationality: "SN",
    });
    const docs = [
      await telegram("NP"),
      await telegram("DR"),
      await telegram("DR-SF"),
      await makeDispatchedTelegram(db, {
        originUnitId: w.parisId,
        drafterId: w.users.trainee.id,
        marking: "NP",
        addressees: [{ type: "community", id: w.secret }],
      }),
      await makeDispatchedTelegram(db, {
        originUnitId: w.washingtonId,
        drafterId: w.users.secretMember.id,
        marking: "DR",
        addressees: [{ type: "user", id: w.users.trainee.id }],
      }),
    ];
    const people = [...Object.values(w.users).map((u) => u.id), sfMember.id];
    const today = todayUtc();
    for (const id of docs) {
      const row = await db
        .selectFrom("correspondences")
        .selectAll()
        .where("id", "=", id)
        .executeTakeFirstOrThrow();
      const sqlReaders = await db
        .selectFrom("users")
        .select("id")
        .where("id", "in", people)
        .where(
          correspondenceReaders(
            {
              id,
              marking: row.marking,
              state: row.state,
              drafterId: row.drafter_id,
              originUnitId: row.origin_unit_id,
            },
            today,
          ),
        )
        .execute();
      const perReader: string[] = [];
      for (const userId of people) {
        const loaded = await loadSignedInUser(db, userId, { mfa: true });
        if (!loaded) continue;
        const readable = await filterReadableIds(db, readableCorrespondence(loaded.subject), [id]);
        if (readable.has(id)) perReader.push(userId);
      }
      expect(sqlReaders.map((r) => r.id).sort()).toEqual(perReader.sort());
      expect(perReader.length).toBeGreaterThan(0);
    }
  });
});

describe("reactions", () => {
  it("« utile » and « pas utile » exclude each other; counts and one's own come with the post", async () => {
    const post = (await api.post("member", w.open, "Note de synthèse sur le Niger")).json();
    const target = { targetType: "post", targetId: post.id };
    expect((await api.react("member", { ...target, kind: "like" })).json()).toEqual({
      counts: { like: 1, useful: 0, not_useful: 0 },
      mine: ["like"],
    });
    await api.react("member", { ...target, kind: "useful" });
    const flipped = await api.react("member", { ...target, kind: "not_useful" });
    expect(flipped.json().counts).toEqual({ like: 1, useful: 0, not_useful: 1 });
    await api.react("trainee", { ...target, kind: "useful" });
    await api.react("trainee", { ...target, kind: "useful" });
    const seen = (await api.getPost("member", post.id)).json();
    expect(seen.reactions).toEqual({
      counts: { like: 1, useful: 1, not_useful: 1 },
      mine: expect.arrayContaining(["like", "not_useful"]),
    });
    const removed = await api.react("member", { ...target, kind: "like", remove: true });
    expect(removed.json().counts.like).toBe(0);
    const set = await journaled(t.database.db, "reaction.set");
    expect(set.filter((e) => e.target_id === post.id)).toHaveLength(4);
    const gone = await journaled(t.database.db, "reaction.removed");
    expect(gone.filter((e) => e.target_id === post.id).map((e) => e.details.kind)).toEqual([
      "useful",
      "like",
    ]);
  });

  it("on comments and on correspondence one may read; 404 otherwise", async () => {
    const post = (await api.post("manager", w.secret, "Réunion de crise à 18 h")).json();
    const comment = (await api.comment("member", post.id, "J'y serai.")).json();
    expect(
      (
        await api.react("secretMember", {
          targetType: "comment",
          targetId: comment.id,
          kind: "like",
        })
      ).statusCode,
    ).toBe(200);
    expect(
      (await api.react("outsider", { targetType: "comment", targetId: comment.id, kind: "like" }))
        .statusCode,
    ).toBe(404);
    expect(
      (await api.react("outsider", { targetType: "post", targetId: post.id, kind: "like" }))
        .statusCode,
    ).toBe(404);
    const dr = await telegram("DR");
    const onDoc = { targetType: "correspondence", targetId: dr, kind: "useful" };
    expect((await api.react("member", onDoc)).json().counts.useful).toBe(1);
    expect((await api.react("trainee", onDoc)).statusCode).toBe(404);
    expect((await api.react("guest", onDoc)).statusCode).toBe(404);
    const read = await api.as("member", {
      url: `/api/feed/reactions?targetType=correspondence&targetId=${dr}`,
    });
    expect(read.json()).toEqual({
      counts: { like: 0, useful: 1, not_useful: 0 },
      mine: ["useful"],
    });
    expect((await api.react("member", { ...onDoc, kind: "love" })).statusCode).toBe(400);
  });
});
