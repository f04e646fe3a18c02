import { randomUUID } from "node:crypto";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { StreamNotificationEvent } from "../../shared/schemas/notifications.js";
import { makeCommunity, makeOrganization, makeUser, signIn } from "../testing/factories.js";
import { emitAs } from "../testing/notification-kit.js";
import { openEventStream, type SseConnection } from "../testing/sse-client.js";
import { createTestApp, type TestApp } from "../testing/test-app.js";

let t: TestApp;
let base: string;
let ministry: string;
let inviter: string;
const open: SseConnection[] = [];

beforeAll(async () => {
  t = await createTestApp({ notificationStreamTickMs: 30, notificationStreamHeartbeatSeconds: 1 });
  await t.app.listen({ port: 0, host: "127.0.0.1" });
  base = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
  ministry = await makeOrganization(t.database.db, { kind: "ministry" });
  inviter = (await makeUser(t.database.db, { organizationId: ministry })).id;
});
afterAll(async () => {
  for (const c of open) c.close();
  await t.close();
});

async function person() {
  const user = await makeUser(t.database.db, { organizationId: ministry });
  return { id: user.id, cookie: await signIn(t.app, user.email) };
}

async function connect(cookie: string | null, lastEventId?: string) {
  const connection = await openEventStream(`${base}/api/events`, {
    ...(cookie ? { cookie } : {}),
    ...(lastEventId !== undefined ? { "last-event-id": lastEventId } : {}),
  });
  open.push(connection);
  return connection;
}

/** Invites the user to a fresh community: one new information notification. */
async function notify(userId: string, name = `Communauté ${randomUUID().slice(0, 6)}`) {
  const communityId = await makeCommunity(t.database.db, { name });
  await emitAs(t.database.db, inviter, {
    type: "community.members_invited",
    target: { type: "community", id: communityId },
    details: { userIds: [userId] },
  });
  return name;
}

const payloadOf = (data: string) => JSON.parse(data) as StreamNotificationEvent;

describe("streamEvents (Server-Sent Events over a real connection)", () => {
  it("answers 401 without a session and 400 for a malformed Last-Event-ID", async () => {
    const anonymous = await connect(null);
    expect(anonymous.status).toBe(401);
    const me = await person();
    const forged = await connect(me.cookie, "12; drop table notifications");
    expect(forged.status).toBe(400);
  });

  it("delivers a notification live, with its sequence as the event id and the unread counts", async () => {
    const me = await person();
    const stream = await connect(me.cookie);
    expect(stream.status).toBe(200);
    const ready = await stream.next((e) => e.event === "ready");
    expect(Number(ready.id)).toBeGreaterThanOrEqual(0);
    const name = await notify(me.id);
    const event = await stream.next((e) => e.event === "notification");
    const payload = payloadOf(event.data);
    expect(payload.notification.reason).toBe("invited");
    expect(payload.notification.details.communityName).toBe(name);
    expect(event.id).toBe(String(payload.notification.seq));
    expect(payload.unread).toEqual({ action: 0, information: 1, alert: 0, total: 1 });
    // Someone else's notification never reaches this stream.
    const neighbour = await person();
    await notify(neighbour.id);
    await notify(me.id);
    const nextOne = await stream.next((e) => e.event === "notification");
    expect(payloadOf(nextOne.data).notification.seq).toBeGreaterThan(payload.notification.seq);
    expect(stream.events.filter((e) => e.event === "notification")).toHaveLength(2);
    stream.close();
  });

  it("replays exactly the missed notifications, once each, after a reconnection with Last-Event-ID", async () => {
    const me = await person();
    const first = await connect(me.cookie);
    await first.next((e) => e.event === "ready");
    await notify(me.id, "Avant la coupure");
    const seen = await first.next((e) => e.event === "notification");
    first.close();

    const missed = [await notify(me.id, "Manqué 1"), await notify(me.id, "Manqué 2")];
    const again = await connect(me.cookie, seen.id ?? "");
    const replayed = [await again.next(), await again.next()];
    expect(replayed.map((e) => payloadOf(e.data).notification.details.communityName)).toEqual(
      missed,
    );
    await notify(me.id, "Après");
    const live = await again.next((e) => e.event === "notification");
    expect(payloadOf(live.data).notification.details.communityName).toBe("Après");
    await new Promise((r) => setTimeout(r, 200));
    const names = again.events
      .filter((e) => e.event === "notification")
      .map((e) => payloadOf(e.data).notification.details.communityName);
    expect(names).toEqual([...missed, "Après"]);
    again.close();
  });

  it("sends heartbeat comments, headers that keep proxies from buffering, and survives many notifications at once", async () => {
    const me = await person();
    const stream = await connect(me.cookie);
    expect(stream.headers["content-type"]).toBe("text/event-stream; charset=utf-8");
    expect(stream.headers["cache-control"]).toBe("no-cache, no-transform");
    expect(stream.headers["x-accel-buffering"]).toBe("no");
    expect(stream.headers["content-encoding"]).toBeUndefined();
    await stream.next((e) => e.event === "ready");
    await Promise.all(Array.from({ length: 20 }, (_, i) => notify(me.id, `Lot ${i}`)));
    const ids: number[] = [];
    while (ids.length < 20)
      ids.push(Number((await stream.next((e) => e.event === "notification")).id));
    expect(ids).toEqual([...ids].sort((a, b) => a - b));
    expect(new Set(ids).size).toBe(20);
    await new Promise((r) => setTimeout(r, 1200));
    expect(stream.comments).toBeGreaterThan(0);
    stream.close();
  });

  it("ends a stream after its maximum lifetime (reconnecting authenticates again) and when the app closes", async () => {
    const short = await createTestApp({
      notificationStreamTickMs: 30,
      notificationStreamMaxSeconds: 1,
    });
    try {
      await short.app.listen({ port: 0, host: "127.0.0.1" });
      const url = `http://127.0.0.1:${(short.app.server.address() as AddressInfo).port}/api/events`;
      const org = await makeOrganization(short.database.db, { kind: "ministry" });
      const user = await makeUser(short.database.db, { organizationId: org });
      const cookie = await signIn(short.app, user.email);
      const stream = await openEventStream(url, { cookie });
      await stream.next((e) => e.event === "ready");
      await stream.ended;
      await short.app.inject({ method: "POST", url: "/api/auth/logout", headers: { cookie } });
      const again = await openEventStream(url, { cookie, "last-event-id": "0" });
      expect(again.status).toBe(401);
      // Closing the app ends the streams still open instead of waiting for them.
      const other = await makeUser(short.database.db, { organizationId: org });
      const still = await openEventStream(url, { cookie: await signIn(short.app, other.email) });
      await still.next((e) => e.event === "ready");
      await short.app.close();
      await still.ended;
    } finally {
      await short.close();
    }
  });
});
