import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DraftContent } from "../../shared/schemas/correspondence.js";
import { telegramContent } from "../testing/correspondence-factory.js";
import {
  makeCommunity,
  makeOrganization,
  makeUnit,
  makeUser,
  signIn,
} from "../testing/factories.js";
import { createTestApp, requestAs, type TestApp } from "../testing/test-app.js";

let t: TestApp;
let embassyId: string;
let directorateId: string;
const cookies = {} as Record<"drafter" | "colleague" | "other" | "trainee" | "partner", string>;
const ids = {} as Record<"drafter" | "colleague", string>;

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  const ministry = await makeOrganization(db, { kind: "ministry" });
  const company = await makeOrganization(db, { kind: "company" });
  embassyId = await makeUnit(db, {
    organizationId: ministry,
    kind: "embassy",
    name: "Ambassade de France aux États-Unis",
    countryCode: "US",
    city: "Washington",
  });
  directorateId = await makeUnit(db, { organizationId: ministry, kind: "directorate" });
  const drafter = await makeUser(db, {
    organizationId: ministry,
    unitId: embassyId,
    clearance: "DR",
  });
  const colleague = await makeUser(db, {
    organizationId: ministry,
    unitId: embassyId,
    clearance: "DR",
  });
  const other = await makeUser(db, {
    organizationId: ministry,
    unitId: directorateId,
    clearance: "DR",
  });
  const trainee = await makeUser(db, { organizationId: ministry, unitId: embassyId });
  const partner = await makeUser(db, { organizationId: company });
  ids.drafter = drafter.id;
  ids.colleague = colleague.id;
  cookies.drafter = await signIn(t.app, drafter.email);
  cookies.colleague = await signIn(t.app, colleague.email);
  cookies.other = await signIn(t.app, other.email);
  cookies.trainee = await signIn(t.app, trainee.email);
  cookies.partner = await signIn(t.app, partner.email);
});
afterAll(() => t.close());

const create = (cookie: string, content: DraftContent = telegramContent(), kind = "telegram") =>
  requestAs(t.app, cookie, {
    method: "POST",
    url: "/api/correspondence",
    payload: { kind, originUnitId: embassyId, content },
  });

const save = (cookie: string, id: string, baseVersion: number, content: DraftContent) =>
  requestAs(t.app, cookie, {
    method: "PUT",
    url: `/api/correspondence/${id}/draft`,
    payload: { baseVersion, content },
  });

const get = (cookie: string, id: string) =>
  requestAs(t.app, cookie, { url: `/api/correspondence/${id}` });

describe("drafting a telegram", () => {
  it("starts a draft in the drafter's unit, as version 1, journaled", async () => {
    const response = await create(cookies.drafter);
    expect(response.statusCode).toBe(201);
    const draft = response.json();
    expect(draft).toMatchObject({ kind: "telegram", state: "draft", version: 1, reference: null });
    expect(draft.originUnit.id).toBe(embassyId);
    expect(draft.abilities).toEqual({ edit: true, submit: true, inviteEditor: true });
    const entry = await t.database.db
      .selectFrom("journal")
      .select("action")
      .where("target_id", "=", draft.id)
      .where("action", "=", "correspondence.created")
      .executeTakeFirst();
    expect(entry).toBeDefined();
  });

  it("refuses a draft in a unit the drafter does not belong to", async () => {
    const response = await requestAs(t.app, cookies.drafter, {
      method: "POST",
      url: "/api/correspondence",
      payload: { kind: "telegram", originUnitId: directorateId, content: telegramContent() },
    });
    expect(response.statusCode).toBe(400);
  });

  it("refuses classified markings with their own error code, and stores nothing", async () => {
    const before = await t.database.db.selectFrom("correspondences").select("id").execute();
    for (const marking of ["Secret", "TRÈS SECRET", "Confidentiel Défense"]) {
      const response = await create(cookies.drafter, telegramContent({ marking }));
      expect(response.statusCode).toBe(400);
      expect(response.json().error.code).toBe("classified_marking_refused");
    }
    const inParagraph = await create(
      cookies.drafter,
      telegramContent({ paragraphs: [{ marking: "Secret Défense", text: "…" }] }),
    );
    expect(inParagraph.json().error.code).toBe("classified_marking_refused");
    const after = await t.database.db.selectFrom("correspondences").select("id").execute();
    expect(after).toHaveLength(before.length);
  });

  it("refuses a paragraph marked above its document", async () => {
    const response = await create(
      cookies.drafter,
      telegramContent({
        marking: "DR",
        paragraphs: [{ marking: "DR-SF", text: "Spécial France" }],
      }),
    );
    expect(response.statusCode).toBe(400);
    expect(response.json().error.details[0]).toMatchObject({ problem: "above_document_marking" });
  });

  it("warns, without refusing, about the guide's drafting rules", async () => {
    const response = await create(
      cookies.drafter,
      telegramContent({
        summary: "",
        precedence: "flash",
        tags: ["a", "b", "c", "d", "e", "f"],
        addressees: [{ type: "unit", id: directorateId, mode: "action" }],
      }),
    );
    expect(response.statusCode).toBe(201);
    const rules = response.json().warnings.map((w: { rule: string }) => w.rule);
    expect(rules).toEqual(
      expect.arrayContaining([
        "telegram_needs_summary",
        "flash_needs_justification",
        "at_most_five_free_tags",
        "action_needs_deadline",
      ]),
    );
  });

  it("lists action addressees before information addressees", async () => {
    const response = await create(
      cookies.drafter,
      telegramContent({
        addressees: [
          { type: "user", id: ids.colleague, mode: "info" },
          { type: "unit", id: directorateId, mode: "action" },
        ],
        actionDeadline: "2026-12-31",
      }),
    );
    expect(response.json().content.addressees.map((a: { mode: string }) => a.mode)).toEqual([
      "action",
      "info",
    ]);
  });

  it("refuses unknown addressees and REF links to what the drafter cannot read", async () => {
    const unknown = await create(
      cookies.drafter,
      telegramContent({
        addressees: [{ type: "unit", id: "00000000-0000-4000-8000-000000000000", mode: "info" }],
      }),
    );
    expect(unknown.statusCode).toBe(400);
    const othersDraft = (await create(cookies.colleague)).json().id;
    const ref = await create(cookies.drafter, telegramContent({ references: [othersDraft] }));
    expect(ref.statusCode).toBe(400);
    expect(ref.json().error.details[0]).toMatchObject({ path: "/content/references" });
  });

  it("addresses communities the drafter may know of, and no secret one they are not in", async () => {
    const db = t.database.db;
    const open = await makeCommunity(db, { access: "open" });
    const secret = await makeCommunity(db, { access: "secret", members: [ids.colleague] });
    const mine = await makeCommunity(db, { access: "secret", members: [ids.drafter] });
    const to = (id: string) =>
      telegramContent({ addressees: [{ type: "community", id, mode: "info" }] });
    expect((await create(cookies.drafter, to(open))).statusCode).toBe(201);
    expect((await create(cookies.drafter, to(mine))).statusCode).toBe(201);
    const refused = await create(cookies.drafter, to(secret));
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.details[0]).toMatchObject({ problem: "unknown_community" });
  });
});

describe("a diplomatic note", () => {
  it("carries its formulas, generated from its entities in its language", async () => {
    const response = await create(
      cookies.drafter,
      telegramContent({
        marking: "NP",
        paragraphs: [{ marking: "NP", text: "… porter à sa connaissance ce qui suit." }],
        note: {
          senderEntity: "L'Ambassade de France aux États-Unis",
          recipientEntity: "le Département d'État",
          place: "Washington",
          language: "fr",
        },
      }),
      "note",
    );
    expect(response.statusCode).toBe(201);
    expect(response.json().formulas.opening).toBe(
      "L'Ambassade de France aux États-Unis présente ses compliments au Département d'État et a l'honneur de",
    );
    const telegram = await create(cookies.drafter);
    expect(telegram.json().formulas).toBeNull();
  });
});

describe("versions", () => {
  it("keeps every save as a version and refuses a save on top of a stale version", async () => {
    const draft = (await create(cookies.drafter)).json();
    const second = await save(cookies.drafter, draft.id, 1, telegramContent({ subject: "V2" }));
    expect(second.statusCode).toBe(200);
    expect(second.json()).toMatchObject({ version: 2, content: { subject: "V2" } });
    const stale = await save(cookies.drafter, draft.id, 1, telegramContent({ subject: "V2 bis" }));
    expect(stale.statusCode).toBe(409);
    const versions = await requestAs(t.app, cookies.drafter, {
      url: `/api/correspondence/${draft.id}/versions`,
    });
    expect(versions.json().items.map((v: { version: number }) => v.version)).toEqual([2, 1]);
    expect((await get(cookies.drafter, draft.id)).json().content.subject).toBe("V2");
  });

  it("compares two versions for readers only, journaling it for DR content", async () => {
    const draft = (await create(cookies.drafter)).json();
    const revised = telegramContent({
      subject: "États-Unis — droits de douane sur l'acier",
      paragraphs: [
        { marking: "NP", text: "Le département du Commerce a publié un avis." },
        {
          marking: "DR",
          text: "Nos interlocuteurs indiquent que la décision sera annoncée lundi.",
        },
      ],
    });
    expect((await save(cookies.drafter, draft.id, 1, revised)).statusCode).toBe(200);
    const url = `/api/correspondence/${draft.id}/versions/compare?from=1&to=2`;
    const journalBefore = await t.database.db
      .selectFrom("journal")
      .select("seq")
      .where("action", "=", "content.read")
      .execute();
    const compared = await requestAs(t.app, cookies.drafter, { url });
    expect(compared.statusCode).toBe(200);
    const diff = compared.json();
    expect(diff.from.version).toBe(1);
    expect(diff.to.version).toBe(2);
    expect(diff.fields.map((f: { field: string }) => f.field)).toEqual(["subject"]);
    expect(diff.paragraphs.map((p: { status: string }) => p.status)).toEqual(["same", "changed"]);
    const journalAfter = await t.database.db
      .selectFrom("journal")
      .select("seq")
      .where("action", "=", "content.read")
      .execute();
    expect(journalAfter.length).toBe(journalBefore.length + 1);

    for (const who of ["other", "trainee", "partner"] as const) {
      const refused = await requestAs(t.app, cookies[who], { url });
      expect(refused.statusCode).toBe(404);
    }
    const missing = await requestAs(t.app, cookies.drafter, {
      url: `/api/correspondence/${draft.id}/versions/compare?from=1&to=9`,
    });
    expect(missing.statusCode).toBe(404);
    const malformed = await requestAs(t.app, cookies.drafter, {
      url: `/api/correspondence/${draft.id}/versions/compare?from=un&to=2`,
    });
    expect(malformed.statusCode).toBe(400);
  });

  it("lets a co-editor the drafter added save, and nobody else", async () => {
    const draft = (await create(cookies.drafter)).json();
    const refused = await save(cookies.colleague, draft.id, 1, telegramContent({ subject: "X" }));
    expect(refused.statusCode).toBe(404);
    const added = await requestAs(t.app, cookies.drafter, {
      method: "POST",
      url: `/api/correspondence/${draft.id}/editors`,
      payload: { userId: ids.colleague },
    });
    expect(added.statusCode).toBe(200);
    const saved = await save(cookies.colleague, draft.id, 1, telegramContent({ subject: "Co" }));
    expect(saved.statusCode).toBe(200);
    const versions = await requestAs(t.app, cookies.drafter, {
      url: `/api/correspondence/${draft.id}/versions`,
    });
    expect(versions.json().items[0].author.id).toBe(ids.colleague);
  });
});

describe("who may read a draft", () => {
  it("is nobody but its drafter and co-editors: others, trainees and partners get 404", async () => {
    const draft = (
      await create(cookies.drafter, telegramContent({ marking: "NP", paragraphs: [] }))
    ).json();
    const missing = await get(cookies.other, "00000000-0000-4000-8000-000000000000");
    for (const cookie of [cookies.other, cookies.trainee, cookies.partner, cookies.colleague]) {
      const response = await get(cookie, draft.id);
      expect(response.statusCode).toBe(404);
      expect(response.json()).toEqual(missing.json());
    }
  });

  it("journals every read of a DR draft and no read of an NP one", async () => {
    const dr = (await create(cookies.drafter)).json();
    const np = (
      await create(cookies.drafter, telegramContent({ marking: "NP", paragraphs: [] }))
    ).json();
    await get(cookies.drafter, dr.id);
    await get(cookies.drafter, np.id);
    const reads = await t.database.db
      .selectFrom("journal")
      .select("target_id")
      .where("action", "=", "content.read")
      .where("target_id", "in", [dr.id, np.id])
      .execute();
    // One read at creation (the answer shows the draft) and one explicit read, both of the DR one.
    expect(reads.map((r) => r.target_id)).toEqual([dr.id, dr.id]);
  });
});

describe("the PDF", () => {
  it("is served to readers only, and its reads of DR content are journaled", async () => {
    const draft = (await create(cookies.drafter)).json();
    const pdf = await requestAs(t.app, cookies.drafter, {
      url: `/api/correspondence/${draft.id}/pdf`,
    });
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers["content-type"]).toBe("application/pdf");
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe("%PDF-");
    for (const cookie of [cookies.trainee, cookies.other, cookies.partner]) {
      const refused = await requestAs(t.app, cookie, {
        url: `/api/correspondence/${draft.id}/pdf`,
      });
      expect(refused.statusCode).toBe(404);
    }
    const reads = await t.database.db
      .selectFrom("journal")
      .select("seq")
      .where("action", "=", "content.read")
      .where("target_id", "=", draft.id)
      .execute();
    expect(reads.length).toBeGreaterThanOrEqual(2);
  });
});

describe("the drafts box", () => {
  it("lists the user's drafts newest first, with keyset pagination", async () => {
    const mine: string[] = [];
    for (let i = 0; i < 5; i += 1) {
      mine.push((await create(cookies.colleague)).json().id);
    }
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const query: string = cursor ? `&cursor=${encodeURIComponent(cursor)}` : "";
      const page = await requestAs(t.app, cookies.colleague, {
        url: `/api/inbox?box=drafts&limit=2${query}`,
      });
      expect(page.statusCode).toBe(200);
      seen.push(...page.json().items.map((i: { id: string }) => i.id));
      cursor = page.json().nextCursor;
    } while (cursor);
    expect(seen).toEqual(expect.arrayContaining(mine));
    expect(new Set(seen).size).toBe(seen.length);
    const others = await requestAs(t.app, cookies.other, { url: "/api/inbox?box=drafts" });
    expect(others.json().items).toEqual([]);
  });
});
