import { randomUUID } from "node:crypto";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SearchQuery } from "../../shared/schemas/search.js";
import { dialectOf } from "../db/dialect.js";
import { loadSignedInUser } from "../people/people.service.js";
import { makeCommunity, makeOrganization, makeUnit, makeUser } from "../testing/factories.js";
import { makeDispatchedTelegram } from "../testing/feed-factory.js";
import { createTestApp, type TestApp } from "../testing/test-app.js";
import { search, suggest } from "./search.service.js";
import { ensureSearchIndexCurrent, indexOnEvent, SEARCH_INDEX_FORMAT } from "./search-indexing.js";

/*
 * Audience keys (audience.ts): the full-text index finds a dispatched document for everyone
 * related to it — drafter, co-editor, circuit participant, head of a circuit unit, member of the
 * originating unit, addressee in person, through a unit or a community — and for nobody else;
 * the keys only narrow the candidates, the read rule still decides each row; an index written
 * in an older format is rebuilt when the portal starts.
 */

let t: TestApp;
const people: Record<string, string> = {};
let documentId = "";
let strangerDocumentId = "";

const at = new Date(Date.UTC(2026, 5, 1, 9)).toISOString();

/** A dispatched telegram with these relations, indexed as its dispatch would index it. */
async function dispatched(
  subject: string,
  origin: { unitId: string; drafterId: string },
  relations: {
    editors?: string[];
    steps?: { userId?: string; unitId?: string }[];
    addressees?: { type: "user" | "unit" | "community"; id: string }[];
  },
) {
  const db = t.database.db;
  const id = await makeDispatchedTelegram(db, {
    originUnitId: origin.unitId,
    drafterId: origin.drafterId,
    subject,
    addressees: relations.addressees ?? [],
  });
  for (const userId of relations.editors ?? []) {
    await db
      .insertInto("correspondence_editors")
      .values({ correspondence_id: id, user_id: userId, added_by: origin.drafterId, added_at: at })
      .execute();
  }
  for (const [position, step] of (relations.steps ?? []).entries()) {
    await db
      .insertInto("circuit_steps")
      .values({
        id: randomUUID(),
        correspondence_id: id,
        position: position + 1,
        kind: "visa",
        assignee_user_id: step.userId ?? null,
        assignee_unit_id: step.unitId ?? null,
        status: "approved",
        decided_by: null,
        decided_at: at,
        comment: null,
      })
      .execute();
  }
  await db.transaction().execute((trx) =>
    indexOnEvent(trx, {
      type: "correspondence.dispatched",
      target: { type: "correspondence", id },
    }),
  );
  return id;
}

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  const ministry = await makeOrganization(db);
  const unit = (name: string) => makeUnit(db, { organizationId: ministry, kind: "office", name });
  const origin = await unit("Bureau d'origine");
  const addressed = await unit("Bureau destinataire");
  const circuit = await unit("Bureau du circuit");
  const elsewhere = await unit("Bureau sans rapport");
  const user = async (
    name: string,
    unitId: string,
    roles: { role: "releaser"; unitId: string }[] = [],
  ) => {
    people[name] = (await makeUser(db, { organizationId: ministry, unitId, roles })).id;
  };
  await user("drafter", origin);
  await user("originMember", origin);
  await user("coEditor", elsewhere);
  await user("circuitUser", elsewhere);
  await user("circuitHead", circuit, [{ role: "releaser", unitId: circuit }]);
  await user("circuitMember", circuit);
  await user("addresseeUser", elsewhere);
  await user("unitMember", addressed);
  await user("communityMember", elsewhere);
  await user("stranger", elsewhere);
  const community = await makeCommunity(db, { members: [people.communityMember ?? ""] });

  documentId = await dispatched(
    "Survol d'un dirigeable",
    { unitId: origin, drafterId: people.drafter ?? "" },
    {
      editors: [people.coEditor ?? ""],
      steps: [{ userId: people.circuitUser }, { unitId: circuit }],
      addressees: [
        { type: "user", id: people.addresseeUser ?? "" },
        { type: "unit", id: addressed },
        { type: "community", id: community },
      ],
    },
  );
  // Indexed while addressed to the stranger, who is then taken off: the key stays, the read
  // rule (which follows the distributions) must still refuse it.
  strangerDocumentId = await dispatched(
    "Ballon égaré",
    { unitId: origin, drafterId: people.drafter ?? "" },
    { addressees: [{ type: "user", id: people.stranger ?? "" }] },
  );
  await db
    .deleteFrom("distributions")
    .where("correspondence_id", "=", strangerDocumentId)
    .where("addressee_id", "=", people.stranger ?? "")
    .execute();
}, 60_000);
afterAll(() => t.close());

async function subjectOf(name: string) {
  const loaded = await loadSignedInUser(t.database.db, people[name] ?? "", { mfa: true });
  if (!loaded) throw new Error(`no user ${name}`);
  return loaded.subject;
}

async function found(name: string, q: string) {
  const subject = await subjectOf(name);
  const query = { q, limit: 20 } as SearchQuery;
  const result = await search(t.database.db, subject, query);
  const facetTotal = result.facets.kind.reduce((sum, f) => sum + f.count, 0);
  expect(facetTotal).toBe(result.total);
  const suggested = await suggest(t.database.db, subject, { q: q.slice(0, 5), limit: 8 });
  return {
    ids: result.items.map((i) => i.id),
    total: result.total,
    suggested: suggested.items.filter((i) => i.type === "correspondence").map((i) => i.id),
  };
}

describe("audience keys in the full-text index", () => {
  it.each([
    "drafter",
    "originMember",
    "coEditor",
    "circuitUser",
    "circuitHead",
    "addresseeUser",
    "unitMember",
    "communityMember",
  ])("the %s finds the document, and has it suggested", async (name) => {
    const result = await found(name, "dirigeable survol");
    expect(result.ids).toEqual([documentId]);
    expect(result.total).toBe(1);
    expect(result.suggested).toEqual([documentId]);
  });

  it.each(["circuitMember", "stranger"])(
    "the %s neither finds nor counts nor is suggested it",
    async (name) => {
      const result = await found(name, "dirigeable survol");
      expect(result).toEqual({ ids: [], total: 0, suggested: [] });
    },
  );

  it("a key left in the index gives nothing the read rule refuses", async () => {
    // The drafter still reads the second document (through their unit and as its drafter).
    expect((await found("drafter", "égaré")).ids).toEqual([strangerDocumentId]);
    expect(await found("stranger", "égaré")).toEqual({ ids: [], total: 0, suggested: [] });
  });
});

describe("an index of an older format", () => {
  it("is rebuilt when the portal starts, then left alone", async () => {
    const db = t.database.db;
    // As an index written before the audience keys: the format row gone, the entries without keys.
    await db.deleteFrom("search_index_format").execute();
    if (dialectOf(db) === "sqlite") {
      const rows = await db
        .selectFrom("search_documents")
        .select("fts_rowid")
        .where("doc_type", "=", "correspondence")
        .execute();
      for (const r of rows) {
        await sql`delete from search_fts where rowid = ${r.fts_rowid}`.execute(db);
        await sql`insert into search_fts (rowid, title, body, audience) values (${r.fts_rowid}, 'dirigeable', 'dirigeable', '')`.execute(
          db,
        );
      }
    } else {
      await sql`update search_documents set tsv = 'dirigeable'::tsvector where doc_type = 'correspondence'`.execute(
        db,
      );
    }
    expect((await found("unitMember", "dirigeable")).ids).toEqual([]);

    const rebuilt = await ensureSearchIndexCurrent(db);
    expect(rebuilt).toBeGreaterThanOrEqual(2);
    expect((await found("unitMember", "dirigeable survol")).ids).toEqual([documentId]);
    const format = await db.selectFrom("search_index_format").select("format").execute();
    expect(format).toEqual([{ format: SEARCH_INDEX_FORMAT }]);
    expect(await ensureSearchIndexCurrent(db)).toBeNull();
  });
});
