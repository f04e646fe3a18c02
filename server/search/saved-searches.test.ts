import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SavedSearch } from "../../shared/schemas/search.js";
import { telegramContent } from "../testing/correspondence-factory.js";
import { makeOrganization, makeUnit, makeUser, signIn } from "../testing/factories.js";
import { NAUGHTY_STRINGS, NAUGHTY_TIMEOUT_MS } from "../testing/hostile-input.js";
import { createTestApp, requestAs, type TestApp } from "../testing/test-app.js";
import { documentMatches } from "./document-match.js";
import { compileSearchText } from "./query.js";
import { documentTerms } from "./search-index.js";

/*
 * Saved searches: one's own only, bounded in number; and their alerts at dispatch, which reach
 * an owner only when the new document matches AND the owner may read it.
 */

let t: TestApp;
const c = { drafter: "", ambassador: "", reader: "", otherReader: "", stranger: "" };
const ids = { washington: "", readerUnit: "", ambassador: "", reader: "", stranger: "" };

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  const ministry = await makeOrganization(db);
  ids.washington = await makeUnit(db, {
    organizationId: ministry,
    kind: "embassy",
    name: "Ambassade de France aux États-Unis",
    countryCode: "US",
    city: "Washington",
  });
  ids.readerUnit = await makeUnit(db, { organizationId: ministry, kind: "office" });
  const elsewhere = await makeUnit(db, { organizationId: ministry, kind: "office" });
  const drafter = await makeUser(db, {
    organizationId: ministry,
    unitId: ids.washington,
    clearance: "DR",
  });
  const ambassador = await makeUser(db, {
    organizationId: ministry,
    unitId: ids.washington,
    clearance: "DR",
    roles: [{ role: "releaser", unitId: ids.washington }],
  });
  const reader = await makeUser(db, {
    organizationId: ministry,
    unitId: ids.readerUnit,
    clearance: "DR",
  });
  const otherReader = await makeUser(db, {
    organizationId: ministry,
    unitId: ids.readerUnit,
    clearance: "DR",
  });
  const stranger = await makeUser(db, {
    organizationId: ministry,
    unitId: elsewhere,
    clearance: "DR",
  });
  ids.ambassador = ambassador.id;
  ids.reader = reader.id;
  ids.stranger = stranger.id;
  c.drafter = await signIn(t.app, drafter.email);
  c.ambassador = await signIn(t.app, ambassador.email);
  c.reader = await signIn(t.app, reader.email);
  c.otherReader = await signIn(t.app, otherReader.email);
  c.stranger = await signIn(t.app, stranger.email);
}, 60_000);
afterAll(() => t.close());

const as = (
  cookie: string,
  method: "GET" | "POST" | "PATCH" | "DELETE",
  url: string,
  payload?: object,
) => requestAs(t.app, cookie, { method, url, ...(payload ? { payload } : {}) });

async function save(cookie: string, body: object) {
  const response = await as(cookie, "POST", "/api/saved-searches", body);
  expect(response.statusCode, response.body).toBe(201);
  return response.json() as SavedSearch;
}

async function dispatch(subject: string, text: string, countryTags: string[] = ["US"]) {
  const created = await as(c.drafter, "POST", "/api/correspondence", {
    kind: "telegram",
    originUnitId: ids.washington,
    content: telegramContent({
      subject,
      marking: "NP",
      precedence: "immediate",
      countryTags,
      paragraphs: [{ marking: "NP", text }],
      addressees: [{ type: "unit", id: ids.readerUnit, mode: "info" }],
    }),
  });
  expect(created.statusCode, created.body).toBe(201);
  const id: string = created.json().id;
  const submitted = await as(c.drafter, "POST", `/api/correspondence/${id}/submit`, {
    visas: [],
    signerId: ids.ambassador,
  });
  expect(submitted.statusCode, submitted.body).toBe(200);
  const signed = await as(c.ambassador, "POST", `/api/correspondence/${id}/sign`, {});
  expect(signed.statusCode, signed.body).toBe(200);
  return id;
}

async function alertsOf(userId: string) {
  return t.database.db
    .selectFrom("notifications")
    .select(["target_id", "type", "details"])
    .where("user_id", "=", userId)
    .where("reason", "=", "saved_search_match")
    .execute();
}

describe("saved searches", () => {
  it("are saved, listed and deleted by their owner only", async () => {
    const saved = await save(c.reader, {
      name: "Sanctions",
      query: { q: "sanctions -russie", country: "US", precedence: "flash", sort: "date" },
      alert: false,
    });
    expect(saved).toMatchObject({ name: "Sanctions", alert: false });
    expect(saved.query).toEqual({
      q: "sanctions -russie",
      country: "US",
      precedence: "flash",
      sort: "date",
    });
    const mine = (await as(c.reader, "GET", "/api/saved-searches")).json();
    expect(mine.items.map((s: SavedSearch) => s.id)).toContain(saved.id);
    const theirs = (await as(c.stranger, "GET", "/api/saved-searches")).json();
    expect(theirs.items).toEqual([]);

    // Another's saved search is not found, exactly like a random id.
    const foreign = await as(c.stranger, "DELETE", `/api/saved-searches/${saved.id}`);
    const random = await as(
      c.stranger,
      "DELETE",
      "/api/saved-searches/00000000-0000-4000-8000-000000000000",
    );
    expect([foreign.statusCode, random.statusCode]).toEqual([404, 404]);
    expect(foreign.json().error).toEqual(random.json().error);

    expect((await as(c.reader, "DELETE", `/api/saved-searches/${saved.id}`)).statusCode).toBe(204);
    const after = (await as(c.reader, "GET", "/api/saved-searches")).json();
    expect(after.items.map((s: SavedSearch) => s.id)).not.toContain(saved.id);
  });

  it("are renamed and their alert switched by their owner only; the change is journaled", async () => {
    const saved = await save(c.reader, { name: "Climat", query: { q: "climat" }, alert: true });
    const url = `/api/saved-searches/${saved.id}`;
    const foreign = await as(c.stranger, "PATCH", url, { name: "Volé" });
    expect(foreign.statusCode).toBe(404);
    const renamed = await as(c.reader, "PATCH", url, { name: "  Climat et COP  " });
    expect(renamed.statusCode, renamed.body).toBe(200);
    expect(renamed.json()).toMatchObject({
      name: "Climat et COP",
      alert: true,
      query: { q: "climat" },
    });
    const silenced = await as(c.reader, "PATCH", url, { alert: false });
    expect(silenced.json()).toMatchObject({ name: "Climat et COP", alert: false });
    const listed = (await as(c.reader, "GET", "/api/saved-searches")).json();
    expect(listed.items.find((s: SavedSearch) => s.id === saved.id)).toMatchObject({
      name: "Climat et COP",
      alert: false,
    });
    for (const body of [
      {},
      { name: " " },
      { name: "x", query: { q: "autre" } },
      { alert: "oui" },
    ]) {
      const bad = await as(c.reader, "PATCH", url, body);
      expect([bad.statusCode, bad.json().error.code], JSON.stringify(body)).toEqual([
        400,
        "invalid_input",
      ]);
    }
    const journal = await t.database.db
      .selectFrom("journal")
      .select("target_id")
      .where("action", "=", "saved_search.updated")
      .execute();
    expect(journal.filter((j) => j.target_id === saved.id)).toHaveLength(2);
    await as(c.reader, "DELETE", url);
  });

  it("refuses a text with nothing to look for, unknown fields and a 51st search", async () => {
    const empty = await as(c.otherReader, "POST", "/api/saved-searches", {
      name: "Vide",
      query: { q: "le la les" },
      alert: true,
    });
    expect([empty.statusCode, empty.json().error.code]).toEqual([400, "search_query_empty"]);
    const extra = await as(c.otherReader, "POST", "/api/saved-searches", {
      name: "x",
      query: { q: "climat", cursor: "abc" },
      alert: true,
    });
    expect(extra.statusCode).toBe(400);
    for (let i = 0; i < 50; i++)
      await save(c.otherReader, { name: `R${i}`, query: {}, alert: false });
    const over = await as(c.otherReader, "POST", "/api/saved-searches", {
      name: "Une de trop",
      query: {},
      alert: false,
    });
    expect([over.statusCode, over.json().error.code]).toEqual([409, "saved_search_limit"]);
    const list = (await as(c.otherReader, "GET", "/api/saved-searches")).json();
    expect(list.items).toHaveLength(50);
    for (const s of list.items as SavedSearch[]) {
      await as(c.otherReader, "DELETE", `/api/saved-searches/${s.id}`);
    }
    // Fifty-one saves and fifty deletes, one after the other: slow on a busy machine.
  }, 30_000);

  it(
    "answers hostile names and texts with 201 or a 4xx, never a 500",
    async () => {
      for (const naughty of NAUGHTY_STRINGS) {
        const response = await as(c.stranger, "POST", "/api/saved-searches", {
          name: naughty.slice(0, 80) || "x",
          query: { q: naughty.slice(0, 200) },
          alert: true,
        });
        expect(response.statusCode, naughty).toBeLessThan(500);
        if (response.statusCode === 201) {
          await as(c.stranger, "DELETE", `/api/saved-searches/${response.json().id}`);
        }
      }
    },
    NAUGHTY_TIMEOUT_MS,
  );
});

describe("alerts at dispatch", () => {
  it("notify the owner of a matching search who may read the document, only them", async () => {
    await save(c.reader, {
      name: "Ouragans aux États-Unis",
      query: { q: "ouragans consulaire", country: "US" },
      alert: true,
    });
    await save(c.reader, { name: "Sans alerte", query: { q: "ouragan" }, alert: false });
    await save(c.otherReader, { name: "Séismes", query: { q: "séisme" }, alert: true });
    await save(c.otherReader, {
      name: "Ouragans en Allemagne",
      query: { q: "ouragan", country: "DE" },
      alert: true,
    });
    // Matches, but the stranger's unit is not an addressee: they may not read it.
    await save(c.stranger, { name: "Ouragan", query: { q: "ouragan" }, alert: true });

    const id = await dispatch(
      "Ouragan sur la côte Est : dispositif consulaire",
      "Le dispositif consulaire est renforcé.",
    );
    const readerAlerts = await alertsOf(ids.reader);
    expect(readerAlerts).toHaveLength(1);
    expect(readerAlerts[0]).toMatchObject({ target_id: id, type: "information" });
    expect(JSON.parse(readerAlerts[0]?.details ?? "{}")).toMatchObject({
      searchName: "Ouragans aux États-Unis",
    });
    expect(await alertsOf(ids.stranger)).toEqual([]);
    const other = await t.database.db
      .selectFrom("users")
      .select("id")
      .where("id", "not in", [ids.reader, ids.stranger, ids.ambassador])
      .execute();
    for (const u of other) expect(await alertsOf(u.id)).toEqual([]);

    // A saved query this version would not accept is skipped; it never blocks a dispatch.
    await t.database.db
      .insertInto("saved_searches")
      .values({
        id: "00000000-0000-4000-8000-00000000beef",
        user_id: ids.reader,
        name: "Ancienne",
        query: JSON.stringify({ q: "tempête", precedence: "obsolete" }),
        alert: 1,
        created_at: new Date().toISOString(),
      })
      .execute();
    // A document the search does not match notifies no one.
    await dispatch("Tempête de neige à Boston", "Les services consulaires restent ouverts.");
    expect(await alertsOf(ids.reader)).toHaveLength(1);
    const listed = (await as(c.reader, "GET", "/api/saved-searches")).json();
    expect(listed.items.map((s: SavedSearch) => s.name).sort()).toEqual([
      "Ouragans aux États-Unis",
      "Sans alerte",
    ]);
  });
});

describe("matching a query against one document, in memory", () => {
  const terms = documentTerms({
    titleText: "Négociations commerciales : droits de douane",
    bodyText: "L'administration américaine reste prudente sur l'acier.",
    language: "fr",
  });
  it.each([
    ["négociation", true],
    ['"droits de douane"', true],
    ['"douane droits"', false],
    ["négoc*", true],
    ["acier -douane", false],
    ["acier OR steel", true],
    ["climat", false],
    // A phrase never spans the title and the body.
    ['"douane administration"', false],
  ])("%s → %s", (q, expected) => {
    expect(documentMatches(compileSearchText(q), terms)).toBe(expected);
  });
});
