import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { latestRenderedText } from "../mail/outbound/rendered-mail.js";
import { todayUtc } from "../policy/subject.js";
import {
  type MadeUser,
  makeCommunity,
  makeOrganization,
  makeUnit,
  makeUser,
  signIn,
} from "../testing/factories.js";
import {
  expectCleanRun,
  NAUGHTY_TIMEOUT_MS,
  throwNaughtyStrings,
} from "../testing/hostile-input.js";
import { createTestApp, requestAs, type TestApp } from "../testing/test-app.js";
import { announceExpiringClearances, syncEndedAssignments } from "./habilitation.jobs.js";

/*
 * Enrolment and habilitation through the API: the public request, the head's decision and the
 * invitation, the security officer's grants and audit view, and the two jobs (expiring
 * clearances, ended assignments) — each step journaled, each role and each denial.
 */

let t: TestApp;
let ministryId: string;
let companyId: string;
let visasId: string;
let pressId: string;
let companyUnitId: string;
let head: MadeUser;
let otherHead: MadeUser;
let officer: MadeUser;
let agent: MadeUser;
const cookies = {} as Record<"head" | "otherHead" | "officer" | "agent", string>;

const DAY_MS = 24 * 3600 * 1000;
const dayFromNow = (days: number) => todayUtc(new Date(Date.now() + days * DAY_MS));

let addressCounter = 0;
/** Each public request from its own address, so the per-address limit is not what is tested. */
const nextAddress = () => {
  addressCounter += 1;
  return `10.7.${Math.floor(addressCounter / 250)}.${(addressCounter % 250) + 1}`;
};

const askAccess = (payload: Record<string, unknown>, remoteAddress = nextAddress()) =>
  t.app.inject({ method: "POST", url: "/api/access-requests", payload, remoteAddress });

let personCounter = 0;
const aRequest = (overrides: Record<string, unknown> = {}) => {
  personCounter += 1;
  return {
    email: `nouvel.agent${personCounter}@interieur.gouv.fr`,
    givenName: "Camille",
    familyName: `Durand ${personCounter}`,
    nationality: "FR",
    jobTitle: "Rédactrice",
    unitId: visasId,
    reason: "Je rejoins le bureau des visas le 1er décembre.",
    ...overrides,
  };
};

const db = () => t.database.db;
const pendingRequestOf = (email: string) =>
  db()
    .selectFrom("access_requests")
    .selectAll()
    .where("email", "=", email)
    .orderBy("created_at", "desc")
    .executeTakeFirstOrThrow();
const journalActions = async (targetId: string) =>
  (
    await db()
      .selectFrom("journal")
      .select("action")
      .where("target_id", "=", targetId)
      .orderBy("seq")
      .execute()
  ).map((r) => r.action);
const notificationsOf = (userId: string, reason: string) =>
  db()
    .selectFrom("notifications")
    .selectAll()
    .where("user_id", "=", userId)
    .where("reason", "=", reason as never)
    .execute();
const decide = (cookie: string, id: string, payload: Record<string, unknown>) =>
  requestAs(t.app, cookie, {
    method: "POST",
    url: `/api/access-requests/${id}/decision`,
    payload,
  });
const tokenOfMail = (text: string) => {
  const match = /#([A-Za-z0-9_-]{32,})/.exec(text);
  if (!match?.[1]) throw new Error(`no invitation link in ${text}`);
  return match[1];
};

beforeAll(async () => {
  t = await createTestApp();
  ministryId = await makeOrganization(db(), { kind: "ministry" });
  companyId = await makeOrganization(db(), { kind: "company" });
  visasId = await makeUnit(db(), { organizationId: ministryId, name: "Bureau des visas" });
  pressId = await makeUnit(db(), { organizationId: ministryId, name: "Service de presse" });
  companyUnitId = await makeUnit(db(), { organizationId: companyId, name: "Direction technique" });
  head = await makeUser(db(), {
    organizationId: ministryId,
    unitId: visasId,
    roles: [{ role: "releaser", unitId: visasId }],
  });
  otherHead = await makeUser(db(), {
    organizationId: ministryId,
    unitId: pressId,
    roles: [{ role: "releaser", unitId: pressId }],
  });
  officer = await makeUser(db(), {
    organizationId: ministryId,
    roles: [{ role: "security_officer" }],
  });
  agent = await makeUser(db(), { organizationId: ministryId, unitId: visasId });
  cookies.head = await signIn(t.app, head.email);
  cookies.otherHead = await signIn(t.app, otherHead.email);
  cookies.officer = await signIn(t.app, officer.email);
  cookies.agent = await signIn(t.app, agent.email);
});

afterAll(async () => {
  await t?.close();
});

describe("requestAccess (public form)", () => {
  it("offers the units of State organisations, never those of companies", async () => {
    const response = await t.app.inject({ url: "/api/access-requests/units" });
    expect(response.statusCode).toBe(200);
    const ids = response.json().items.map((u: { id: string }) => u.id);
    expect(ids).toEqual(expect.arrayContaining([visasId, pressId]));
    expect(ids).not.toContain(companyUnitId);
  });

  it("records a request without a session, journals it and tells the head of the unit only", async () => {
    const body = aRequest();
    const response = await askAccess(body);
    expect(response.statusCode).toBe(202);
    expect(response.json()).toEqual({ received: true });
    const row = await pendingRequestOf(body.email);
    expect(row).toMatchObject({ state: "pending", unit_id: visasId, reason: body.reason });
    expect(await journalActions(row.id)).toEqual(["access.requested"]);
    const toHead = await notificationsOf(head.id, "access_request");
    expect(toHead.some((n) => n.target_id === row.id)).toBe(true);
    expect((await notificationsOf(otherHead.id, "access_request")).length).toBe(0);
  });

  it("answers the same whether the address has an account, a pending request, or nothing", async () => {
    const fresh = await askAccess(aRequest());
    const existing = await askAccess(aRequest({ email: agent.email }));
    const repeated = aRequest();
    await askAccess(repeated);
    const again = await askAccess(repeated);
    for (const response of [fresh, existing, again]) {
      expect(response.statusCode).toBe(202);
      expect(response.body).toBe(fresh.body);
    }
    const rows = await db()
      .selectFrom("access_requests")
      .select("id")
      .where("email", "=", repeated.email)
      .execute();
    expect(rows.length).toBe(1);
  });

  it("refuses a company's unit, an unknown unit and unknown fields with 400, writing nothing", async () => {
    const before = await db().selectFrom("access_requests").select("id").execute();
    for (const payload of [
      aRequest({ unitId: companyUnitId }),
      aRequest({ unitId: "00000000-0000-4000-8000-000000000000" }),
      { ...aRequest(), role: "platform_admin" },
      aRequest({ reason: "   " }),
      aRequest({ email: "not-an-address" }),
    ]) {
      const response = await askAccess(payload);
      expect(response.statusCode).toBe(400);
      expect(response.json().error.code).toBe("invalid_input");
    }
    expect((await db().selectFrom("access_requests").select("id").execute()).length).toBe(
      before.length,
    );
  });

  it("limits the form per address", async () => {
    const address = "10.99.0.1";
    const codes: number[] = [];
    for (let i = 0; i < 12; i += 1) codes.push((await askAccess(aRequest(), address)).statusCode);
    expect(codes.slice(0, 10).every((c) => c === 202)).toBe(true);
    expect(codes.at(-1)).toBe(429);
  });

  it(
    "takes every naughty string as a reason or refuses it cleanly",
    async () => {
      const count = () => db().selectFrom("access_requests").select("id").execute();
      let lastEmail = "";
      const run = await throwNaughtyStrings(
        (value) => {
          const body = aRequest({ reason: value });
          lastEmail = body.email;
          return askAccess(body);
        },
        async () => (await pendingRequestOf(lastEmail)).reason,
        async () => (await count()).length,
      );
      expectCleanRun(run);
    },
    NAUGHTY_TIMEOUT_MS,
  );
});

describe("decideAccessRequest", () => {
  it("lists a unit's requests to its head and to security officers, not to others", async () => {
    const body = aRequest();
    await askAccess(body);
    const row = await pendingRequestOf(body.email);
    const idsFor = async (cookie: string) =>
      (await requestAs(t.app, cookie, { url: "/api/access-requests?limit=100" }))
        .json()
        .items.map((r: { id: string }) => r.id);
    expect(await idsFor(cookies.head)).toContain(row.id);
    expect(await idsFor(cookies.officer)).toContain(row.id);
    expect(await idsFor(cookies.otherHead)).not.toContain(row.id);
    expect(await idsFor(cookies.agent)).toEqual([]);
  });

  it("lets only the head of the named unit decide: others get 404, the officer 403", async () => {
    const body = aRequest();
    await askAccess(body);
    const row = await pendingRequestOf(body.email);
    for (const cookie of [cookies.agent, cookies.otherHead]) {
      const response = await decide(cookie, row.id, { accept: true });
      expect(response.statusCode).toBe(404);
      expect(response.json().error.code).toBe("not_found");
    }
    const byOfficer = await decide(cookies.officer, row.id, { accept: true });
    expect(byOfficer.statusCode).toBe(403);
    const anonymous = await t.app.inject({
      method: "POST",
      url: `/api/access-requests/${row.id}/decision`,
      payload: { accept: true },
    });
    expect(anonymous.statusCode).toBe(401);
    expect((await pendingRequestOf(body.email)).state).toBe("pending");
  });

  it("on acceptance creates the account, assigns it, invites it to set a password once", async () => {
    const body = aRequest({ unitId: visasId });
    await askAccess(body);
    const row = await pendingRequestOf(body.email);
    const response = await decide(cookies.head, row.id, { accept: true, function: "Instructeur" });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ state: "accepted", decidedBy: { id: head.id } });
    const userId: string = response.json().userId;
    const user = await db()
      .selectFrom("users")
      .selectAll()
      .where("id", "=", userId)
      .executeTakeFirstOrThrow();
    expect(user).toMatchObject({
      email: body.email,
      password_hash: null,
      organization_id: ministryId,
    });
    const assignment = await db()
      .selectFrom("assignments")
      .selectAll()
      .where("user_id", "=", userId)
      .executeTakeFirstOrThrow();
    expect(assignment).toMatchObject({
      unit_id: visasId,
      function: "Instructeur",
      is_principal: 1,
    });
    expect(await journalActions(row.id)).toEqual(["access.requested", "access.request_decided"]);
    expect(await journalActions(userId)).toEqual(
      expect.arrayContaining(["user.created", "assignment.added"]),
    );
    expect(
      (await notificationsOf(officer.id, "access_request_decided")).some(
        (n) => n.target_id === userId,
      ),
    ).toBe(true);

    const mail = { text: await latestRenderedText(db(), body.email) };
    expect(mail.text).toContain("/activer-mon-compte#");
    const token = tokenOfMail(mail.text);
    const stored = await db().selectFrom("password_invitations").selectAll().execute();
    expect(stored.some((i) => i.token_hash === token)).toBe(false);

    const setPassword = (password: string) =>
      t.app.inject({
        method: "POST",
        url: "/api/invitations/password",
        payload: { token, password },
        remoteAddress: nextAddress(),
      });
    const weak = await setPassword("password1234");
    expect(weak.statusCode).toBe(400);
    expect(weak.json().error.code).toBe("password_too_weak");
    const good = await setPassword("Un mot de passe bien long 2026");
    expect(good.statusCode).toBe(204);
    expect(await journalActions(userId)).toContain("user.password_set");
    const reused = await setPassword("Un autre mot de passe bien long");
    expect(reused.statusCode).toBe(400);
    expect(reused.json().error.code).toBe("activation_link_invalid");
    const login = await t.app.inject({
      method: "POST",
      url: "/api/auth/login",
      payload: { email: body.email, password: "Un mot de passe bien long 2026" },
      remoteAddress: nextAddress(),
    });
    expect(login.statusCode).toBe(200);
  });

  it("refuses an unknown or expired invitation with the same answer", async () => {
    const unknown = await t.app.inject({
      method: "POST",
      url: "/api/invitations/password",
      payload: { token: "x".repeat(43), password: "Un mot de passe bien long 2026" },
      remoteAddress: nextAddress(),
    });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.code).toBe("activation_link_invalid");
  });

  it("on acceptance of someone with an account, assigns the existing account without a link", async () => {
    const newcomer = await makeUser(db(), { organizationId: ministryId, unitId: pressId });
    await askAccess(aRequest({ email: newcomer.email }));
    const row = await pendingRequestOf(newcomer.email);
    const response = await decide(cookies.head, row.id, { accept: true });
    expect(response.statusCode).toBe(200);
    expect(response.json().userId).toBe(newcomer.id);
    const units = await db()
      .selectFrom("assignments")
      .select(["unit_id", "is_principal"])
      .where("user_id", "=", newcomer.id)
      .execute();
    expect(units).toEqual(
      expect.arrayContaining([
        { unit_id: pressId, is_principal: 1 },
        { unit_id: visasId, is_principal: 0 },
      ]),
    );
    const mail = { text: await latestRenderedText(db(), newcomer.email) };
    expect(mail.text).not.toContain("#");
  });

  it("on refusal mails the requester, creates nothing, and a second decision is 409", async () => {
    const body = aRequest();
    await askAccess(body);
    const row = await pendingRequestOf(body.email);
    const refused = await decide(cookies.head, row.id, {
      accept: false,
      note: "Inconnu du service.",
    });
    expect(refused.statusCode).toBe(200);
    expect(refused.json()).toMatchObject({ state: "refused", userId: null });
    expect(
      await db().selectFrom("users").select("id").where("email", "=", body.email).execute(),
    ).toEqual([]);
    const mail = { text: await latestRenderedText(db(), body.email) };
    expect(mail.text).toContain("Inconnu du service.");
    const again = await decide(cookies.head, row.id, { accept: true });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe("access_request_decided");
  });
});

describe("grantClearance, revokeClearance and listClearances (security officer)", () => {
  const grant = (cookie: string, payload: Record<string, unknown>) =>
    requestAs(t.app, cookie, { method: "POST", url: "/api/security/clearances", payload });
  const sixMonths = () => ({ validFrom: todayUtc(), validUntil: dayFromNow(182) });

  it("is invisible (404) to everyone but security officers, heads included", async () => {
    const target = await makeUser(db(), { organizationId: ministryId });
    for (const cookie of [cookies.agent, cookies.head]) {
      const list = await requestAs(t.app, cookie, { url: "/api/security/clearances" });
      expect(list.statusCode).toBe(404);
      expect(list.json().error.code).toBe("not_found");
      const granted = await grant(cookie, {
        userId: target.id,
        level: "DR",
        ...sixMonths(),
        reason: "Besoin d'en connaître",
      });
      expect(granted.statusCode).toBe(404);
    }
    expect(
      await db().selectFrom("clearances").select("id").where("user_id", "=", target.id).execute(),
    ).toEqual([]);
  });

  it("grants DR with a period and a reason; the holder reads DR from the next request", async () => {
    const holder = await makeUser(db(), { organizationId: ministryId, unitId: visasId });
    const holderCookie = await signIn(t.app, holder.email, undefined, { factors: 2 });
    const before = await requestAs(t.app, holderCookie, { url: "/api/me" });
    expect(before.json().clearance.level).toBe("NP");

    const response = await grant(cookies.officer, {
      userId: holder.id,
      level: "DR",
      ...sixMonths(),
      reason: "Instruction des visas diplomatiques",
    });
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({
      level: "DR",
      status: "current",
      reason: "Instruction des visas diplomatiques",
      grantedBy: { id: officer.id },
      readsSpecialFrance: true,
    });
    const after = await requestAs(t.app, holderCookie, { url: "/api/me" });
    expect(after.json().clearance.level).toBe("DR");
    expect(await journalActions(holder.id)).toContain("clearance.granted");
    expect((await notificationsOf(holder.id, "clearance_changed")).length).toBe(1);

    const audit = await requestAs(t.app, cookies.officer, {
      url: `/api/security/clearances?status=current&level=DR&userId=${holder.id}`,
    });
    expect(audit.statusCode).toBe(200);
    expect(audit.json().items).toEqual([
      expect.objectContaining({
        user: expect.objectContaining({ id: holder.id }),
        validUntil: sixMonths().validUntil,
        grantedBy: expect.objectContaining({ id: officer.id }),
        abilities: { revoke: true },
      }),
    ]);

    const revoked = await requestAs(t.app, cookies.officer, {
      method: "POST",
      url: `/api/security/clearances/${response.json().id}/revocation`,
      payload: { reason: "Départ du service" },
    });
    expect(revoked.statusCode).toBe(200);
    expect(revoked.json()).toMatchObject({
      status: "revoked",
      revokedBy: { id: officer.id },
      revocationReason: "Départ du service",
    });
    const dropped = await requestAs(t.app, holderCookie, { url: "/api/me" });
    expect(dropped.json().clearance.level).toBe("NP");
    expect(await journalActions(holder.id)).toContain("clearance.revoked");
    const twice = await requestAs(t.app, cookies.officer, {
      method: "POST",
      url: `/api/security/clearances/${response.json().id}/revocation`,
      payload: { reason: "Encore" },
    });
    expect(twice.statusCode).toBe(409);
    const history = await requestAs(t.app, cookies.officer, {
      url: `/api/security/clearances?userId=${holder.id}`,
    });
    expect(history.json().items.map((i: { status: string }) => i.status)).toEqual(["revoked"]);
  });

  it("lets nobody grant their own clearance and refuses a period that ends before it starts", async () => {
    const self = await grant(cookies.officer, {
      userId: officer.id,
      level: "DR",
      ...sixMonths(),
      reason: "Moi-même",
    });
    expect(self.statusCode).toBe(409);
    const backwards = await grant(cookies.officer, {
      userId: agent.id,
      level: "DR",
      validFrom: dayFromNow(10),
      validUntil: dayFromNow(1),
      reason: "À l'envers",
    });
    expect(backwards.statusCode).toBe(400);
    expect(
      await db()
        .selectFrom("clearances")
        .select("id")
        .where("user_id", "in", [officer.id, agent.id])
        .execute(),
    ).toEqual([]);
  });

  it("an expired clearance drops to NP on the next request", async () => {
    const holder = await makeUser(db(), {
      organizationId: ministryId,
      clearance: { level: "DR", validFrom: "2024-01-01", validUntil: dayFromNow(1) },
    });
    const cookie = await signIn(t.app, holder.email);
    expect((await requestAs(t.app, cookie, { url: "/api/me" })).json().clearance.level).toBe("DR");
    await db()
      .updateTable("clearances")
      .set({ valid_until: dayFromNow(-1) })
      .where("user_id", "=", holder.id)
      .execute();
    const me = await requestAs(t.app, cookie, { url: "/api/me" });
    expect(me.statusCode).toBe(200);
    expect(me.json().clearance.level).toBe("NP");
    const audit = await requestAs(t.app, cookies.officer, {
      url: `/api/security/clearances?userId=${holder.id}`,
    });
    expect(audit.json().items[0].status).toBe("expired");
  });
});

describe("jobs", () => {
  it("announces a DR clearance nearing its end to the holder and the officers, once", async () => {
    const holder = await makeUser(db(), {
      organizationId: ministryId,
      clearance: { level: "DR", validFrom: "2024-01-01", validUntil: dayFromNow(10) },
    });
    const renewed = await makeUser(db(), {
      organizationId: ministryId,
      clearance: { level: "DR", validFrom: "2024-01-01", validUntil: dayFromNow(10) },
    });
    await grantDirect(renewed.id, dayFromNow(5), dayFromNow(400));
    const announced = await announceExpiringClearances(db());
    expect(announced).toBeGreaterThanOrEqual(1);
    expect((await notificationsOf(holder.id, "clearance_expiring")).length).toBe(1);
    expect((await notificationsOf(renewed.id, "clearance_expiring")).length).toBe(0);
    const toOfficer = await notificationsOf(officer.id, "clearance_expiring");
    expect(toOfficer.some((n) => n.target_id === holder.id)).toBe(true);
    expect(await journalActions(holder.id)).toContain("clearance.expiring");
    expect(await announceExpiringClearances(db())).toBe(0);
  });

  it("takes away what an ended assignment gave: the unit's communities and its release authority", async () => {
    const communityId = await makeCommunity(db(), { kind: "hierarchical", unitId: pressId });
    const leaver = await makeUser(db(), {
      organizationId: ministryId,
      unitId: pressId,
      roles: [
        { role: "releaser", unitId: pressId },
        { role: "releaser", unitId: visasId },
      ],
    });
    await db()
      .insertInto("memberships")
      .values({
        community_id: communityId,
        user_id: leaver.id,
        role: "member",
        origin: "assignment",
        created_at: new Date().toISOString(),
      })
      .execute();
    await db()
      .updateTable("assignments")
      .set({ ends_on: dayFromNow(-1) })
      .where("user_id", "=", leaver.id)
      .execute();
    const processed = await syncEndedAssignments(db());
    expect(processed).toBeGreaterThanOrEqual(1);
    const memberships = await db()
      .selectFrom("memberships")
      .select("community_id")
      .where("user_id", "=", leaver.id)
      .execute();
    expect(memberships).toEqual([]);
    const roles = await db()
      .selectFrom("user_roles")
      .select(["role", "unit_id"])
      .where("user_id", "=", leaver.id)
      .execute();
    // The authority on the unit left goes; one held elsewhere is not this assignment's to take.
    expect(roles).toEqual([{ role: "releaser", unit_id: visasId }]);
    expect(await journalActions(leaver.id)).toContain("assignment.ended");
    expect(await journalActions(communityId)).toContain("community.membership_synced");
    expect(await syncEndedAssignments(db())).toBe(0);
  });
});

async function grantDirect(userId: string, validFrom: string, validUntil: string) {
  await db()
    .insertInto("clearances")
    .values({
      id: crypto.randomUUID(),
      user_id: userId,
      level: "DR",
      valid_from: validFrom,
      valid_until: validUntil,
      revoked_at: null,
      granted_by: officer.id,
      created_at: new Date().toISOString(),
    })
    .execute();
}
