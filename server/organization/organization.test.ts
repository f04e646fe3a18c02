import { randomUUID } from "node:crypto";
import type { InjectOptions, LightMyRequestResponse } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { OrgChartNode } from "../../shared/schemas/organization.js";
import { insertAssignment } from "../people/people.repository.js";
import { todayUtc } from "../policy/subject.js";
import { makeOrganization, makeUnit, makeUser, signIn } from "../testing/factories.js";
import {
  expectCleanRun,
  NAUGHTY_TIMEOUT_MS,
  throwNaughtyStrings,
} from "../testing/hostile-input.js";
import { createTestApp, requestAs, type TestApp } from "../testing/test-app.js";

/*
 * Organisations and units: the directory (search, a unit's place in the tree, the org chart,
 * the network of posts abroad), who sees which units, and the administration of units.
 */

let t: TestApp;
let ministryId: string;
let companyId: string;
/** Administration tests build their own trees in this organisation, away from the chart above. */
let adminOrgId: string;
let adminOrgRootId: string;

/** The ministry's tree: head → DG → directorate → sub-directorate → office, and posts. */
const unit = {} as Record<
  "head" | "dg" | "directorate" | "subDirectorate" | "office" | "tokyo" | "osaka" | "brasilia",
  string
>;
let companyDepartmentId: string;
let companyServiceId: string;

const cookies = {} as Record<"admin" | "agent" | "archivist" | "external", string>;
let adminId: string;

const DAY_MS = 24 * 3600 * 1000;
const yesterday = () => todayUtc(new Date(Date.now() - DAY_MS));
const tomorrow = () => todayUtc(new Date(Date.now() + DAY_MS));

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  ministryId = await makeOrganization(db, {
    kind: "ministry",
    name: "Ministère de l'Europe et des Affaires étrangères",
  });
  companyId = await makeOrganization(db, { kind: "company", name: "Naval Conseil SA" });
  adminOrgId = await makeOrganization(db, { kind: "ministry", name: "Ministère de l'Intérieur" });

  const organizationId = ministryId;
  unit.head = await makeUnit(db, {
    organizationId,
    kind: "ministry_head",
    name: "Administration centrale",
  });
  unit.dg = await makeUnit(db, {
    organizationId,
    parentId: unit.head,
    kind: "general_directorate",
    name: "Direction générale de la mondialisation",
  });
  unit.directorate = await makeUnit(db, {
    organizationId,
    parentId: unit.dg,
    kind: "directorate",
    name: "Direction des archives diplomatiques",
  });
  unit.subDirectorate = await makeUnit(db, {
    organizationId,
    parentId: unit.directorate,
    kind: "sub_directorate",
    name: "Sous-direction des fonds",
  });
  unit.office = await makeUnit(db, {
    organizationId,
    parentId: unit.subDirectorate,
    kind: "office",
    name: "Bureau des traités",
  });
  unit.tokyo = await makeUnit(db, {
    organizationId,
    parentId: unit.head,
    kind: "embassy",
    name: "Ambassade de France au Japon",
    countryCode: "JP",
    city: "Tokyo",
  });
  unit.osaka = await makeUnit(db, {
    organizationId,
    parentId: unit.tokyo,
    kind: "consulate",
    name: "Consulat général à Osaka",
    countryCode: "JP",
    city: "Osaka",
  });
  unit.brasilia = await makeUnit(db, {
    organizationId,
    parentId: unit.head,
    kind: "embassy",
    name: "Ambassade de France au Brésil",
    countryCode: "BR",
    city: "Brasilia",
  });
  companyDepartmentId = await makeUnit(db, {
    organizationId: companyId,
    kind: "company_department",
    name: "Département export",
  });
  companyServiceId = await makeUnit(db, {
    organizationId: companyId,
    parentId: companyDepartmentId,
    kind: "company_department",
    name: "Service juridique",
  });
  adminOrgRootId = await makeUnit(db, {
    organizationId: adminOrgId,
    kind: "ministry_head",
    name: "Secrétariat général",
  });

  const admin = await makeUser(db, {
    organizationId: ministryId,
    roles: [{ role: "platform_admin" }],
  });
  adminId = admin.id;
  const agent = await makeUser(db, { organizationId: ministryId, unitId: unit.office });
  const archivist = await makeUser(db, {
    organizationId: ministryId,
    roles: [{ role: "archivist" }],
  });
  const external = await makeUser(db, { organizationId: companyId, unitId: companyServiceId });
  cookies.admin = await signIn(t.app, admin.email);
  cookies.agent = await signIn(t.app, agent.email);
  cookies.archivist = await signIn(t.app, archivist.email);
  cookies.external = await signIn(t.app, external.email);
});
afterAll(() => t.close());

/* ---------- helpers ---------- */

const asAdmin = (options: InjectOptions) => requestAs(t.app, cookies.admin, options);

const searchUnits = (cookie: string, query: Record<string, string | number>) =>
  requestAs(t.app, cookie, {
    url: "/api/directory/units",
    query: Object.fromEntries(Object.entries(query).map(([k, v]) => [k, String(v)])),
  });

const unitIdsFound = async (cookie: string, query: Record<string, string | number>) => {
  const response = await searchUnits(cookie, { limit: 100, ...query });
  expect(response.statusCode, response.body).toBe(200);
  return (response.json().items as { id: string }[]).map((u) => u.id);
};

const unitPage = (cookie: string, id: string) =>
  requestAs(t.app, cookie, { url: `/api/directory/units/${id}` });

const createUnit = (body: Record<string, unknown>) =>
  asAdmin({
    method: "POST",
    url: "/api/admin/units",
    payload: {
      organizationId: adminOrgId,
      parentId: adminOrgRootId,
      kind: "office",
      name: "Bureau nouveau",
      shortName: "BN",
      ...body,
    },
  });

const updateUnit = (id: string, body: unknown) =>
  asAdmin({ method: "PATCH", url: `/api/admin/units/${id}`, payload: body as object });

const expectError = (response: LightMyRequestResponse, status: number, code: string) => {
  expect(response.statusCode, response.body.slice(0, 300)).toBe(status);
  expect(response.json().error.code).toBe(code);
};

const countUnits = async () =>
  Number(
    (
      await t.database.db
        .selectFrom("units")
        .select((eb) => eb.fn.countAll<number | string>().as("n"))
        .executeTakeFirstOrThrow()
    ).n,
  );

/** The newest journal entry: it moves whenever anything is journaled. */
const journalHead = async () =>
  (
    await t.database.db
      .selectFrom("journal")
      .select((eb) => eb.fn.max("seq").as("seq"))
      .executeTakeFirst()
  )?.seq ?? null;

const storedUnit = (id: string) =>
  t.database.db.selectFrom("units").selectAll().where("id", "=", id).executeTakeFirst();

/** A unit in the administration organisation, made directly in the database. */
const someUnit = (o: Partial<Parameters<typeof makeUnit>[1]> = {}) =>
  makeUnit(t.database.db, { organizationId: adminOrgId, parentId: adminOrgRootId, ...o });

/** An org chart node reduced to its ids, to compare shapes. */
const shapeIds = (node: OrgChartNode): unknown => ({
  id: node.id,
  children: node.children.map(shapeIds),
});

const base64url = (text: string) => Buffer.from(text, "utf8").toString("base64url");

/* ---------- the directory ---------- */

describe("searching units", () => {
  it("finds units by name or city, ignoring case and accents", async () => {
    expect(await unitIdsFound(cookies.agent, { q: "ARCHIVES diplomatiqu" })).toEqual([
      unit.directorate,
    ]);
    expect(await unitIdsFound(cookies.agent, { q: "traites" })).toEqual([unit.office]);
    expect(await unitIdsFound(cookies.agent, { q: "ÔSAKA" })).toEqual([unit.osaka]);
    expect(await unitIdsFound(cookies.agent, { q: "ambassade bresil" })).toEqual([unit.brasilia]);
  });

  it("filters by country and by kind, alphabetically", async () => {
    expect(await unitIdsFound(cookies.agent, { country: "JP" })).toEqual([unit.tokyo, unit.osaka]);
    expect(await unitIdsFound(cookies.agent, { country: "JP", kind: "consulate" })).toEqual([
      unit.osaka,
    ]);
    expect(
      await unitIdsFound(cookies.agent, { kind: "embassy", organizationId: ministryId }),
    ).toEqual([unit.brasilia, unit.tokyo]);
    expect(await unitIdsFound(cookies.agent, { parentId: unit.head })).toEqual([
      unit.brasilia,
      unit.tokyo,
      unit.dg,
    ]);
  });

  it("refuses an unknown kind, a lower-case country or a page size out of bounds: 400", async () => {
    for (const query of [
      { kind: "castle" },
      { country: "jp" },
      { limit: 0 },
      { limit: 101 },
      { organizationId: "ministry" },
    ] as Record<string, string | number>[]) {
      const response = await searchUnits(cookies.agent, query);
      expectError(response, 400, "invalid_input");
    }
  });
});

describe("paging through units", () => {
  const ALPHABETICAL = [
    "Agence comptable",
    "Bureau des bourses",
    "Cellule de crise",
    "Délégation aux affaires",
    "Direction juridique",
    "École diplomatique",
    "Inspection générale",
    "Mission des archives",
    "Protocole",
    "Service de presse",
    "Service de presse",
    "Œuvres sociales",
  ];
  let organizationId: string;
  let expectedOrder: string[];

  beforeAll(async () => {
    organizationId = await makeOrganization(t.database.db, { kind: "ministry" });
    const ids: string[] = new Array(ALPHABETICAL.length);
    for (const i of ALPHABETICAL.map((_, i) => (i * 5) % ALPHABETICAL.length)) {
      ids[i] = await makeUnit(t.database.db, { organizationId, name: ALPHABETICAL[i] });
    }
    // Namesakes are ordered by id, which keeps the keyset total.
    expectedOrder = [...ids.slice(0, 9), ...ids.slice(9, 11).sort(), ...ids.slice(11)];
  });

  it("following nextCursor visits every unit exactly once, in alphabetical order", async () => {
    const pages: { ids: string[]; nextCursor: string | null }[] = [];
    let cursor: string | null = null;
    do {
      const query: Record<string, string | number> = { organizationId, limit: 5 };
      if (cursor) query.cursor = cursor;
      const body = (await searchUnits(cookies.agent, query)).json();
      pages.push({ ids: body.items.map((u: { id: string }) => u.id), nextCursor: body.nextCursor });
      cursor = body.nextCursor;
    } while (cursor !== null && pages.length < 20);
    expect(pages.map((p) => p.ids.length)).toEqual([5, 5, 2]);
    expect(pages.flatMap((p) => p.ids)).toEqual(expectedOrder);
    expect(pages.at(-1)?.nextCursor).toBeNull();
  });

  it("refuses a cursor it did not issue: 400 invalid_input", async () => {
    for (const cursor of ["%%%", "eyJ4Ijox", base64url("[1,2]"), base64url('["a","b","c"]')]) {
      expectError(await searchUnits(cookies.agent, { cursor }), 400, "invalid_input");
    }
  });

  it("a forged cursor carrying a NUL character never causes a server error", async () => {
    const response = await searchUnits(cookies.agent, {
      cursor: base64url(JSON.stringify(["\u0000", "\u0000"])),
    });
    expect([200, 400], `answered ${response.statusCode}`).toContain(response.statusCode);
  });
});

describe("a unit's page", () => {
  it("lists its ancestors from the root down to its parent", async () => {
    const response = await unitPage(cookies.agent, unit.office);
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.ancestors.map((a: { id: string }) => a.id)).toEqual([
      unit.head,
      unit.dg,
      unit.directorate,
      unit.subDirectorate,
    ]);
    expect(body).toMatchObject({
      id: unit.office,
      name: "Bureau des traités",
      kind: "office",
      parentId: unit.subDirectorate,
      organization: { id: ministryId, kind: "ministry" },
      children: [],
    });
    const root = (await unitPage(cookies.agent, unit.head)).json();
    expect(root.ancestors).toEqual([]);
    expect(root.parentId).toBeNull();
  });

  it("lists its children alphabetically", async () => {
    const body = (await unitPage(cookies.agent, unit.head)).json();
    expect(body.children.map((c: { id: string }) => c.id)).toEqual([
      unit.brasilia,
      unit.tokyo,
      unit.dg,
    ]);
    expect(body.children[1]).toMatchObject({ kind: "embassy", countryCode: "JP", city: "Tokyo" });
  });

  it("counts as members only people assigned there today, each once", async () => {
    const db = t.database.db;
    const unitId = await makeUnit(db, { organizationId: ministryId, name: "Bureau du chiffre" });
    const assign = async (startsOn: string, endsOn: string | null, isPrincipal = 1) => {
      const user = await makeUser(db, { organizationId: ministryId });
      await insertAssignment(db, {
        id: randomUUID(),
        user_id: user.id,
        unit_id: unitId,
        function: "Chiffreur",
        is_principal: isPrincipal,
        starts_on: startsOn,
        ends_on: endsOn,
        created_at: new Date().toISOString(),
      });
      return user.id;
    };
    await assign("2024-01-01", null);
    await assign("2024-01-01", null, 0);
    await assign("2024-01-01", todayUtc());
    await assign("2020-01-01", yesterday());
    await assign(tomorrow(), null);
    const twice = await assign("2024-01-01", null);
    await insertAssignment(db, {
      id: randomUUID(),
      user_id: twice,
      unit_id: unitId,
      function: "Intérim",
      is_principal: 0,
      starts_on: "2025-01-01",
      ends_on: null,
      created_at: new Date().toISOString(),
    });
    expect((await unitPage(cookies.agent, unitId)).json().memberCount).toBe(4);
  });

  it("tells an agent they may not change it, and an admin that they may", async () => {
    expect((await unitPage(cookies.agent, unit.office)).json().abilities).toEqual({
      update: false,
      createChild: false,
    });
    expect((await unitPage(cookies.admin, unit.office)).json().abilities).toEqual({
      update: true,
      createChild: true,
    });
  });

  it("answers 404 for an unknown unit and 401 without a session", async () => {
    expectError(await unitPage(cookies.agent, randomUUID()), 404, "not_found");
    expectError(
      await t.app.inject({ url: `/api/directory/units/${unit.office}` }),
      401,
      "unauthenticated",
    );
  });
});

describe("the organisation chart and the network of posts", () => {
  const leaf = (id: string) => ({ id, children: [] });

  it("nests every unit under its parent, children alphabetically", async () => {
    const response = await requestAs(t.app, cookies.agent, {
      url: `/api/directory/organizations/${ministryId}/chart`,
    });
    expect(response.statusCode).toBe(200);
    const chart = response.json();
    expect(chart.organization).toMatchObject({ id: ministryId, kind: "ministry" });
    const roots = (chart.roots as OrgChartNode[]).filter((r) => r.id === unit.head);
    expect(roots.map(shapeIds)).toEqual([
      {
        id: unit.head,
        children: [
          leaf(unit.brasilia),
          { id: unit.tokyo, children: [leaf(unit.osaka)] },
          {
            id: unit.dg,
            children: [
              {
                id: unit.directorate,
                children: [{ id: unit.subDirectorate, children: [leaf(unit.office)] }],
              },
            ],
          },
        ],
      },
    ]);
    expect(chart.roots[0].children[1]).toMatchObject({ name: "Ambassade de France au Japon" });
  });

  it("groups the posts abroad by country, each country once, without central units", async () => {
    const response = await requestAs(t.app, cookies.agent, { url: "/api/directory/posts" });
    expect(response.statusCode).toBe(200);
    const countries = response.json().countries as {
      countryCode: string;
      posts: { id: string; kind: string }[];
    }[];
    const codes = countries.map((c) => c.countryCode);
    expect(new Set(codes).size).toBe(codes.length);
    expect([...codes].sort()).toEqual(codes);
    const postsOf = (code: string) =>
      countries.find((c) => c.countryCode === code)?.posts.map((p) => p.id);
    expect(postsOf("JP")).toEqual([unit.tokyo, unit.osaka]);
    expect(postsOf("BR")).toEqual([unit.brasilia]);
    const kinds = new Set(countries.flatMap((c) => c.posts.map((p) => p.kind)));
    expect(
      [...kinds].every((k) => ["embassy", "consulate", "permanent_representation"].includes(k)),
    ).toBe(true);
  });

  it("answers 404 for the chart of an unknown organisation", async () => {
    const response = await requestAs(t.app, cookies.agent, {
      url: `/api/directory/organizations/${randomUUID()}/chart`,
    });
    expectError(response, 404, "not_found");
  });
});

describe("what an external user sees of the organisation", () => {
  it("finds only their own organisation's units", async () => {
    const response = await searchUnits(cookies.external, { limit: 100 });
    const items = response.json().items as { id: string; organization: { id: string } }[];
    expect(items.map((u) => u.id).sort()).toEqual([companyDepartmentId, companyServiceId].sort());
    expect(await unitIdsFound(cookies.external, { q: "ambassade" })).toEqual([]);
    expect(await unitIdsFound(cookies.external, { country: "JP" })).toEqual([]);
    expect(await unitIdsFound(cookies.external, { organizationId: ministryId })).toEqual([]);
  });

  it("gets for another organisation's unit exactly what a random id gets", async () => {
    const ministryUnit = await unitPage(cookies.external, unit.tokyo);
    const randomUnit = await unitPage(cookies.external, randomUUID());
    expectError(ministryUnit, 404, "not_found");
    expect(randomUnit.statusCode).toBe(404);
    expect(randomUnit.body).toBe(ministryUnit.body);
    const own = await unitPage(cookies.external, companyServiceId);
    expect(own.statusCode).toBe(200);
    expect(own.json().ancestors.map((a: { id: string }) => a.id)).toEqual([companyDepartmentId]);
    // The ministry's agents, on the other hand, may look up the company's units.
    expect((await unitPage(cookies.agent, companyServiceId)).statusCode).toBe(200);
  });

  it("gets 404 for another organisation's chart, like an unknown one, and sees their own", async () => {
    const chartOf = (id: string) =>
      requestAs(t.app, cookies.external, { url: `/api/directory/organizations/${id}/chart` });
    const ministryChart = await chartOf(ministryId);
    expectError(ministryChart, 404, "not_found");
    expect((await chartOf(randomUUID())).body).toBe(ministryChart.body);
    const own = await chartOf(companyId);
    expect(own.statusCode).toBe(200);
    expect((own.json().roots as OrgChartNode[]).map(shapeIds)).toEqual([
      { id: companyDepartmentId, children: [{ id: companyServiceId, children: [] }] },
    ]);
  });

  it("sees no post of another organisation, and only their organisation in the list", async () => {
    const posts = await requestAs(t.app, cookies.external, { url: "/api/directory/posts" });
    expect(posts.statusCode).toBe(200);
    expect(posts.json().countries).toEqual([]);
    const organizations = await requestAs(t.app, cookies.external, {
      url: "/api/directory/organizations",
    });
    expect(organizations.json().items.map((o: { id: string }) => o.id)).toEqual([companyId]);
  });
});

/* ---------- administration ---------- */

describe("creating a unit", () => {
  it("an admin creates a unit under a parent: 201, and it takes its place in the tree", async () => {
    const response = await createUnit({
      kind: "directorate",
      name: "Direction de la prospective",
      shortName: "DP",
    });
    expect(response.statusCode, response.body).toBe(201);
    const created = response.json();
    expect(created).toMatchObject({
      name: "Direction de la prospective",
      shortName: "DP",
      kind: "directorate",
      parentId: adminOrgRootId,
      organization: { id: adminOrgId },
      countryCode: null,
      city: null,
      memberCount: 0,
      children: [],
      abilities: { update: true, createChild: true },
    });
    expect(created.ancestors.map((a: { id: string }) => a.id)).toEqual([adminOrgRootId]);
    const parent = (await unitPage(cookies.agent, adminOrgRootId)).json();
    expect(parent.children.map((c: { id: string }) => c.id)).toContain(created.id);
    expect(await unitIdsFound(cookies.agent, { q: "prospective" })).toEqual([created.id]);
  });

  it("a post is created with its country and city", async () => {
    const response = await createUnit({
      kind: "embassy",
      name: "Ambassade de France au Sénégal",
      shortName: "Dakar",
      countryCode: "SN",
      city: "Dakar",
    });
    expect(response.statusCode, response.body).toBe(201);
    expect(await unitIdsFound(cookies.agent, { country: "SN" })).toEqual([response.json().id]);
  });

  it("a post without a country or a city is refused: 400, nothing written", async () => {
    const units = await countUnits();
    const journal = await journalHead();
    for (const body of [
      { kind: "embassy", countryCode: "CA", city: null },
      { kind: "consulate", countryCode: null, city: "Montréal" },
      { kind: "permanent_representation" },
    ]) {
      expectError(await createUnit(body), 400, "invalid_input");
    }
    expect(await countUnits()).toBe(units);
    expect(await journalHead()).toBe(journal);
  });

  it("a parent from another organisation, or unknown, is refused: 400, nothing written", async () => {
    const units = await countUnits();
    const journal = await journalHead();
    expectError(await createUnit({ parentId: unit.directorate }), 400, "invalid_input");
    expectError(await createUnit({ parentId: randomUUID() }), 400, "invalid_input");
    expectError(
      await createUnit({ organizationId: randomUUID(), parentId: null }),
      400,
      "invalid_input",
    );
    expect(await countUnits()).toBe(units);
    expect(await journalHead()).toBe(journal);
  });
});

describe("renaming and moving a unit", () => {
  it("an admin renames and moves a unit; the directory follows", async () => {
    const oldParent = await someUnit({ kind: "directorate", name: "Direction ancienne" });
    const newParent = await someUnit({ kind: "directorate", name: "Direction nouvelle" });
    const moving = await someUnit({ parentId: oldParent, name: "Bureau des passeports" });

    const response = await updateUnit(moving, {
      name: "Bureau des titres d'identité",
      shortName: "BTI",
      parentId: newParent,
    });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({
      name: "Bureau des titres d'identité",
      parentId: newParent,
    });
    expect(response.json().ancestors.map((a: { id: string }) => a.id)).toEqual([
      adminOrgRootId,
      newParent,
    ]);
    const childrenOf = async (id: string) =>
      (await unitPage(cookies.agent, id)).json().children.map((c: { id: string }) => c.id);
    expect(await childrenOf(oldParent)).toEqual([]);
    expect(await childrenOf(newParent)).toEqual([moving]);
    expect(await unitIdsFound(cookies.agent, { q: "titres identite" })).toEqual([moving]);
    expect(await unitIdsFound(cookies.agent, { q: "passeports" })).toEqual([]);
  });

  it("a unit can become a root, and a field left out is kept", async () => {
    const moving = await someUnit({ name: "Cellule autonome" });
    const response = await updateUnit(moving, { parentId: null });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({
      parentId: null,
      ancestors: [],
      name: "Cellule autonome",
    });
  });

  it("moving a unit under its own descendant, or under itself, is refused: 409 unit_cycle", async () => {
    const parent = await someUnit({ name: "Direction P" });
    const child = await someUnit({ parentId: parent, name: "Sous-direction C" });
    const grandChild = await someUnit({ parentId: child, name: "Bureau G" });
    const journal = await journalHead();
    expectError(await updateUnit(parent, { parentId: grandChild }), 409, "unit_cycle");
    expectError(await updateUnit(parent, { parentId: child }), 409, "unit_cycle");
    expectError(await updateUnit(parent, { parentId: parent }), 409, "unit_cycle");
    expect((await storedUnit(parent))?.parent_id).toBe(adminOrgRootId);
    const ancestors = (await unitPage(cookies.agent, grandChild)).json().ancestors;
    expect(ancestors.map((a: { id: string }) => a.id)).toEqual([adminOrgRootId, parent, child]);
    expect(await journalHead()).toBe(journal);
  });

  it("moving a unit under a descendant deep down the tree is refused too", async () => {
    // A tree of its own: if the cycle is let through, nothing else is disturbed.
    const organizationId = await makeOrganization(t.database.db, { kind: "ministry" });
    const chain: string[] = [];
    for (let depth = 0; depth < 40; depth += 1) {
      chain.push(await makeUnit(t.database.db, { organizationId, parentId: chain.at(-1) ?? null }));
    }
    const top = chain[0] ?? "";
    const bottom = chain.at(-1) ?? "";
    expectError(await updateUnit(top, { parentId: bottom }), 409, "unit_cycle");
    expect((await storedUnit(top))?.parent_id).toBeNull();
  });

  it("moving under a unit of another organisation is refused: 400", async () => {
    const moving = await someUnit();
    expectError(await updateUnit(moving, { parentId: unit.office }), 400, "invalid_input");
    expect((await storedUnit(moving))?.parent_id).toBe(adminOrgRootId);
  });

  it("a post cannot lose its country or its city: 400", async () => {
    const post = await someUnit({ kind: "consulate", countryCode: "CA", city: "Québec" });
    expectError(await updateUnit(post, { city: null }), 400, "invalid_input");
    expectError(await updateUnit(post, { countryCode: null }), 400, "invalid_input");
    expect(await storedUnit(post)).toMatchObject({ country_code: "CA", city: "Québec" });
    const moved = await updateUnit(post, { city: "Montréal" });
    expect(moved.json()).toMatchObject({ countryCode: "CA", city: "Montréal" });
  });

  it("updating a unit that does not exist answers 404", async () => {
    expectError(await updateUnit(randomUUID(), { name: "Fantôme" }), 404, "not_found");
  });
});

describe("who may administer units", () => {
  it.each(["agent", "archivist", "external"] as const)(
    "a signed-in %s gets 404 for creating or changing a unit, and nothing is written",
    async (role) => {
      const target = await someUnit({ name: "Bureau intouchable" });
      const units = await countUnits();
      const journal = await journalHead();
      const create = await requestAs(t.app, cookies[role], {
        method: "POST",
        url: "/api/admin/units",
        payload: {
          organizationId: adminOrgId,
          parentId: adminOrgRootId,
          kind: "office",
          name: "Bureau pirate",
          shortName: "BP",
        },
      });
      expectError(create, 404, "not_found");
      const update = await requestAs(t.app, cookies[role], {
        method: "PATCH",
        url: `/api/admin/units/${target}`,
        payload: { name: "Bureau renommé", parentId: null },
      });
      expectError(update, 404, "not_found");
      expect(await countUnits()).toBe(units);
      expect(await journalHead()).toBe(journal);
      expect(await storedUnit(target)).toMatchObject({
        name: "Bureau intouchable",
        parent_id: adminOrgRootId,
      });
    },
  );
});

describe("the journal of unit changes", () => {
  it("creating and updating a unit write entries naming the admin as actor", async () => {
    const created = await createUnit({ name: "Bureau journalisé", shortName: "BJ" });
    const id = created.json().id as string;
    const change = { name: "Bureau journalisé et renommé", city: "Nantes" };
    expect((await updateUnit(id, change)).statusCode).toBe(200);
    const entries = await t.database.db
      .selectFrom("journal")
      .selectAll()
      .where("target_id", "=", id)
      .orderBy("seq")
      .execute();
    expect(entries.map((e) => e.action)).toEqual(["unit.created", "unit.updated"]);
    expect(entries.every((e) => e.actor_id === adminId && e.target_type === "unit")).toBe(true);
    expect(JSON.parse(entries[0]?.details ?? "{}")).toMatchObject({
      organizationId: adminOrgId,
      name: "Bureau journalisé",
    });
    expect(JSON.parse(entries[1]?.details ?? "{}")).toEqual(change);
  });
});

/* ---------- hostile input ---------- */

describe("naughty strings in the unit forms", () => {
  it.each(["name", "shortName", "city"] as const)(
    "every naughty string as the %s of a new unit is stored exactly or refused as invalid input",
    async (field) => {
      const run = await throwNaughtyStrings(
        (value) => createUnit({ parentId: null, [field]: value }),
        async (response) => (await unitPage(cookies.admin, response.json().id)).json()[field],
        async () => [await countUnits(), await journalHead()],
      );
      expectCleanRun(run);
    },
    NAUGHTY_TIMEOUT_MS,
  );

  it.each(["name", "shortName", "city"] as const)(
    "every naughty string as the edited %s of a unit is stored exactly or refused as invalid input",
    async (field) => {
      const target = await someUnit({ name: "Bureau ordinaire" });
      const run = await throwNaughtyStrings(
        (value) => updateUnit(target, { [field]: value }),
        async () => (await unitPage(cookies.admin, target)).json()[field],
        async () => [await storedUnit(target), await journalHead()],
      );
      expectCleanRun(run);
    },
    NAUGHTY_TIMEOUT_MS,
  );
});

describe("malformed requests to the unit forms", () => {
  const tooLong = "a".repeat(10_000);

  it("a 10 000-character text is refused in every field: 400, nothing written", async () => {
    const target = await someUnit();
    const units = await countUnits();
    const journal = await journalHead();
    const before = await storedUnit(target);
    for (const field of ["name", "shortName", "city"]) {
      expectError(await createUnit({ [field]: tooLong }), 400, "invalid_input");
      expectError(await updateUnit(target, { [field]: tooLong }), 400, "invalid_input");
    }
    expect(await countUnits()).toBe(units);
    expect(await journalHead()).toBe(journal);
    expect(await storedUnit(target)).toEqual(before);
  });

  it("a value of the wrong type is refused: 400", async () => {
    const target = await someUnit();
    for (const response of [
      await createUnit({ name: 42 }),
      await createUnit({ shortName: null }),
      await createUnit({ city: 7 }),
      await createUnit({ parentId: "the-root" }),
      await createUnit({ kind: "castle" }),
      await createUnit({ kind: "embassy", countryCode: "fra", city: "Paris" }),
      await updateUnit(target, { name: ["Bureau"] }),
      await updateUnit(target, { parentId: 12 }),
      await updateUnit(target, ["Bureau"]),
    ]) {
      expectError(response, 400, "invalid_input");
    }
  });

  it("an unknown field is refused: 400 (a unit changes neither organisation nor kind)", async () => {
    const target = await someUnit();
    for (const response of [
      await createUnit({ id: randomUUID() }),
      await createUnit({ sortKey: "aaa" }),
      await updateUnit(target, { organizationId: companyId }),
      await updateUnit(target, { kind: "embassy" }),
    ]) {
      expectError(response, 400, "invalid_input");
    }
    expect(await storedUnit(target)).toMatchObject({ organization_id: adminOrgId, kind: "office" });
  });

  it("a body that is not JSON answers 400, one over 256 KB 413, a text/plain one 415", async () => {
    const target = await someUnit();
    const units = await countUnits();
    const send = (method: "POST" | "PATCH", url: string, contentType: string, payload: string) =>
      asAdmin({ method, url, headers: { "content-type": contentType }, payload });
    const valid = JSON.stringify({
      organizationId: adminOrgId,
      parentId: null,
      kind: "office",
      name: "Bureau",
      shortName: "B",
    });
    expectError(
      await send("POST", "/api/admin/units", "application/json", '{"name": "Bureau'),
      400,
      "malformed_request",
    );
    expectError(
      await send("PATCH", `/api/admin/units/${target}`, "application/json", "name=Bureau"),
      400,
      "malformed_request",
    );
    expectError(
      await send(
        "POST",
        "/api/admin/units",
        "application/json",
        JSON.stringify({ ...JSON.parse(valid), name: "x".repeat(300 * 1024) }),
      ),
      413,
      "payload_too_large",
    );
    expectError(
      await send("POST", "/api/admin/units", "text/plain", valid),
      415,
      "unsupported_media_type",
    );
    expect(await countUnits()).toBe(units);
  });
});
