import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadSignedInUser } from "../people/people.service.js";
import type { Subject } from "../policy/subject.js";
import {
  makeCommunity,
  makeOrganization,
  makeUnit,
  makeUser,
  signIn,
} from "../testing/factories.js";
import { createTestApp, requestAs, type TestApp } from "../testing/test-app.js";
import { getCommunityDashboard, lastWeeks, weekStartOf } from "./dashboard.service.js";

/*
 * The managers' dashboard counts a community's weeks from its rows: posts, comments, active
 * members, members at the end of each week (from the membership history), open questions.
 */

let t: TestApp;
let communityId: string;
let secretId: string;
const people = {} as Record<
  "manager" | "member" | "other" | "leaver",
  { id: string; cookie: string }
>;
let manager: Subject;
// Wednesday 2026-11-25: its week starts on Monday 2026-11-23.
const NOW = new Date("2026-11-25T10:00:00.000Z");

const at = (day: string) => `${day}T09:30:00.000Z`;

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  const ministry = await makeOrganization(db);
  const unit = await makeUnit(db, { organizationId: ministry });
  for (const who of ["manager", "member", "other", "leaver"] as const) {
    const user = await makeUser(db, { organizationId: ministry, unitId: unit });
    people[who] = { id: user.id, cookie: await signIn(t.app, user.email) };
  }
  communityId = await makeCommunity(db, {
    access: "on_request",
    members: [{ userId: people.manager.id, role: "manager" }, people.member.id],
  });
  secretId = await makeCommunity(db, {
    access: "secret",
    members: [{ userId: people.manager.id, role: "manager" }],
  });
  const loaded = await loadSignedInUser(db, people.manager.id, { mfa: true });
  if (!loaded) throw new Error("manager not loaded");
  manager = loaded.subject;

  // The member joined two weeks ago; someone joined last week and left this week.
  await db
    .insertInto("membership_changes")
    .values([
      {
        id: randomUUID(),
        community_id: communityId,
        user_id: people.member.id,
        change: "joined",
        at: at("2026-11-10"),
      },
      {
        id: randomUUID(),
        community_id: communityId,
        user_id: people.leaver.id,
        change: "joined",
        at: at("2026-11-17"),
      },
      {
        id: randomUUID(),
        community_id: communityId,
        user_id: people.leaver.id,
        change: "left",
        at: at("2026-11-24"),
      },
    ])
    .execute();

  const post = async (author: string, day: string, question = false) => {
    const id = randomUUID();
    await db
      .insertInto("posts")
      .values({
        id,
        community_id: communityId,
        author_id: author,
        body: "[]",
        body_text: question
          ? "Qui connaît le calendrier du sommet ?"
          : "Compte rendu de la réunion.",
        is_question: question ? 1 : 0,
        visible_to_guests: 0,
        shared_correspondence_id: null,
        pinned_at: null,
        hidden_at: null,
        hidden_by: null,
        hidden_reason: null,
        created_at: at(day),
        updated_at: at(day),
      })
      .execute();
    return id;
  };
  const comment = (postId: string, author: string, day: string) =>
    db
      .insertInto("comments")
      .values({
        id: randomUUID(),
        post_id: postId,
        community_id: communityId,
        parent_id: null,
        author_id: author,
        body: "[]",
        body_text: "Merci.",
        hidden_at: null,
        hidden_by: null,
        hidden_reason: null,
        created_at: at(day),
      })
      .execute();
  const weekOld = await post(people.manager.id, "2026-11-16");
  await post(people.member.id, "2026-11-18");
  await comment(weekOld, people.member.id, "2026-11-19");
  await comment(weekOld, people.manager.id, "2026-11-24");
  const answered = await post(people.member.id, "2026-11-23", true);
  await comment(answered, people.manager.id, "2026-11-24");
  await post(people.member.id, "2026-11-24", true);
  // Older than the dashboard's window: counted in the totals only.
  await post(people.manager.id, "2025-01-06");
});
afterAll(() => t.close());

describe("weeks", () => {
  it("start on Monday, in UTC", () => {
    expect(weekStartOf("2026-11-29T23:59:59.000Z")).toBe("2026-11-23");
    expect(weekStartOf("2026-11-23")).toBe("2026-11-23");
    expect(lastWeeks(NOW, 3)).toEqual(["2026-11-09", "2026-11-16", "2026-11-23"]);
  });
});

describe("the community dashboard", () => {
  it("counts posts, comments, active and total members per week, and the open questions", async () => {
    const dashboard = await getCommunityDashboard(
      t.database.db,
      manager,
      communityId,
      { weeks: 4 },
      NOW,
    );
    expect(dashboard.weeks).toEqual([
      { weekStart: "2026-11-02", members: 1, posts: 0, comments: 0, activeMembers: 0 },
      { weekStart: "2026-11-09", members: 2, posts: 0, comments: 0, activeMembers: 0 },
      { weekStart: "2026-11-16", members: 3, posts: 2, comments: 1, activeMembers: 2 },
      { weekStart: "2026-11-23", members: 2, posts: 2, comments: 2, activeMembers: 2 },
    ]);
    expect(dashboard.totals).toEqual({ members: 2, posts: 5, comments: 3, unansweredQuestions: 1 });
    expect(dashboard.unansweredQuestions).toHaveLength(1);
    expect(dashboard.unansweredQuestions[0]).toMatchObject({
      excerpt: "Qui connaît le calendrier du sommet ?",
      author: { id: people.member.id },
      createdAt: at("2026-11-24"),
    });
  });

  it("is for managers: a member gets 403, an outsider of a secret community 404", async () => {
    const url = (id: string) => `/api/communities/${id}/dashboard`;
    const byManager = await requestAs(t.app, people.manager.cookie, { url: url(communityId) });
    expect(byManager.statusCode).toBe(200);
    expect(byManager.json().weeks).toHaveLength(12);
    expect(
      (await requestAs(t.app, people.member.cookie, { url: url(communityId) })).statusCode,
    ).toBe(403);
    expect(
      (await requestAs(t.app, people.other.cookie, { url: url(communityId) })).statusCode,
    ).toBe(403);
    const hidden = await requestAs(t.app, people.other.cookie, { url: url(secretId) });
    const unknown = await requestAs(t.app, people.other.cookie, { url: url(randomUUID()) });
    expect(hidden.statusCode).toBe(404);
    expect(hidden.body).toBe(unknown.body);
    const tooLong = await requestAs(t.app, people.manager.cookie, {
      url: `${url(communityId)}?weeks=5000`,
    });
    expect(tooLong.statusCode).toBe(400);
  });
});
