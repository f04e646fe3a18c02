import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { telegramContent } from "../testing/correspondence-factory.js";
import {
  makeOrganization,
  makeUnit,
  makeUser,
  signIn as signInFrom,
  stepUpAs,
  TEST_PASSWORD,
  testAuthenticatorOf,
} from "../testing/factories.js";
import { createTestApp, requestAs, type TestApp } from "../testing/test-app.js";
import { signInDelayMs, THROTTLE } from "./auth.service.js";
import { stepAt, TOTP_PERIOD_SECONDS, totpCode } from "./totp.js";

let t: TestApp;
let ministry: string;
let embassyId: string;

beforeAll(async () => {
  t = await createTestApp();
  ministry = await makeOrganization(t.database.db, { kind: "ministry" });
  embassyId = await makeUnit(t.database.db, { organizationId: ministry, kind: "embassy" });
});
afterAll(() => t.close());

const db = () => t.database.db;
let addresses = 0;
/** This file signs in more often than the per-address limit allows: one address per sign-in. */
const signIn = (
  app: TestApp["app"],
  email: string,
  password = TEST_PASSWORD,
  options: { factors?: 1 | 2 } = {},
) => {
  addresses += 1;
  return signInFrom(app, email, password, { ...options, remoteAddress: `198.18.7.${addresses}` });
};
const drAgent = () =>
  makeUser(db(), { organizationId: ministry, unitId: embassyId, clearance: "DR" });
const post = (cookie: string, url: string, payload?: Record<string, unknown>) =>
  requestAs(t.app, cookie, { method: "POST", url, ...(payload === undefined ? {} : { payload }) });
const cookieFrom = (response: { cookies: { name: string; value: string }[] }) =>
  `diplomatie_session=${response.cookies.find((c) => c.name === "diplomatie_session")?.value}`;
const actionsOf = async (userId: string) =>
  (
    await db()
      .selectFrom("journal")
      .select("action")
      .where((eb) => eb.or([eb("actor_id", "=", userId), eb("target_id", "=", userId)]))
      .orderBy("seq")
      .execute()
  ).map((r) => r.action);

/** Enrols an authenticator by hand; answers the secret, the recovery codes and the new cookie. */
async function enrol(cookie: string) {
  const started = await post(cookie, "/api/me/totp");
  expect(started.statusCode).toBe(200);
  const { secret, uri, qrSvg } = started.json();
  const confirmed = await post(cookie, "/api/me/totp/confirm", { code: totpCode(secret) });
  expect(confirmed.statusCode).toBe(200);
  return {
    secret: secret as string,
    uri: uri as string,
    qrSvg: qrSvg as string,
    recoveryCodes: confirmed.json().recoveryCodes as string[],
    cookie: cookieFrom(confirmed),
    me: confirmed.json().me,
  };
}

describe("TOTP enrolment", () => {
  it("gives a secret and QR code once, confirms with a first code, answers ten recovery codes stored hashed", async () => {
    const user = await drAgent();
    const cookie = await signIn(t.app, user.email, TEST_PASSWORD, { factors: 1 });
    const me = await requestAs(t.app, cookie, { url: "/api/me" });
    expect(me.json().session).toMatchObject({ mfa: false, totpEnrolled: false });

    const wrong = await post(cookie, "/api/me/totp");
    const secret = wrong.json().secret as string;
    const refused = await post(cookie, "/api/me/totp/confirm", {
      code: totpCode(secret, Date.now() - 5 * 60_000),
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.code).toBe("invalid_second_factor");

    const enrolled = await enrol(cookie);
    expect(enrolled.qrSvg).toMatch(/^<svg/);
    expect(enrolled.uri).toContain(`secret=${enrolled.secret}`);
    expect(enrolled.recoveryCodes).toHaveLength(10);
    expect(new Set(enrolled.recoveryCodes).size).toBe(10);
    expect(enrolled.me.session).toMatchObject({ mfa: true, totpEnrolled: true });

    const stored = await db()
      .selectFrom("recovery_codes")
      .select("code_hash")
      .where("user_id", "=", user.id)
      .execute();
    expect(stored).toHaveLength(10);
    for (const row of stored) {
      expect(row.code_hash).toMatch(/^[0-9a-f]{64}$/);
      expect(enrolled.recoveryCodes.join(" ")).not.toContain(row.code_hash);
    }
    // Once confirmed, the secret is never handed out again.
    const again = await post(enrolled.cookie, "/api/me/totp");
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe("totp_already_enrolled");
    expect(again.body).not.toContain(enrolled.secret);
    expect((await requestAs(t.app, enrolled.cookie, { url: "/api/me" })).body).not.toContain(
      enrolled.secret,
    );
    expect(await actionsOf(user.id)).toEqual(
      expect.arrayContaining([
        "auth.totp_enrollment_started",
        "auth.totp_confirmation_failed",
        "auth.totp_enrolled",
      ]),
    );
  });

  it("confirming issues a new session token and kills the one-factor token (no session fixation)", async () => {
    const user = await drAgent();
    const cookie = await signIn(t.app, user.email, TEST_PASSWORD, { factors: 1 });
    const enrolled = await enrol(cookie);
    expect(enrolled.cookie).not.toBe(cookie);
    expect((await requestAs(t.app, cookie, { url: "/api/me" })).statusCode).toBe(401);
    expect((await requestAs(t.app, enrolled.cookie, { url: "/api/me" })).statusCode).toBe(200);
  });
});

describe("step-up", () => {
  it("a TOTP code raises the session, with a new token; the code is accepted once", async () => {
    const user = await drAgent();
    const enrolled = await enrol(await signIn(t.app, user.email, TEST_PASSWORD, { factors: 1 }));
    const oneFactor = await signIn(t.app, user.email, TEST_PASSWORD, { factors: 1 });
    // The confirmation used the current step: the same code is now spent.
    const replay = await post(oneFactor, "/api/auth/step-up", { code: totpCode(enrolled.secret) });
    expect(replay.statusCode).toBe(400);
    expect(replay.json().error.code).toBe("invalid_second_factor");
    const next = totpCode(enrolled.secret, Date.now() + TOTP_PERIOD_SECONDS * 1000);
    const raised = await post(oneFactor, "/api/auth/step-up", { code: next });
    expect(raised.statusCode).toBe(200);
    expect(raised.json().session.mfa).toBe(true);
    const strong = cookieFrom(raised);
    expect(strong).not.toBe(oneFactor);
    expect((await requestAs(t.app, oneFactor, { url: "/api/me" })).statusCode).toBe(401);
    // Another session of the same user cannot reuse that code either.
    const other = await signIn(t.app, user.email, TEST_PASSWORD, { factors: 1 });
    expect((await post(other, "/api/auth/step-up", { code: next })).statusCode).toBe(400);
    expect(await actionsOf(user.id)).toContain("auth.step_up_succeeded");
    expect(await actionsOf(user.id)).toContain("auth.step_up_failed");
  });

  it("refuses codes two steps away", async () => {
    const user = await drAgent();
    const enrolled = await enrol(await signIn(t.app, user.email, TEST_PASSWORD, { factors: 1 }));
    const cookie = await signIn(t.app, user.email, TEST_PASSWORD, { factors: 1 });
    for (const offset of [-2, 2]) {
      const code = totpCode(enrolled.secret, Date.now() + offset * TOTP_PERIOD_SECONDS * 1000);
      expect((await post(cookie, "/api/auth/step-up", { code })).statusCode).toBe(400);
    }
  });

  it("a recovery code works once, whatever its case and dashes", async () => {
    const user = await drAgent();
    const enrolled = await enrol(await signIn(t.app, user.email, TEST_PASSWORD, { factors: 1 }));
    const code = enrolled.recoveryCodes[3] ?? "";
    const first = await signIn(t.app, user.email, TEST_PASSWORD, { factors: 1 });
    const used = await post(first, "/api/auth/step-up", {
      recoveryCode: code.toUpperCase().replaceAll("-", " "),
    });
    expect(used.statusCode).toBe(200);
    expect(used.json().session.mfa).toBe(true);
    const second = await signIn(t.app, user.email, TEST_PASSWORD, { factors: 1 });
    expect((await post(second, "/api/auth/step-up", { recoveryCode: code })).statusCode).toBe(400);
  });

  it("is refused without an enrolled authenticator, and for malformed proofs", async () => {
    const user = await drAgent();
    const cookie = await signIn(t.app, user.email, TEST_PASSWORD, { factors: 1 });
    const none = await post(cookie, "/api/auth/step-up", { code: "123456" });
    expect(none.json().error.code).toBe("totp_not_enrolled");
    for (const payload of [
      { code: "12345" },
      { code: "123456", recoveryCode: "abcd-efgh-jkmn-pqrs" },
      { code: 123456 },
      { recoveryCode: "'; drop table sessions; --" },
      {},
    ]) {
      const response = await post(cookie, "/api/auth/step-up", payload);
      expect(response.statusCode).toBe(400);
      expect(response.json().error.code).toBe("invalid_input");
    }
  });

  it("throttles second-factor guessing per account", async () => {
    const user = await drAgent();
    await enrol(await signIn(t.app, user.email, TEST_PASSWORD, { factors: 1 }));
    const cookie = await signIn(t.app, user.email, TEST_PASSWORD, { factors: 1 });
    for (let i = 0; i < THROTTLE.maxPerEmail; i += 1) {
      expect((await post(cookie, "/api/auth/step-up", { code: "000000" })).statusCode).toBe(400);
    }
    const blocked = await post(cookie, "/api/auth/step-up", { code: "000000" });
    expect(blocked.statusCode).toBe(429);
    expect(blocked.json().error.code).toBe("too_many_login_attempts");
    expect(await actionsOf(user.id)).toContain("auth.second_factor_throttled");
  });
});

describe("DR content needs a two-factor session", () => {
  it("an entitled one-factor reader sees the DR row without subject and is asked to step up; others get 404", async () => {
    const drafter = await drAgent();
    const strong = await signIn(t.app, drafter.email);
    const created = await post(strong, "/api/correspondence", {
      kind: "telegram",
      originUnitId: embassyId,
      content: telegramContent({ marking: "DR", subject: "Négociation confidentielle" }),
    });
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json().id as string;
    const np = await post(strong, "/api/correspondence", {
      kind: "telegram",
      originUnitId: embassyId,
      content: telegramContent({
        marking: "NP",
        subject: "Note ouverte",
        paragraphs: [{ marking: "NP", text: "Rien de protégé." }],
      }),
    });
    expect(np.statusCode).toBe(201);

    const weak = await signIn(t.app, drafter.email, TEST_PASSWORD, { factors: 1 });
    const drafts = await requestAs(t.app, weak, { url: "/api/inbox?box=drafts" });
    expect(drafts.statusCode).toBe(200);
    const row = drafts.json().items.find((i: { id: string }) => i.id === id);
    expect(row).toMatchObject({ marking: "DR", stepUpRequired: true, subject: "" });
    expect(drafts.body).not.toContain("Négociation confidentielle");
    const open = drafts.json().items.find((i: { id: string }) => i.id === np.json().id);
    expect(open).toMatchObject({ stepUpRequired: false, subject: "Note ouverte" });

    for (const url of [
      `/api/correspondence/${id}`,
      `/api/correspondence/${id}/pdf`,
      `/api/correspondence/${id}/versions`,
      `/api/correspondence/${id}/circuit`,
    ]) {
      const response = await requestAs(t.app, weak, { url });
      expect(response.statusCode, url).toBe(403);
      expect(response.json().error.code, url).toBe("step_up_required");
      expect(response.body).not.toContain("Négociation");
    }
    // Writing DR needs it too: saving, and creating a new DR draft.
    const save = await requestAs(t.app, weak, {
      method: "PUT",
      url: `/api/correspondence/${id}/draft`,
      payload: { baseVersion: 1, content: telegramContent({ marking: "DR" }) },
    });
    expect(save.json().error.code).toBe("step_up_required");
    const raise = await requestAs(t.app, weak, {
      method: "PUT",
      url: `/api/correspondence/${np.json().id}/draft`,
      payload: { baseVersion: 1, content: telegramContent({ marking: "DR" }) },
    });
    expect(raise.json().error.code).toBe("step_up_required");
    const create = await post(weak, "/api/correspondence", {
      kind: "telegram",
      originUnitId: embassyId,
      content: telegramContent({ marking: "DR" }),
    });
    expect(create.statusCode).toBe(403);
    expect(create.json().error.code).toBe("step_up_required");

    // Not entitled (no need to know, or no clearance): the same 404 as a random id, one factor or two.
    const stranger = await drAgent();
    const trainee = await makeUser(db(), { organizationId: ministry, unitId: embassyId });
    for (const cookie of [
      await signIn(t.app, stranger.email),
      await signIn(t.app, stranger.email, TEST_PASSWORD, { factors: 1 }),
      await signIn(t.app, trainee.email),
    ]) {
      const response = await requestAs(t.app, cookie, { url: `/api/correspondence/${id}` });
      expect(response.statusCode).toBe(404);
      const random = await requestAs(t.app, cookie, {
        url: "/api/correspondence/4b0f5c6e-2a53-4c3e-9d59-0f3a54a8c2b1",
      });
      expect(response.json()).toEqual(random.json());
      const list = await requestAs(t.app, cookie, { url: "/api/inbox?box=drafts" });
      expect(list.body).not.toContain(id);
    }

    // After the step-up the document shows.
    const raised = await stepUpAs(t.app, drafter.email, weak);
    const detail = await requestAs(t.app, raised, { url: `/api/correspondence/${id}` });
    expect(detail.statusCode).toBe(200);
    expect(detail.json().content.subject).toBe("Négociation confidentielle");
  });
});

describe("sessions", () => {
  it("lists my sessions, revokes one of mine, and cannot touch someone else's", async () => {
    const user = await makeUser(db(), { organizationId: ministry, unitId: embassyId });
    const a = await signIn(t.app, user.email);
    const b = await signIn(t.app, user.email);
    const listed = await requestAs(t.app, a, { url: "/api/me/sessions" });
    expect(listed.statusCode).toBe(200);
    const items = listed.json().items as { id: string; current: boolean; mfa: boolean }[];
    expect(items).toHaveLength(2);
    expect(items.filter((s) => s.current)).toHaveLength(1);
    const tokenOf = (c: string) => c.split("=")[1] ?? "";
    expect(listed.body).not.toContain(tokenOf(a));
    expect(listed.body).not.toContain(tokenOf(b));
    const other = items.find((s) => !s.current);

    const intruder = await makeUser(db(), { organizationId: ministry, unitId: embassyId });
    const intruderCookie = await signIn(t.app, intruder.email);
    const foreign = await requestAs(t.app, intruderCookie, {
      method: "DELETE",
      url: `/api/me/sessions/${other?.id}`,
    });
    expect(foreign.statusCode).toBe(404);
    expect((await requestAs(t.app, b, { url: "/api/me" })).statusCode).toBe(200);

    const revoked = await requestAs(t.app, a, {
      method: "DELETE",
      url: `/api/me/sessions/${other?.id}`,
    });
    expect(revoked.statusCode).toBe(204);
    expect((await requestAs(t.app, b, { url: "/api/me" })).statusCode).toBe(401);
    expect((await requestAs(t.app, a, { url: "/api/me" })).statusCode).toBe(200);
    expect(await actionsOf(user.id)).toContain("auth.session_revoked");
  });

  it("an administrator ends all of a user's sessions; anyone else gets 404", async () => {
    const user = await makeUser(db(), { organizationId: ministry, unitId: embassyId });
    const session = await signIn(t.app, user.email);
    const admin = await makeUser(db(), {
      organizationId: ministry,
      roles: [{ role: "platform_admin" }],
    });
    const nobody = await makeUser(db(), { organizationId: ministry });
    const url = `/api/admin/users/${user.id}/sessions`;
    const refused = await requestAs(t.app, await signIn(t.app, nobody.email), {
      method: "DELETE",
      url,
    });
    expect(refused.statusCode).toBe(404);
    expect((await requestAs(t.app, session, { url: "/api/me" })).statusCode).toBe(200);
    const adminCookie = await signIn(t.app, admin.email);
    const done = await requestAs(t.app, adminCookie, { method: "DELETE", url });
    expect(done.statusCode).toBe(200);
    expect(done.json().revoked).toBe(1);
    expect((await requestAs(t.app, session, { url: "/api/me" })).statusCode).toBe(401);
    const unknown = await requestAs(t.app, adminCookie, {
      method: "DELETE",
      url: "/api/admin/users/4b0f5c6e-2a53-4c3e-9d59-0f3a54a8c2b1/sessions",
    });
    expect(unknown.statusCode).toBe(404);
    expect(await actionsOf(user.id)).toContain("auth.sessions_revoked_by_admin");
  });

  it("disabling an account or revoking a clearance takes effect on the next request", async () => {
    const drafter = await drAgent();
    const strong = await signIn(t.app, drafter.email);
    const created = await post(strong, "/api/correspondence", {
      kind: "telegram",
      originUnitId: embassyId,
      content: telegramContent({ marking: "DR" }),
    });
    const id = created.json().id as string;
    expect((await requestAs(t.app, strong, { url: `/api/correspondence/${id}` })).statusCode).toBe(
      200,
    );
    await db()
      .updateTable("clearances")
      .set({ revoked_at: new Date().toISOString() })
      .where("user_id", "=", drafter.id)
      .execute();
    expect((await requestAs(t.app, strong, { url: `/api/correspondence/${id}` })).statusCode).toBe(
      404,
    );
    await db()
      .updateTable("users")
      .set({ status: "disabled" })
      .where("id", "=", drafter.id)
      .execute();
    expect((await requestAs(t.app, strong, { url: "/api/me" })).statusCode).toBe(401);
  });

  it("a session idle too long, or past its absolute life, is refused", async () => {
    const user = await makeUser(db(), { organizationId: ministry });
    const cookie = await signIn(t.app, user.email);
    const long = new Date(Date.now() - 31 * 60_000).toISOString();
    await db()
      .updateTable("sessions")
      .set({ last_seen_at: long })
      .where("user_id", "=", user.id)
      .execute();
    const idle = await requestAs(t.app, cookie, { url: "/api/me" });
    expect(idle.statusCode).toBe(401);
    expect(idle.json().error.code).toBe("session_expired");
    const again = await signIn(t.app, user.email);
    await db()
      .updateTable("sessions")
      .set({ expires_at: new Date(Date.now() - 1000).toISOString() })
      .where("user_id", "=", user.id)
      .execute();
    expect((await requestAs(t.app, again, { url: "/api/me" })).json().error.code).toBe(
      "session_expired",
    );
  });
});

describe("the test sign-in helper", () => {
  it("steps up DR holders with real codes, so it exercises the same path", async () => {
    const user = await drAgent();
    await signIn(t.app, user.email);
    const known = testAuthenticatorOf(user.email);
    expect(known?.lastStep).toBe(stepAt(Date.now()));
  });
});

describe("passwords chosen for an account", () => {
  it("are refused when common (English or French), with a stable code and nothing written", async () => {
    const admin = await makeUser(db(), {
      organizationId: ministry,
      roles: [{ role: "platform_admin" }],
    });
    const cookie = await signIn(t.app, admin.email);
    for (const password of ["azertyuiop123", "Motdepasse2026!", "password1234"]) {
      const email = `weak.${addresses}.${password.length}@test.diplomatie.fr`;
      const response = await post(cookie, "/api/admin/users", {
        organizationId: ministry,
        email,
        givenName: "Faible",
        familyName: "Secret",
        nationality: "FR",
        password,
      });
      expect(response.statusCode, password).toBe(400);
      expect(response.json().error.code).toBe("password_too_weak");
      const row = await db()
        .selectFrom("users")
        .select("id")
        .where("email", "=", email)
        .executeTakeFirst();
      expect(row).toBeUndefined();
    }
    const strong = await post(cookie, "/api/admin/users", {
      organizationId: ministry,
      email: "phrase.de.passe@test.diplomatie.fr",
      givenName: "Forte",
      familyName: "Phrase",
      nationality: "FR",
      password: "cheval agrafe batterie correcte",
    });
    expect(strong.statusCode).toBe(201);
  });
});

describe("progressive delays on sign-in", () => {
  it("grow with an account's recent failures and with an address's, up to a ceiling", () => {
    expect(signInDelayMs({ byEmail: 0, byIp: 0 })).toBe(0);
    expect(signInDelayMs({ byEmail: 2, byIp: 0 })).toBe(0);
    expect(signInDelayMs({ byEmail: 3, byIp: 0 })).toBe(500);
    expect(signInDelayMs({ byEmail: 4, byIp: 0 })).toBe(1000);
    expect(signInDelayMs({ byEmail: 0, byIp: 12 })).toBe(300);
    expect(signInDelayMs({ byEmail: 20, byIp: 29 })).toBe(4000);
  });

  it("slow the answer down after the third failure of an account", async () => {
    const user = await makeUser(db(), { organizationId: ministry });
    const attempt = () => {
      addresses += 1;
      return t.app.inject({
        method: "POST",
        url: "/api/auth/login",
        payload: { email: user.email, password: "pas le bon mot de passe" },
        remoteAddress: `198.18.9.${addresses}`,
      });
    };
    for (let i = 0; i < 3; i += 1) await attempt();
    const started = performance.now();
    expect((await attempt()).statusCode).toBe(401);
    expect(performance.now() - started).toBeGreaterThanOrEqual(450);
  });
});
