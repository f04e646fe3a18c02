import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { FollowTargetType } from "../../shared/vocabulary.js";
import { decideClearanceStep } from "../correspondence/circuit.service.js";
import { deleteFollow, insertFollow } from "../feed/feed.repository.js";
import { makeCommunity, makeOrganization, makeUnit, makeUser } from "../testing/factories.js";
import {
  actorFor,
  dispatchTelegram,
  emitAs,
  notificationRows,
  subjectOf,
} from "../testing/notification-kit.js";
import { createTestApp, type TestApp } from "../testing/test-app.js";

let t: TestApp;
let ministry: string;
let washington: string;
let americas: string;
let berlin: string;
const u = {} as Record<
  | "drafter"
  | "signer"
  | "head"
  | "colleague"
  | "trainee"
  | "berliner"
  | "local"
  | "direct"
  | "outsider",
  string
>;

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  ministry = await makeOrganization(db, { kind: "ministry" });
  washington = await makeUnit(db, {
    organizationId: ministry,
    kind: "embassy",
    name: "Ambassade de France aux États-Unis",
    city: "Washington",
  });
  americas = await makeUnit(db, { organizationId: ministry, kind: "directorate" });
  berlin = await makeUnit(db, { organizationId: ministry, kind: "embassy", city: "Berlin" });
  const other = await makeUnit(db, { organizationId: ministry });
  const user = async (
    unitId: string,
    o: Parameters<typeof makeUser>[1] extends infer P ? Partial<P> : never = {},
  ) => (await makeUser(db, { organizationId: ministry, unitId, clearance: "DR", ...o })).id;
  u.drafter = await user(washington);
  u.signer = await user(washington, { roles: [{ role: "releaser", unitId: washington }] });
  u.head = await user(americas, { roles: [{ role: "releaser", unitId: americas }] });
  u.colleague = await user(americas);
  // Holds no DR clearance: a DR telegram to the directorate must not reach them.
  u.trainee = await user(americas, { clearance: "NP" });
  u.berliner = await user(berlin);
  // A locally recruited agent: DR-cleared but not French, so DR-SF is not for them.
  u.local = await user(berlin, { nationality: "DE" });
  u.direct = await user(other);
  u.outsider = await user(other);
});
afterAll(() => t.close());

const rowsOf = (userIds: string[]) => notificationRows(t.database.db, userIds);
const reasonsOf = async (userId: string) => (await rowsOf([userId])).map((r) => r.reason);

describe("a dispatched telegram", () => {
  it("notifies the cleared action members (action + alert when immediate), the info addressees, and no one else", async () => {
    const id = await dispatchTelegram(t.database.db, {
      drafterId: u.drafter,
      signerId: u.signer,
      originUnitId: washington,
      content: {
        precedence: "immediate",
        marking: "DR",
        addressees: [
          { type: "unit", id: americas, mode: "action" },
          { type: "unit", id: berlin, mode: "info" },
          { type: "user", id: u.direct, mode: "info" },
        ],
        actionDeadline: "2099-12-31",
      },
    });
    const rows = (await rowsOf(Object.values(u))).filter((r) => r.target_id === id);
    const got = (userId: string) =>
      rows
        .filter((r) => r.user_id === userId)
        .map((r) => `${r.type}:${r.reason}`)
        .sort();
    expect(got(u.head)).toEqual(["action:correspondence_action", "alert:correspondence_urgent"]);
    expect(got(u.colleague)).toEqual([
      "action:correspondence_action",
      "alert:correspondence_urgent",
    ]);
    expect(got(u.trainee)).toEqual([]);
    expect(got(u.berliner)).toEqual(["information:correspondence_info"]);
    expect(got(u.direct)).toEqual(["information:correspondence_info"]);
    // The signer was asked to sign (the circuit), but is not told of their own dispatch.
    expect(got(u.signer)).toEqual(["action:circuit_step"]);
    // Signed: the request to sign is settled (read) by the signature itself.
    expect(rows.find((r) => r.user_id === u.signer)?.read_at).not.toBeNull();
    expect(got(u.drafter)).toEqual([]);
    expect(got(u.outsider)).toEqual([]);
    const detail = JSON.parse(rows.find((r) => r.user_id === u.head)?.details ?? "{}");
    expect(detail.reference).toMatch(/^WASHINGTON-\d{4}-\d{4}$/);
    // References and precedence only: never the subject or the text of a protected document.
    expect(JSON.stringify(rows.map((r) => r.details))).not.toContain("commerce");
  });

  it("keeps a DR-SF telegram from a cleared member who is not French", async () => {
    const id = await dispatchTelegram(t.database.db, {
      drafterId: u.drafter,
      signerId: u.signer,
      originUnitId: washington,
      content: {
        precedence: "routine",
        marking: "DR-SF",
        paragraphs: [{ marking: "DR-SF", text: "Appréciation réservée aux agents français." }],
        addressees: [{ type: "unit", id: berlin, mode: "action" }],
        actionDeadline: "2099-12-31",
      },
    });
    const rows = (await rowsOf([u.berliner, u.local])).filter((r) => r.target_id === id);
    expect(rows.map((r) => [r.user_id, r.type])).toEqual([[u.berliner, "action"]]);
  });
});

describe("the clearance circuit", () => {
  it("asks the unit's releaser for a unit step, then the signer; a return goes back to the drafter", async () => {
    const db = t.database.db;
    const id = await dispatchTelegram(db, {
      drafterId: u.drafter,
      signerId: u.signer,
      originUnitId: washington,
      content: {
        marking: "NP",
        paragraphs: [{ marking: "NP", text: "Ordre du jour." }],
        addressees: [{ type: "unit", id: berlin, mode: "info" }],
      },
      visas: [{ unitId: americas }],
    });
    const forId = async (userId: string) =>
      (await rowsOf([userId])).filter((r) => r.target_id === id).map((r) => r.reason);
    expect(await forId(u.head)).toEqual(["circuit_step"]);
    expect(await forId(u.colleague)).toEqual([]);
    expect(await forId(u.signer)).toEqual([]);

    const step = await db
      .selectFrom("circuit_steps")
      .select("id")
      .where("correspondence_id", "=", id)
      .where("status", "=", "pending")
      .executeTakeFirstOrThrow();
    const head = await subjectOf(db, u.head);
    await decideClearanceStep(db, head, actorFor(u.head), id, step.id, { decision: "approve" });
    expect(await forId(u.signer)).toEqual(["circuit_step"]);
    const headRequest = (await rowsOf([u.head])).find((r) => r.target_id === id);
    expect(headRequest?.read_at).not.toBeNull();

    const signature = await db
      .selectFrom("circuit_steps")
      .select("id")
      .where("correspondence_id", "=", id)
      .where("status", "=", "pending")
      .executeTakeFirstOrThrow();
    const signer = await subjectOf(db, u.signer);
    await decideClearanceStep(db, signer, actorFor(u.signer), id, signature.id, {
      decision: "return",
      comment: "Préciser le paragraphe 2.",
    });
    expect(await forId(u.drafter)).toEqual(["draft_returned"]);
  });
});

describe("community events", () => {
  it("gives enrolment requests to the managers as one folded action, never to the requester", async () => {
    const db = t.database.db;
    const manager = await makeUser(db, { organizationId: ministry });
    const [first, second] = [
      await makeUser(db, { organizationId: ministry }),
      await makeUser(db, { organizationId: ministry }),
    ];
    const communityId = await makeCommunity(db, {
      name: "Task force Sahel",
      access: "on_request",
      members: [{ userId: manager.id, role: "manager" }],
    });
    for (const requester of [first, second]) {
      await emitAs(db, requester.id, {
        type: "community.membership_requested",
        target: { type: "community", id: communityId },
        details: { userId: requester.id, message: "Je suis le dossier." },
      });
    }
    const rows = await rowsOf([manager.id, first.id, second.id]);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ user_id: manager.id, type: "action", count: 2 });
    expect(JSON.parse(rows[0]?.actors ?? "[]").map((a: { id: string }) => a.id)).toEqual([
      second.id,
      first.id,
    ]);
    expect(JSON.parse(rows[0]?.details ?? "{}").communityName).toBe("Task force Sahel");

    await emitAs(db, manager.id, {
      type: "community.membership_decided",
      target: { type: "community", id: communityId },
      details: { userId: first.id, accepted: true, message: "Bienvenue" },
    });
    await emitAs(db, manager.id, {
      type: "community.members_invited",
      target: { type: "community", id: communityId },
      details: { userIds: [second.id, manager.id] },
    });
    expect(await reasonsOf(first.id)).toEqual(["membership_decided"]);
    expect(await reasonsOf(second.id)).toEqual(["invited"]);
    expect(await reasonsOf(manager.id)).toEqual(["enrolment_request"]);
  });
});

describe("feed events", () => {
  it("notifies mentions and followers of the community, the author or a tag who may read the post", async () => {
    const db = t.database.db;
    const [author, mentioned, byCommunity, byAuthor, byTag, shut] = await Promise.all(
      Array.from({ length: 6 }, () => makeUser(db, { organizationId: ministry })),
    );
    if (!author || !mentioned || !byCommunity || !byAuthor || !byTag || !shut) throw new Error();
    const company = await makeOrganization(db, { kind: "company" });
    const guest = await makeUser(db, { organizationId: company });
    const open = await makeCommunity(db, {
      name: "Réseau climat",
      access: "open",
      members: [author.id, { userId: guest.id, role: "guest" }],
    });
    const secret = await makeCommunity(db, { access: "secret", members: [author.id] });
    const follow = (who: string, targetType: FollowTargetType, targetKey: string) =>
      insertFollow(db, {
        follower_id: who,
        target_type: targetType,
        target_key: targetKey,
        created_at: new Date().toISOString(),
      });
    await follow(byCommunity.id, "community", open);
    await follow(byAuthor.id, "user", author.id);
    await follow(byTag.id, "tag", "climat");
    await follow(guest.id, "community", open);
    await follow(shut.id, "user", author.id);
    await follow(author.id, "tag", "climat");

    const post = (
      communityId: string,
      tags: string[],
      mentionedUserIds: string[],
      visibleToGuests = false,
    ) =>
      emitAs(db, author.id, {
        type: "post.created",
        target: { type: "post", id: randomUUID() },
        details: {
          communityId,
          authorId: author.id,
          mentionedUserIds,
          mentionedCommunityIds: [],
          tags,
          sharedCorrespondenceId: null,
          visibleToGuests,
        },
      });
    await post(open, ["climat"], [mentioned.id]);
    expect(await reasonsOf(mentioned.id)).toEqual(["mention"]);
    expect(await reasonsOf(byCommunity.id)).toEqual(["followed_post"]);
    expect(await reasonsOf(byAuthor.id)).toEqual(["followed_post"]);
    expect(await reasonsOf(byTag.id)).toEqual(["followed_post"]);
    expect(await reasonsOf(author.id)).toEqual([]);
    // A guest reads only what is released to guests: told of such posts only.
    expect(await reasonsOf(guest.id)).toEqual([]);
    await post(open, [], [], true);
    expect(await reasonsOf(guest.id)).toEqual(["followed_post"]);

    // A post in a secret community reaches no follower who is not a member.
    await post(secret, [], []);
    expect(await reasonsOf(shut.id)).toEqual(["followed_post"]);

    // Further posts in the followed community (the guests' one above, and this one) fold into the unread one.
    await post(open, [], []);
    const folded = (await rowsOf([byCommunity.id]))[0];
    expect(folded?.count).toBe(3);

    await deleteFollow(db, { follower_id: byTag.id, target_type: "tag", target_key: "climat" });
    await post(open, ["climat"], []);
    expect((await rowsOf([byTag.id]))[0]?.count).toBe(1);
  });

  it("folds ten comments on one post into one notification for its author, and a mention beats a reply", async () => {
    const db = t.database.db;
    const people = await Promise.all(
      Array.from({ length: 5 }, () => makeUser(db, { organizationId: ministry })),
    );
    const [author, replier, ...others] = people;
    if (!author || !replier) throw new Error();
    const communityId = await makeCommunity(db, {
      access: "open",
      members: people.map((p) => p.id),
    });
    const postId = randomUUID();
    const parentCommentId = randomUUID();
    const comment = (
      by: string,
      o: { parent?: string | null; parentAuthor?: string | null; mentions?: string[] } = {},
    ) =>
      emitAs(db, by, {
        type: "comment.created",
        target: { type: "comment", id: randomUUID() },
        details: {
          postId,
          communityId,
          authorId: by,
          parentCommentId: o.parent ?? null,
          postAuthorId: author.id,
          parentAuthorId: o.parentAuthor ?? null,
          mentionedUserIds: o.mentions ?? [],
        },
      });
    for (let i = 0; i < 10; i += 1) await comment(others[i % others.length]?.id ?? replier.id);
    await comment(author.id);
    const rows = await rowsOf([author.id]);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ reason: "comment_on_post", count: 10 });
    expect(JSON.parse(rows[0]?.actors ?? "[]")).toHaveLength(3);

    await comment(others[0]?.id ?? "", {
      parent: parentCommentId,
      parentAuthor: replier.id,
      mentions: [replier.id],
    });
    expect(await reasonsOf(replier.id)).toEqual(["mention"]);
    await comment(others[1]?.id ?? "", { parent: parentCommentId, parentAuthor: replier.id });
    expect((await reasonsOf(replier.id)).sort()).toEqual(["mention", "reply_to_comment"]);

    // Once read, the next comment starts a new notification.
    await db
      .updateTable("notifications")
      .set({ read_at: new Date().toISOString() })
      .where("user_id", "=", author.id)
      .execute();
    await comment(replier.id);
    const after = await rowsOf([author.id]);
    expect(after.map((r) => r.count)).toEqual([12, 1]);
  });

  it("refuses a malformed event from another part of the portal instead of guessing", async () => {
    await expect(
      emitAs(t.database.db, u.outsider, {
        type: "post.created",
        target: { type: "post", id: randomUUID() },
        details: { communityId: randomUUID() },
      }),
    ).rejects.toThrow();
  });
});
