import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DraftContent } from "../../shared/schemas/correspondence.js";
import { SearchQuery, type SearchResponse } from "../../shared/schemas/search.js";
import type {
  CorrespondenceKind,
  HandlingState,
  Marking,
  Precedence,
} from "../../shared/vocabulary.js";
import { loadSignedInUser } from "../people/people.service.js";
import { telegramContent } from "../testing/correspondence-factory.js";
import { makeOrganization, makeUnit, makeUser, signIn } from "../testing/factories.js";
import { NAUGHTY_STRINGS, NAUGHTY_TIMEOUT_MS } from "../testing/hostile-input.js";
import { createTestApp, requestAs, type TestApp } from "../testing/test-app.js";
import { search as searchService } from "./search.service.js";
import { indexOnEvent, reindexEverything } from "./search-indexing.js";

/*
 * A fixed corpus of 30 dispatched documents, French and English, searched through the API.
 * The expected ids are written here, in order, so the SQLite and the PostgreSQL runs check
 * exactly the same thing: the same documents in the same order, ties included.
 */

interface Doc {
  n: number;
  kind?: CorrespondenceKind;
  from: "washington" | "berlin" | "dgm";
  subject: string;
  text: string;
  tags?: string[];
  countries?: string[];
  precedence?: Precedence;
  marking?: Marking;
  language?: "fr" | "en";
  /** Addressed to the analyst in person for action, in this handling state. */
  action?: HandlingState;
  day: number;
}

const CORPUS: Doc[] = [
  {
    n: 1,
    from: "washington",
    subject: "Négociations commerciales transatlantiques : point d'étape",
    text: "Les négociations avancent lentement ; l'administration américaine reste prudente.",
    tags: ["commerce"],
    countries: ["US"],
    precedence: "priority",
    day: 2,
  },
  {
    n: 2,
    from: "berlin",
    subject: "Droits de douane sur l'acier : réaction de Berlin",
    text: "Le gouvernement fédéral juge les droits de douane disproportionnés.",
    tags: ["commerce", "acier"],
    countries: ["DE", "US"],
    precedence: "immediate",
    marking: "DR",
    day: 3,
  },
  {
    n: 3,
    from: "washington",
    subject: "Trade negotiations with the European Union: state of play",
    text: "The negotiations are moving slowly and the administration remains cautious.",
    tags: ["trade"],
    countries: ["US"],
    day: 4,
  },
  {
    n: 4,
    from: "washington",
    subject: "Steel tariffs: the administration's next steps",
    text: "The Commerce Department is expected to announce new steel tariffs next week.",
    tags: ["trade", "steel"],
    countries: ["US"],
    precedence: "flash",
    marking: "DR",
    day: 5,
    action: "new",
  },
  {
    n: 5,
    from: "dgm",
    subject: "Sommet du G7 : préparation de la présidence française",
    text: "La présidence française du G7 prépare un sommet consacré au climat et au commerce.",
    tags: ["G7"],
    precedence: "priority",
    day: 6,
  },
  {
    n: 6,
    from: "berlin",
    subject: "Climat : la COP31 et les engagements de l'Allemagne",
    text: "L'Allemagne confirme ses engagements climatiques avant la conférence.",
    tags: ["climat"],
    countries: ["DE"],
    day: 7,
  },
  {
    n: 7,
    from: "berlin",
    subject: "Climate diplomacy: Germany's commitments ahead of COP31",
    text: "Germany confirms its climate commitments ahead of the conference.",
    tags: ["climate"],
    countries: ["DE"],
    day: 8,
  },
  {
    n: 8,
    from: "washington",
    subject: "Visite du ministre à Washington — programme",
    text: "Le ministre rencontrera le secrétaire d'État et des élus du Congrès.",
    countries: ["US"],
    precedence: "immediate",
    day: 9,
    action: "acknowledged",
  },
  {
    n: 9,
    from: "washington",
    subject: "Ministerial visit to Washington: logistics",
    text: "The minister will meet the Secretary of State and members of Congress.",
    countries: ["US"],
    day: 10,
  },
  {
    n: 10,
    from: "dgm",
    subject: "Sanctions contre la Russie : application par les entreprises",
    text: "Les entreprises demandent des précisions sur l'application des sanctions.",
    tags: ["sanctions"],
    countries: ["RU"],
    precedence: "priority",
    marking: "DR",
    day: 11,
  },
  {
    n: 11,
    from: "dgm",
    subject: "Sanctions enforcement: guidance to companies",
    text: "Companies ask for guidance on how the sanctions apply to their subsidiaries.",
    tags: ["sanctions"],
    countries: ["RU"],
    precedence: "priority",
    day: 12,
  },
  {
    n: 12,
    from: "berlin",
    subject: "Énergie : approvisionnement en gaz de l'Europe",
    text: "L'approvisionnement en gaz reste fragile jusqu'au printemps.",
    tags: ["énergie"],
    countries: ["DE"],
    day: 13,
  },
  {
    n: 13,
    from: "dgm",
    subject: "Réponse à WASHINGTON-2026-0042 : négociation sur les droits de douane",
    text: "En réponse au télégramme WASHINGTON-2026-0042, la direction propose une position commune.",
    tags: ["commerce"],
    countries: ["US"],
    day: 20,
  },
  {
    n: 14,
    from: "washington",
    subject: "Négociation sur les droits de douane : compte rendu",
    text: "Compte rendu de la négociation sur les droits de douane avec le représentant au commerce.",
    tags: ["commerce"],
    countries: ["US"],
    precedence: "priority",
    day: 14,
  },
  {
    n: 15,
    from: "washington",
    subject: "Porte-parole du département d'État : déclaration sur l'Ukraine",
    text: "Le porte-parole a réaffirmé le soutien américain à l'Ukraine.",
    countries: ["UA", "US"],
    day: 15,
  },
  {
    n: 16,
    from: "washington",
    subject: "State Department spokesperson on Ukraine",
    text: "The spokesperson reaffirmed American support for Ukraine.",
    countries: ["UA", "US"],
    day: 16,
  },
  {
    n: 17,
    from: "berlin",
    subject: "Coopération culturelle franco-allemande",
    text: "Le programme de coopération culturelle comprend des échanges de jeunes.",
    tags: ["culture"],
    countries: ["DE"],
    day: 17,
  },
  {
    n: 18,
    from: "berlin",
    subject: "Cultural cooperation programme",
    text: "The cultural cooperation programme includes youth exchanges.",
    tags: ["culture"],
    countries: ["DE"],
    day: 17,
  },
  {
    n: 19,
    kind: "note",
    from: "dgm",
    subject: "Note verbale : privilèges et immunités",
    text: "Le ministère rappelle les privilèges et immunités des agents diplomatiques.",
    language: "fr",
    day: 19,
  },
  {
    n: 20,
    kind: "note",
    from: "dgm",
    subject: "Diplomatic note: privileges and immunities",
    text: "The ministry recalls the privileges and immunities of diplomatic agents.",
    language: "en",
    day: 21,
  },
  {
    n: 21,
    from: "berlin",
    subject: "Élections au Bundestag : analyse des résultats",
    text: "Les résultats des élections confirment la fragmentation du paysage politique.",
    countries: ["DE"],
    marking: "DR",
    day: 22,
  },
  {
    n: 22,
    from: "berlin",
    subject: "Bundestag elections: analysis of the results",
    text: "The election results confirm the fragmentation of the political landscape.",
    countries: ["DE"],
    day: 23,
  },
  {
    n: 23,
    from: "dgm",
    subject: "Les négociateurs européens et la politique agricole commune",
    text: "Les négociateurs cherchent un compromis sur la politique agricole.",
    tags: ["agriculture"],
    day: 24,
  },
  {
    n: 24,
    from: "dgm",
    subject: "Agricultural policy negotiators meet in Brussels",
    text: "The negotiators are looking for a compromise on agricultural policy.",
    tags: ["agriculture"],
    day: 25,
  },
  {
    n: 25,
    from: "dgm",
    subject: "Sécurité nucléaire : inspection de l'AIEA",
    text: "L'inspection de l'AIEA a relevé des écarts dans la déclaration.",
    countries: ["IR"],
    marking: "DR",
    precedence: "immediate",
    day: 26,
  },
  {
    n: 26,
    from: "dgm",
    subject: "Nuclear security: IAEA inspection report",
    text: "The IAEA inspection found discrepancies in the declaration.",
    countries: ["IR"],
    day: 27,
  },
  {
    n: 27,
    from: "dgm",
    subject: "Droits de l'homme : rapport annuel",
    text: "Le rapport annuel sur les droits de l'homme sera publié en mars.",
    tags: ["droits de l'homme"],
    day: 28,
  },
  {
    n: 28,
    from: "dgm",
    subject: "Human rights: annual report",
    text: "The annual human rights report will be published in March.",
    tags: ["human rights"],
    day: 1,
  },
  {
    n: 29,
    kind: "formal_email",
    from: "dgm",
    subject: "Invitation au séminaire sur le commerce extérieur",
    text: "Vous êtes invité au séminaire sur le commerce extérieur et la négociation.",
    tags: ["commerce"],
    day: 29,
    action: "closed",
  },
  {
    n: 30,
    kind: "formal_email",
    from: "washington",
    subject: "Seminar on trade and steel",
    text: "You are invited to a seminar on trade and the steel industry.",
    tags: ["trade", "steel"],
    countries: ["US"],
    day: 30,
  },
];

/** Fixed ids: the expected lists below name documents by their number. */
const idOf = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, "0")}`;
const numberOf = (id: string) => Number(id.slice(-12));
const referenceOf = (doc: Doc) =>
  doc.n === 14
    ? "WASHINGTON-2026-0042"
    : `${doc.from.toUpperCase()}-2026-${String(100 + doc.n).padStart(4, "0")}`;

let t: TestApp;
let dispatchFlow: {
  washington: string;
  readerUnit: string;
  drafter: string;
  ambassador: string;
  ambassadorId: string;
  visaGiver: string;
  visaGiverId: string;
};
const userIds: Record<"analyst" | "npReader", string> = { analyst: "", npReader: "" };
const cookies: Record<"analyst" | "npReader" | "stranger" | "external", string> = {
  analyst: "",
  npReader: "",
  stranger: "",
  external: "",
};

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  const ministry = await makeOrganization(db);
  const company = await makeOrganization(db, { kind: "company" });
  const units = {
    washington: await makeUnit(db, {
      organizationId: ministry,
      kind: "embassy",
      name: "Ambassade de France aux États-Unis",
      countryCode: "US",
      city: "Washington",
    }),
    berlin: await makeUnit(db, {
      organizationId: ministry,
      kind: "embassy",
      name: "Ambassade de France en Allemagne",
      countryCode: "DE",
      city: "Berlin",
    }),
    dgm: await makeUnit(db, {
      organizationId: ministry,
      kind: "directorate",
      name: "Direction générale de la mondialisation",
    }),
  };
  const readerUnit = await makeUnit(db, {
    organizationId: ministry,
    kind: "office",
    name: "Bureau des synthèses",
  });
  const elsewhere = await makeUnit(db, { organizationId: ministry, kind: "office" });
  const analyst = await makeUser(db, {
    organizationId: ministry,
    unitId: readerUnit,
    clearance: "DR",
  });
  const npReader = await makeUser(db, { organizationId: ministry, unitId: readerUnit });
  const stranger = await makeUser(db, {
    organizationId: ministry,
    unitId: elsewhere,
    clearance: "DR",
  });
  const external = await makeUser(db, { organizationId: company });
  const drafter = await makeUser(db, {
    organizationId: ministry,
    unitId: units.dgm,
    clearance: "DR",
  });

  for (const doc of CORPUS) {
    const id = idOf(doc.n);
    const at = new Date(Date.UTC(2026, 2, doc.day, 9)).toISOString();
    const content: DraftContent = telegramContent({
      subject: doc.subject,
      summary: doc.text,
      precedence: doc.precedence ?? "routine",
      marking: doc.marking ?? "NP",
      tags: doc.tags ?? [],
      countryTags: doc.countries ?? [],
      paragraphs: [{ marking: "NP", text: doc.text }],
      addressees: [
        { type: "unit", id: readerUnit, mode: "info" },
        ...(doc.action ? [{ type: "user" as const, id: analyst.id, mode: "action" as const }] : []),
      ],
      note: doc.language
        ? {
            senderEntity: "Le ministère",
            recipientEntity: "L'ambassade",
            place: "Paris",
            language: doc.language,
          }
        : null,
    });
    await db
      .insertInto("correspondences")
      .values({
        id,
        kind: doc.kind ?? "telegram",
        state: "dispatched",
        origin_unit_id: units[doc.from],
        drafter_id: drafter.id,
        subject: doc.subject,
        precedence: doc.precedence ?? "routine",
        marking: doc.marking ?? "NP",
        version: 1,
        content: JSON.stringify(content),
        reference: referenceOf(doc),
        created_at: at,
        updated_at: at,
        dispatched_at: at,
      })
      .execute();
    await db
      .insertInto("distributions")
      .values(
        content.addressees.map((a) => ({
          id: randomUUID(),
          correspondence_id: id,
          addressee_type: a.type,
          addressee_id: a.id,
          mode: a.mode,
          handling: a.mode === "action" ? (doc.action ?? "new") : null,
          deadline: null,
          assigned_to: null,
          acknowledged_at: null,
          closed_at: null,
          close_comment: null,
          answer_id: null,
          dispatched_at: at,
        })),
      )
      .execute();
    // Indexed the way a dispatch indexes it: by the index's subscriber to the dispatch event, in
    // a transaction. (The fixture has no circuit, so the other subscribers are not called.)
    await db.transaction().execute((trx) =>
      indexOnEvent(trx, {
        type: "correspondence.dispatched",
        target: { type: "correspondence", id },
      }),
    );
  }
  const washingtonDrafter = await makeUser(db, {
    organizationId: ministry,
    unitId: units.washington,
    clearance: "DR",
  });
  const ambassador = await makeUser(db, {
    organizationId: ministry,
    unitId: units.washington,
    clearance: "DR",
    roles: [{ role: "releaser", unitId: units.washington }],
  });
  const visaGiver = await makeUser(db, {
    organizationId: ministry,
    unitId: elsewhere,
    clearance: "DR",
  });
  dispatchFlow = {
    visaGiver: await signIn(t.app, visaGiver.email),
    visaGiverId: visaGiver.id,
    washington: units.washington,
    readerUnit,
    drafter: await signIn(t.app, washingtonDrafter.email),
    ambassador: await signIn(t.app, ambassador.email),
    ambassadorId: ambassador.id,
  };
  userIds.analyst = analyst.id;
  userIds.npReader = npReader.id;
  cookies.analyst = await signIn(t.app, analyst.email);
  cookies.npReader = await signIn(t.app, npReader.email);
  cookies.stranger = await signIn(t.app, stranger.email);
  cookies.external = await signIn(t.app, external.email);
}, 60_000);
afterAll(() => t.close());

async function search(who: keyof typeof cookies, params: Record<string, string>) {
  const response = await requestAs(t.app, cookies[who], {
    method: "GET",
    url: `/api/search?${new URLSearchParams(params)}`,
  });
  return response;
}

async function ids(who: keyof typeof cookies, params: Record<string, string>) {
  const response = await search(who, params);
  expect(response.statusCode, response.body).toBe(200);
  return (response.json() as SearchResponse).items.map((i) => numberOf(i.id));
}

describe("the query language, the same on both databases", () => {
  it.each([
    // Words are stemmed in French and English: « négociations » finds négociation(s) and négociateurs.
    ["négociations", [23, 13, 14, 1, 29]],
    ["negotiation", [24, 3]],
    ["climat OR climate", [7, 6, 5]],
    ['"droits de douane"', [13, 14, 2]],
    ["négoc*", [23, 13, 14, 1, 29]],
    ["sanctions -russie", [11]],
    ["steel tariffs", [4]],
    ["l'approvisionnement gaz", [12]],
    ["porte-parole", [15]],
    ["Ukraine spokesperson", [16]],
    ["privileges immunities", [20, 19]],
    ["privilèges immunités", [20, 19]],
    ["human rights", [28]],
    // Same day, same precedence: the tie falls to the id, on both engines.
    ["cooperation", [18, 17]],
    ['négoc* OR steel -"droits de douane"', [30, 23, 4, 1, 29]],
    ["commerce OR trade -acier -steel", [29, 3, 13, 14, 5, 1]],
  ])("%s", async (q, expected) => {
    expect(await ids("analyst", { q })).toEqual(expected);
  });

  it("a full reference number goes straight to its document, then to those citing it", async () => {
    const response = await search("analyst", { q: "WASHINGTON-2026-0042" });
    const body = response.json() as SearchResponse;
    expect(body.items.map((i) => [numberOf(i.id), i.directHit])).toEqual([
      [14, true],
      [13, false],
    ]);
  });

  it("a part of a reference number is a direct hit too", async () => {
    const body = (await search("analyst", { q: "2026-0042" })).json() as SearchResponse;
    expect(body.items[0]).toMatchObject({ id: idOf(14), directHit: true });
    const prefix = (await search("analyst", { q: "BERLIN-2026" })).json() as SearchResponse;
    expect(prefix.items.every((i) => i.directHit)).toBe(true);
    expect(prefix.total).toBe(8);
  });

  it("sorts by date on demand, and pages through with the cursor", async () => {
    expect(await ids("analyst", { q: "commerce", sort: "date" })).toEqual([29, 13, 14, 5, 4, 2, 1]);
    const seen: number[] = [];
    let cursor: string | null = null;
    do {
      const params: Record<string, string> = { q: "commerce", limit: "2" };
      if (cursor) params.cursor = cursor;
      const body = (await search("analyst", params)).json() as SearchResponse;
      seen.push(...body.items.map((i) => numberOf(i.id)));
      cursor = body.nextCursor;
    } while (cursor);
    expect(seen).toEqual(await ids("analyst", { q: "commerce" }));
    expect(seen).toHaveLength(7);
  });

  it("highlights matching words as text segments, never as markup", async () => {
    const body = (await search("analyst", { q: "acier" })).json() as SearchResponse;
    const [first] = body.items;
    expect(first?.subject.filter((s) => s.highlight).map((s) => s.text)).toEqual(["acier"]);
    expect(first?.snippet.map((s) => s.text).join("")).toContain("droits de douane");
  });
});

describe("filters and facets", () => {
  it("filters by country, precedence, kind, tag, unit, dates and what is addressed to me", async () => {
    expect(await ids("analyst", { country: "DE", precedence: "routine" })).toEqual([
      22, 21, 18, 17, 12, 7, 6,
    ]);
    expect(await ids("analyst", { kind: "note" })).toEqual([20, 19]);
    expect(await ids("analyst", { tag: "commerce", q: "douane" })).toEqual([13, 14, 2]);
    expect(await ids("analyst", { from: "2026-03-28", to: "2026-03-29" })).toEqual([29, 27]);
    expect(await ids("analyst", { addressed: "me" })).toEqual([29, 8, 4]);
    expect(await ids("analyst", { actionState: "acknowledged" })).toEqual([8]);
  });

  it("counts facets over the matching documents", async () => {
    const body = (await search("analyst", { q: "commerce" })).json() as SearchResponse;
    expect(body.total).toBe(7);
    expect(body.facets.marking).toEqual([
      { value: "NP", label: null, count: 5 },
      { value: "DR", label: null, count: 2 },
    ]);
    expect(body.facets.country).toEqual([
      { value: "US", label: null, count: 5 },
      { value: "DE", label: null, count: 1 },
    ]);
    expect(body.facets.kind.map((f) => [f.value, f.count])).toEqual([
      ["telegram", 6],
      ["formal_email", 1],
    ]);
    expect(body.facets.originUnit.map((f) => [f.label, f.count])).toEqual([
      ["Ambassade de France aux États-Unis", 3],
      ["Direction générale de la mondialisation", 3],
      ["Ambassade de France en Allemagne", 1],
    ]);
  });
});

describe("counting capped at MATCH_CAP candidates", () => {
  const searchCapped = async (
    who: keyof typeof userIds,
    query: Partial<SearchQuery>,
    cap: number,
  ) => {
    const user = await loadSignedInUser(t.database.db, userIds[who], { mfa: true });
    if (!user) throw new Error("no such user");
    const parsed = SearchQuery.parse(query);
    return searchService(t.database.db, user.subject, parsed, cap);
  };

  it("counts and facets the first candidates only, says so, and still pages through them all", async () => {
    const exact = await ids("analyst", { q: "commerce" });
    expect(exact).toHaveLength(7);
    const first = await searchCapped("analyst", { q: "commerce", limit: 2 }, 3);
    expect(first.countsCapped).toBe(true);
    expect(first.total).toBe(3);
    expect(Object.values(first.facets.kind).reduce((n, f) => n + f.count, 0)).toBe(3);
    expect(first.facets.marking.reduce((n, f) => n + f.count, 0)).toBe(3);
    // Each page takes its cap after its cursor: paging gives the exact order, to the end.
    const paged = first.items.map((i) => numberOf(i.id));
    let cursor = first.nextCursor;
    while (cursor) {
      const next = await searchCapped("analyst", { q: "commerce", limit: 2, cursor }, 3);
      paged.push(...next.items.map((i) => numberOf(i.id)));
      cursor = next.nextCursor;
    }
    expect(paged).toEqual(exact);
    const byDate = await searchCapped("analyst", { q: "commerce", sort: "date", limit: 2 }, 3);
    expect(byDate.items.map((i) => numberOf(i.id))).toEqual(
      (await ids("analyst", { q: "commerce", sort: "date" })).slice(0, 2),
    );
    const enough = await searchCapped("analyst", { q: "commerce" }, 7);
    expect([enough.countsCapped, enough.total]).toEqual([false, 7]);
  });

  it("never counts what the reader may not read towards the cap", async () => {
    // Two of the seven are DR: for a reader without DR clearance, five candidates, under a cap of 5.
    const body = await searchCapped("npReader", { q: "commerce" }, 5);
    expect([body.countsCapped, body.total]).toEqual([false, 5]);
  });
});

describe("need to know inside the query", () => {
  it("a reader without DR clearance never sees a DR document, nor counts it", async () => {
    const body = (await search("npReader", { q: "acier" })).json() as SearchResponse;
    expect(body.items).toEqual([]);
    expect(body.total).toBe(0);
    const all = (await search("npReader", { q: "commerce" })).json() as SearchResponse;
    expect(all.items.map((i) => numberOf(i.id))).not.toContain(2);
    expect(all.facets.marking).toEqual([{ value: "NP", label: null, count: 5 }]);
    expect(all.facets.tag.find((f) => f.value === "acier")).toBeUndefined();
    // Its reference number is no way in either.
    const direct = (await search("npReader", { q: "BERLIN-2026-0102" })).json() as SearchResponse;
    expect(direct.items).toEqual([]);
    const facets = (await search("npReader", { country: "IR" })).json() as SearchResponse;
    expect(facets.items.map((i) => numberOf(i.id))).toEqual([26]);
  });

  it("suggests only readable documents", async () => {
    const suggest = async (who: keyof typeof cookies, q: string) => {
      const response = await requestAs(t.app, cookies[who], {
        method: "GET",
        url: `/api/search/suggest?${new URLSearchParams({ q })}`,
      });
      expect(response.statusCode).toBe(200);
      return response.json().items.map((i: { id: string }) => numberOf(i.id));
    };
    expect(await suggest("analyst", "sécurité nucl")).toEqual([25, 26]);
    expect(await suggest("npReader", "sécurité nucl")).toEqual([26]);
    expect(await suggest("analyst", "Berlin-2026-01")).toHaveLength(8);
    expect(await suggest("npReader", "Berlin-2026-01")).toHaveLength(6);
    expect(await suggest("external", "nuclear")).toEqual([]);
  });

  it.each(["external", "stranger"] as const)("%s sees nothing at all", async (who) => {
    const queries: Record<string, string>[] = [
      { q: "commerce" },
      {},
      { q: "WASHINGTON-2026-0042" },
    ];
    for (const params of queries) {
      const body = (await search(who, params)).json() as SearchResponse;
      expect(body.items).toEqual([]);
      expect(body.total).toBe(0);
      expect(Object.values(body.facets).flat()).toEqual([]);
    }
  });
});

describe("hostile queries", () => {
  it(
    "never reach the engine raw: 200, or 400 with a stable code",
    async () => {
      const codes = new Set<string>();
      const inputs = [
        ...NAUGHTY_STRINGS,
        '"unbalanced',
        "a OR",
        "OR OR OR",
        "-",
        "--x",
        "NEAR(a b)",
        "a AND b NOT c",
        "col:value",
        "{title}: x",
        "x:* & !y",
        "'; drop table search_documents; --",
        "*",
        'négoc* OR steel -"droits de douane" -acier*',
        '-"droits de douane" commerce OR trade',
        '"WASHINGTON-2026" OR acier* OR "state of play"',
        "acier OR -steel",
        "(commerce OR trade) AND -(acier)",
        "porte-parole* 2026-0042 -BERLIN-2026",
        '""',
        "x".repeat(10_000),
        Array.from({ length: 30 }, (_, i) => `mot${i}`).join(" "),
      ];
      for (const q of inputs) {
        for (const url of ["/api/search", "/api/search/suggest"]) {
          const response = await requestAs(t.app, cookies.analyst, {
            method: "GET",
            url: `${url}?${new URLSearchParams({ q })}`,
          });
          if (response.statusCode === 200) continue;
          expect(response.statusCode, `${JSON.stringify(q)} → ${response.body}`).toBe(400);
          codes.add(response.json().error.code);
        }
      }
      expect([...codes].sort()).toEqual([
        "invalid_input",
        "search_query_empty",
        "search_query_too_complex",
      ]);
    },
    NAUGHTY_TIMEOUT_MS,
  );

  it("refuses a malformed cursor", async () => {
    const response = await search("analyst", { q: "commerce", cursor: "bm90IGEgY3Vyc29y" });
    expect(response.statusCode).toBe(400);
  });
});

describe("indexing on dispatch", () => {
  it("a signed document is found the moment it is dispatched, a draft never", async () => {
    const as = (cookie: string, method: "GET" | "POST", url: string, payload?: object) =>
      requestAs(t.app, cookie, { method, url, ...(payload ? { payload } : {}) });
    const created = await as(dispatchFlow.drafter, "POST", "/api/correspondence", {
      kind: "telegram",
      originUnitId: dispatchFlow.washington,
      content: telegramContent({
        subject: "Ouragan sur la côte Est : dispositif consulaire",
        marking: "NP",
        paragraphs: [{ marking: "NP", text: "Le dispositif consulaire est renforcé." }],
        addressees: [{ type: "unit", id: dispatchFlow.readerUnit, mode: "info" }],
      }),
    });
    expect(created.statusCode, created.body).toBe(201);
    const id: string = created.json().id;
    expect(await ids("analyst", { q: "ouragan" })).toEqual([]);
    const drafterSees = await as(dispatchFlow.drafter, "GET", "/api/search?q=ouragan");
    expect(drafterSees.json().items).toEqual([]);

    const submitted = await as(dispatchFlow.drafter, "POST", `/api/correspondence/${id}/submit`, {
      visas: [{ userId: dispatchFlow.visaGiverId }],
      signerId: dispatchFlow.ambassadorId,
    });
    expect(submitted.statusCode, submitted.body).toBe(200);
    const visa = (submitted.json().circuit.steps as { id: string; kind: string }[]).find(
      (s) => s.kind === "visa",
    );
    const approved = await as(
      dispatchFlow.visaGiver,
      "POST",
      `/api/correspondence/${id}/steps/${visa?.id}/decision`,
      { decision: "approve" },
    );
    expect(approved.statusCode, approved.body).toBe(200);
    const signed = await as(dispatchFlow.ambassador, "POST", `/api/correspondence/${id}/sign`, {});
    expect(signed.statusCode, signed.body).toBe(200);

    const found = (await search("analyst", { q: "ouragans" })).json() as SearchResponse;
    expect(found.items.map((i) => i.id)).toEqual([id]);
    expect(found.items[0]?.reference).toMatch(/^WASHINGTON-\d{4}-\d{4}$/);
    expect(await ids("stranger", { q: "ouragan" })).toEqual([]);
    // Its circuit is a relation too: the visa giver, from another unit, finds it.
    const visaGiverSees = await as(dispatchFlow.visaGiver, "GET", "/api/search?q=ouragan");
    expect(visaGiverSees.json().items.map((i: { id: string }) => i.id)).toEqual([id]);
  });
});

describe("re-indexing", () => {
  it("rebuilds the same index from the documents", async () => {
    const before = await ids("analyst", { q: "négociations" });
    const progress: [number, number][] = [];
    const count = await reindexEverything(t.database.db, (done, total) =>
      progress.push([done, total]),
    );
    // 31 dispatched documents, and every person of the directory (no post, file or community here).
    const people = await t.database.db
      .selectFrom("users")
      .select((eb) => eb.fn.countAll().as("n"))
      .executeTakeFirstOrThrow();
    expect(count).toBe(31 + Number(people.n));
    expect(progress.at(-1)).toEqual([count, count]);
    expect(await ids("analyst", { q: "négociations" })).toEqual(before);
  });
});
