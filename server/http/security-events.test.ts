import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeOrganization, makeUnit, makeUser, signIn } from "../testing/factories.js";
import { createTestApp, requestAs, type TestApp } from "../testing/test-app.js";

/*
 * Two hardening measures of the HTTP edge: cookie-authenticated writes from another origin are
 * refused (CSRF), and refused accesses are journaled as security events.
 */

let t: TestApp;
let cookie: string;
let officerCookie: string;
let userId: string;
let officerId: string;
let unitId: string;

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  const ministry = await makeOrganization(db);
  unitId = await makeUnit(db, { organizationId: ministry });
  const user = await makeUser(db, { organizationId: ministry, unitId });
  const officer = await makeUser(db, {
    organizationId: ministry,
    roles: [{ role: "security_officer" }],
  });
  userId = user.id;
  officerId = officer.id;
  cookie = await signIn(t.app, user.email);
  officerCookie = await signIn(t.app, officer.email);
});
afterAll(() => t.close());

const denials = () =>
  t.database.db
    .selectFrom("journal")
    .select(["actor_id", "details"])
    .where("action", "=", "security.access_denied")
    .orderBy("seq")
    .execute();

const saveProfile = (origin: string | undefined) =>
  requestAs(t.app, cookie, {
    method: "PUT",
    url: "/api/me/profile",
    headers: origin === undefined ? {} : { origin },
    payload: { languages: ["fr", "de"], expertise: ["visas"] },
  });

describe("CSRF", () => {
  it("refuses a cookie-authenticated write from another origin, and writes nothing", async () => {
    for (const origin of ["https://evil.example", "null", "http://localhost:81", "not a url"]) {
      const response = await saveProfile(origin);
      expect(response.statusCode, origin).toBe(403);
      expect(response.json().error.code).toBe("forbidden");
    }
    const row = await t.database.db
      .selectFrom("users")
      .select("languages")
      .where("id", "=", userId)
      .executeTakeFirstOrThrow();
    expect(row.languages).not.toContain("de");
  });

  it("accepts the same write from the portal's own origin, or without an Origin", async () => {
    expect((await saveProfile("http://localhost:80")).statusCode).toBe(200);
    expect((await saveProfile(undefined)).statusCode).toBe(200);
  });

  it("refuses a form-encoded or text body (a cross-site form's only options) with 415", async () => {
    for (const type of ["application/x-www-form-urlencoded", "text/plain"]) {
      const response = await requestAs(t.app, cookie, {
        method: "PUT",
        url: "/api/me/profile",
        headers: { "content-type": type },
        payload: "languages=fr",
      });
      expect(response.statusCode, type).toBe(415);
    }
  });
});

describe("security events", () => {
  it("journals a refused access (403) as a security event, with who and which operation", async () => {
    const request = await t.app.inject({
      method: "POST",
      url: "/api/access-requests",
      remoteAddress: "10.1.2.3",
      payload: {
        email: "nouvel.agent@interieur.gouv.fr",
        givenName: "Nouvel",
        familyName: "Agent",
        nationality: "FR",
        jobTitle: "Rédacteur",
        unitId,
        reason: "Arrivée au bureau.",
      },
    });
    expect(request.statusCode).toBe(202);
    const pending = await t.database.db
      .selectFrom("access_requests")
      .select("id")
      .executeTakeFirstOrThrow();
    const before = (await denials()).length;
    // A security officer reads the request but only the unit's head decides it: 403.
    const refused = await requestAs(t.app, officerCookie, {
      method: "POST",
      url: `/api/access-requests/${pending.id}/decision`,
      payload: { accept: true },
    });
    expect(refused.statusCode).toBe(403);
    const journaled = (await denials()).slice(before);
    expect(journaled).toHaveLength(1);
    expect(journaled[0]?.actor_id).toBe(officerId);
    expect(JSON.parse(journaled[0]?.details ?? "{}")).toMatchObject({
      code: "forbidden",
      method: "POST",
      operation: "decideAccessRequest",
    });
  });

  it("journals a cross-origin write attempt too", async () => {
    const before = (await denials()).length;
    await saveProfile("https://evil.example");
    expect((await denials()).length).toBe(before + 1);
  });

  it("does not journal a 404, which looks like a mistyped address by design", async () => {
    const before = (await denials()).length;
    const response = await requestAs(t.app, cookie, {
      url: "/api/security/clearances",
    });
    expect(response.statusCode).toBe(404);
    expect((await denials()).length).toBe(before);
  });
});
