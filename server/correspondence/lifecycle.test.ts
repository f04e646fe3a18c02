import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DraftContent } from "../../shared/schemas/correspondence.js";
import { verifyJournal } from "../journal/journal.service.js";
import { telegramContent } from "../testing/correspondence-factory.js";
import { makeOrganization, makeUnit, makeUser, signIn } from "../testing/factories.js";
import { createTestApp, requestAs, type TestApp } from "../testing/test-app.js";

/*
 * The diplomatic note and the formal e-mail go through the same lifecycle as the telegram, end to
 * end through the API: draft, versions, visa, signature (dispatch with its number), the
 * addressees' boxes and handling, the answer with its REF, and nothing changes after dispatch.
 */

let t: TestApp;
let washingtonId: string;
let americasId: string;
let berlinId: string;
const year = new Date().getUTCFullYear();
type Who = "drafter" | "deputy" | "ambassador" | "head" | "desk" | "berlin" | "trainee";
const people = {} as Record<Who, { id: string; cookie: string }>;

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  const ministry = await makeOrganization(db, { kind: "ministry" });
  washingtonId = await makeUnit(db, {
    organizationId: ministry,
    kind: "embassy",
    name: "Ambassade de France aux États-Unis",
    countryCode: "US",
    city: "Washington",
  });
  americasId = await makeUnit(db, {
    organizationId: ministry,
    kind: "directorate",
    name: "Direction des Amériques",
  });
  berlinId = await makeUnit(db, {
    organizationId: ministry,
    kind: "embassy",
    name: "Ambassade de France en Allemagne",
    countryCode: "DE",
    city: "Berlin",
  });
  const make = async (
    who: Who,
    unitId: string,
    o: { clearance?: "NP" | "DR"; releaserOf?: string } = {},
  ) => {
    const user = await makeUser(db, {
      organizationId: ministry,
      unitId,
      clearance: o.clearance ?? "DR",
      roles: o.releaserOf ? [{ role: "releaser", unitId: o.releaserOf }] : [],
    });
    people[who] = { id: user.id, cookie: await signIn(t.app, user.email) };
  };
  await make("drafter", washingtonId);
  await make("deputy", washingtonId);
  await make("ambassador", washingtonId, { releaserOf: washingtonId });
  await make("head", americasId, { releaserOf: americasId });
  await make("desk", americasId);
  await make("berlin", berlinId);
  await make("trainee", americasId, { clearance: "NP" });
});
afterAll(() => t.close());

const call = (who: Who, method: "GET" | "POST" | "PUT", url: string, payload?: object) =>
  requestAs(t.app, people[who].cookie, { method, url, ...(payload ? { payload } : {}) });

const boxOf = async (who: Who, box: string) => {
  const response = await call(who, "GET", `/api/inbox?box=${box}&limit=100`);
  expect(response.statusCode).toBe(200);
  return (response.json().items as { id: string }[]).map((i) => i.id);
};

/** Drafts, saves a second version, passes one visa and the signature: returns the dispatched detail. */
async function throughTheCircuit(
  kind: "note" | "formal_email",
  first: DraftContent,
  second: DraftContent,
  excludedMembers = 0,
) {
  const created = await call("drafter", "POST", "/api/correspondence", {
    kind,
    originUnitId: washingtonId,
    content: first,
  });
  expect(created.statusCode).toBe(201);
  const id = created.json().id as string;
  const saved = await call("drafter", "PUT", `/api/correspondence/${id}/draft`, {
    baseVersion: 1,
    content: second,
  });
  expect(saved.statusCode).toBe(200);
  const versions = await call("drafter", "GET", `/api/correspondence/${id}/versions`);
  expect(versions.json().items.map((v: { version: number }) => v.version)).toEqual([2, 1]);

  const submitted = await call("drafter", "POST", `/api/correspondence/${id}/submit`, {
    visas: [{ userId: people.deputy.id }],
    signerId: people.ambassador.id,
  });
  expect(submitted.statusCode).toBe(200);
  const steps = submitted.json().circuit.steps as { id: string; kind: string }[];
  const visa = steps.find((s) => s.kind === "visa");
  if (!visa) throw new Error("no visa step");
  // The signer cannot sign before the visa is given.
  expect((await call("ambassador", "POST", `/api/correspondence/${id}/sign`, {})).statusCode).toBe(
    409,
  );
  const approved = await call(
    "deputy",
    "POST",
    `/api/correspondence/${id}/steps/${visa.id}/decision`,
    {
      decision: "approve",
    },
  );
  expect(approved.statusCode).toBe(200);
  if (excludedMembers > 0) {
    // Addressee members who cannot read the marking are named, and left out only on confirmation.
    const refused = await call("ambassador", "POST", `/api/correspondence/${id}/sign`, {});
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.details).toMatchObject({
      reason: "members_cannot_read",
      count: excludedMembers,
    });
  }
  const signed = await call("ambassador", "POST", `/api/correspondence/${id}/sign`, {
    confirmExclusions: excludedMembers > 0,
  });
  expect(signed.statusCode).toBe(200);
  const detail = await call("drafter", "GET", `/api/correspondence/${id}`);
  expect(detail.statusCode).toBe(200);
  return detail.json();
}

/** After dispatch the content is frozen: no save, no new editor, no second signature. */
async function expectFrozen(id: string, content: DraftContent) {
  const save = await call("drafter", "PUT", `/api/correspondence/${id}/draft`, {
    baseVersion: 2,
    content: { ...content, subject: "Modifié après envoi" },
  });
  expect(save.statusCode).toBe(409);
  const again = await call("ambassador", "POST", `/api/correspondence/${id}/sign`, {});
  expect(again.statusCode).toBe(409);
  const after = (await call("drafter", "GET", `/api/correspondence/${id}`)).json();
  expect(after.content.subject).toBe(content.subject);
  expect(after.version).toBe(2);
}

describe("the diplomatic note", () => {
  const note = (subject: string): DraftContent =>
    telegramContent({
      subject,
      summary: "",
      precedence: "routine",
      marking: "NP",
      tags: ["visas"],
      countryTags: ["US"],
      paragraphs: [
        {
          marking: "NP",
          text: "de lui faire savoir que la délégation française se rendra à Washington le 12 janvier.",
        },
        {
          marking: "NP",
          text: "L'Ambassade serait reconnaissante au Département de bien vouloir …",
        },
      ],
      addressees: [
        { type: "unit", id: americasId, mode: "action" },
        { type: "unit", id: berlinId, mode: "info" },
      ],
      actionDeadline: "2027-01-10",
      note: {
        senderEntity: "L'Ambassade de France aux États-Unis",
        recipientEntity: "le Département d'État",
        place: "Washington",
        language: "fr",
      },
    });

  it("is drafted, cleared, signed, numbered, handled and answered", async () => {
    const detail = await throughTheCircuit(
      "note",
      note("Visite d'une délégation"),
      note("Visite d'une délégation française"),
    );
    expect(detail).toMatchObject({ kind: "note", state: "dispatched", version: 2 });
    expect(detail.reference).toMatch(new RegExp(`^WASHINGTON-${year}-\\d{4}$`));
    expect(detail.formulas.opening).toBe(
      "L'Ambassade de France aux États-Unis présente ses compliments au Département d'État et a l'honneur de",
    );
    expect(detail.formulas.closing).toContain(
      "saisit cette occasion pour renouveler au Département d'État",
    );
    const id = detail.id as string;

    // The addressees' boxes: Americas for action, Berlin for information, nobody else.
    expect(await boxOf("head", "action")).toContain(id);
    expect(await boxOf("desk", "action")).toContain(id);
    expect(await boxOf("berlin", "info")).toContain(id);
    expect(await boxOf("berlin", "action")).not.toContain(id);
    expect(await boxOf("drafter", "sent")).toContain(id);

    // Handling: acknowledge, assign to the desk officer, who answers with a note REFing it.
    expect((await call("head", "POST", `/api/correspondence/${id}/acknowledge`)).statusCode).toBe(
      200,
    );
    const assigned = await call("head", "POST", `/api/correspondence/${id}/assign`, {
      userId: people.desk.id,
    });
    expect(assigned.statusCode).toBe(200);
    const answer = await call("desk", "POST", `/api/correspondence/${id}/reply`, {
      originUnitId: americasId,
    });
    expect(answer.statusCode).toBe(201);
    expect(answer.json()).toMatchObject({ kind: "note", state: "draft" });
    expect(answer.json().content.references).toEqual([id]);
    expect(answer.json().content.subject).toContain("Visite d'une délégation française");
    expect(answer.json().referenceLabels).toEqual({ [id]: detail.reference });
    // A REF is found by its number, by those who may read it.
    const found = await call(
      "desk",
      "GET",
      `/api/correspondence/lookup?reference=${detail.reference}`,
    );
    expect(found.json()).toEqual({
      id,
      reference: detail.reference,
      subject: "Visite d'une délégation française",
    });
    const lower = detail.reference.toLowerCase();
    expect(
      (await call("desk", "GET", `/api/correspondence/lookup?reference=${lower}`)).statusCode,
    ).toBe(200);
    // The directorate's action is answered; the answer (a draft) shows only to its writer.
    const byDesk = (await call("desk", "GET", `/api/correspondence/${id}/distribution`)).json();
    const own = byDesk.items.find((d: { addresseeId: string }) => d.addresseeId === americasId);
    expect(own).toMatchObject({ handling: "answered", answerId: answer.json().id });
    const byHead = (await call("head", "GET", `/api/correspondence/${id}/distribution`)).json();
    expect(
      byHead.items.find((d: { addresseeId: string }) => d.addresseeId === americasId),
    ).toMatchObject({ handling: "answered", answerId: null });

    // The PDF is the note's printed form; the trainee of the directorate may read an NP note.
    const pdf = await call("desk", "GET", `/api/correspondence/${id}/pdf`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers["content-type"]).toBe("application/pdf");
    expect((await call("trainee", "GET", `/api/correspondence/${id}`)).statusCode).toBe(200);

    await expectFrozen(id, note("Visite d'une délégation française"));
    expect((await verifyJournal(t.database.db)).ok).toBe(true);
  });

  it("is refused above Diffusion Restreinte Spécial France and its paragraphs above the note", async () => {
    const secret = await call("drafter", "POST", "/api/correspondence", {
      kind: "note",
      originUnitId: washingtonId,
      content: { ...note("Secret"), marking: "S" },
    });
    expect(secret.statusCode).toBe(400);
    const above = await call("drafter", "POST", "/api/correspondence", {
      kind: "note",
      originUnitId: washingtonId,
      content: { ...note("Paragraphe"), paragraphs: [{ marking: "DR", text: "Trop haut." }] },
    });
    expect(above.statusCode).toBe(400);
  });
});

describe("the formal e-mail", () => {
  const email = (subject: string, to: string[]): DraftContent =>
    telegramContent({
      subject,
      summary: "",
      precedence: "immediate",
      marking: "DR",
      tags: ["sanctions"],
      countryTags: [],
      paragraphs: [
        { marking: "NP", text: "Madame, Monsieur," },
        {
          marking: "DR",
          text: "Vous trouverez ci-dessous notre analyse des mesures annoncées hier.",
        },
      ],
      addressees: [
        { type: "user", id: people.head.id, mode: "action" },
        { type: "unit", id: americasId, mode: "info" },
      ],
      actionDeadline: "2027-01-05",
      email: { to, cc: ["cabinet@diplomatie.gouv.fr"] },
    });

  it("warns without recipients, then is cleared, signed, received for action and for information", async () => {
    const withoutRecipient = await call("drafter", "POST", "/api/correspondence", {
      kind: "formal_email",
      originUnitId: washingtonId,
      content: email("Sanctions", []),
    });
    expect(withoutRecipient.statusCode).toBe(201);
    expect(withoutRecipient.json().warnings.map((w: { rule: string }) => w.rule)).toContain(
      "email_needs_recipient",
    );

    const detail = await throughTheCircuit(
      "formal_email",
      email("Sanctions : premières réactions", []),
      email("Sanctions : premières réactions", ["dam@diplomatie.gouv.fr"]),
      1,
    );
    expect(detail).toMatchObject({ kind: "formal_email", state: "dispatched", formulas: null });
    expect(detail.content.email).toEqual({
      to: ["dam@diplomatie.gouv.fr"],
      cc: ["cabinet@diplomatie.gouv.fr"],
    });
    expect(detail.warnings).toEqual([]);
    const id = detail.id as string;

    // The head is addressed for action in person; the directorate for information.
    expect(await boxOf("head", "action")).toContain(id);
    expect(await boxOf("desk", "info")).toContain(id);
    expect(await boxOf("desk", "action")).not.toContain(id);
    const summary = (await call("head", "GET", "/api/inbox?box=action&limit=100"))
      .json()
      .items.find((i: { id: string }) => i.id === id);
    // Immediate precedence raises an alert until acknowledged.
    expect(summary.ownAction).toMatchObject({ handling: "new", alert: true });

    // DR: the uncleared trainee of the addressed directorate does not receive it and gets 404.
    expect(await boxOf("trainee", "info")).not.toContain(id);
    expect((await call("trainee", "GET", `/api/correspondence/${id}`)).statusCode).toBe(404);
    expect((await call("trainee", "GET", `/api/correspondence/${id}/pdf`)).statusCode).toBe(404);
    const lookup = (who: Who, reference: string) =>
      call(who, "GET", `/api/correspondence/lookup?reference=${encodeURIComponent(reference)}`);
    expect((await lookup("trainee", detail.reference)).statusCode).toBe(404);
    expect((await lookup("head", detail.reference)).statusCode).toBe(200);
    expect((await lookup("head", `${detail.reference}9`)).statusCode).toBe(404);
    for (const malformed of ["WASHINGTON", "' OR 1=1 --", "x".repeat(200)]) {
      expect((await lookup("head", malformed)).statusCode).toBe(400);
    }

    expect((await call("head", "POST", `/api/correspondence/${id}/acknowledge`)).statusCode).toBe(
      200,
    );
    const acknowledged = (await call("head", "GET", "/api/inbox?box=action&limit=100"))
      .json()
      .items.find((i: { id: string }) => i.id === id);
    expect(acknowledged.ownAction).toMatchObject({ handling: "acknowledged", alert: false });
    const closed = await call("head", "POST", `/api/correspondence/${id}/close`, {
      comment: "Réponse donnée par téléphone au conseiller.",
    });
    expect(closed.statusCode).toBe(200);
    const handling = (await call("head", "GET", `/api/correspondence/${id}/distribution`)).json();
    const own = handling.items.find(
      (d: { addresseeId: string }) => d.addresseeId === people.head.id,
    );
    expect(own).toMatchObject({
      handling: "closed",
      closeComment: "Réponse donnée par téléphone au conseiller.",
    });

    await expectFrozen(id, email("Sanctions : premières réactions", ["dam@diplomatie.gouv.fr"]));
  });

  it("refuses malformed addresses and keeps nothing", async () => {
    const before = await boxOf("drafter", "drafts");
    const response = await call("drafter", "POST", "/api/correspondence", {
      kind: "formal_email",
      originUnitId: washingtonId,
      content: email("Adresse invalide", ["pas-une-adresse", "a@b@c.fr"]),
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe("invalid_input");
    expect(await boxOf("drafter", "drafts")).toEqual(before);
  });
});
