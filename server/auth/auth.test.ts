import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CHARTER_VERSION } from "../../shared/vocabulary.js";
import {
  makeOrganization,
  makeUnit,
  makeUser,
  signIn,
  TEST_PASSWORD,
} from "../testing/factories.js";
import { createTestApp, requestAs, type TestApp } from "../testing/test-app.js";
import { purgeExpiredAuthState, THROTTLE } from "./auth.service.js";

let t: TestApp;
let organizationId: string;
let unitId: string;

beforeAll(async () => {
  t = await createTestApp({ sessionIdleSeconds: 1800, sessionAbsoluteSeconds: 43200 });
  organizationId = await makeOrganization(t.database.db);
  unitId = await makeUnit(t.database.db, { organizationId });
});
afterAll(() => t.close());

const login = (email: string, password: string, ip = "198.51.100.1") =>
  t.app.inject({
    method: "POST",
    url: "/api/auth/login",
    payload: { email, password },
    remoteAddress: ip,
  });

const journalActions = async () =>
  (await t.database.db.selectFrom("journal").select("action").orderBy("seq").execute()).map(
    (r) => r.action,
  );

describe("signing in", () => {
  it("opens a session in an HttpOnly, SameSite=Strict cookie and answers the user", async () => {
    const user = await makeUser(t.database.db, { organizationId, unitId, clearance: "DR" });
    const response = await login(user.email.toUpperCase(), TEST_PASSWORD);
    expect(response.statusCode).toBe(200);
    expect(response.json().user.email).toBe(user.email);
    expect(response.json().clearance.level).toBe("DR");
    const cookie = response.cookies.find((c) => c.name === "diplomatie_session");
    expect(cookie?.httpOnly).toBe(true);
    expect(cookie?.sameSite).toBe("Strict");
    expect(cookie?.path).toBe("/");
    const me = await requestAs(t.app, `diplomatie_session=${cookie?.value}`, { url: "/api/me" });
    expect(me.statusCode).toBe(200);
    expect(me.json().user.id).toBe(user.id);
  });

  it("stores only a hash of the session token", async () => {
    const user = await makeUser(t.database.db, { organizationId });
    const cookie = await signIn(t.app, user.email);
    const token = cookie.split("=")[1] ?? "";
    const rows = await t.database.db
      .selectFrom("sessions")
      .select("id")
      .where("user_id", "=", user.id)
      .execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]?.id).not.toContain(token);
    expect(rows[0]?.id).toMatch(/^[0-9a-f]{64}$/);
  });

  it("gives the same answer for a wrong password and an unknown account, and journals both", async () => {
    const user = await makeUser(t.database.db, { organizationId });
    const wrong = await login(user.email, "not the password at all");
    const unknown = await login("nobody@test.diplomatie.fr", "not the password at all");
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json().error.code).toBe("invalid_credentials");
    expect(unknown.json()).toEqual(wrong.json());
    const failures = await t.database.db
      .selectFrom("journal")
      .select("details")
      .where("action", "=", "auth.login_failed")
      .execute();
    const reasons = failures.map((f) => JSON.parse(f.details).reason);
    expect(reasons).toEqual(expect.arrayContaining(["wrong_password", "unknown_account"]));
  });

  it("journals a successful sign-in with the address it came from", async () => {
    const user = await makeUser(t.database.db, { organizationId });
    await login(user.email, TEST_PASSWORD, "203.0.113.7");
    const entry = await t.database.db
      .selectFrom("journal")
      .selectAll()
      .where("action", "=", "auth.login_succeeded")
      .where("actor_id", "=", user.id)
      .executeTakeFirst();
    expect(entry?.ip).toBe("203.0.113.7");
  });

  it("throttles an account after repeated failures, even with the right password", async () => {
    const user = await makeUser(t.database.db, { organizationId });
    for (let i = 0; i < THROTTLE.maxPerEmail; i += 1) {
      expect((await login(user.email, "wrong-password-123")).statusCode).toBe(401);
    }
    const blocked = await login(user.email, TEST_PASSWORD);
    expect(blocked.statusCode).toBe(429);
    expect(blocked.json().error.code).toBe("too_many_login_attempts");
    expect(blocked.headers["retry-after"]).toBeDefined();
    expect(await journalActions()).toContain("auth.login_throttled");
  });

  it("tells a disabled account so only when the password is right", async () => {
    const user = await makeUser(t.database.db, { organizationId, status: "disabled" });
    expect((await login(user.email, "wrong-password-123")).json().error.code).toBe(
      "invalid_credentials",
    );
    const right = await login(user.email, TEST_PASSWORD);
    expect(right.statusCode).toBe(403);
    expect(right.json().error.code).toBe("account_disabled");
  });

  it("refuses unknown fields and malformed e-mails without touching the database", async () => {
    const before = await t.database.db
      .selectFrom("login_attempts")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .executeTakeFirstOrThrow();
    const extra = await t.app.inject({
      method: "POST",
      url: "/api/auth/login",
      payload: { email: "a@b.fr", password: "x", admin: true },
    });
    expect(extra.statusCode).toBe(400);
    expect(extra.json().error.code).toBe("invalid_input");
    const malformed = await t.app.inject({
      method: "POST",
      url: "/api/auth/login",
      payload: { email: "not an e-mail", password: "x" },
    });
    expect(malformed.json().error.code).toBe("invalid_input");
    const after = await t.database.db
      .selectFrom("login_attempts")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));
  });
});

describe("sessions", () => {
  it("answers 401 without a cookie and with a forged one", async () => {
    const none = await t.app.inject({ url: "/api/me" });
    expect(none.statusCode).toBe(401);
    expect(none.json().error.code).toBe("unauthenticated");
    const forged = await requestAs(t.app, "diplomatie_session=forged-token-value", {
      url: "/api/me",
    });
    expect(forged.statusCode).toBe(401);
    expect(forged.json().error.code).toBe("unauthenticated");
  });

  it("ends on logout: the cookie no longer works and the logout is journaled", async () => {
    const user = await makeUser(t.database.db, { organizationId });
    const cookie = await signIn(t.app, user.email);
    const out = await requestAs(t.app, cookie, { method: "POST", url: "/api/auth/logout" });
    expect(out.statusCode).toBe(204);
    expect((await requestAs(t.app, cookie, { url: "/api/me" })).statusCode).toBe(401);
    const entry = await t.database.db
      .selectFrom("journal")
      .select("action")
      .where("actor_id", "=", user.id)
      .where("action", "=", "auth.logout")
      .executeTakeFirst();
    expect(entry).toBeDefined();
  });

  it("expires after the idle timeout", async () => {
    const user = await makeUser(t.database.db, { organizationId });
    const cookie = await signIn(t.app, user.email);
    const longAgo = new Date(Date.now() - 1801 * 1000).toISOString();
    await t.database.db
      .updateTable("sessions")
      .set({ last_seen_at: longAgo })
      .where("user_id", "=", user.id)
      .execute();
    const response = await requestAs(t.app, cookie, { url: "/api/me" });
    expect(response.statusCode).toBe(401);
    expect(response.json().error.code).toBe("session_expired");
  });

  it("expires at the absolute limit even when active", async () => {
    const user = await makeUser(t.database.db, { organizationId });
    const cookie = await signIn(t.app, user.email);
    await t.database.db
      .updateTable("sessions")
      .set({ expires_at: new Date(Date.now() - 1000).toISOString() })
      .where("user_id", "=", user.id)
      .execute();
    expect((await requestAs(t.app, cookie, { url: "/api/me" })).json().error.code).toBe(
      "session_expired",
    );
  });

  it("stops working as soon as the account is disabled", async () => {
    const user = await makeUser(t.database.db, { organizationId });
    const cookie = await signIn(t.app, user.email);
    await t.database.db
      .updateTable("users")
      .set({ status: "disabled" })
      .where("id", "=", user.id)
      .execute();
    expect((await requestAs(t.app, cookie, { url: "/api/me" })).statusCode).toBe(401);
  });
});

describe("the conditions of use", () => {
  it("must be accepted before anything else, and the acceptance is journaled", async () => {
    const user = await makeUser(t.database.db, { organizationId, charterAccepted: false });
    const cookie = await signIn(t.app, user.email);
    const me = await requestAs(t.app, cookie, { url: "/api/me" });
    expect(me.json().charter.mustAccept).toBe(true);
    const blocked = await requestAs(t.app, cookie, { url: "/api/directory/people" });
    expect(blocked.statusCode).toBe(403);
    expect(blocked.json().error.code).toBe("charter_not_accepted");

    const stale = await requestAs(t.app, cookie, {
      method: "POST",
      url: "/api/me/charter",
      payload: { version: "1999-01" },
    });
    expect(stale.statusCode).toBe(409);

    const accepted = await requestAs(t.app, cookie, {
      method: "POST",
      url: "/api/me/charter",
      payload: { version: CHARTER_VERSION },
    });
    expect(accepted.statusCode).toBe(200);
    expect(accepted.json().charter.mustAccept).toBe(false);
    expect((await requestAs(t.app, cookie, { url: "/api/directory/people" })).statusCode).toBe(200);
    const entry = await t.database.db
      .selectFrom("journal")
      .select("details")
      .where("actor_id", "=", user.id)
      .where("action", "=", "charter.accepted")
      .executeTakeFirstOrThrow();
    expect(JSON.parse(entry.details)).toEqual({ version: CHARTER_VERSION });
  });
});

describe("messages", () => {
  it("speak English when the browser asks for it", async () => {
    const response = await t.app.inject({
      url: "/api/me",
      headers: { "accept-language": "en-GB,en;q=0.9" },
    });
    expect(response.json().error.message).toBe("You must sign in.");
  });
});

describe("housekeeping", () => {
  it("purges expired and idle sessions and day-old login attempts, keeping live ones", async () => {
    const live = await makeUser(t.database.db, { organizationId });
    const idle = await makeUser(t.database.db, { organizationId });
    await signIn(t.app, live.email);
    await signIn(t.app, idle.email);
    const longAgo = new Date(Date.now() - 2 * 24 * 3600 * 1000).toISOString();
    await t.database.db
      .updateTable("sessions")
      .set({ last_seen_at: longAgo })
      .where("user_id", "=", idle.id)
      .execute();
    await t.database.db
      .updateTable("login_attempts")
      .set({ at: longAgo })
      .where("email", "=", idle.email)
      .execute();

    const purged = await purgeExpiredAuthState(t.database.db, {
      idleSeconds: 1800,
      absoluteSeconds: 43200,
    });

    expect(purged).toBeGreaterThanOrEqual(1);
    const sessionsOf = async (userId: string) =>
      (
        await t.database.db
          .selectFrom("sessions")
          .select("id")
          .where("user_id", "=", userId)
          .execute()
      ).length;
    expect(await sessionsOf(idle.id)).toBe(0);
    expect(await sessionsOf(live.id)).toBe(1);
    const attempts = await t.database.db
      .selectFrom("login_attempts")
      .select("id")
      .where("email", "in", [idle.email, live.email])
      .execute();
    expect(attempts).toHaveLength(1);
  });
});
