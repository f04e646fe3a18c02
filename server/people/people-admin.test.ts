import { randomUUID } from "node:crypto";
import type { InjectOptions, LightMyRequestResponse } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DB } from "../db/schema.js";
import { todayUtc } from "../policy/subject.js";
import {
  makeOrganization,
  makeUnit,
  makeUser,
  signIn,
  TEST_PASSWORD,
} from "../testing/factories.js";
import {
  expectCleanRun,
  NAUGHTY_TIMEOUT_MS,
  throwNaughtyStrings,
} from "../testing/hostile-input.js";
import { createTestApp, requestAs, type TestApp } from "../testing/test-app.js";

/*
 * Administration of accounts: who may reach it, what each change does, that each change is
 * journaled, and that no input (however hostile) breaks it or half-writes it.
 */

let t: TestApp;
let ministryId: string;
let companyId: string;
let officeId: string;
let embassyId: string;
let admin: { id: string; email: string };

const cookies = {} as Record<"admin" | "agent" | "archivist" | "external", string>;

const DAY_MS = 24 * 3600 * 1000;
const yesterday = () => todayUtc(new Date(Date.now() - DAY_MS));
const tomorrow = () => todayUtc(new Date(Date.now() + DAY_MS));

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  ministryId = await makeOrganization(db, { kind: "ministry" });
  companyId = await makeOrganization(db, { kind: "company" });
  officeId = await makeUnit(db, { organizationId: ministryId, name: "Bureau des visas" });
  embassyId = await makeUnit(db, {
    organizationId: ministryId,
    kind: "embassy",
    name: "Ambassade à Lisbonne",
    countryCode: "PT",
    city: "Lisbonne",
  });
  admin = await makeUser(db, { organizationId: ministryId, roles: [{ role: "platform_admin" }] });
  const agent = await makeUser(db, { organizationId: ministryId, unitId: officeId });
  const archivist = await makeUser(db, {
    organizationId: ministryId,
    roles: [{ role: "archivist" }],
  });
  const external = await makeUser(db, { organizationId: companyId });
  cookies.admin = await signIn(t.app, admin.email);
  cookies.agent = await signIn(t.app, agent.email);
  cookies.archivist = await signIn(t.app, archivist.email);
  cookies.external = await signIn(t.app, external.email);
});
afterAll(() => t.close());

/* ---------- helpers ---------- */

const asAdmin = (options: InjectOptions) => requestAs(t.app, cookies.admin, options);

let addressCounter = 0;
/** Signs in from an address of its own, so the sign-in rate limit never gets in the way. */
function login(email: string, password = TEST_PASSWORD) {
  addressCounter += 1;
  return t.app.inject({
    method: "POST",
    url: "/api/auth/login",
    payload: { email, password },
    remoteAddress: `198.51.100.${addressCounter % 250}`,
  });
}
function sessionCookieOf(response: LightMyRequestResponse): string {
  const cookie = response.cookies.find((c) => c.name === "diplomatie_session");
  expect(cookie).toBeDefined();
  return `diplomatie_session=${cookie?.value ?? ""}`;
}

const INITIAL_PASSWORD = "Initial-Password-2026!";
const newAccount = (overrides: Record<string, unknown> = {}) => ({
  organizationId: ministryId,
  email: `new.${randomUUID().slice(0, 8)}@test.diplomatie.fr`,
  givenName: "Claire",
  familyName: "Dubois",
  nationality: "FR",
  password: INITIAL_PASSWORD,
  ...overrides,
});
const createAccount = (overrides: Record<string, unknown> = {}) =>
  asAdmin({ method: "POST", url: "/api/admin/users", payload: newAccount(overrides) });
const getAccount = (id: string) => asAdmin({ url: `/api/admin/users/${id}` });
const editAccount = (id: string, payload: unknown) =>
  asAdmin({ method: "PATCH", url: `/api/admin/users/${id}`, payload: payload as object });
const addAssignment = (userId: string, payload: Record<string, unknown>) =>
  asAdmin({
    method: "POST",
    url: `/api/admin/users/${userId}/assignments`,
    payload: { unitId: officeId, function: "Rédacteur", startsOn: "2025-01-01", ...payload },
  });
const grantClearance = (userId: string, payload: Record<string, unknown>) =>
  asAdmin({ method: "POST", url: `/api/admin/users/${userId}/clearances`, payload });
const grantRole = (userId: string, payload: Record<string, unknown>) =>
  asAdmin({ method: "POST", url: `/api/admin/users/${userId}/roles`, payload });

async function countRows(table: keyof DB): Promise<number> {
  const row = await t.database.db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<number | string>().as("n"))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

const journalAbout = (targetId: string) =>
  t.database.db
    .selectFrom("journal")
    .selectAll()
    .where("target_id", "=", targetId)
    .orderBy("seq")
    .execute();

const expectError = (response: LightMyRequestResponse, status: number, code: string) => {
  expect(response.statusCode, response.body).toBe(status);
  expect(response.json().error.code).toBe(code);
};

/** A fresh account to change, made directly in the database. */
const someone = (o: Partial<Parameters<typeof makeUser>[1]> = {}) =>
  makeUser(t.database.db, { organizationId: ministryId, ...o });

/* ---------- the admin routes, read from the published OpenAPI document ---------- */

interface JsonSchema {
  type?: string;
  format?: string;
  enum?: unknown[];
  minLength?: number;
  minimum?: number;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  anyOf?: JsonSchema[];
}
interface AdminOperation {
  operationId: string;
  method: "GET" | "POST" | "PATCH" | "PUT" | "DELETE";
  path: string;
  body?: JsonSchema;
}

/** Values the schema alone cannot produce (an e-mail, a country code, a long password). */
const SAMPLE_BY_FIELD: Record<string, unknown> = {
  email: "sample@test.diplomatie.fr",
  nationality: "FR",
  countryCode: "FR",
  password: "Sample-Password-2026!",
};

function sampleValue(field: string, schema: JsonSchema): unknown {
  if (field in SAMPLE_BY_FIELD) return SAMPLE_BY_FIELD[field];
  if (schema.enum) return schema.enum[0];
  if (schema.anyOf) {
    const first = schema.anyOf[0];
    return schema.anyOf.some((s) => s.type === "null") || !first ? null : sampleValue(field, first);
  }
  if (schema.format === "uuid") return randomUUID();
  if (schema.format === "date") return todayUtc();
  switch (schema.type) {
    case "boolean":
      return false;
    case "integer":
    case "number":
      return schema.minimum ?? 1;
    case "object":
      return minimalBody(schema);
    default:
      return "Échantillon".padEnd(schema.minLength ?? 0, "x");
  }
}

/** The smallest body the schema accepts: its required fields, each with a plausible value. */
function minimalBody(schema: JsonSchema): Record<string, unknown> {
  return Object.fromEntries(
    (schema.required ?? []).map((field) => [
      field,
      sampleValue(field, schema.properties?.[field] ?? {}),
    ]),
  );
}

async function adminOperations(): Promise<AdminOperation[]> {
  const response = await t.app.inject({ url: "/api/openapi.json" });
  expect(response.statusCode).toBe(200);
  const paths = response.json().paths as Record<
    string,
    Record<
      string,
      {
        operationId: string;
        tags?: string[];
        requestBody?: { content: Record<string, { schema: JsonSchema }> };
      }
    >
  >;
  return Object.entries(paths).flatMap(([path, operations]) =>
    Object.entries(operations)
      .filter(([, op]) => op.tags?.includes("admin"))
      .map(([method, op]) => ({
        operationId: op.operationId,
        method: method.toUpperCase() as AdminOperation["method"],
        path,
        body: op.requestBody?.content["application/json"]?.schema,
      })),
  );
}

/** A request to the operation with random ids in the path and, when it takes one, a body. */
const requestTo = (op: AdminOperation, body?: unknown): InjectOptions => ({
  method: op.method,
  url: op.path.replace(/\{[^}]+\}/g, () => randomUUID()),
  ...(op.body ? { payload: (body ?? minimalBody(op.body)) as object } : {}),
});

/** The journal is the one admin page archivists read too, by design (journal.routes.ts). */
const OPEN_TO_ARCHIVISTS = new Set(["listJournal"]);

describe("the admin area is invisible to everyone but administrators", () => {
  const KNOWN = [
    "listUsersForAdmin",
    "createUser",
    "getUserForAdmin",
    "updateUser",
    "addAssignment",
    "removeAssignment",
    "adminGrantClearance",
    "adminRevokeClearance",
    "grantRole",
    "revokeRole",
    "createUnit",
    "updateUnit",
    "listJournal",
  ];

  it("the OpenAPI document lists every admin operation under the tag admin", async () => {
    const ids = (await adminOperations()).map((op) => op.operationId);
    expect(ids).toEqual(expect.arrayContaining(KNOWN));
  });

  it.each(["agent", "archivist", "external"] as const)(
    "every admin route answers a signed-in %s 404 not_found, exactly like a page that does not exist",
    async (role) => {
      const nowhere = await requestAs(t.app, cookies[role], { url: "/api/admin/no-such-page" });
      expectError(nowhere, 404, "not_found");
      const journalBefore = await countRows("journal");
      const usersBefore = await countRows("users");
      const unitsBefore = await countRows("units");
      for (const op of await adminOperations()) {
        if (role === "archivist" && OPEN_TO_ARCHIVISTS.has(op.operationId)) continue;
        const response = await requestAs(t.app, cookies[role], requestTo(op));
        expect(response.statusCode, `${op.method} ${op.path}: ${response.body}`).toBe(404);
        expect(response.body, `${op.method} ${op.path}`).toBe(nowhere.body);
      }
      expect(await countRows("journal")).toBe(journalBefore);
      expect(await countRows("users")).toBe(usersBefore);
      expect(await countRows("units")).toBe(unitsBefore);
    },
  );

  it("an archivist reads the journal, the one admin page open to them", async () => {
    const response = await requestAs(t.app, cookies.archivist, { url: "/api/admin/journal" });
    expect(response.statusCode).toBe(200);
  });

  it("every admin route answers 401 unauthenticated without a session", async () => {
    for (const op of await adminOperations()) {
      const response = await t.app.inject(requestTo(op));
      expect(response.statusCode, `${op.method} ${op.path}`).toBe(401);
      expect(response.json().error.code).toBe("unauthenticated");
    }
  });

  it("without a session, an admin form answers 401 before looking at the body", async () => {
    const forms = (await adminOperations()).filter((op) => op.body);
    expect(forms.length).toBeGreaterThan(0);
    for (const op of forms) {
      const response = await t.app.inject(requestTo(op, { unexpected: true }));
      expect(response.statusCode, `${op.method} ${op.path}: ${response.body}`).toBe(401);
    }
  });

  it("a non-admin sending an invalid form still gets 404: the admin forms are not described to them", async () => {
    const forms = (await adminOperations()).filter((op) => op.body);
    for (const op of forms) {
      const response = await requestAs(t.app, cookies.agent, requestTo(op, { unexpected: true }));
      expect(response.statusCode, `${op.method} ${op.path}: ${response.body}`).toBe(404);
      expect(response.json().error.code).toBe("not_found");
    }
  });

  it("a non-admin asking for release authority without a unit gets 404, not the rule of the form", async () => {
    const target = await someone();
    const response = await requestAs(t.app, cookies.agent, {
      method: "POST",
      url: `/api/admin/users/${target.id}/roles`,
      payload: { role: "releaser" },
    });
    expectError(response, 404, "not_found");
  });
});

describe("creating an account", () => {
  it("an admin creates an account: 201, e-mail lower-cased, and the new user signs in with the initial password", async () => {
    const response = await createAccount({
      email: "Claire.DUBOIS@Diplomatie.GOUV.fr",
      jobTitle: "Rédactrice",
    });
    expect(response.statusCode, response.body).toBe(201);
    const created = response.json();
    expect(created).toMatchObject({
      email: "claire.dubois@diplomatie.gouv.fr",
      givenName: "Claire",
      familyName: "Dubois",
      displayName: "Claire Dubois",
      jobTitle: "Rédactrice",
      nationality: "FR",
      status: "active",
      isExternal: false,
      organization: { id: ministryId },
      clearance: { level: "NP" },
      assignments: [],
      roles: [],
      clearances: [],
    });

    const signedIn = await login("Claire.Dubois@diplomatie.gouv.fr", INITIAL_PASSWORD);
    expect(signedIn.statusCode, signedIn.body).toBe(200);
    expect(signedIn.json().user.id).toBe(created.id);
    // A new account has yet to accept the conditions of use.
    expect(signedIn.json().charter.mustAccept).toBe(true);
  });

  it("an account in a company is marked external", async () => {
    const response = await createAccount({ organizationId: companyId, nationality: "DE" });
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json()).toMatchObject({ isExternal: true, organization: { kind: "company" } });
  });

  it("a second account with the same e-mail, in any case, is refused: 409 email_taken", async () => {
    const email = `homonyme.${randomUUID().slice(0, 8)}@test.diplomatie.fr`;
    expect((await createAccount({ email })).statusCode).toBe(201);
    const users = await countRows("users");
    const journal = await countRows("journal");
    expectError(await createAccount({ email: email.toUpperCase() }), 409, "email_taken");
    expect(await countRows("users")).toBe(users);
    expect(await countRows("journal")).toBe(journal);
  });

  it("an account in an unknown organisation is refused and nothing is half-written", async () => {
    const users = await countRows("users");
    const journal = await countRows("journal");
    const email = `orphelin.${randomUUID().slice(0, 8)}@test.diplomatie.fr`;
    const response = await createAccount({ organizationId: randomUUID(), email });
    expectError(response, 400, "invalid_input");
    expect(await countRows("users")).toBe(users);
    expect(await countRows("journal")).toBe(journal);
    expect((await login(email, INITIAL_PASSWORD)).statusCode).toBe(401);
  });

  it("refuses a password shorter than 12 characters", async () => {
    expectError(await createAccount({ password: "short-pwd" }), 400, "invalid_input");
  });
});

describe("editing and disabling an account", () => {
  it("an admin edits names and job title; the directory follows", async () => {
    const user = await someone({ givenName: "Paul", familyName: "Verlaine" });
    const response = await editAccount(user.id, {
      givenName: "Arthur",
      familyName: "Rimbaud",
      jobTitle: "Chargé de mission",
    });
    expect(response.statusCode, response.body).toBe(200);
    const reread = (await getAccount(user.id)).json();
    expect(reread).toMatchObject({
      givenName: "Arthur",
      familyName: "Rimbaud",
      displayName: "Arthur Rimbaud",
      jobTitle: "Chargé de mission",
      email: user.email,
    });
    const find = async (q: string) =>
      (await requestAs(t.app, cookies.agent, { url: "/api/directory/people", query: { q } }))
        .json()
        .items.map((p: { id: string }) => p.id);
    expect(await find("arthur rimbaud")).toContain(user.id);
    expect(await find("verlaine")).not.toContain(user.id);
  });

  it("clearing the job title with null removes it, and leaving a field out keeps it", async () => {
    const user = await someone({ givenName: "Louise", familyName: "Michel" });
    expect((await editAccount(user.id, { jobTitle: "Consule" })).statusCode).toBe(200);
    const cleared = await editAccount(user.id, { jobTitle: null });
    expect(cleared.json()).toMatchObject({ jobTitle: null, givenName: "Louise" });
  });

  it("disabling an account ends its open session, and it can no longer sign in", async () => {
    const user = await someone();
    const session = sessionCookieOf(await login(user.email));
    expect((await requestAs(t.app, session, { url: "/api/me" })).statusCode).toBe(200);

    const response = await editAccount(user.id, { status: "disabled" });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json().status).toBe("disabled");

    expect((await requestAs(t.app, session, { url: "/api/me" })).statusCode).toBe(401);
    expectError(await login(user.email), 403, "account_disabled");
    const sessions = await t.database.db
      .selectFrom("sessions")
      .select("id")
      .where("user_id", "=", user.id)
      .execute();
    expect(sessions).toEqual([]);
  });

  it("an admin cannot disable their own account: 409, and stays active", async () => {
    const journal = await countRows("journal");
    expectError(await editAccount(admin.id, { status: "disabled" }), 409, "conflict");
    expect((await getAccount(admin.id)).json().status).toBe("active");
    expect((await requestAs(t.app, cookies.admin, { url: "/api/me" })).statusCode).toBe(200);
    expect(await countRows("journal")).toBe(journal);
  });

  it("editing or reading an account that does not exist answers 404", async () => {
    expectError(await editAccount(randomUUID(), { givenName: "Personne" }), 404, "not_found");
    expectError(await getAccount(randomUUID()), 404, "not_found");
  });
});

describe("assignments", () => {
  it("a new principal assignment demotes the previous principal", async () => {
    const user = await someone({ unitId: officeId });
    const response = await addAssignment(user.id, {
      unitId: embassyId,
      function: "Premier conseiller",
      isPrincipal: true,
      startsOn: "2025-09-01",
    });
    expect(response.statusCode, response.body).toBe(201);
    const principalOf = (body: { assignments: { unit: { id: string }; isPrincipal: boolean }[] }) =>
      body.assignments.filter((a) => a.isPrincipal).map((a) => a.unit.id);
    const reread = (await getAccount(user.id)).json();
    expect(principalOf(reread)).toEqual([embassyId]);
    expect(reread.assignments).toHaveLength(2);
    expect(reread.principalUnit.id).toBe(embassyId);
    const entry = reread.assignments.find((a: { unit: { id: string } }) => a.unit.id === embassyId);
    expect(entry).toMatchObject({
      function: "Premier conseiller",
      startsOn: "2025-09-01",
      endsOn: null,
    });
  });

  it("a secondary assignment leaves the principal one alone", async () => {
    const user = await someone({ unitId: officeId });
    const response = await addAssignment(user.id, { unitId: embassyId, isPrincipal: false });
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json().principalUnit.id).toBe(officeId);
  });

  it("removing an assignment takes the person out of the unit in the directory", async () => {
    const user = await someone();
    const added = await addAssignment(user.id, { unitId: embassyId });
    const assignmentId = added.json().assignments[0].id as string;
    const membersOfEmbassy = async () =>
      (
        await requestAs(t.app, cookies.agent, {
          url: "/api/directory/people",
          query: { unitId: embassyId, limit: "100" },
        })
      )
        .json()
        .items.map((p: { id: string }) => p.id);
    expect(await membersOfEmbassy()).toContain(user.id);

    const removed = await asAdmin({
      method: "DELETE",
      url: `/api/admin/users/${user.id}/assignments/${assignmentId}`,
    });
    expect(removed.statusCode, removed.body).toBe(200);
    expect(removed.json().assignments).toEqual([]);
    expect(await membersOfEmbassy()).not.toContain(user.id);
  });

  it("removing someone else's assignment, or the same one twice, answers 404", async () => {
    const owner = await someone();
    const stranger = await someone();
    const assignmentId = (await addAssignment(owner.id, {})).json().assignments[0].id as string;
    const remove = (userId: string) =>
      asAdmin({ method: "DELETE", url: `/api/admin/users/${userId}/assignments/${assignmentId}` });
    expectError(await remove(stranger.id), 404, "not_found");
    expect((await remove(owner.id)).statusCode).toBe(200);
    expectError(await remove(owner.id), 404, "not_found");
  });

  it("an unknown unit is refused: 400, and nothing is written", async () => {
    const user = await someone();
    const assignments = await countRows("assignments");
    const journal = await countRows("journal");
    const response = await addAssignment(user.id, { unitId: randomUUID(), isPrincipal: true });
    expectError(response, 400, "invalid_input");
    expect(await countRows("assignments")).toBe(assignments);
    expect(await countRows("journal")).toBe(journal);
  });

  it("an assignment that ends before it starts is refused: 400, and nothing is written", async () => {
    const user = await someone();
    const assignments = await countRows("assignments");
    const response = await addAssignment(user.id, { startsOn: "2026-03-01", endsOn: "2026-02-28" });
    expectError(response, 400, "invalid_input");
    expect(await countRows("assignments")).toBe(assignments);
  });

  it("assigning an account that does not exist answers 404", async () => {
    expectError(await addAssignment(randomUUID(), {}), 404, "not_found");
  });
});

describe("clearances", () => {
  it("a DR grant in its validity period makes the clearance DR, for the admin and in the user's own /api/me", async () => {
    const user = await someone({ nationality: "FR" });
    const session = sessionCookieOf(await login(user.email));
    expect((await requestAs(t.app, session, { url: "/api/me" })).json().clearance.level).toBe("NP");

    const response = await grantClearance(user.id, {
      level: "DR",
      validFrom: "2024-01-01",
      validUntil: "2099-12-31",
    });
    expect(response.statusCode, response.body).toBe(201);
    const reread = (await getAccount(user.id)).json();
    expect(reread.clearance).toEqual({
      level: "DR",
      validUntil: "2099-12-31",
      readsSpecialFrance: true,
    });
    expect(reread.clearances).toHaveLength(1);
    expect(reread.clearances[0]).toMatchObject({ level: "DR", isCurrent: true, revokedAt: null });

    const me = (await requestAs(t.app, session, { url: "/api/me" })).json();
    expect(me.clearance).toMatchObject({ level: "DR", validUntil: "2099-12-31" });
  });

  it("a DR holder of another nationality does not read Spécial France", async () => {
    const user = await someone({ nationality: "PT" });
    const response = await grantClearance(user.id, {
      level: "DR",
      validFrom: "2024-01-01",
      validUntil: "2099-12-31",
    });
    expect(response.json().clearance).toMatchObject({ level: "DR", readsSpecialFrance: false });
  });

  it("a grant that ended yesterday, or starts tomorrow, leaves the clearance NP", async () => {
    const user = await someone();
    const ended = await grantClearance(user.id, {
      level: "DR",
      validFrom: "2020-01-01",
      validUntil: yesterday(),
    });
    expect(ended.statusCode, ended.body).toBe(201);
    const future = await grantClearance(user.id, {
      level: "DR",
      validFrom: tomorrow(),
      validUntil: "2099-12-31",
    });
    expect(future.statusCode, future.body).toBe(201);
    const reread = (await getAccount(user.id)).json();
    expect(reread.clearance.level).toBe("NP");
    expect(reread.clearances).toHaveLength(2);
    expect(reread.clearances.every((c: { isCurrent: boolean }) => !c.isCurrent)).toBe(true);
  });

  it("revoking makes the clearance NP at once; the grant stays in the history with revokedAt", async () => {
    const user = await someone();
    const session = sessionCookieOf(await login(user.email));
    const granted = await grantClearance(user.id, {
      level: "DR",
      validFrom: "2024-01-01",
      validUntil: "2099-12-31",
    });
    const clearanceId = granted.json().clearances[0].id as string;

    const revoked = await asAdmin({
      method: "POST",
      url: `/api/admin/users/${user.id}/clearances/${clearanceId}/revoke`,
    });
    expect(revoked.statusCode, revoked.body).toBe(200);
    const reread = (await getAccount(user.id)).json();
    expect(reread.clearance.level).toBe("NP");
    expect(reread.clearances).toHaveLength(1);
    expect(reread.clearances[0]).toMatchObject({ id: clearanceId, level: "DR", isCurrent: false });
    expect(Number.isNaN(Date.parse(reread.clearances[0].revokedAt))).toBe(false);
    expect((await requestAs(t.app, session, { url: "/api/me" })).json().clearance.level).toBe("NP");
  });

  it("revoking twice, someone else's grant, or an unknown grant answers 404", async () => {
    const user = await someone();
    const stranger = await someone();
    const granted = await grantClearance(user.id, {
      level: "DR",
      validFrom: "2024-01-01",
      validUntil: "2099-12-31",
    });
    const clearanceId = granted.json().clearances[0].id as string;
    const revoke = (userId: string, id: string) =>
      asAdmin({ method: "POST", url: `/api/admin/users/${userId}/clearances/${id}/revoke` });
    expectError(await revoke(stranger.id, clearanceId), 404, "not_found");
    expect((await revoke(user.id, clearanceId)).statusCode).toBe(200);
    expectError(await revoke(user.id, clearanceId), 404, "not_found");
    expectError(await revoke(user.id, randomUUID()), 404, "not_found");
  });

  it("a validity that ends before it starts, or a classified level, is refused: 400", async () => {
    const user = await someone();
    const clearances = await countRows("clearances");
    for (const body of [
      { level: "DR", validFrom: "2026-06-01", validUntil: "2026-05-31" },
      { level: "Secret", validFrom: "2024-01-01", validUntil: "2099-12-31" },
      { level: "DR", validFrom: "2024-02-30", validUntil: "2099-12-31" },
    ]) {
      expectError(await grantClearance(user.id, body), 400, "invalid_input");
    }
    expect(await countRows("clearances")).toBe(clearances);
  });
});

describe("roles", () => {
  it("release authority needs a unit: 400 without one, and nothing is written", async () => {
    const user = await someone();
    const roles = await countRows("user_roles");
    expectError(await grantRole(user.id, { role: "releaser" }), 400, "invalid_input");
    expectError(await grantRole(user.id, { role: "releaser", unitId: null }), 400, "invalid_input");
    expect(await countRows("user_roles")).toBe(roles);
  });

  it("a platform administrator role takes no unit: 400 with one", async () => {
    const user = await someone();
    const response = await grantRole(user.id, { role: "platform_admin", unitId: officeId });
    expectError(response, 400, "invalid_input");
  });

  it("release authority on an unknown unit is refused: 400", async () => {
    const user = await someone();
    const response = await grantRole(user.id, { role: "releaser", unitId: randomUUID() });
    expectError(response, 400, "invalid_input");
  });

  it("release authority is granted on its unit", async () => {
    const user = await someone();
    const response = await grantRole(user.id, { role: "releaser", unitId: embassyId });
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json().roles).toEqual([
      expect.objectContaining({
        role: "releaser",
        unit: expect.objectContaining({ id: embassyId }),
      }),
    ]);
    // The same authority on another unit is a different grant.
    const other = await grantRole(user.id, { role: "releaser", unitId: officeId });
    expect(other.statusCode).toBe(201);
    expect(other.json().roles).toHaveLength(2);
  });

  it("granting the same role twice answers 409", async () => {
    const user = await someone();
    expect((await grantRole(user.id, { role: "archivist" })).statusCode).toBe(201);
    expectError(await grantRole(user.id, { role: "archivist" }), 409, "conflict");
    expect((await grantRole(user.id, { role: "releaser", unitId: officeId })).statusCode).toBe(201);
    const again = await grantRole(user.id, { role: "releaser", unitId: officeId });
    expectError(again, 409, "conflict");
    expect((await getAccount(user.id)).json().roles).toHaveLength(2);
  });

  it("a granted role takes effect at once, and revoking it withdraws it", async () => {
    const user = await someone();
    const session = sessionCookieOf(await login(user.email));
    const adminList = () => requestAs(t.app, session, { url: "/api/admin/users" });
    expect((await adminList()).statusCode).toBe(404);

    const granted = await grantRole(user.id, { role: "platform_admin" });
    expect(granted.statusCode, granted.body).toBe(201);
    expect((await adminList()).statusCode).toBe(200);

    const roleId = granted.json().roles[0].id as string;
    const revoked = await asAdmin({
      method: "DELETE",
      url: `/api/admin/users/${user.id}/roles/${roleId}`,
    });
    expect(revoked.statusCode, revoked.body).toBe(200);
    expect(revoked.json().roles).toEqual([]);
    expect((await adminList()).statusCode).toBe(404);
  });

  it("an admin cannot withdraw their own administration: 409, and keeps it", async () => {
    const ownRoles = (await getAccount(admin.id)).json().roles as { id: string; role: string }[];
    const administration = ownRoles.find((r) => r.role === "platform_admin");
    expect(administration).toBeDefined();
    const journal = await countRows("journal");
    const response = await asAdmin({
      method: "DELETE",
      url: `/api/admin/users/${admin.id}/roles/${administration?.id}`,
    });
    expectError(response, 409, "conflict");
    expect((await asAdmin({ url: "/api/admin/users" })).statusCode).toBe(200);
    expect(await countRows("journal")).toBe(journal);
  });

  it("revoking an unknown role, or twice, answers 404", async () => {
    const user = await someone();
    const roleId = (await grantRole(user.id, { role: "archivist" })).json().roles[0].id as string;
    const revoke = () =>
      asAdmin({ method: "DELETE", url: `/api/admin/users/${user.id}/roles/${roleId}` });
    expect((await revoke()).statusCode).toBe(200);
    expectError(await revoke(), 404, "not_found");
    expectError(
      await asAdmin({ method: "DELETE", url: `/api/admin/users/${user.id}/roles/${randomUUID()}` }),
      404,
      "not_found",
    );
  });
});

describe("the journal of account changes", () => {
  it("every change writes an entry naming the admin as actor, in the order they happened", async () => {
    const created = await createAccount({ givenName: "Suivi", familyName: "Journal" });
    expect(created.statusCode).toBe(201);
    const userId = created.json().id as string;
    expect((await editAccount(userId, { jobTitle: "Attachée" })).statusCode).toBe(200);
    const withAssignment = await addAssignment(userId, { unitId: embassyId });
    const assignmentId = withAssignment.json().assignments[0].id as string;
    await asAdmin({
      method: "DELETE",
      url: `/api/admin/users/${userId}/assignments/${assignmentId}`,
    });
    const withClearance = await grantClearance(userId, {
      level: "DR",
      validFrom: "2024-01-01",
      validUntil: "2099-12-31",
    });
    const clearanceId = withClearance.json().clearances[0].id as string;
    await asAdmin({
      method: "POST",
      url: `/api/admin/users/${userId}/clearances/${clearanceId}/revoke`,
    });
    const withRole = await grantRole(userId, { role: "releaser", unitId: officeId });
    const roleId = withRole.json().roles[0].id as string;
    await asAdmin({ method: "DELETE", url: `/api/admin/users/${userId}/roles/${roleId}` });

    const entries = await journalAbout(userId);
    expect(entries.map((e) => e.action)).toEqual([
      "user.created",
      "user.updated",
      "assignment.added",
      "assignment.removed",
      "clearance.granted",
      "clearance.revoked",
      "role.granted",
      "role.revoked",
    ]);
    expect(entries.every((e) => e.actor_id === admin.id && e.target_type === "user")).toBe(true);
    const details = entries.map((e) => JSON.parse(e.details));
    expect(details[1]).toEqual({ jobTitle: "Attachée" });
    expect(details[2]).toMatchObject({ assignmentId, unitId: embassyId });
    expect(details[3]).toEqual({ assignmentId });
    expect(details[4]).toMatchObject({ clearanceId, level: "DR" });
    expect(details[5]).toEqual({ clearanceId });
    expect(details[6]).toMatchObject({ roleId, role: "releaser", unitId: officeId });
    expect(details[7]).toEqual({ roleId });
  });

  it("the entry of a created account never contains the password", async () => {
    const password = "Very-Secret-Initial-Password-42";
    const response = await createAccount({ password, givenName: "Motdepasse" });
    expect(response.statusCode).toBe(201);
    const [entry] = await journalAbout(response.json().id);
    expect(entry?.action).toBe("user.created");
    expect(entry?.actor_id).toBe(admin.id);
    expect(JSON.parse(entry?.details ?? "{}")).toMatchObject({
      email: response.json().email,
      givenName: "Motdepasse",
    });
    expect(entry?.details).not.toContain(password);
    expect(entry?.details).not.toMatch(/password/i);
  });
});

/* ---------- hostile input ---------- */

/** The newest journal entry: it moves whenever anything is journaled. */
const journalHead = async () =>
  (
    await t.database.db
      .selectFrom("journal")
      .select((eb) => eb.fn.max("seq").as("seq"))
      .executeTakeFirst()
  )?.seq ?? null;

/** The stored row of an account, straight from the database. */
const storedUser = (id: string) =>
  t.database.db.selectFrom("users").selectAll().where("id", "=", id).executeTakeFirst();

describe("naughty strings in the account forms", () => {
  // Creating hashes a password (costly), so one field goes through creation and every field
  // through editing; the columns written are the same.
  it(
    "every naughty string as the given name of a new account is stored exactly or refused as invalid input",
    async () => {
      const run = await throwNaughtyStrings(
        (value, index) =>
          createAccount({ givenName: value, email: `naughty.${index}@test.diplomatie.fr` }),
        async (response) => (await getAccount(response.json().id)).json().givenName,
        async () => [await countRows("users"), await journalHead()],
      );
      expectCleanRun(run);
    },
    NAUGHTY_TIMEOUT_MS,
  );

  it.each(["givenName", "familyName", "jobTitle"] as const)(
    "every naughty string as the edited %s of an account is stored exactly or refused as invalid input",
    async (field) => {
      const user = await someone({ givenName: "Naïf", familyName: "Ordinaire" });
      const run = await throwNaughtyStrings(
        (value) => editAccount(user.id, { [field]: value }),
        async () => (await getAccount(user.id)).json()[field],
        async () => [await storedUser(user.id), await journalHead()],
      );
      expectCleanRun(run);
    },
    NAUGHTY_TIMEOUT_MS,
  );

  it(
    "every naughty string as the function of an assignment is stored exactly or refused as invalid input",
    async () => {
      let userId = "";
      const run = await throwNaughtyStrings(
        async (value) => {
          // One account per string, so each read-back finds exactly the assignment just made.
          userId = (await someone()).id;
          return addAssignment(userId, { function: value });
        },
        async () => {
          const { assignments } = (await getAccount(userId)).json();
          return assignments.length === 1 ? assignments[0].function : assignments;
        },
        async () => [await countRows("assignments"), await journalHead()],
      );
      expectCleanRun(run);
    },
    NAUGHTY_TIMEOUT_MS,
  );
});

describe("malformed requests to the account forms", () => {
  const tooLong = "a".repeat(10_000);

  it("a 10 000-character text is refused in every field: 400, nothing written", async () => {
    const user = await someone();
    const before = [await countRows("users"), await countRows("assignments")];
    const journal = await countRows("journal");
    const attempts = [
      createAccount({ givenName: tooLong }),
      createAccount({ familyName: tooLong }),
      createAccount({ jobTitle: tooLong }),
      createAccount({ email: `${tooLong}@test.diplomatie.fr` }),
      editAccount(user.id, { givenName: tooLong }),
      editAccount(user.id, { familyName: tooLong }),
      editAccount(user.id, { jobTitle: tooLong }),
      addAssignment(user.id, { function: tooLong }),
    ];
    for (const response of await Promise.all(attempts)) {
      expectError(response, 400, "invalid_input");
    }
    expect([await countRows("users"), await countRows("assignments")]).toEqual(before);
    expect(await countRows("journal")).toBe(journal);
  });

  it("a value of the wrong type is refused: 400", async () => {
    const user = await someone();
    const attempts = [
      createAccount({ givenName: 42 }),
      createAccount({ familyName: null }),
      createAccount({ jobTitle: true }),
      createAccount({ givenName: ["Claire"] }),
      editAccount(user.id, { givenName: { first: "Claire" } }),
      editAccount(user.id, { status: "archived" }),
      editAccount(user.id, []),
      addAssignment(user.id, { isPrincipal: "yes" }),
      addAssignment(user.id, { function: 12 }),
      addAssignment(user.id, { startsOn: "01/02/2026" }),
    ];
    for (const response of await Promise.all(attempts)) {
      expectError(response, 400, "invalid_input");
    }
  });

  it("an unknown field is refused: 400 (the e-mail and the password are not editable)", async () => {
    const user = await someone();
    const attempts = [
      createAccount({ isAdmin: true }),
      createAccount({ roles: ["platform_admin"] }),
      editAccount(user.id, { email: "autre@test.diplomatie.fr" }),
      editAccount(user.id, { password: "Another-Password-2026" }),
      editAccount(user.id, { organizationId: companyId }),
      addAssignment(user.id, { userId: randomUUID() }),
    ];
    for (const response of await Promise.all(attempts)) {
      expectError(response, 400, "invalid_input");
    }
    expect((await getAccount(user.id)).json()).toMatchObject({
      email: user.email,
      organization: { id: ministryId },
    });
  });

  it("a body that is not JSON answers 400 malformed_request", async () => {
    const user = await someone();
    for (const [method, url] of [
      ["POST", "/api/admin/users"],
      ["PATCH", `/api/admin/users/${user.id}`],
      ["POST", `/api/admin/users/${user.id}/assignments`],
    ] as const) {
      const response = await asAdmin({
        method,
        url,
        headers: { "content-type": "application/json" },
        payload: '{"givenName": "Claire",',
      });
      expectError(response, 400, "malformed_request");
    }
  });

  it("a body over 256 KB answers 413 payload_too_large", async () => {
    const users = await countRows("users");
    const response = await asAdmin({
      method: "POST",
      url: "/api/admin/users",
      headers: { "content-type": "application/json" },
      payload: JSON.stringify(newAccount({ jobTitle: "x".repeat(300 * 1024) })),
    });
    expectError(response, 413, "payload_too_large");
    expect(await countRows("users")).toBe(users);
  });

  it("a text/plain body answers 415 unsupported_media_type", async () => {
    const response = await asAdmin({
      method: "POST",
      url: "/api/admin/users",
      headers: { "content-type": "text/plain" },
      payload: JSON.stringify(newAccount()),
    });
    expectError(response, 415, "unsupported_media_type");
  });
});
