import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DraftContent } from "../../shared/schemas/correspondence.js";
import type { DistributionEntry, DistributionList } from "../../shared/schemas/handling.js";
import type { Marking, Precedence } from "../../shared/vocabulary.js";
import { todayUtc } from "../policy/subject.js";
import {
  makeCommunity,
  makeOrganization,
  makeUnit,
  makeUser,
  signIn,
} from "../testing/factories.js";
import { createTestApp, requestAs, type TestApp } from "../testing/test-app.js";

let t: TestApp;
let washingtonId: string;
let americasId: string;
let berlinId: string;
let communityId: string;

type Who = "drafter" | "head" | "colleague" | "trainee" | "berlin" | "outsider" | "member";
const users = {} as Record<Who, { id: string; cookie: string }>;

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
  const elsewhereId = await makeUnit(db, { organizationId: ministry, kind: "office" });
  const make = async (who: Who, unitId: string, clearance?: "DR") => {
    const user = await makeUser(db, { organizationId: ministry, unitId, clearance });
    users[who] = { id: user.id, cookie: await signIn(t.app, user.email) };
  };
  await make("drafter", washingtonId, "DR");
  await make("head", americasId, "DR");
  await make("colleague", americasId, "DR");
  await make("trainee", americasId);
  await make("berlin", berlinId, "DR");
  await make("outsider", elsewhereId, "DR");
  await make("member", elsewhereId, "DR");
  communityId = await makeCommunity(db, {
    name: "Commerce transatlantique",
    members: [users.member.id],
  });
});
afterAll(() => t.close());

const dayOffset = (days: number) => {
  const date = new Date(`${todayUtc()}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return todayUtc(date);
};

type Addressee = DraftContent["addressees"][number];

interface ItemOptions {
  marking?: Marking;
  precedence?: Precedence;
  addressees?: Addressee[];
  actionDeadline?: string | null;
}

let dispatchedCount = 0;

/**
 * A telegram from Washington, drafted through the API, then put in the dispatched state
 * directly in the database. This stands for the circuit, signature and dispatch, which have
 * their own tests: one distribution row per addressee, action ones `new` with the deadline.
 */
async function dispatchedItem(o: ItemOptions = {}): Promise<string> {
  const addressees = o.addressees ?? [
    { type: "unit", id: americasId, mode: "action" },
    { type: "unit", id: berlinId, mode: "info" },
  ];
  const deadline = o.actionDeadline === undefined ? dayOffset(14) : o.actionDeadline;
  const content: DraftContent = {
    subject: "États-Unis — droits de douane sur l'acier",
    summary: "L'administration prépare de nouveaux droits de douane.",
    precedence: o.precedence ?? "priority",
    marking: o.marking ?? "DR",
    tags: ["commerce"],
    countryTags: ["US"],
    references: [],
    paragraphs: [{ marking: "NP", text: "Le département du Commerce a publié un avis." }],
    addressees,
    actionDeadline: deadline,
    note: null,
    email: null,
  };
  const created = await requestAs(t.app, users.drafter.cookie, {
    method: "POST",
    url: "/api/correspondence",
    payload: { kind: "telegram", originUnitId: washingtonId, content },
  });
  expect(created.statusCode).toBe(201);
  const id: string = created.json().id;
  dispatchedCount += 1;
  await t.database.db.transaction().execute(async (trx) => {
    const now = new Date().toISOString();
    await trx
      .updateTable("correspondences")
      .set({
        state: "dispatched",
        dispatched_at: now,
        reference: `WASHINGTON-2026-${String(dispatchedCount).padStart(4, "0")}-${id.slice(0, 4)}`,
      })
      .where("id", "=", id)
      .execute();
    await trx
      .insertInto("distributions")
      .values(
        addressees.map((a) => ({
          id: randomUUID(),
          correspondence_id: id,
          addressee_type: a.type,
          addressee_id: a.id,
          mode: a.mode,
          handling: a.mode === "action" ? ("new" as const) : null,
          deadline: a.mode === "action" ? deadline : null,
          assigned_to: null,
          acknowledged_at: null,
          closed_at: null,
          close_comment: null,
          answer_id: null,
          dispatched_at: now,
        })),
      )
      .execute();
  });
  return id;
}

const distribution = (who: Who, id: string) =>
  requestAs(t.app, users[who].cookie, { url: `/api/correspondence/${id}/distribution` });

const act = (who: Who, id: string, action: string, payload?: object) =>
  requestAs(t.app, users[who].cookie, {
    method: "POST",
    url: `/api/correspondence/${id}/${action}`,
    ...(payload ? { payload } : {}),
  });

const acknowledge = (who: Who, id: string) => act(who, id, "acknowledge");
const assign = (who: Who, id: string, assignee: Who) =>
  act(who, id, "assign", { userId: users[assignee].id });
const close = (who: Who, id: string, comment = "Traité en réunion de direction.") =>
  act(who, id, "close", { comment });
const answer = (who: Who, id: string, originUnitId = americasId) =>
  act(who, id, "reply", { originUnitId });

const listOf = async (who: Who, id: string): Promise<DistributionList> => {
  const response = await distribution(who, id);
  expect(response.statusCode).toBe(200);
  return response.json();
};

const entryFor = (list: DistributionList, addresseeId: string): DistributionEntry => {
  const entry = list.items.find((d) => d.addresseeId === addresseeId);
  if (!entry) throw new Error(`no distribution to ${addresseeId}`);
  return entry;
};

const handlingOf = async (id: string, addresseeId = americasId) =>
  entryFor(await listOf("drafter", id), addresseeId).handling;

describe("handling an action addressed to a unit", () => {
  it("a member acknowledges, assigns to a colleague, and the colleague answers with a draft that REFs the original", async () => {
    const id = await dispatchedItem();

    const before = await listOf("head", id);
    const action = entryFor(before, americasId);
    expect(before.ownDistributionId).toBe(action.id);
    expect(action).toMatchObject({
      mode: "action",
      handling: "new",
      addresseeName: "Direction des Amériques",
    });
    expect(before.abilities).toEqual({ acknowledge: true, assign: true, close: true, reply: true });
    expect(before.items.map((d) => d.mode)).toEqual(["action", "info"]);

    const acknowledged = await acknowledge("head", id);
    expect(acknowledged.statusCode).toBe(200);
    const afterAck = entryFor(acknowledged.json(), americasId);
    expect(afterAck.handling).toBe("acknowledged");
    expect(afterAck.acknowledgedAt).not.toBeNull();
    expect(acknowledged.json().abilities.acknowledge).toBe(false);

    const assigned = await assign("head", id, "colleague");
    expect(assigned.statusCode).toBe(200);
    expect(entryFor(assigned.json(), americasId)).toMatchObject({
      handling: "assigned",
      assignedTo: { id: users.colleague.id },
    });

    const colleagueView = await listOf("colleague", id);
    expect(colleagueView.ownDistributionId).toBe(action.id);
    expect(colleagueView.abilities).toEqual({
      acknowledge: false,
      assign: true,
      close: true,
      reply: true,
    });

    const replied = await answer("colleague", id);
    expect(replied.statusCode).toBe(201);
    const draft = replied.json();
    expect(draft).toMatchObject({
      kind: "telegram",
      state: "draft",
      drafter: { id: users.colleague.id },
      originUnit: { id: americasId },
    });
    expect(draft.content.subject).toBe("RE: États-Unis — droits de douane sur l'acier");
    expect(draft.content.references).toContain(id);
    expect(draft.content.marking).toBe("DR");
    expect(draft.content.addressees).toEqual([{ type: "unit", id: washingtonId, mode: "action" }]);

    const answered = entryFor(await listOf("colleague", id), americasId);
    expect(answered.handling).toBe("answered");
    expect(answered.answerId).toBe(draft.id);
    // The answer is still the colleague's draft: others do not learn it exists.
    expect(entryFor(await listOf("head", id), americasId).answerId).toBeNull();
  });

  it("assigns only to a current member of the addressee unit who may read the item", async () => {
    const id = await dispatchedItem();
    const outside = await assign("head", id, "berlin");
    expect(outside.statusCode).toBe(400);
    expect(outside.json().error.details).toEqual([
      { path: "/userId", problem: "not_addressee_member" },
    ]);
    const uncleared = await assign("head", id, "trainee");
    expect(uncleared.statusCode).toBe(400);
    expect(uncleared.json().error.details).toEqual([
      { path: "/userId", problem: "cannot_read_it" },
    ]);
    expect(await handlingOf(id)).toBe("new");
  });

  it("the prepared answer keeps the REF even when the replier writes their own content", async () => {
    const id = await dispatchedItem();
    const replied = await act("head", id, "reply", {
      originUnitId: americasId,
      kind: "note",
      content: { subject: "Réponse de la direction", references: [] },
    });
    expect(replied.statusCode).toBe(201);
    expect(replied.json().kind).toBe("note");
    expect(replied.json().content.subject).toBe("Réponse de la direction");
    expect(replied.json().content.references).toEqual([id]);
    const elsewhere = await answer("head", await dispatchedItem(), berlinId);
    expect(elsewhere.statusCode).toBe(400);
  });

  it("a member of an addressee community handles it and assigns only within the community", async () => {
    const id = await dispatchedItem({
      marking: "NP",
      addressees: [{ type: "community", id: communityId, mode: "action" }],
    });
    const view = await listOf("member", id);
    expect(entryFor(view, communityId).addresseeName).toBe("Commerce transatlantique");
    expect(view.abilities.acknowledge).toBe(true);
    expect((await assign("member", id, "head")).statusCode).toBe(400);
    expect((await assign("member", id, "member")).statusCode).toBe(200);
  });

  it("a user addressed both directly and through their unit handles the direct distribution", async () => {
    const id = await dispatchedItem({
      addressees: [
        { type: "unit", id: americasId, mode: "action" },
        { type: "user", id: users.head.id, mode: "action" },
      ],
    });
    const view = await listOf("head", id);
    expect(view.ownDistributionId).toBe(entryFor(view, users.head.id).id);
    await acknowledge("head", id);
    expect(await handlingOf(id, users.head.id)).toBe("acknowledged");
    expect(await handlingOf(id, americasId)).toBe("new");
  });
});

describe("who may handle it", () => {
  it("an info addressee cannot close the action", async () => {
    const id = await dispatchedItem();
    const view = await listOf("berlin", id);
    expect(view.ownDistributionId).toBeNull();
    expect(view.abilities).toEqual({
      acknowledge: false,
      assign: false,
      close: false,
      reply: false,
    });
    const closing = await close("berlin", id);
    expect(closing.statusCode).toBe(403);
    expect(closing.json().error.code).toBe("forbidden");
    for (const response of [
      await acknowledge("berlin", id),
      await assign("berlin", id, "berlin"),
      await answer("berlin", id, berlinId),
      // The drafter reads it (originating unit) but is no addressee.
      await close("drafter", id),
    ]) {
      expect(response.statusCode).toBe(403);
    }
    expect(await handlingOf(id)).toBe("new");
  });

  it("a trainee without clearance gets 404 on a DR item addressed to their unit, on every endpoint", async () => {
    const id = await dispatchedItem({ marking: "DR" });
    const missing = randomUUID();
    const responses = [
      await distribution("trainee", id),
      await acknowledge("trainee", id),
      await assign("trainee", id, "trainee"),
      await close("trainee", id),
      await answer("trainee", id),
    ];
    for (const response of responses) {
      expect(response.statusCode).toBe(404);
      expect(response.json().error.code).toBe("not_found");
    }
    // Exactly the answer for a correspondence that does not exist.
    expect((await acknowledge("trainee", missing)).json()).toEqual(responses[1]?.json());
    expect((await distribution("outsider", id)).statusCode).toBe(404);
    expect(await handlingOf(id)).toBe("new");

    const unprotected = await dispatchedItem({ marking: "NP" });
    expect((await acknowledge("trainee", unprotected)).statusCode).toBe(200);
  });
});

describe("transitions", () => {
  it("closing needs a comment", async () => {
    const id = await dispatchedItem();
    for (const payload of [
      {},
      { comment: "" },
      { comment: "   " },
      { comment: "x".repeat(2001) },
    ]) {
      const response = await act("head", id, "close", payload);
      expect(response.statusCode).toBe(400);
      expect(response.json().error.code).toBe("invalid_input");
    }
    expect(await handlingOf(id)).toBe("new");
    const closed = await close("head", id, "Sans suite : information reçue par ailleurs.");
    expect(closed.statusCode).toBe(200);
    expect(entryFor(closed.json(), americasId)).toMatchObject({
      handling: "closed",
      closeComment: "Sans suite : information reçue par ailleurs.",
    });
    expect(entryFor(closed.json(), americasId).closedAt).not.toBeNull();
  });

  it("refuses invalid transitions with 409 and changes nothing", async () => {
    const id = await dispatchedItem();
    expect((await acknowledge("head", id)).statusCode).toBe(200);
    const twice = await acknowledge("head", id);
    expect(twice.statusCode).toBe(409);
    expect(twice.json().error.code).toBe("conflict");

    expect((await answer("head", id)).statusCode).toBe(201);
    expect((await answer("head", id)).statusCode).toBe(409);
    expect((await acknowledge("head", id)).statusCode).toBe(409);
    // An answered action may still be closed; a closed one is finished.
    expect((await close("head", id)).statusCode).toBe(200);
    for (const response of [
      await close("head", id),
      await acknowledge("head", id),
      await assign("head", id, "colleague"),
      await answer("head", id),
    ]) {
      expect(response.statusCode).toBe(409);
    }
    const entry = entryFor(await listOf("head", id), americasId);
    expect(entry.handling).toBe("closed");
    expect(entry.assignedTo).toBeNull();
  });
});

describe("what stands out in the distribution list", () => {
  it("flags an action past its deadline as overdue until it is answered or closed", async () => {
    const late = await dispatchedItem({ actionDeadline: dayOffset(-1) });
    const lateList = await listOf("head", late);
    expect(entryFor(lateList, americasId)).toMatchObject({
      deadline: dayOffset(-1),
      overdue: true,
    });
    expect(entryFor(lateList, berlinId).overdue).toBe(false);
    await close("head", late);
    expect(entryFor(await listOf("head", late), americasId).overdue).toBe(false);

    const dueToday = await dispatchedItem({ actionDeadline: dayOffset(0) });
    expect(entryFor(await listOf("head", dueToday), americasId).overdue).toBe(false);
    const noDeadline = await dispatchedItem({ actionDeadline: null });
    expect(entryFor(await listOf("head", noDeadline), americasId).overdue).toBe(false);
  });

  it("raises an alert on a flash or immediate item until it is acknowledged", async () => {
    const flash = await dispatchedItem({ precedence: "flash" });
    const list = await listOf("head", flash);
    expect(entryFor(list, americasId).alert).toBe(true);
    expect(entryFor(list, berlinId).alert).toBe(false);
    await acknowledge("colleague", flash);
    expect(entryFor(await listOf("head", flash), americasId).alert).toBe(false);

    const immediate = await dispatchedItem({ precedence: "immediate" });
    expect(entryFor(await listOf("head", immediate), americasId).alert).toBe(true);
    const routine = await dispatchedItem({ precedence: "routine" });
    expect(entryFor(await listOf("head", routine), americasId).alert).toBe(false);
  });

  it("keeps read receipts per addressee, the first read only", async () => {
    const id = await dispatchedItem();
    const open = (who: Who) =>
      requestAs(t.app, users[who].cookie, { url: `/api/correspondence/${id}` });
    expect((await open("head")).statusCode).toBe(200);
    const first = await listOf("drafter", id);
    const firstReadAt = entryFor(first, americasId).readBy[0]?.firstReadAt;
    expect(firstReadAt).toBeDefined();
    await open("head");
    await open("berlin");
    await open("drafter");
    const list = await listOf("drafter", id);
    expect(entryFor(list, americasId).readBy).toEqual([
      { user: { id: users.head.id, displayName: expect.any(String) }, firstReadAt },
    ]);
    expect(entryFor(list, berlinId).readBy.map((r) => r.user.id)).toEqual([users.berlin.id]);
  });
});

describe("the box « À traiter »", () => {
  it("shows each row's own action state without asking for its distribution", async () => {
    const id = await dispatchedItem();
    await acknowledge("head", id);
    const box = await requestAs(t.app, users.head.cookie, {
      url: "/api/inbox?box=action&limit=100",
    });
    const row = box.json().items.find((i: { id: string }) => i.id === id);
    expect(row.ownAction).toMatchObject({ handling: "acknowledged", alert: false });
    const info = await requestAs(t.app, users.berlin.cookie, {
      url: "/api/inbox?box=info&limit=100",
    });
    expect(info.json().items.find((i: { id: string }) => i.id === id).ownAction).toBeNull();
  });
});

describe("the journal", () => {
  it("records every transition with the distribution and who made it", async () => {
    const id = await dispatchedItem();
    const own = (await listOf("head", id)).ownDistributionId;
    await acknowledge("head", id);
    await assign("head", id, "colleague");
    const replied = await answer("colleague", id);
    await close("colleague", id);
    const entries = await t.database.db
      .selectFrom("journal")
      .select(["action", "actor_id", "target_id", "details"])
      .where("target_type", "=", "distribution")
      .where("target_id", "=", own ?? "")
      .orderBy("seq")
      .execute();
    expect(entries.map((e) => [e.action, e.actor_id])).toEqual([
      ["distribution.acknowledged", users.head.id],
      ["distribution.assigned", users.head.id],
      ["distribution.answered", users.colleague.id],
      ["distribution.closed", users.colleague.id],
    ]);
    expect(entries.map((e) => JSON.parse(e.details).correspondenceId)).toEqual([id, id, id, id]);
    expect(JSON.parse(entries[1]?.details ?? "{}").assignedTo).toBe(users.colleague.id);
    expect(JSON.parse(entries[2]?.details ?? "{}").answerId).toBe(replied.json().id);
  });
});
