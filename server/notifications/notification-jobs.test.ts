import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { insertFollow } from "../feed/feed.repository.js";
import { makeCommunity, makeOrganization, makeUnit, makeUser } from "../testing/factories.js";
import { renderQueued } from "../testing/mail-kit.js";
import { dispatchTelegram, emitAs, notificationRows } from "../testing/notification-kit.js";
import { createTestApp, type TestApp, testConfig } from "../testing/test-app.js";
import { raiseDeadlineAlerts } from "./deadline-alerts.job.js";
import { queueDigests } from "./digest.job.js";

let t: TestApp;
let ministry: string;
let origin: string;
let drafter: string;
let signer: string;

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  ministry = await makeOrganization(db, { kind: "ministry" });
  origin = await makeUnit(db, { organizationId: ministry, kind: "embassy", city: "Dakar" });
  drafter = (await makeUser(db, { organizationId: ministry, unitId: origin })).id;
  signer = (
    await makeUser(db, {
      organizationId: ministry,
      unitId: origin,
      roles: [{ role: "releaser", unitId: origin }],
    })
  ).id;
});
afterAll(() => t.close());

const telegramTo = (unitId: string, deadline: string) =>
  dispatchTelegram(t.database.db, {
    drafterId: drafter,
    signerId: signer,
    originUnitId: origin,
    content: {
      precedence: "routine",
      marking: "NP",
      paragraphs: [{ marking: "NP", text: "Demande de contribution." }],
      addressees: [{ type: "unit", id: unitId, mode: "action" }],
      actionDeadline: deadline,
    },
  });

describe("passed-deadline alerts", () => {
  it("raises one alert per overdue open action, once, whatever the number of runs", async () => {
    const db = t.database.db;
    const desk = await makeUnit(db, { organizationId: ministry });
    const [a, b] = [
      (await makeUser(db, { organizationId: ministry, unitId: desk })).id,
      (await makeUser(db, { organizationId: ministry, unitId: desk })).id,
    ];
    const open = await telegramTo(desk, "2030-03-01");
    const closed = await telegramTo(desk, "2030-03-01");
    const later = await telegramTo(desk, "2030-06-01");
    await db
      .updateTable("distributions")
      .set({ handling: "closed", closed_at: "2030-02-01T00:00:00.000Z" })
      .where("correspondence_id", "=", closed)
      .execute();

    const before = new Date("2030-03-01T12:00:00Z");
    expect(await raiseDeadlineAlerts(db, before)).toBe(0);
    const after = new Date("2030-03-02T08:00:00Z");
    expect(await raiseDeadlineAlerts(db, after)).toBe(1);
    expect(await raiseDeadlineAlerts(db, after)).toBe(0);
    expect(await raiseDeadlineAlerts(db, new Date("2030-03-05T08:00:00Z"))).toBe(0);

    const alerts = (await notificationRows(db, [a, b])).filter((r) => r.type === "alert");
    expect(alerts.map((r) => [r.user_id, r.reason, r.target_id]).sort()).toEqual(
      [
        [a, "deadline_passed", open],
        [b, "deadline_passed", open],
      ].sort(),
    );
    expect(JSON.parse(alerts[0]?.details ?? "{}").deadline).toBe("2030-03-01");
    // Journaled as a change of the platform itself.
    const journal = await db
      .selectFrom("journal")
      .select(["actor_id", "target_id"])
      .where("action", "=", "distribution.deadline_passed")
      .execute();
    expect(journal).toEqual([{ actor_id: null, target_id: open }]);

    expect(await raiseDeadlineAlerts(db, new Date("2030-06-02T08:00:00Z"))).toBe(1);
    expect(
      (await notificationRows(db, [a])).filter((r) => r.target_id === later && r.type === "alert"),
    ).toHaveLength(1);
  });
});

describe("digests", () => {
  it("queues each user's unsent information, grouped by community and thread, in their language, and never twice", async () => {
    const db = t.database.db;
    const reader = await makeUser(db, { organizationId: ministry });
    const english = await makeUser(db, { organizationId: ministry });
    await db.updateTable("users").set({ locale: "en" }).where("id", "=", english.id).execute();
    const poster = await makeUser(db, { organizationId: ministry });
    const climate = await makeCommunity(db, {
      name: "Réseau <climat> & énergie",
      access: "open",
      members: [poster.id, reader.id, english.id],
    });
    for (const who of [reader.id, english.id]) {
      await insertFollow(db, {
        follower_id: who,
        target_type: "community",
        target_key: climate,
        created_at: new Date().toISOString(),
      });
    }
    const postId = randomUUID();
    await emitAs(db, poster.id, {
      type: "post.created",
      target: { type: "post", id: postId },
      details: {
        communityId: climate,
        authorId: poster.id,
        mentionedUserIds: [reader.id],
        mentionedCommunityIds: [],
        tags: [],
        sharedCorrespondenceId: null,
      },
    });
    await emitAs(db, poster.id, {
      type: "post.created",
      target: { type: "post", id: randomUUID() },
      details: {
        communityId: climate,
        authorId: poster.id,
        mentionedUserIds: [],
        mentionedCommunityIds: [],
        tags: [],
        sharedCorrespondenceId: null,
      },
    });
    const sahel = await makeCommunity(db, { name: "Task force Sahel" });
    await emitAs(db, poster.id, {
      type: "community.members_invited",
      target: { type: "community", id: sahel },
      details: { userIds: [reader.id, english.id] },
    });
    // An enrolment request (action, immediate e-mail by default) is never in a digest.
    const managed = await makeCommunity(db, {
      access: "on_request",
      members: [{ userId: reader.id, role: "manager" }],
    });
    await emitAs(db, poster.id, {
      type: "community.membership_requested",
      target: { type: "community", id: managed },
      details: { userId: poster.id, message: "" },
    });

    expect(await queueDigests(db, "weekly")).toBe(0);
    expect(await queueDigests(db, "daily")).toBe(2);
    expect(await queueDigests(db, "daily")).toBe(0);

    const mails = await db
      .selectFrom("mail_outbox")
      .selectAll()
      .where("user_id", "in", [reader.id, english.id])
      .orderBy("kind")
      .execute();
    const digestOf = (userId: string) =>
      mails.find((m) => m.user_id === userId && m.kind === "digest_daily");
    const frRow = digestOf(reader.id);
    expect(frRow).toMatchObject({ to_address: reader.email, status: "queued", attempts: 0 });
    if (!frRow) throw new Error("no digest");
    const fr = await renderQueued(db, testConfig(), frRow);
    expect(fr.subject).toBe("[Diplomatie] Votre résumé quotidien : 3 notification(s)");
    const text = fr.text;
    expect(text).toContain("== Réseau <climat> & énergie ==");
    expect(text).toContain("vous a mentionné dans Réseau <climat> & énergie");
    expect(text).toContain("Nouvelle publication dans Réseau <climat> & énergie");
    expect(text).toContain("== Task force Sahel ==");
    expect(text).not.toContain("demande à rejoindre");
    // The two posts are two threads: a blank line between them.
    expect(text.indexOf("mentionné")).toBeLessThan(text.indexOf("Nouvelle publication"));
    expect(fr.html).toContain("Réseau &lt;climat&gt; &amp; énergie");
    expect(fr.html).not.toContain("<climat>");

    const enRow = digestOf(english.id);
    if (!enRow) throw new Error("no digest");
    const en = await renderQueued(db, testConfig(), enRow);
    expect(en.subject).toBe("[Diplomatie] Your daily digest: 3 notification(s)");
    expect(en.text).toContain("2 new posts in Réseau <climat> & énergie");
    expect(en.text).toContain("invited you to Task force Sahel");

    // The immediate one went out on its own, not in the digest.
    expect(mails.filter((m) => m.user_id === reader.id).map((m) => m.kind)).toEqual([
      "digest_daily",
      "immediate",
    ]);
  });

  it("sends weekly digests to those who chose them, and leaves out what was already read", async () => {
    const db = t.database.db;
    const weekly = await makeUser(db, { organizationId: ministry });
    await db
      .insertInto("notification_preferences")
      .values({
        user_id: weekly.id,
        type: "information",
        in_app: 1,
        email: "weekly",
        updated_at: new Date().toISOString(),
      })
      .execute();
    const invite = async () => {
      const communityId = await makeCommunity(db, { name: `Groupe ${randomUUID().slice(0, 4)}` });
      await emitAs(db, null, {
        type: "community.members_invited",
        target: { type: "community", id: communityId },
        details: { userIds: [weekly.id] },
      });
    };
    await invite();
    await invite();
    await db
      .updateTable("notifications")
      .set({ read_at: new Date().toISOString() })
      .where("user_id", "=", weekly.id)
      .execute();
    await invite();
    expect(await queueDigests(db, "daily")).toBe(0);
    expect(await queueDigests(db, "weekly")).toBe(1);
    const mail = await db
      .selectFrom("mail_outbox")
      .selectAll()
      .where("user_id", "=", weekly.id)
      .executeTakeFirstOrThrow();
    expect(mail.kind).toBe("digest_weekly");
    expect((await renderQueued(db, testConfig(), mail)).subject).toContain(
      "hebdomadaire : 1 notification(s)",
    );
    const pending = await db
      .selectFrom("notifications")
      .select("id")
      .where("user_id", "=", weekly.id)
      .where("digested_at", "is", null)
      .execute();
    expect(pending).toEqual([]);
  });
});
