import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { todayUtc } from "../policy/subject.js";
import { makeOrganization, makeUnit, makeUser, signIn } from "../testing/factories.js";
import { createTestApp, requestAs, type TestApp } from "../testing/test-app.js";
import { insertAssignment } from "./people.repository.js";

/*
 * The directory of people: search, keyset pagination, and who may see whom.
 * Everyone lives in one database per file; each test builds the people it talks about and
 * narrows its searches to them (a rare name, a unit or a country of its own).
 */

let t: TestApp;
let ministryId: string;
let companyId: string;
let officeId: string;

const viewers = {} as Record<"agent" | "archivist" | "admin" | "external", string>;
const viewerIds = {} as Record<keyof typeof viewers, string>;

const DAY_MS = 24 * 3600 * 1000;
const today = () => todayUtc();
const yesterday = () => todayUtc(new Date(Date.now() - DAY_MS));
const tomorrow = () => todayUtc(new Date(Date.now() + DAY_MS));

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  ministryId = await makeOrganization(db, { kind: "ministry", name: "Ministère des Affaires" });
  companyId = await makeOrganization(db, { kind: "company", name: "Chantiers Navals SA" });
  officeId = await makeUnit(db, { organizationId: ministryId, name: "Bureau du courrier" });
  const companyUnitId = await makeUnit(db, {
    organizationId: companyId,
    kind: "company_department",
    name: "Direction export",
  });

  const agent = await makeUser(db, { organizationId: ministryId, unitId: officeId });
  const archivist = await makeUser(db, {
    organizationId: ministryId,
    unitId: officeId,
    roles: [{ role: "archivist" }],
  });
  const admin = await makeUser(db, {
    organizationId: ministryId,
    roles: [{ role: "platform_admin" }],
  });
  const external = await makeUser(db, { organizationId: companyId, unitId: companyUnitId });
  for (const [name, user] of Object.entries({ agent, archivist, admin, external })) {
    const key = name as keyof typeof viewers;
    viewers[key] = await signIn(t.app, user.email);
    viewerIds[key] = user.id;
  }
});
afterAll(() => t.close());

/** Adds an assignment with explicit dates (the factory only makes current principal ones). */
async function assign(
  userId: string,
  unitId: string,
  a: { startsOn?: string; endsOn?: string | null; isPrincipal?: boolean; function?: string } = {},
) {
  await insertAssignment(t.database.db, {
    id: randomUUID(),
    user_id: userId,
    unit_id: unitId,
    function: a.function ?? "Rédacteur",
    is_principal: a.isPrincipal ? 1 : 0,
    starts_on: a.startsOn ?? "2024-01-01",
    ends_on: a.endsOn ?? null,
    created_at: new Date().toISOString(),
  });
}

const search = (cookie: string, query: Record<string, string | number>) =>
  requestAs(t.app, cookie, {
    url: "/api/directory/people",
    query: Object.fromEntries(Object.entries(query).map(([k, v]) => [k, String(v)])),
  });

const idsFound = async (cookie: string, query: Record<string, string | number>) => {
  const response = await search(cookie, { limit: 100, ...query });
  expect(response.statusCode).toBe(200);
  return (response.json().items as { id: string }[]).map((p) => p.id);
};

const personPage = (cookie: string, id: string) =>
  requestAs(t.app, cookie, { url: `/api/directory/people/${id}` });

/** Follows `nextCursor` from the first page to the last, with a bound against endless loops. */
async function allPages(cookie: string, query: Record<string, string | number>) {
  const pages: { ids: string[]; nextCursor: string | null }[] = [];
  let cursor: string | null = null;
  do {
    const response = await search(cookie, cursor ? { ...query, cursor } : query);
    expect(response.statusCode).toBe(200);
    const body = response.json() as { items: { id: string }[]; nextCursor: string | null };
    pages.push({ ids: body.items.map((p) => p.id), nextCursor: body.nextCursor });
    cursor = body.nextCursor;
  } while (cursor !== null && pages.length < 50);
  return pages;
}

const base64url = (text: string) => Buffer.from(text, "utf8").toString("base64url");

describe("searching people", () => {
  it("ignores case and accents, in the query and in the names", async () => {
    const herve = await makeUser(t.database.db, {
      organizationId: ministryId,
      givenName: "Hervé",
      familyName: "Castagnède",
    });
    const elodie = await makeUser(t.database.db, {
      organizationId: ministryId,
      givenName: "Élodie",
      familyName: "Marchetti",
    });
    expect(await idsFound(viewers.agent, { q: "herve" })).toEqual([herve.id]);
    expect(await idsFound(viewers.agent, { q: "HERVÉ castagnede" })).toEqual([herve.id]);
    expect(await idsFound(viewers.agent, { q: "ÉLODIE" })).toEqual([elodie.id]);
    expect(await idsFound(viewers.agent, { q: "elodie MARCHETTI" })).toEqual([elodie.id]);
  });

  it("needs every word of a multi-word query, in any order", async () => {
    const db = t.database.db;
    const anatoleQ = await makeUser(db, {
      organizationId: ministryId,
      givenName: "Anatole",
      familyName: "Quenardel",
    });
    await makeUser(db, {
      organizationId: ministryId,
      givenName: "Anatole",
      familyName: "Vauquelin",
    });
    const bereniceQ = await makeUser(db, {
      organizationId: ministryId,
      givenName: "Bérénice",
      familyName: "Quenardel",
    });
    expect(await idsFound(viewers.agent, { q: "anatole quenardel" })).toEqual([anatoleQ.id]);
    expect(await idsFound(viewers.agent, { q: "Quenardel Anatole" })).toEqual([anatoleQ.id]);
    expect(await idsFound(viewers.agent, { q: "quenardel" })).toEqual([anatoleQ.id, bereniceQ.id]);
    expect(await idsFound(viewers.agent, { q: "anatole quenardel vauquelin" })).toEqual([]);
  });

  it("by unit finds people assigned there today, not an assignment that ended yesterday or starts tomorrow", async () => {
    const db = t.database.db;
    const protocolId = await makeUnit(db, { organizationId: ministryId, name: "Protocole" });
    const principal = await makeUser(db, { organizationId: ministryId, unitId: protocolId });
    const secondary = await makeUser(db, { organizationId: ministryId, unitId: officeId });
    await assign(secondary.id, protocolId, { isPrincipal: false });
    const left = await makeUser(db, { organizationId: ministryId, familyName: "Partiville" });
    await assign(left.id, protocolId, { isPrincipal: true, endsOn: yesterday() });
    const arriving = await makeUser(db, { organizationId: ministryId });
    await assign(arriving.id, protocolId, { isPrincipal: true, startsOn: tomorrow() });
    const endsToday = await makeUser(db, { organizationId: ministryId });
    await assign(endsToday.id, protocolId, { isPrincipal: true, endsOn: today() });

    const found = await idsFound(viewers.agent, { unitId: protocolId });
    expect(found.sort()).toEqual([principal.id, secondary.id, endsToday.id].sort());
    // The one who left is still in the directory, just not in this unit any more.
    expect(await idsFound(viewers.agent, { q: "partiville" })).toEqual([left.id]);
  });

  it("by country finds people currently assigned to a unit in that country", async () => {
    const db = t.database.db;
    const osloId = await makeUnit(db, {
      organizationId: ministryId,
      kind: "embassy",
      name: "Ambassade à Oslo",
      countryCode: "NO",
      city: "Oslo",
    });
    const inOslo = await makeUser(db, { organizationId: ministryId, unitId: osloId });
    const secondedToOslo = await makeUser(db, { organizationId: ministryId, unitId: officeId });
    await assign(secondedToOslo.id, osloId);
    const formerlyInOslo = await makeUser(db, { organizationId: ministryId, unitId: officeId });
    await assign(formerlyInOslo.id, osloId, { endsOn: yesterday() });
    await makeUser(db, { organizationId: ministryId, unitId: officeId });

    const found = await idsFound(viewers.agent, { country: "NO" });
    expect(found.sort()).toEqual([inOslo.id, secondedToOslo.id].sort());
    expect(await idsFound(viewers.agent, { country: "NO", q: "zzzz-nobody" })).toEqual([]);
  });

  it("refuses a lower-case country code or an id that is not a UUID: 400", async () => {
    for (const query of [{ country: "no" }, { unitId: "office-1" }] as Record<string, string>[]) {
      const response = await search(viewers.agent, query);
      expect(response.statusCode).toBe(400);
      expect(response.json().error.code).toBe("invalid_input");
    }
  });
});

describe("paging through the directory", () => {
  /** Family names in the order the directory must list them (accents folded). */
  const ALPHABETICAL = [
    ["Agnès", "Abadie"],
    ["Bruno", "Barbier"],
    ["Chloé", "Carpentier"],
    ["Denis", "Delmas"],
    ["Émile", "Étienne"],
    ["Fanny", "Fabre"],
    ["Gilles", "Gauthier"],
    ["Hugo", "Hébert"],
    ["Inès", "Imbert"],
    ["Julien", "Jacquet"],
    ["Karine", "Klein"],
    ["Kevin", "Kowalski"],
    ["Camille", "Lacroix"],
    ["Camille", "Lacroix"],
    ["Camille", "Lacroix"],
    ["Marc", "Marchal"],
    ["Nadia", "Noël"],
    ["Odile", "Olivier"],
    ["Pierre", "Perrin"],
    ["Quentin", "Quéré"],
    ["Rémi", "Roussel"],
    ["Sophie", "Sabatier"],
    ["Thomas", "Texier"],
    ["Valérie", "Vidal"],
    ["Yves", "Zimmermann"],
  ] as const;
  let unitId: string;
  let expectedOrder: string[];

  beforeAll(async () => {
    const db = t.database.db;
    unitId = await makeUnit(db, { organizationId: ministryId, name: "Service des archives" });
    const ids: string[] = new Array(ALPHABETICAL.length);
    // Created in an order unrelated to the alphabet, so insertion order cannot pass for sorting.
    const creationOrder = ALPHABETICAL.map((_, i) => (i * 7) % ALPHABETICAL.length);
    for (const i of creationOrder) {
      const [givenName, familyName] = ALPHABETICAL[i] ?? ["", ""];
      ids[i] = (
        await makeUser(db, { organizationId: ministryId, unitId, givenName, familyName })
      ).id;
    }
    // Namesakes (the three Camille Lacroix) are ordered by id, which keeps the keyset total.
    const namesakes = ids.slice(12, 15).sort();
    expectedOrder = [...ids.slice(0, 12), ...namesakes, ...ids.slice(15)];
  });

  it("following nextCursor visits every person exactly once, in alphabetical order", async () => {
    const pages = await allPages(viewers.agent, { unitId, limit: 7 });
    expect(pages.map((p) => p.ids.length)).toEqual([7, 7, 7, 4]);
    expect(pages.flatMap((p) => p.ids)).toEqual(expectedOrder);
    expect(pages.slice(0, -1).every((p) => typeof p.nextCursor === "string")).toBe(true);
    expect(pages.at(-1)?.nextCursor).toBeNull();
  });

  it("a page size that divides the count exactly ends on a full page with no next cursor", async () => {
    const pages = await allPages(viewers.agent, { unitId, limit: 5 });
    expect(pages.map((p) => p.ids.length)).toEqual([5, 5, 5, 5, 5]);
    expect(pages.flatMap((p) => p.ids)).toEqual(expectedOrder);
    expect(pages.at(-1)?.nextCursor).toBeNull();
  });

  it("refuses a cursor it did not issue: 400 invalid_input", async () => {
    const garbage = [
      "%%%",
      "eyJ4Ijox",
      base64url('{"x":1}'),
      base64url('["a"]'),
      base64url("[1,2]"),
    ];
    for (const cursor of garbage) {
      const response = await search(viewers.agent, { unitId, cursor });
      expect(response.statusCode, cursor).toBe(400);
      expect(response.json().error.code, cursor).toBe("invalid_input");
    }
  });

  it("a forged cursor carrying a NUL character never causes a server error", async () => {
    // Decodable and of the right shape, but no sort key the server issues contains NUL.
    for (const key of [
      ["\u0000", "a"],
      ["abadie agnes", "\u0000"],
    ]) {
      const response = await search(viewers.agent, { cursor: base64url(JSON.stringify(key)) });
      expect([200, 400], `${JSON.stringify(key)} answered ${response.statusCode}`).toContain(
        response.statusCode,
      );
    }
  });

  it("refuses a page size of 0, over 100, or not a number: 400", async () => {
    for (const limit of ["0", "101", "-1", "seven", "2.5"]) {
      const response = await search(viewers.agent, { unitId, limit });
      expect(response.statusCode, limit).toBe(400);
      expect(response.json().error.code, limit).toBe("invalid_input");
    }
    expect((await search(viewers.agent, { unitId, limit: 100 })).statusCode).toBe(200);
    expect((await search(viewers.agent, { unitId, limit: 1 })).json().items).toHaveLength(1);
  });
});

describe("who sees whom", () => {
  /** Four people sharing a rare given name, so one search shows exactly what a viewer sees. */
  const people = {} as Record<
    "ministryActive" | "ministryDisabled" | "companyActive" | "companyDisabled",
    string
  >;

  beforeAll(async () => {
    const db = t.database.db;
    const make = async (organizationId: string, status: "active" | "disabled") =>
      (await makeUser(db, { organizationId, givenName: "Zéphyrin", status })).id;
    people.ministryActive = await make(ministryId, "active");
    people.ministryDisabled = await make(ministryId, "disabled");
    people.companyActive = await make(companyId, "active");
    people.companyDisabled = await make(companyId, "disabled");
  });

  it.each(["agent", "archivist"] as const)(
    "an internal %s sees active people of every organisation",
    async (viewer) => {
      const found = await idsFound(viewers[viewer], { q: "zephyrin" });
      expect(found.sort()).toEqual([people.ministryActive, people.companyActive].sort());
      expect((await personPage(viewers[viewer], people.ministryActive)).statusCode).toBe(200);
      expect((await personPage(viewers[viewer], people.companyActive)).statusCode).toBe(200);
    },
  );

  it.each(["agent", "archivist", "external"] as const)(
    "a disabled account is invisible to an %s: absent from search, 404 on its page",
    async (viewer) => {
      const found = await idsFound(viewers[viewer], { q: "zephyrin" });
      expect(found).not.toContain(people.ministryDisabled);
      expect(found).not.toContain(people.companyDisabled);
      for (const id of [people.ministryDisabled, people.companyDisabled]) {
        const response = await personPage(viewers[viewer], id);
        expect(response.statusCode).toBe(404);
        expect(response.json().error.code).toBe("not_found");
      }
    },
  );

  it("a platform admin sees disabled accounts too", async () => {
    const found = await idsFound(viewers.admin, { q: "zephyrin" });
    expect(found.sort()).toEqual(Object.values(people).sort());
    const page = await personPage(viewers.admin, people.ministryDisabled);
    expect(page.statusCode).toBe(200);
    expect(page.json().id).toBe(people.ministryDisabled);
  });

  it("an external user sees only active people of their own organisation", async () => {
    expect(await idsFound(viewers.external, { q: "zephyrin" })).toEqual([people.companyActive]);
    expect((await personPage(viewers.external, people.companyActive)).statusCode).toBe(200);
    // Nor do filters on the ministry's units reveal anyone.
    expect(await idsFound(viewers.external, { unitId: officeId })).toEqual([]);
    const everyone = await search(viewers.external, { limit: 100 });
    const organizations = (everyone.json().items as { organization: { id: string } }[]).map(
      (p) => p.organization.id,
    );
    expect(organizations.length).toBeGreaterThan(0);
    expect(new Set(organizations)).toEqual(new Set([companyId]));
  });

  it("an external user gets for a ministry agent's page exactly what a random id gets", async () => {
    const agentPage = await personPage(viewers.external, people.ministryActive);
    const randomPage = await personPage(viewers.external, randomUUID());
    expect(agentPage.statusCode).toBe(404);
    expect(agentPage.json().error.code).toBe("not_found");
    expect(randomPage.statusCode).toBe(agentPage.statusCode);
    expect(randomPage.body).toBe(agentPage.body);
  });

  it.each(["agent", "archivist", "admin", "external"] as const)(
    "a signed-in %s always sees themself",
    async (viewer) => {
      const page = await personPage(viewers[viewer], viewerIds[viewer]);
      expect(page.statusCode).toBe(200);
      const email = page.json().email as string;
      expect(await idsFound(viewers[viewer], { q: email })).toEqual([viewerIds[viewer]]);
    },
  );

  it("answers 401 without a session", async () => {
    for (const url of ["/api/directory/people", `/api/directory/people/${people.ministryActive}`]) {
      const response = await t.app.inject({ url });
      expect(response.statusCode).toBe(401);
      expect(response.json().error.code).toBe("unauthenticated");
    }
  });
});

describe("a person's page", () => {
  it("shows their assignments, principal first, and their roles", async () => {
    const db = t.database.db;
    const viennaId = await makeUnit(db, {
      organizationId: ministryId,
      kind: "embassy",
      name: "Ambassade à Vienne",
      countryCode: "AT",
      city: "Vienne",
    });
    const person = await makeUser(db, {
      organizationId: ministryId,
      unitId: officeId,
      givenName: "Margaux",
      familyName: "Delorme",
      roles: [{ role: "releaser", unitId: officeId }],
    });
    await assign(person.id, viennaId, { function: "Conseillère", startsOn: "2025-09-01" });

    const response = await personPage(viewers.agent, person.id);
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.displayName).toBe("Margaux Delorme");
    expect(body.givenName).toBe("Margaux");
    expect(body.familyName).toBe("Delorme");
    expect(body.email).toBe(person.email);
    expect(body.principalUnit.id).toBe(officeId);
    expect(body.organization).toMatchObject({ id: ministryId, kind: "ministry" });
    expect(
      body.assignments.map(
        (a: { unit: { id: string }; isPrincipal: boolean; function: string }) => [
          a.unit.id,
          a.isPrincipal,
          a.function,
        ],
      ),
    ).toEqual([
      [officeId, true, "Agent"],
      [viennaId, false, "Conseillère"],
    ]);
    expect(body.assignments[1].unit).toMatchObject({ countryCode: "AT", city: "Vienne" });
    expect(body.roles).toHaveLength(1);
    expect(body.roles[0]).toMatchObject({ role: "releaser", unit: { id: officeId } });
  });

  it("never exposes password hashes or session data, in a page or in search", async () => {
    const person = await makeUser(t.database.db, {
      organizationId: ministryId,
      unitId: officeId,
      givenName: "Secret",
      familyName: "Gardé",
    });
    await signIn(t.app, person.email);
    const stored = await t.database.db
      .selectFrom("users")
      .innerJoin("sessions", "sessions.user_id", "users.id")
      .select(["users.password_hash", "sessions.id as session_id"])
      .where("users.id", "=", person.id)
      .executeTakeFirstOrThrow();
    for (const cookie of [viewers.agent, viewers.admin]) {
      for (const response of [
        await personPage(cookie, person.id),
        await search(cookie, { q: "secret garde" }),
      ]) {
        expect(response.statusCode).toBe(200);
        expect(response.body).toContain(person.id);
        expect(response.body).not.toMatch(/password|hash|session|argon/i);
        expect(response.body).not.toContain(stored.password_hash ?? "no hash stored");
        expect(response.body).not.toContain(stored.session_id);
      }
    }
  });
});
