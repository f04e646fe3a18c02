import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Notification } from "../../shared/schemas/notifications.js";
import { makeCommunity, makeOrganization, makeUser, signIn } from "../testing/factories.js";
import { NAUGHTY_STRINGS } from "../testing/hostile-input.js";
import { renderQueued } from "../testing/mail-kit.js";
import { emitAs } from "../testing/notification-kit.js";
import { createTestApp, requestAs, type TestApp, testConfig } from "../testing/test-app.js";

let t: TestApp;
let ministry: string;
let manager: { id: string; cookie: string };
let other: { id: string; cookie: string };
let communityId: string;

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  ministry = await makeOrganization(db, { kind: "ministry" });
  const m = await makeUser(db, { organizationId: ministry });
  const o = await makeUser(db, { organizationId: ministry });
  manager = { id: m.id, cookie: await signIn(t.app, m.email) };
  other = { id: o.id, cookie: await signIn(t.app, o.email) };
  communityId = await makeCommunity(db, {
    name: "Diplomatie économique",
    access: "on_request",
    members: [{ userId: m.id, role: "manager" }],
  });
});
afterAll(() => t.close());

/** Someone new asks to join: one enrolment action for the manager (folded while unread). */
async function enrolmentRequest(communityOf = communityId) {
  const requester = await makeUser(t.database.db, { organizationId: ministry });
  await emitAs(t.database.db, requester.id, {
    type: "community.membership_requested",
    target: { type: "community", id: communityOf },
    details: { userId: requester.id, message: "" },
  });
  return requester.id;
}

/** An information notification for `userId` (an invitation to a community of its own). */
async function invitation(userId: string) {
  const id = await makeCommunity(t.database.db, { name: `Invitation ${randomUUID().slice(0, 4)}` });
  await emitAs(t.database.db, manager.id, {
    type: "community.members_invited",
    target: { type: "community", id },
    details: { userIds: [userId] },
  });
  return id;
}

const get = (who: { cookie: string } | null, url: string) =>
  requestAs(t.app, who?.cookie ?? null, { method: "GET", url });

describe("listNotifications", () => {
  it("pages newest first with an opaque cursor, filters by type and unread, and shows only one's own", async () => {
    for (let i = 0; i < 4; i += 1) await invitation(other.id);
    await enrolmentRequest();
    const first = await get(other, "/api/notifications?limit=3");
    expect(first.statusCode).toBe(200);
    const page1 = first.json() as { items: Notification[]; nextCursor: string };
    expect(page1.items).toHaveLength(3);
    expect(page1.items.map((n) => n.seq)).toEqual(
      [...page1.items.map((n) => n.seq)].sort((a, b) => b - a),
    );
    const second = await get(other, `/api/notifications?limit=3&cursor=${page1.nextCursor}`);
    const page2 = second.json() as { items: Notification[]; nextCursor: string | null };
    expect(page2.items).toHaveLength(1);
    expect(page2.nextCursor).toBeNull();
    expect(page2.items[0]?.reason).toBe("invited");
    expect(page2.items[0]?.details.communityName).toMatch(/^Invitation/);

    const actions = await get(manager, "/api/notifications?type=action&unread=true");
    expect((actions.json().items as Notification[]).map((n) => n.reason)).toEqual([
      "enrolment_request",
    ]);
    expect((await get(other, "/api/notifications?type=action")).json().items).toEqual([]);
  });

  it("refuses a forged cursor, an unknown type or an unknown parameter with 400, and anonymous callers with 401", async () => {
    for (const url of [
      "/api/notifications?cursor=bm90LWEtY3Vyc29y",
      "/api/notifications?type=secret",
      "/api/notifications?limit=0",
      "/api/notifications?userId=someone",
    ]) {
      const response = await get(other, url);
      expect(response.statusCode, url).toBe(400);
      expect(response.json().error.code).toBe("invalid_input");
    }
    expect((await get(null, "/api/notifications")).statusCode).toBe(401);
    expect((await get(null, "/api/notifications/unread-counts")).statusCode).toBe(401);
  });

  it("answers hostile strings as a type or a cursor with 400, never 500", async () => {
    for (const value of NAUGHTY_STRINGS.slice(0, 120)) {
      for (const key of ["type", "cursor", "unread"]) {
        const response = await get(other, `/api/notifications?${key}=${encodeURIComponent(value)}`);
        expect([200, 400], `${key}=${JSON.stringify(value)}`).toContain(response.statusCode);
      }
    }
  });
});

describe("unread counts and markNotificationsRead", () => {
  it("counts per type, marks by ids (another's ids change nothing) or all of a type, and journals it", async () => {
    const reader = await makeUser(t.database.db, { organizationId: ministry });
    const cookie = await signIn(t.app, reader.email);
    const me = { cookie };
    await invitation(reader.id);
    await invitation(reader.id);
    const counts = await get(me, "/api/notifications/unread-counts");
    expect(counts.json()).toEqual({ action: 0, information: 2, alert: 0, total: 2 });

    const managerItems = (await get(manager, "/api/notifications")).json().items as Notification[];
    const foreign = await requestAs(t.app, cookie, {
      method: "POST",
      url: "/api/notifications/read",
      payload: { ids: managerItems.map((n) => n.id) },
    });
    expect(foreign.statusCode).toBe(200);
    expect(foreign.json().marked).toBe(0);
    expect(
      ((await get(manager, "/api/notifications")).json().items as Notification[]).every(
        (n) => !n.read,
      ),
    ).toBe(true);

    const mine = (await get(me, "/api/notifications")).json().items as Notification[];
    const one = await requestAs(t.app, cookie, {
      method: "POST",
      url: "/api/notifications/read",
      payload: { ids: [mine[0]?.id] },
    });
    expect(one.json()).toEqual({
      marked: 1,
      unread: { action: 0, information: 1, alert: 0, total: 1 },
    });
    const all = await requestAs(t.app, cookie, {
      method: "POST",
      url: "/api/notifications/read",
      payload: { all: true },
    });
    expect(all.json().marked).toBe(1);
    expect((await get(me, "/api/notifications?unread=true")).json().items).toEqual([]);
    const journal = await t.database.db
      .selectFrom("journal")
      .select("action")
      .where("actor_id", "=", reader.id)
      .where("action", "=", "notifications.read")
      .execute();
    expect(journal).toHaveLength(2);
  });

  it("refuses an empty or oversized list of ids and unknown fields", async () => {
    for (const payload of [
      { ids: [] },
      { ids: ["not-a-uuid"] },
      { ids: Array.from({ length: 201 }, () => randomUUID()) },
      { all: false },
      { all: true, extra: 1 },
    ]) {
      const response = await requestAs(t.app, other.cookie, {
        method: "POST",
        url: "/api/notifications/read",
        payload,
      });
      expect(response.statusCode, JSON.stringify(payload).slice(0, 60)).toBe(400);
    }
  });
});

describe("grouping", () => {
  it("folds unread enrolment requests of one community into one notification with a count and the latest actors", async () => {
    const db = t.database.db;
    const boss = await makeUser(db, { organizationId: ministry });
    const cookie = await signIn(t.app, boss.email);
    const group = await makeCommunity(db, {
      access: "on_request",
      members: [{ userId: boss.id, role: "manager" }],
    });
    const requesters: string[] = [];
    for (let i = 0; i < 5; i += 1) requesters.push(await enrolmentRequest(group));
    const items = (await get({ cookie }, "/api/notifications")).json().items as Notification[];
    expect(items).toHaveLength(1);
    expect(items[0]?.count).toBe(5);
    expect(items[0]?.actors.map((a) => a.id)).toEqual(requesters.slice(-3).reverse());
    expect((await get({ cookie }, "/api/notifications/unread-counts")).json().action).toBe(1);
  });
});

describe("preferences", () => {
  it("defaults to in-app everywhere, e-mail at once for action and alert, a daily digest for information", async () => {
    const response = await get(other, "/api/notifications/preferences");
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({
      action: { inApp: true, email: "immediate" },
      information: { inApp: true, email: "daily" },
      alert: { inApp: true, email: "immediate" },
    });
  });

  it("updates some types, keeps the others, and acts on them: immediate e-mail queued, in-app off hidden, none dropped", async () => {
    const db = t.database.db;
    const user = await makeUser(db, { organizationId: ministry });
    const cookie = await signIn(t.app, user.email);
    const put = (payload: Record<string, unknown>) =>
      requestAs(t.app, cookie, { method: "PUT", url: "/api/notifications/preferences", payload });

    const changed = await put({ information: { inApp: true, email: "immediate" } });
    expect(changed.statusCode).toBe(200);
    expect(changed.json().information).toEqual({ inApp: true, email: "immediate" });
    expect(changed.json().action).toEqual({ inApp: true, email: "immediate" });
    await invitation(user.id);
    const mails = await db
      .selectFrom("mail_outbox")
      .selectAll()
      .where("user_id", "=", user.id)
      .execute();
    expect(mails).toHaveLength(1);
    expect(mails[0]).toMatchObject({
      to_address: user.email,
      status: "queued",
      attempts: 0,
      kind: "immediate",
    });
    const [mail] = mails;
    if (!mail) throw new Error("no mail queued");
    expect((await renderQueued(db, testConfig(), mail)).subject).toContain("vous a invité");

    expect((await put({ information: { inApp: false, email: "weekly" } })).statusCode).toBe(200);
    await invitation(user.id);
    expect((await get({ cookie }, "/api/notifications")).json().items).toHaveLength(1);
    const stored = await db
      .selectFrom("notifications")
      .select("in_app")
      .where("user_id", "=", user.id)
      .execute();
    expect(stored.map((r) => r.in_app).sort()).toEqual([0, 1]);

    expect((await put({ information: { inApp: false, email: "none" } })).statusCode).toBe(200);
    await invitation(user.id);
    expect(
      await db.selectFrom("notifications").select("id").where("user_id", "=", user.id).execute(),
    ).toHaveLength(2);
  });

  it("refuses unknown types, channels or fields, and an empty update", async () => {
    for (const payload of [
      {},
      { secret: { inApp: true, email: "none" } },
      { action: { inApp: true, email: "sms" } },
      { action: { inApp: "yes", email: "none" } },
      { action: { inApp: true } },
      { action: { inApp: true, email: "none", push: true } },
    ]) {
      const response = await requestAs(t.app, other.cookie, {
        method: "PUT",
        url: "/api/notifications/preferences",
        payload,
      });
      expect(response.statusCode, JSON.stringify(payload)).toBe(400);
    }
    expect((await get(other, "/api/notifications/preferences")).json().action.email).toBe(
      "immediate",
    );
  });
});
