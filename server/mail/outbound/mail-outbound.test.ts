import { randomUUID } from "node:crypto";
import type { ParsedMail } from "mailparser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { plainDocument } from "../../../shared/rich-text.js";
import { insertFollow } from "../../feed/feed.repository.js";
import { createPost } from "../../feed/post.service.js";
import { queueDigests } from "../../notifications/digest.job.js";
import { loadSubjects } from "../../notifications/readers.js";
import {
  type MadeUser,
  makeCommunity,
  makeOrganization,
  makeUnit,
  makeUser,
  signIn,
} from "../../testing/factories.js";
import { NAUGHTY_STRINGS, NAUGHTY_TIMEOUT_MS } from "../../testing/hostile-input.js";
import { type SmtpSink, startSmtpSink } from "../../testing/mail-kit.js";
import { dispatchTelegram, emitAs } from "../../testing/notification-kit.js";
import { createTestApp, requestAs, type TestApp, testConfig } from "../../testing/test-app.js";
import { postReplyAddress } from "../reply-address.js";
import { composeMail } from "./mail-compose.js";
import { MAX_REFUSALS, portalMailSettings, sendQueuedMail } from "./mail-sender.job.js";
import { type MailTransport, smtpTransport } from "./mail-transport.js";
import { unsubscribeKey } from "./unsubscribe-token.js";

/*
 * The portal's mail, sent for real over SMTP to a sink this file starts on loopback, parsed
 * back with mailparser.
 */

const PUBLIC_URL = "https://diplomatie.example.gouv.fr";
const FROM = "ne-pas-repondre@correspondance.diplomatie.fr";

let t: TestApp;
let sink: SmtpSink;
let transport: MailTransport;
let ministry: string;
let origin: string;
let drafter: string;
let signer: string;
const portal = portalMailSettings(testConfig({ publicUrl: PUBLIC_URL }));

beforeAll(async () => {
  t = await createTestApp({ publicUrl: PUBLIC_URL });
  sink = await startSmtpSink();
  transport = smtpTransport(sink.url);
  const db = t.database.db;
  ministry = await makeOrganization(db, { kind: "ministry" });
  origin = await makeUnit(db, { organizationId: ministry, kind: "embassy", city: "Ottawa" });
  drafter = (await makeUser(db, { organizationId: ministry, unitId: origin, clearance: "DR" })).id;
  signer = (
    await makeUser(db, {
      organizationId: ministry,
      unitId: origin,
      clearance: "DR",
      roles: [{ role: "releaser", unitId: origin }],
    })
  ).id;
});
afterAll(async () => {
  transport.close();
  await sink.stop();
  await t.close();
});

const send = (at?: Date, via: MailTransport = transport) =>
  sendQueuedMail(t.database.db, via, portal, () => at ?? new Date());

const mailsTo = (address: string) =>
  sink.received.filter((m) => m.envelopeTo.includes(address.toLowerCase()));

const header = (mail: ParsedMail, name: string) =>
  mail.headerLines
    .find((h) => h.key === name.toLowerCase())
    ?.line.replace(/\r?\n[ \t]+/g, " ")
    .replace(/^[^:]+:\s*/, "");

const outboxOf = (userId: string) =>
  t.database.db.selectFrom("mail_outbox").selectAll().where("user_id", "=", userId).execute();

/** An enrolment request to a community `manager` manages: an action, mailed at once by default. */
async function actionFor(manager: MadeUser) {
  const db = t.database.db;
  const asker = await makeUser(db, { organizationId: ministry });
  const community = await makeCommunity(db, {
    name: "Réseau des attachés culturels",
    access: "on_request",
    members: [{ userId: manager.id, role: "manager" }],
  });
  await emitAs(db, asker.id, {
    type: "community.membership_requested",
    target: { type: "community", id: community },
    details: { userId: asker.id, message: "" },
  });
  return community;
}

describe("immediate mails", () => {
  it("sends an action at once in the recipient's language: From, Message-ID, one-click unsubscribe, text and HTML, the link back, the subject of an NP document", async () => {
    const db = t.database.db;
    const desk = await makeUnit(db, { organizationId: ministry });
    const reader = await makeUser(db, { organizationId: ministry, unitId: desk });
    const id = await dispatchTelegram(db, {
      drafterId: drafter,
      signerId: signer,
      originUnitId: origin,
      content: {
        subject: "Saison culturelle croisée 2027",
        precedence: "routine",
        marking: "NP",
        paragraphs: [{ marking: "NP", text: "Le programme est arrêté." }],
        addressees: [{ type: "unit", id: desk, mode: "action" }],
        actionDeadline: "2030-01-15",
      },
    });
    const report = await send();
    expect(report.sent).toBeGreaterThanOrEqual(1);
    const [mail, ...others] = mailsTo(reader.email);
    expect(others).toEqual([]);
    if (!mail) throw new Error("nothing received");
    const m = mail.parsed;
    expect(m.from?.value[0]?.address).toBe(FROM);
    expect(m.messageId).toMatch(/^<[0-9a-f-]{36}@correspondance\.diplomatie\.fr>$/);
    expect(m.subject).toMatch(/^\[Diplomatie\] À traiter — OTTAWA-\d{4}-\d{4} vous est adressé/);
    expect(header(m, "List-Unsubscribe")).toMatch(
      new RegExp(`^<${PUBLIC_URL}/api/mail/unsubscribe/${reader.id}\\.action\\.[\\w-]{43}>$`),
    );
    expect(header(m, "List-Unsubscribe-Post")).toBe("List-Unsubscribe=One-Click");
    const link = `${PUBLIC_URL}/correspondance/documents/${id}`;
    expect(m.text).toContain("vous est adressé pour action.");
    expect(m.text).toContain("Objet : Saison culturelle croisée 2027");
    expect(m.text).toContain(`Ouvrir dans Diplomatie : ${link}`);
    expect(m.html).toContain(`<html lang="fr">`);
    expect(m.html).toContain(`<a href="${link}">Ouvrir dans Diplomatie</a>`);
    expect(m.html).toContain("Objet : Saison culturelle croisée 2027");

    const [row] = await outboxOf(reader.id);
    expect(row).toMatchObject({
      status: "sent",
      attempts: 1,
      message_id: m.messageId,
      to_address: reader.email,
      claim_token: null,
    });
    expect(await send()).toEqual({ sent: 0, retried: 0, failed: 0 });
    expect(mailsTo(reader.email)).toHaveLength(1);
  });
});

describe("digests", () => {
  it("groups by community and thread in English, names a DR document by its reference only and never carries document text", async () => {
    const db = t.database.db;
    const desk = await makeUnit(db, { organizationId: ministry });
    const reader = await makeUser(db, { organizationId: ministry, unitId: desk, clearance: "DR" });
    await db.updateTable("users").set({ locale: "en" }).where("id", "=", reader.id).execute();
    const info = (content: Parameters<typeof dispatchTelegram>[1]["content"]) =>
      dispatchTelegram(db, {
        drafterId: drafter,
        signerId: signer,
        originUnitId: origin,
        content: {
          precedence: "routine",
          ...content,
          addressees: [{ type: "unit", id: desk, mode: "info" }],
        },
      });
    const secret = await info({
      subject: "SUJET-PROTEGE-CANARI",
      summary: "RESUME-PROTEGE-CANARI",
      marking: "DR",
      paragraphs: [
        { marking: "NP", text: "PARAGRAPHE-NP-CANARI" },
        { marking: "DR", text: "PARAGRAPHE-DR-CANARI" },
      ],
    });
    const open = await info({
      subject: "Visite du ministre à Québec",
      summary: "RESUME-NP-CANARI",
      marking: "NP",
      paragraphs: [{ marking: "NP", text: "TEXTE-NP-CANARI" }],
    });
    const poster = await makeUser(db, { organizationId: ministry });
    const climate = await makeCommunity(db, {
      name: "Réseau climat",
      members: [poster.id, reader.id],
    });
    await insertFollow(db, {
      follower_id: reader.id,
      target_type: "community",
      target_key: climate,
      created_at: new Date().toISOString(),
    });
    const posts = [randomUUID(), randomUUID()];
    for (const postId of posts) {
      await emitAs(db, poster.id, {
        type: "post.created",
        target: { type: "post", id: postId },
        details: {
          communityId: climate,
          authorId: poster.id,
          mentionedUserIds: postId === posts[0] ? [reader.id] : [],
          mentionedCommunityIds: [],
          tags: [],
          sharedCorrespondenceId: null,
        },
      });
    }
    expect(await queueDigests(db, "daily")).toBeGreaterThanOrEqual(1);
    await send();
    const [mail, ...others] = mailsTo(reader.email);
    expect(others).toEqual([]);
    if (!mail) throw new Error("no digest received");
    const m = mail.parsed;
    const references = await db
      .selectFrom("correspondences")
      .select(["id", "reference"])
      .where("id", "in", [secret, open])
      .execute();
    const referenceOf = (id: string) => references.find((r) => r.id === id)?.reference ?? "?";

    expect(m.subject).toBe("[Diplomatie] Your daily digest: 4 notification(s)");
    expect(header(m, "List-Unsubscribe-Post")).toBe("List-Unsubscribe=One-Click");
    expect(header(m, "List-Unsubscribe")).toContain(
      `/api/mail/unsubscribe/${reader.id}.information.`,
    );
    const text = m.text ?? "";
    const html = typeof m.html === "string" ? m.html : "";
    expect(html).toContain(`<html lang="en">`);
    // Grouped: correspondence, then the community, its two posts two threads.
    expect(text.indexOf("== Correspondence ==")).toBeGreaterThanOrEqual(0);
    expect(text.indexOf("== Correspondence ==")).toBeLessThan(text.indexOf("== Réseau climat =="));
    expect(text).toMatch(/mentioned you in Réseau climat\.\n.*\n\n {2}• New post in Réseau climat/);
    expect(text).toContain(`${referenceOf(secret)} is addressed to you for information.`);
    expect(text).toContain(`${referenceOf(open)} is addressed to you for information.`);
    expect(text).toContain("Subject: Visite du ministre à Québec");
    expect(text).toContain(`Open in Diplomatie: ${PUBLIC_URL}/correspondance/documents/${secret}`);
    expect(html).toContain(`href="${PUBLIC_URL}/communautes/${climate}"`);
    for (const canary of [
      "SUJET-PROTEGE-CANARI",
      "RESUME-PROTEGE-CANARI",
      "PARAGRAPHE-NP-CANARI",
      "PARAGRAPHE-DR-CANARI",
      "RESUME-NP-CANARI",
      "TEXTE-NP-CANARI",
      "CANARI",
    ]) {
      expect(text).not.toContain(canary);
      expect(html).not.toContain(canary);
      expect(m.subject).not.toContain(canary);
      expect(mail.raw).not.toContain(canary);
    }
    // Nor is it in what waits in the outbox: items hold references, never document text.
    const stored = await db
      .selectFrom("mail_outbox")
      .select("payload")
      .where("user_id", "=", reader.id)
      .execute();
    expect(stored.map((s) => s.payload).join("")).not.toContain("CANARI");
  });
});

describe("the relay", () => {
  it("keeps a message queued while the relay is down, retries with a doubling back-off, and sends it once when the relay is back", async () => {
    const db = t.database.db;
    const manager = await makeUser(db, { organizationId: ministry });
    await send();
    await actionFor(manager);
    await sink.stop();
    const base = Date.now();
    const at = (ms: number) => new Date(base + ms);

    expect(await send(at(0))).toEqual({ sent: 0, retried: 1, failed: 0 });
    let [row] = await outboxOf(manager.id);
    expect(row).toMatchObject({ status: "queued", attempts: 1, claim_token: null });
    expect(row?.last_error).toMatch(/ECONNREFUSED|connect/i);
    expect(row?.next_attempt_at).toBe(at(60_000).toISOString());

    // Not due yet: nothing is tried.
    expect(await send(at(30_000))).toEqual({ sent: 0, retried: 0, failed: 0 });
    expect(await send(at(60_000))).toEqual({ sent: 0, retried: 1, failed: 0 });
    [row] = await outboxOf(manager.id);
    expect(row).toMatchObject({ status: "queued", attempts: 2 });
    expect(row?.next_attempt_at).toBe(at(60_000 + 120_000).toISOString());

    await sink.start();
    expect(await send(at(100_000))).toEqual({ sent: 0, retried: 0, failed: 0 });
    expect(await send(at(180_000))).toEqual({ sent: 1, retried: 0, failed: 0 });
    expect(await send(at(10_000_000))).toEqual({ sent: 0, retried: 0, failed: 0 });
    expect(mailsTo(manager.email)).toHaveLength(1);
    [row] = await outboxOf(manager.id);
    expect(row).toMatchObject({ status: "sent", attempts: 3, last_error: null });
  });

  it("never sends a message twice when two senders run at once", async () => {
    const db = t.database.db;
    await send();
    const managers = await Promise.all(
      Array.from({ length: 6 }, () => makeUser(db, { organizationId: ministry })),
    );
    for (const manager of managers) await actionFor(manager);
    const other = smtpTransport(sink.url);
    try {
      const [a, b] = await Promise.all([send(undefined, transport), send(undefined, other)]);
      expect(a.sent + b.sent).toBe(6);
    } finally {
      other.close();
    }
    for (const manager of managers) expect(mailsTo(manager.email)).toHaveLength(1);
  });

  it("marks a message the relay keeps refusing as failed after a few attempts, for the administrators' outbox view", async () => {
    const db = t.database.db;
    await send();
    const manager = await makeUser(db, { organizationId: ministry });
    await actionFor(manager);
    sink.refuse(550, "Mailbox unavailable");
    const base = Date.now();
    try {
      for (let i = 1; i <= MAX_REFUSALS; i += 1) {
        const report = await send(new Date(base + i * 2 * 3_600_000));
        expect(report).toEqual(
          i < MAX_REFUSALS
            ? { sent: 0, retried: 1, failed: 0 }
            : { sent: 0, retried: 0, failed: 1 },
        );
      }
    } finally {
      sink.accept();
    }
    expect(await send(new Date(base + 100 * 3_600_000))).toEqual({
      sent: 0,
      retried: 0,
      failed: 0,
    });
    expect(mailsTo(manager.email)).toEqual([]);
    const [row] = await outboxOf(manager.id);

    const admin = await makeUser(db, {
      organizationId: ministry,
      roles: [{ role: "platform_admin" }],
    });
    const adminCookie = await signIn(t.app, admin.email);
    const view = await requestAs(t.app, adminCookie, {
      method: "GET",
      url: "/api/admin/mail-outbox?status=failed",
    });
    expect(view.statusCode).toBe(200);
    const body = view.json();
    expect(body.counts.failed).toBeGreaterThanOrEqual(1);
    expect(body.items).toContainEqual(
      expect.objectContaining({
        id: row?.id,
        status: "failed",
        attempts: MAX_REFUSALS,
        toAddress: manager.email,
        lastError: expect.stringContaining("Mailbox unavailable"),
      }),
    );
    expect(JSON.stringify(body)).not.toContain("payload");

    const agentCookie = await signIn(t.app, manager.email);
    const denied = await requestAs(t.app, agentCookie, {
      method: "GET",
      url: "/api/admin/mail-outbox",
    });
    expect(denied.statusCode).toBe(404);
    const badCursor = await requestAs(t.app, adminCookie, {
      method: "GET",
      url: "/api/admin/mail-outbox?cursor=nope",
    });
    expect(badCursor.statusCode).toBe(400);
  });
});

describe("one-click unsubscribe", () => {
  it("shows a page that changes nothing on GET, turns the type's e-mails off on the one-click POST, journals it, and refuses forged links", async () => {
    const db = t.database.db;
    await send();
    const manager = await makeUser(db, { organizationId: ministry });
    await actionFor(manager);
    await send();
    const [mail] = mailsTo(manager.email);
    if (!mail) throw new Error("nothing received");
    const url = (header(mail.parsed, "List-Unsubscribe") ?? "").replace(/^<|>$/g, "");
    expect(url.startsWith(`${PUBLIC_URL}/api/mail/unsubscribe/`)).toBe(true);
    const path = url.slice(PUBLIC_URL.length);
    // The same link is in the text part, for readers whose client has no unsubscribe button.
    expect(mail.parsed.text).toContain(url);

    const page = await t.app.inject({ method: "GET", url: path });
    expect(page.statusCode).toBe(200);
    expect(page.headers["content-type"]).toContain("text/html");
    expect(page.body).toContain('<html lang="fr">');
    expect(page.body).toContain('<form method="post">');
    expect(page.body).toContain("À traiter");
    const cookie = await signIn(t.app, manager.email);
    const settings = () =>
      requestAs(t.app, cookie, { method: "GET", url: "/api/mail/settings" }).then((r) => r.json());
    expect((await settings()).types.action).toBe("immediate");

    const form = { "content-type": "application/x-www-form-urlencoded" };
    const empty = await t.app.inject({ method: "POST", url: path, headers: form, payload: "" });
    expect(empty.statusCode).toBe(400);
    const done = await t.app.inject({
      method: "POST",
      url: path,
      headers: form,
      payload: "List-Unsubscribe=One-Click",
    });
    expect(done.statusCode).toBe(200);
    expect(done.body).toContain("C’est fait");
    expect(await settings()).toMatchObject({
      types: { action: "none", information: "digest", alert: "immediate" },
    });
    const journal = await db
      .selectFrom("journal")
      .select(["actor_id", "target_id"])
      .where("action", "=", "mail.unsubscribed")
      .where("target_id", "=", manager.id)
      .execute();
    expect(journal).toEqual([{ actor_id: manager.id, target_id: manager.id }]);

    // Still notified in the portal, no longer by mail.
    await actionFor(manager);
    await send();
    expect(mailsTo(manager.email)).toHaveLength(1);

    const forged = `${path.slice(0, -1)}${path.endsWith("A") ? "B" : "A"}`;
    const widened = path.replace(".action.", ".action_alert.");
    for (const bad of [forged, widened, "/api/mail/unsubscribe/nimportequoi"]) {
      expect((await t.app.inject({ method: "GET", url: bad })).statusCode).toBe(404);
      const post = await t.app.inject({
        method: "POST",
        url: bad,
        headers: form,
        payload: "List-Unsubscribe=One-Click",
      });
      expect(post.statusCode).toBe(404);
    }
  });
});

describe("mail settings", () => {
  it("reads and changes the address, the digest frequency and each type's delivery through the notification preferences, and mails the chosen address", async () => {
    const db = t.database.db;
    await send();
    const manager = await makeUser(db, { organizationId: ministry });
    const cookie = await signIn(t.app, manager.email);
    const put = (payload: unknown) =>
      requestAs(t.app, cookie, {
        method: "PUT",
        url: "/api/mail/settings",
        payload: payload as object,
      });

    const initial = await requestAs(t.app, cookie, { method: "GET", url: "/api/mail/settings" });
    expect(initial.json()).toEqual({
      accountAddress: manager.email,
      address: null,
      digestFrequency: "daily",
      types: { action: "immediate", information: "digest", alert: "immediate" },
    });
    const changed = await put({ address: " Agent.Perso@Exemple.fr ", digestFrequency: "weekly" });
    expect(changed.statusCode).toBe(200);
    expect(changed.json()).toMatchObject({
      address: "agent.perso@exemple.fr",
      digestFrequency: "weekly",
    });
    const prefs = await requestAs(t.app, cookie, {
      method: "GET",
      url: "/api/notifications/preferences",
    });
    expect(prefs.json().information).toEqual({ inApp: true, email: "weekly" });
    expect(prefs.json().action).toEqual({ inApp: true, email: "immediate" });

    const alertInDigest = await put({ types: { alert: "digest" } });
    expect(alertInDigest.json().types.alert).toBe("digest");
    const noDigest = await put({ digestFrequency: "none" });
    expect(noDigest.json()).toMatchObject({
      digestFrequency: "none",
      types: { action: "immediate", information: "none", alert: "none" },
    });

    for (const bad of [
      {},
      { address: "pas-une-adresse" },
      { digestFrequency: "hourly" },
      { types: { action: "sometimes" } },
      { extra: 1 },
    ]) {
      const response = await put(bad);
      expect(response.statusCode, JSON.stringify(bad)).toBe(400);
      expect(response.json().error.code).toBe("invalid_input");
    }
    expect((await t.app.inject({ method: "GET", url: "/api/mail/settings" })).statusCode).toBe(401);

    await actionFor(manager);
    await send();
    expect(mailsTo("agent.perso@exemple.fr")).toHaveLength(1);
    expect(mailsTo(manager.email)).toEqual([]);
    const [row] = await outboxOf(manager.id);
    expect(row?.to_address).toBe("agent.perso@exemple.fr");

    const journal = await db
      .selectFrom("journal")
      .select("actor_id")
      .where("action", "=", "mail_settings.updated")
      .where("target_id", "=", manager.id)
      .execute();
    expect(journal).toHaveLength(3);
  });
});

describe("hostile input", () => {
  it(
    "answers naughty strings as an address or an unsubscribe link with a 4xx, never 500, and unsubscribes nobody",
    async () => {
      const db = t.database.db;
      const user = await makeUser(db, { organizationId: ministry });
      const cookie = await signIn(t.app, user.email);
      const problems: string[] = [];
      for (const value of NAUGHTY_STRINGS) {
        const put = await requestAs(t.app, cookie, {
          method: "PUT",
          url: "/api/mail/settings",
          payload: { address: value },
        });
        if (put.statusCode !== 400 && put.statusCode !== 200) {
          problems.push(`address ${JSON.stringify(value)}: ${put.statusCode}`);
        }
        for (const method of ["GET", "POST"] as const) {
          const link = await t.app.inject({
            method,
            url: `/api/mail/unsubscribe/${encodeURIComponent(value)}`,
            headers: { "content-type": "application/x-www-form-urlencoded" },
            payload: method === "POST" ? "List-Unsubscribe=One-Click" : undefined,
          });
          // 414: longer than the router takes for a path parameter.
          if (![400, 404, 414].includes(link.statusCode)) {
            problems.push(`${method} link ${JSON.stringify(value)}: ${link.statusCode}`);
          }
        }
      }
      expect(problems).toEqual([]);
      const stored = await db
        .selectFrom("mail_settings")
        .select("address")
        .where("user_id", "=", user.id)
        .execute();
      // Whatever was accepted is a well-formed address.
      for (const row of stored) expect(row.address ?? "").toMatch(/^[^\s@]+@[^\s@]+$/);
      const journal = await db
        .selectFrom("journal")
        .select("seq")
        .where("action", "=", "mail.unsubscribed")
        .where("target_id", "=", user.id)
        .execute();
      expect(journal).toEqual([]);
    },
    NAUGHTY_TIMEOUT_MS,
  );
});

describe("replies by mail", () => {
  it("gives a notification about a post its recipient's reply+ address, and other mails none", async () => {
    const db = t.database.db;
    const member = await makeUser(db, { organizationId: ministry, unitId: origin });
    const community = await makeCommunity(db, {
      name: "Réseau des correspondants d'Ottawa",
      access: "open",
      members: [
        { userId: drafter, role: "manager" },
        { userId: member.id, role: "member" },
      ],
    });
    const [author] = await loadSubjects(db, [drafter], new Date());
    if (!author) throw new Error("no author");
    const postId = await createPost(
      db,
      author,
      { userId: drafter, ip: null },
      {
        communityId: community,
        body: plainDocument("Qui suit la visite du ministre ?"),
        tags: [],
        isQuestion: true,
        visibleToGuests: false,
      },
    );
    const item = {
      notificationId: randomUUID(),
      type: "information" as const,
      reason: "followed_post" as const,
      target: { type: "post", id: postId },
      communityId: community,
      threadId: postId,
      count: 1,
      actors: [{ displayName: "Agent" }],
      details: {},
    };
    const key = await unsubscribeKey(db);
    const recipient = { userId: member.id, address: "agent@example.gouv.fr", locale: "fr" };
    const row = (payload: unknown) => ({
      id: randomUUID(),
      payload: JSON.stringify(payload),
      notification_types: JSON.stringify(["information"]),
    });
    const single = await composeMail(
      db,
      portal,
      key,
      row({ format: "notification", item }),
      recipient,
    );
    expect(single.replyTo).toBe(await postReplyAddress(db, postId, member.id, portal.mailDomain));
    expect(single.replyTo).toMatch(/^reply\+[0-9a-f]{48}@/);
    const digest = await composeMail(
      db,
      portal,
      key,
      row({ format: "digest", frequency: "daily", items: [item] }),
      recipient,
    );
    expect(digest.replyTo).toBeNull();
  });
});
