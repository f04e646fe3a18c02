import { createHash, randomUUID } from "node:crypto";
import type { LightMyRequestResponse } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DraftContent } from "../../shared/schemas/correspondence.js";
import type { UnitKind } from "../../shared/vocabulary.js";
import { canonicalJson } from "../journal/journal.hash.js";
import { loadSignedInUser } from "../people/people.service.js";
import { telegramContent } from "../testing/correspondence-factory.js";
import {
  makeCommunity,
  makeOrganization,
  makeUnit,
  makeUser,
  stepUpAs,
  TEST_PASSWORD,
} from "../testing/factories.js";
import { createTestApp, requestAs, type TestApp } from "../testing/test-app.js";
import { referencePrefix, signCorrespondence } from "./dispatch.service.js";

let t: TestApp;
let ministry: string;
let americasId: string;
let berlinId: string;

interface Agent {
  id: string;
  cookie: string;
}

const year = new Date().getUTCFullYear();

async function agent(
  unitId: string,
  o: {
    clearance?: "NP" | "DR" | { level: "DR"; validFrom: string; validUntil: string };
    nationality?: string;
    releaserOf?: string;
  } = {},
): Promise<Agent> {
  const user = await makeUser(t.database.db, {
    organizationId: ministry,
    unitId,
    clearance: o.clearance ?? "DR",
    nationality: o.nationality,
    roles: o.releaserOf ? [{ role: "releaser", unitId: o.releaserOf }] : [],
  });
  return { id: user.id, cookie: await signInFromOwnAddress(user.email) };
}

let addresses = 0;
/**
 * This file signs in more people than the per-address login limit allows in a minute, so each
 * one signs in from an address of their own.
 */
async function signInFromOwnAddress(email: string): Promise<string> {
  addresses += 1;
  const remoteAddress = `198.18.${Math.floor(addresses / 250)}.${(addresses % 250) + 1}`;
  const response = await t.app.inject({
    method: "POST",
    url: "/api/auth/login",
    payload: { email, password: TEST_PASSWORD },
    remoteAddress,
  });
  const cookie = response.cookies.find((c) => c.name === "diplomatie_session");
  if (response.statusCode !== 200 || !cookie) throw new Error(`sign-in failed: ${response.body}`);
  const oneFactor = `diplomatie_session=${cookie.value}`;
  // DR content needs a two-factor session.
  if (response.json().clearance.level !== "DR") return oneFactor;
  return stepUpAs(t.app, email, oneFactor, remoteAddress);
}

/** A unit with a drafter and a head of post who holds its release authority. */
async function team(name: string, kind: UnitKind = "embassy", city: string | null = null) {
  const unitId = await makeUnit(t.database.db, { organizationId: ministry, kind, name, city });
  return {
    unitId,
    drafter: await agent(unitId),
    signer: await agent(unitId, { releaserOf: unitId }),
  };
}
type Team = Awaited<ReturnType<typeof team>>;

/** A telegram sent to the Americas directorate for action and Berlin for information. */
const dispatchable = (overrides: Partial<DraftContent> = {}) =>
  telegramContent({
    addressees: [
      { type: "unit", id: americasId, mode: "action" },
      { type: "unit", id: berlinId, mode: "info" },
    ],
    actionDeadline: "2026-12-15",
    ...overrides,
  });

async function createDraft(author: Agent, originUnitId: string, content = dispatchable()) {
  const response = await requestAs(t.app, author.cookie, {
    method: "POST",
    url: "/api/correspondence",
    payload: { kind: "telegram", originUnitId, content },
  });
  expect(response.statusCode).toBe(201);
  return response.json().id as string;
}

const submit = (
  who: Agent,
  id: string,
  body: { visas: ({ userId: string } | { unitId: string })[]; signerId: string },
) =>
  requestAs(t.app, who.cookie, {
    method: "POST",
    url: `/api/correspondence/${id}/submit`,
    payload: body,
  });

const decide = (who: Agent, id: string, stepId: string, body: Record<string, unknown>) =>
  requestAs(t.app, who.cookie, {
    method: "POST",
    url: `/api/correspondence/${id}/steps/${stepId}/decision`,
    payload: body,
  });

const sign = (who: Agent, id: string, confirmExclusions = false) =>
  requestAs(t.app, who.cookie, {
    method: "POST",
    url: `/api/correspondence/${id}/sign`,
    payload: { confirmExclusions },
  });

const circuitOf = (who: Agent, id: string) =>
  requestAs(t.app, who.cookie, { url: `/api/correspondence/${id}/circuit` });

const inbox = async (who: Agent, box: string) => {
  const response = await requestAs(t.app, who.cookie, { url: `/api/inbox?box=${box}` });
  expect(response.statusCode).toBe(200);
  return (response.json().items as { id: string }[]).map((i) => i.id);
};

/** A draft of the team, submitted straight to its signer. */
async function atSignature(tm: Team, content = dispatchable()) {
  const id = await createDraft(tm.drafter, tm.unitId, content);
  expect((await submit(tm.drafter, id, { visas: [], signerId: tm.signer.id })).statusCode).toBe(
    200,
  );
  return id;
}

async function dispatched(tm: Team, content = dispatchable()) {
  const id = await atSignature(tm, content);
  const response = await sign(tm.signer, id);
  expect(response.statusCode).toBe(200);
  return { id, reference: response.json().reference as string };
}

/** The counter behind a unit's references (counters are kept per reference prefix). */
async function counterOf(unitId: string, y = year) {
  const unit = await t.database.db
    .selectFrom("units")
    .select(["kind", "city", "short_name"])
    .where("id", "=", unitId)
    .executeTakeFirstOrThrow();
  const row = await t.database.db
    .selectFrom("reference_counters")
    .select("last_number")
    .where("prefix", "=", referencePrefix(unit))
    .where("year", "=", y)
    .executeTakeFirst();
  return row?.last_number ?? 0;
}

const journalOf = async (id: string) =>
  t.database.db
    .selectFrom("journal")
    .select(["action", "actor_id", "details"])
    .where("target_id", "=", id)
    .orderBy("seq")
    .execute();

const codeOf = (response: LightMyRequestResponse) => response.json().error?.code;

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  ministry = await makeOrganization(db, { kind: "ministry" });
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
});
afterAll(() => t.close());

describe("the clearance circuit, from draft to dispatch", () => {
  it("takes a Washington telegram through a visa and the ambassador's signature to its addressees", async () => {
    const washington = await makeUnit(t.database.db, {
      organizationId: ministry,
      kind: "embassy",
      name: "Ambassade de France aux États-Unis",
      countryCode: "US",
      city: "Washington",
    });
    const drafter = await agent(washington);
    const counsellor = await agent(washington);
    const ambassador = await agent(washington, { releaserOf: washington });
    const americas = await agent(americasId);
    const berlin = await agent(berlinId);
    const id = await createDraft(drafter, washington);

    const submitted = await submit(drafter, id, {
      visas: [{ userId: counsellor.id }],
      signerId: ambassador.id,
    });
    expect(submitted.statusCode).toBe(200);
    expect(submitted.json().state).toBe("in_circuit");
    const steps = submitted.json().circuit.steps;
    expect(steps.map((s: { kind: string; status: string }) => [s.kind, s.status])).toEqual([
      ["visa", "pending"],
      ["signature", "waiting"],
    ]);
    expect(submitted.json().circuit.abilities).toEqual({ decide: false, sign: false });
    expect(submitted.json().abilities).toMatchObject({ edit: false, submit: false });

    // « À viser ou signer » holds it for whoever's turn it is, and for nobody else.
    expect(await inbox(counsellor, "circuit")).toEqual([id]);
    expect(await inbox(ambassador, "circuit")).toEqual([]);
    expect(await inbox(drafter, "circuit")).toEqual([]);
    const seenByCounsellor = await circuitOf(counsellor, id);
    expect(seenByCounsellor.json().abilities).toEqual({ decide: true, sign: false });
    const approved = await decide(counsellor, id, steps[0].id, {
      decision: "approve",
      comment: "Vu, bon pour envoi.",
    });
    expect(approved.statusCode).toBe(200);
    expect(approved.json().circuit.steps[0]).toMatchObject({
      status: "approved",
      decidedBy: { id: counsellor.id },
      comment: "Vu, bon pour envoi.",
    });
    expect(approved.json().circuit.currentStepId).toBe(steps[1].id);
    expect(await inbox(counsellor, "circuit")).toEqual([]);
    expect(await inbox(ambassador, "circuit")).toEqual([id]);
    expect((await circuitOf(ambassador, id)).json().abilities).toEqual({
      decide: true,
      sign: true,
    });

    const signed = await sign(ambassador, id);
    expect(signed.statusCode).toBe(200);
    const document = signed.json();
    expect(document.state).toBe("dispatched");
    expect(document.reference).toBe(`WASHINGTON-${year}-0001`);
    expect(document.dispatchedAt).not.toBeNull();
    expect(document.circuit.steps[1]).toMatchObject({
      status: "approved",
      decidedBy: { id: ambassador.id },
    });
    expect(document.circuit.currentStepId).toBeNull();
    expect(await inbox(ambassador, "circuit")).toEqual([]);

    const record = await t.database.db
      .selectFrom("records")
      .selectAll()
      .where("correspondence_id", "=", id)
      .executeTakeFirstOrThrow();
    expect(record.sha512).toBe(createHash("sha512").update(record.canonical_json).digest("hex"));
    const frozen = JSON.parse(record.canonical_json);
    expect(canonicalJson(frozen)).toBe(record.canonical_json);
    expect(frozen.correspondence.reference).toBe(document.reference);
    expect(frozen.content.subject).toBe(document.content.subject);
    expect(frozen.circuit).toHaveLength(2);
    expect(frozen.circuit[0]).toMatchObject({ status: "approved", comment: "Vu, bon pour envoi." });

    const distributions = await t.database.db
      .selectFrom("distributions")
      .select(["addressee_id", "mode", "handling", "deadline"])
      .where("correspondence_id", "=", id)
      .orderBy("mode")
      .execute();
    expect(distributions).toEqual([
      { addressee_id: americasId, mode: "action", handling: "new", deadline: "2026-12-15" },
      { addressee_id: berlinId, mode: "info", handling: null, deadline: null },
    ]);
    expect(await inbox(americas, "action")).toContain(id);
    expect(await inbox(americas, "info")).not.toContain(id);
    expect(await inbox(berlin, "info")).toContain(id);
    expect(await inbox(berlin, "action")).not.toContain(id);
    expect(await inbox(drafter, "sent")).toContain(id);

    const read = await requestAs(t.app, americas.cookie, { url: `/api/correspondence/${id}` });
    expect(read.statusCode).toBe(200);
    const journal = await journalOf(id);
    const transitions = journal
      .map((e) => e.action)
      .filter((a) => /^correspondence\.(created|submitted|step_decided|dispatched)$/.test(a));
    expect(transitions).toEqual([
      "correspondence.created",
      "correspondence.submitted",
      "correspondence.step_decided",
      "correspondence.dispatched",
    ]);
    const dispatch = journal.find((e) => e.action === "correspondence.dispatched");
    expect(JSON.parse(dispatch?.details ?? "{}")).toMatchObject({
      reference: document.reference,
      distributions: 2,
      action: 1,
      info: 1,
      excludedMemberIds: [],
      recordSha512: record.sha512,
    });
    expect(journal.some((e) => e.action === "content.read" && e.actor_id === americas.id)).toBe(
      true,
    );
  });

  it("freezes the content once dispatched: saving a new version is refused", async () => {
    const tm = await team("Ambassade de France au Canada", "embassy", "Ottawa");
    const { id } = await dispatched(tm);
    const before = await requestAs(t.app, tm.drafter.cookie, { url: `/api/correspondence/${id}` });
    const save = await requestAs(t.app, tm.drafter.cookie, {
      method: "PUT",
      url: `/api/correspondence/${id}/draft`,
      payload: {
        baseVersion: before.json().version,
        content: dispatchable({ subject: "Rectification" }),
      },
    });
    expect(save.statusCode).toBe(409);
    expect(save.json().error.details).toEqual({ state: "dispatched" });
    const after = await requestAs(t.app, tm.drafter.cookie, { url: `/api/correspondence/${id}` });
    expect(after.json().content).toEqual(before.json().content);
    expect(after.json().version).toBe(before.json().version);
    // Nor can it be submitted or signed again.
    expect((await submit(tm.drafter, id, { visas: [], signerId: tm.signer.id })).statusCode).toBe(
      409,
    );
    expect(codeOf(await sign(tm.signer, id))).toBe("conflict");
  });
});

describe("reference numbers", () => {
  it("are consecutive per unit and year, and independent between units", async () => {
    const mexico = await team("Ambassade de France au Mexique", "embassy", "Mexico");
    const dgm = await team("Direction générale de la mondialisation", "directorate");
    const first = await dispatched(mexico);
    const second = await dispatched(mexico);
    const other = await dispatched(dgm);
    const third = await dispatched(mexico);
    expect([first.reference, second.reference, third.reference]).toEqual([
      `MEXICO-${year}-0001`,
      `MEXICO-${year}-0002`,
      `MEXICO-${year}-0003`,
    ]);
    // A unit that is not a post is numbered under its short name, folded.
    expect(other.reference).toBe(`DIRECTION-GENERALE-DE-LA-MONDI-${year}-0001`);

    // A new year starts again at 1 and leaves this year's counter alone.
    const id = await atSignature(mexico);
    const signer = await loadSignedInUser(t.database.db, mexico.signer.id, { mfa: true });
    if (!signer) throw new Error("signer not found");
    await signCorrespondence(
      t.database.db,
      signer.subject,
      { userId: mexico.signer.id, ip: null },
      id,
      { confirmExclusions: false },
      new Date(`${year + 1}-01-02T09:00:00.000Z`),
    );
    const row = await t.database.db
      .selectFrom("correspondences")
      .select("reference")
      .where("id", "=", id)
      .executeTakeFirstOrThrow();
    expect(row.reference).toBe(`MEXICO-${year + 1}-0001`);
    expect(await counterOf(mexico.unitId)).toBe(3);
  });

  it("stay unique when two units share a prefix: they share its sequence", async () => {
    const first = await team("Consulat général à Lyon-sur-Mer", "consulate", "Rivière");
    const second = await team("Antenne consulaire de Rivière", "consulate", "Riviere");
    const a = await dispatched(first);
    const b = await dispatched(second);
    expect([a.reference, b.reference]).toEqual([`RIVIERE-${year}-0001`, `RIVIERE-${year}-0002`]);
  });

  it("name a post after its city without accents, words joined by hyphens", async () => {
    const tm = await team("Consulat général de France à São Paulo", "consulate", "São Paulo");
    expect((await dispatched(tm)).reference).toBe(`SAO-PAULO-${year}-0001`);
  });

  it("have no gap and no duplicate when ten documents of one unit are signed at once", async () => {
    const tm = await team("Ambassade de France au Brésil", "embassy", "Brasília");
    const ids: string[] = [];
    for (let i = 0; i < 10; i += 1) ids.push(await atSignature(tm));
    const responses = await Promise.all(ids.map((id) => sign(tm.signer, id)));
    expect(responses.map((r) => r.statusCode)).toEqual(Array(10).fill(200));
    const references = responses.map((r) => r.json().reference as string).sort();
    expect(references).toEqual(
      Array.from({ length: 10 }, (_, i) => `BRASILIA-${year}-${String(i + 1).padStart(4, "0")}`),
    );
    expect(await counterOf(tm.unitId)).toBe(10);
  });

  it("are taken once when the same document is signed twice at the same moment", async () => {
    const tm = await team("Ambassade de France au Chili", "embassy", "Santiago");
    const id = await atSignature(tm);
    const responses = await Promise.all([sign(tm.signer, id), sign(tm.signer, id)]);
    expect(responses.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    expect(responses.map(codeOf).filter(Boolean)).toEqual(["conflict"]);
    expect(await counterOf(tm.unitId)).toBe(1);
    const distributions = await t.database.db
      .selectFrom("distributions")
      .select("id")
      .where("correspondence_id", "=", id)
      .execute();
    expect(distributions).toHaveLength(2);
    const dispatches = (await journalOf(id)).filter(
      (e) => e.action === "correspondence.dispatched",
    );
    expect(dispatches).toHaveLength(1);
  });

  it("are not consumed by a dispatch that fails half-way, which leaves nothing behind", async () => {
    const tm = await team("Ambassade de France au Pérou", "embassy", "Lima");
    const id = await atSignature(tm);
    // A record already captured for this document makes the dispatch fail after the number,
    // the state change and the distributions were written.
    await t.database.db
      .insertInto("records")
      .values({
        id: randomUUID(),
        correspondence_id: id,
        captured_at: new Date().toISOString(),
        canonical_json: "{}",
        sha512: "0".repeat(128),
      })
      .execute();
    const failed = await sign(tm.signer, id);
    expect(failed.statusCode).toBe(500);
    expect(await counterOf(tm.unitId)).toBe(0);
    const row = await t.database.db
      .selectFrom("correspondences")
      .select(["state", "reference"])
      .where("id", "=", id)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ state: "in_circuit", reference: null });
    const distributions = await t.database.db
      .selectFrom("distributions")
      .select("id")
      .where("correspondence_id", "=", id)
      .execute();
    expect(distributions).toHaveLength(0);

    await t.database.db.deleteFrom("records").where("correspondence_id", "=", id).execute();
    expect((await sign(tm.signer, id)).json().reference).toBe(`LIMA-${year}-0001`);
  });
});

describe("visa decisions", () => {
  it("a return sends the document back to draft with its comment, and a new round follows", async () => {
    const tm = await team("Ambassade de France en Argentine", "embassy", "Buenos Aires");
    const counsellor = await agent(tm.unitId);
    const id = await createDraft(tm.drafter, tm.unitId);
    const submitted = await submit(tm.drafter, id, {
      visas: [{ userId: counsellor.id }, { userId: tm.signer.id }],
      signerId: tm.signer.id,
    });
    const [visa] = submitted.json().circuit.steps;

    const blank = await decide(counsellor, id, visa.id, { decision: "return", comment: "  " });
    expect(codeOf(blank)).toBe("invalid_input");
    const returned = await decide(counsellor, id, visa.id, {
      decision: "return",
      comment: "Préciser la position allemande au § 2.",
    });
    expect(returned.statusCode).toBe(200);
    expect(returned.json().state).toBe("draft");
    expect(returned.json().abilities).toMatchObject({ edit: false, submit: false });
    const circuit = (await circuitOf(tm.drafter, id)).json();
    expect(circuit.currentStepId).toBeNull();
    expect(
      circuit.steps.map((s: { status: string; comment: string | null }) => [s.status, s.comment]),
    ).toEqual([
      ["returned", "Préciser la position allemande au § 2."],
      ["skipped", null],
      ["skipped", null],
    ]);

    // The visa holder still reads it (circuit participant) but may not submit it.
    expect(codeOf(await submit(counsellor, id, { visas: [], signerId: tm.signer.id }))).toBe(
      "forbidden",
    );
    // The drafter edits and submits again: the first round stays as history.
    const draft = await requestAs(t.app, tm.drafter.cookie, { url: `/api/correspondence/${id}` });
    expect(draft.json().abilities).toEqual({ edit: true, submit: true, inviteEditor: true });
    const saved = await requestAs(t.app, tm.drafter.cookie, {
      method: "PUT",
      url: `/api/correspondence/${id}/draft`,
      payload: { baseVersion: draft.json().version, content: dispatchable() },
    });
    expect(saved.statusCode).toBe(200);
    const again = await submit(tm.drafter, id, {
      visas: [{ userId: counsellor.id }],
      signerId: tm.signer.id,
    });
    expect(again.statusCode).toBe(200);
    const rounds = again
      .json()
      .circuit.steps.map((s: { position: number; round: number; status: string }) => [
        s.position,
        s.round,
        s.status,
      ]);
    expect(rounds).toEqual([
      [1, 1, "returned"],
      [2, 1, "skipped"],
      [3, 1, "skipped"],
      [4, 2, "pending"],
      [5, 2, "waiting"],
    ]);
    const decisions = (await journalOf(id))
      .filter((e) => e.action === "correspondence.step_decided")
      .map((e) => JSON.parse(e.details));
    expect(decisions).toEqual([
      expect.objectContaining({ decision: "return", state: "draft", skippedSteps: 2 }),
    ]);
  });

  it("a delegation hands the visa to someone else, whose step comes right after", async () => {
    const tm = await team("Ambassade de France en Colombie", "embassy", "Bogotá");
    const counsellor = await agent(tm.unitId);
    const deputy = await agent(tm.unitId);
    const headless = await makeUnit(t.database.db, { organizationId: ministry, kind: "office" });
    await agent(headless);
    const id = await createDraft(tm.drafter, tm.unitId);
    const submitted = await submit(tm.drafter, id, {
      visas: [{ userId: counsellor.id }, { unitId: headless }],
      signerId: tm.signer.id,
    });
    expect(codeOf(submitted)).toBe("invalid_input");
    expect(submitted.json().error.details).toEqual([
      { path: "/visas/1/unitId", problem: "no_head" },
    ]);

    const ok = await submit(tm.drafter, id, {
      visas: [{ userId: counsellor.id }],
      signerId: tm.signer.id,
    });
    const [visa, signature] = ok.json().circuit.steps;
    const delegated = await decide(counsellor, id, visa.id, {
      decision: "delegate",
      delegateTo: deputy.id,
      comment: "En congé cette semaine.",
    });
    expect(delegated.statusCode).toBe(200);
    const steps = delegated.json().circuit.steps;
    expect(
      steps.map((s: { position: number; status: string; assignee: { user?: { id: string } } }) => [
        s.position,
        s.status,
        s.assignee.user?.id,
      ]),
    ).toEqual([
      [1, "delegated", counsellor.id],
      [2, "pending", deputy.id],
      [3, "waiting", tm.signer.id],
    ]);
    expect(steps[2].id).toBe(signature.id);
    expect(steps[0].comment).toBe("En congé cette semaine.");

    // The delegator's turn is over; the deputy decides.
    expect(codeOf(await decide(counsellor, id, visa.id, { decision: "approve" }))).toBe("conflict");
    expect((await decide(deputy, id, steps[1].id, { decision: "approve" })).statusCode).toBe(200);
    expect((await circuitOf(tm.signer, id)).json().currentStepId).toBe(signature.id);
    const journal = (await journalOf(id)).filter((e) => e.action === "correspondence.step_decided");
    expect(journal.map((e) => JSON.parse(e.details).decision)).toEqual(["delegate", "approve"]);
  });

  it("only the step's assignee decides: others who can read get 403, others 404", async () => {
    const tm = await team("Ambassade de France au Canada (Montréal)", "consulate", "Montréal");
    const head = await agent(americasId, { releaserOf: americasId });
    const member = await agent(americasId);
    const outsider = await agent(berlinId);
    const id = await createDraft(tm.drafter, tm.unitId);
    const submitted = await submit(tm.drafter, id, {
      visas: [{ unitId: americasId }],
      signerId: tm.signer.id,
    });
    expect(submitted.statusCode).toBe(200);
    const [visa, signature] = submitted.json().circuit.steps;
    expect(visa.assignee).toMatchObject({ type: "unit", unit: { id: americasId } });
    // The unit's step waits in its head's « À viser ou signer », not in its members'.
    expect(await inbox(head, "circuit")).toContain(id);
    expect(await inbox(member, "circuit")).not.toContain(id);

    expect(codeOf(await decide(outsider, id, visa.id, { decision: "approve" }))).toBe("not_found");
    expect((await circuitOf(outsider, id)).statusCode).toBe(404);
    expect(codeOf(await decide(tm.drafter, id, visa.id, { decision: "approve" }))).toBe(
      "forbidden",
    );
    // A unit's step is its head's: the unit's other members do not even see the draft.
    expect(codeOf(await decide(member, id, visa.id, { decision: "approve" }))).toBe("not_found");
    expect((await circuitOf(member, id)).statusCode).toBe(404);
    expect(codeOf(await decide(tm.drafter, id, randomUUID(), { decision: "approve" }))).toBe(
      "not_found",
    );
    // The signer is not at their turn yet, and signs rather than approves.
    expect(codeOf(await sign(tm.signer, id))).toBe("conflict");
    expect(codeOf(await decide(tm.signer, id, signature.id, { decision: "approve" }))).toBe(
      "conflict",
    );
    expect(codeOf(await sign(tm.drafter, id))).toBe("conflict");

    expect((await decide(head, id, visa.id, { decision: "approve" })).statusCode).toBe(200);
    expect(codeOf(await sign(tm.drafter, id))).toBe("forbidden");
    expect(codeOf(await decide(tm.signer, id, signature.id, { decision: "approve" }))).toBe(
      "conflict",
    );
    const state = await t.database.db
      .selectFrom("correspondences")
      .select("state")
      .where("id", "=", id)
      .executeTakeFirstOrThrow();
    expect(state.state).toBe("in_circuit");
  });
});

describe("submission and signature rules", () => {
  it("refuses at submission a signer without release authority for the originating unit", async () => {
    const tm = await team("Ambassade de France en Uruguay", "embassy", "Montevideo");
    const colleague = await agent(tm.unitId);
    const elsewhereReleaser = await agent(tm.unitId, { releaserOf: americasId });
    const id = await createDraft(tm.drafter, tm.unitId);
    for (const signerId of [colleague.id, elsewhereReleaser.id]) {
      const response = await submit(tm.drafter, id, { visas: [], signerId });
      expect(response.statusCode).toBe(400);
      expect(response.json().error.details).toEqual([
        { path: "/signerId", problem: "not_a_releaser" },
      ]);
    }
    // A colleague cannot see someone else's draft, let alone submit it.
    expect((await submit(colleague, id, { visas: [], signerId: tm.signer.id })).statusCode).toBe(
      404,
    );
    const steps = await t.database.db
      .selectFrom("circuit_steps")
      .select("id")
      .where("correspondence_id", "=", id)
      .execute();
    expect(steps).toHaveLength(0);
    const draft = await requestAs(t.app, tm.drafter.cookie, { url: `/api/correspondence/${id}` });
    expect(draft.json().state).toBe("draft");
  });

  it("refuses to sign while the guide's rules are not met; the signer sends it back", async () => {
    const tm = await team("Ambassade de France en Bolivie", "embassy", "La Paz");
    const id = await atSignature(tm, dispatchable({ summary: "", actionDeadline: null }));
    const refused = await sign(tm.signer, id);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.details.reason).toBe("guide_warnings");
    expect(
      refused
        .json()
        .error.details.warnings.map((w: { rule: string }) => w.rule)
        .sort(),
    ).toEqual(["action_needs_deadline", "telegram_needs_summary"]);
    expect(await counterOf(tm.unitId)).toBe(0);

    const signature = (await circuitOf(tm.signer, id)).json().steps[0];
    const back = await decide(tm.signer, id, signature.id, {
      decision: "return",
      comment: "Il manque le résumé et l'échéance.",
    });
    expect(back.statusCode).toBe(200);
    expect(back.json().state).toBe("draft");
  });

  it("asks the signer to confirm that uncleared addressee members will not receive a DR telegram", async () => {
    const tm = await team("Ambassade de France au Venezuela", "embassy", "Caracas");
    const office = await makeUnit(t.database.db, { organizationId: ministry, kind: "office" });
    const cleared = await agent(office);
    const trainee = await agent(office, { clearance: "NP" });
    const lapsed = await agent(office, {
      clearance: { level: "DR", validFrom: "2020-01-01", validUntil: "2021-12-31" },
    });
    const guest = await agent(berlinId, { clearance: "NP" });
    const communityId = await makeCommunity(t.database.db, {
      name: "Veille Amérique latine",
      members: [guest.id, cleared.id],
    });
    const id = await atSignature(
      tm,
      dispatchable({
        addressees: [
          { type: "unit", id: office, mode: "action" },
          { type: "community", id: communityId, mode: "info" },
        ],
      }),
    );

    const refused = await sign(tm.signer, id);
    expect(refused.statusCode).toBe(409);
    const details = refused.json().error.details;
    expect(details.reason).toBe("members_cannot_read");
    expect(details.count).toBe(3);
    expect(details.members.map((m: { id: string }) => m.id).sort()).toEqual(
      [trainee.id, lapsed.id, guest.id].sort(),
    );
    expect(await counterOf(tm.unitId)).toBe(0);

    const confirmed = await sign(tm.signer, id, true);
    expect(confirmed.statusCode).toBe(200);
    const dispatch = (await journalOf(id)).find((e) => e.action === "correspondence.dispatched");
    expect(JSON.parse(dispatch?.details ?? "{}").excludedMemberIds.sort()).toEqual(
      [trainee.id, lapsed.id, guest.id].sort(),
    );

    // The trainee's unit is an addressee, yet the DR telegram does not exist for them.
    expect(
      (await requestAs(t.app, trainee.cookie, { url: `/api/correspondence/${id}` })).statusCode,
    ).toBe(404);
    expect((await circuitOf(trainee, id)).statusCode).toBe(404);
    expect(await inbox(trainee, "action")).not.toContain(id);
    expect(await inbox(cleared, "action")).toContain(id);
    // A cleared reader's read of DR content is journaled.
    await requestAs(t.app, cleared.cookie, { url: `/api/correspondence/${id}` });
    const reads = (await journalOf(id)).filter((e) => e.action === "content.read");
    expect(reads.some((e) => e.actor_id === cleared.id)).toBe(true);
    expect(reads.some((e) => e.actor_id === trainee.id)).toBe(false);
  });

  it("counts non-French DR holders as excluded from a DR-SF telegram", async () => {
    const tm = await team("Ambassade de France en Équateur", "embassy", "Quito");
    const office = await makeUnit(t.database.db, { organizationId: ministry, kind: "office" });
    await agent(office);
    const localStaff = await agent(office, { nationality: "DE" });
    const id = await atSignature(
      tm,
      dispatchable({
        marking: "DR-SF",
        addressees: [{ type: "unit", id: office, mode: "info" }],
        actionDeadline: null,
      }),
    );
    const refused = await sign(tm.signer, id);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.details.members.map((m: { id: string }) => m.id)).toEqual([
      localStaff.id,
    ]);
    expect((await sign(tm.signer, id, true)).statusCode).toBe(200);
  });

  it("refuses to sign for a signer who lost release authority since submission", async () => {
    const tm = await team("Ambassade de France au Paraguay", "embassy", "Asunción");
    const id = await atSignature(tm);
    await t.database.db
      .deleteFrom("user_roles")
      .where("user_id", "=", tm.signer.id)
      .where("role", "=", "releaser")
      .execute();
    expect(codeOf(await sign(tm.signer, id))).toBe("forbidden");
    expect(await counterOf(tm.unitId)).toBe(0);
  });
});
