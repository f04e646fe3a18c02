import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AddresseeType, HandlingState, Marking, Precedence } from "../../shared/vocabulary.js";
import { loadSignedInUser } from "../people/people.service.js";
import type { Subject } from "../policy/subject.js";
import { telegramContent } from "../testing/correspondence-factory.js";
import {
  makeCommunity,
  makeOrganization,
  makeUnit,
  makeUser,
  signIn,
} from "../testing/factories.js";
import { createTestApp, requestAs, type TestApp } from "../testing/test-app.js";
import { getHome } from "./home.service.js";

/*
 * The home puts what the user must act on first — flash before immediate before priority before
 * routine, earliest deadline first, none last — and shows nothing the read rule hides: a DR
 * telegram to an uncleared member's unit, another unit's mail. A head of unit's summary counts
 * only what the unit itself received.
 */

const NOW = new Date("2026-11-26T10:00:00.000Z"); // a Thursday
let t: TestApp;
let agent: Subject;
let head: Subject;
let cookie: string;
let embassy: string;
let otherUnit: string;
let author: string;
let n = 0;

async function dispatch(d: {
  precedence: Precedence;
  marking?: Marking;
  to: {
    type: AddresseeType;
    id: string;
    mode?: "action" | "info";
    handling?: HandlingState;
    deadline?: string | null;
  }[];
  at?: string;
  subject?: string;
  /** The originating unit (another unit unless stated). */
  from?: string;
}) {
  const db = t.database.db;
  const id = randomUUID();
  n += 1;
  const at = d.at ?? new Date(NOW.getTime() - n * 60_000).toISOString();
  const marking = d.marking ?? "NP";
  const content = {
    ...telegramContent({ marking, subject: d.subject ?? `Objet ${n}` }),
    precedence: d.precedence,
  };
  await db
    .insertInto("correspondences")
    .values({
      id,
      kind: "telegram",
      state: "dispatched",
      origin_unit_id: d.from ?? otherUnit,
      drafter_id: author,
      subject: content.subject,
      precedence: d.precedence,
      marking,
      version: 1,
      content: JSON.stringify(content),
      reference: `HOME-2026-${String(n).padStart(4, "0")}`,
      created_at: at,
      updated_at: at,
      dispatched_at: at,
    })
    .execute();
  for (const a of d.to) {
    const mode = a.mode ?? "action";
    await db
      .insertInto("distributions")
      .values({
        id: randomUUID(),
        correspondence_id: id,
        addressee_type: a.type,
        addressee_id: a.id,
        mode,
        handling: mode === "action" ? (a.handling ?? "new") : null,
        deadline: a.deadline ?? null,
        assigned_to: null,
        acknowledged_at: null,
        closed_at: null,
        close_comment: null,
        answer_id: null,
        dispatched_at: at,
      })
      .execute();
  }
  return id;
}

const ids = {
  routineLate: "",
  routineNone: "",
  priorityEarly: "",
  priorityLater: "",
  immediateAcked: "",
  flash: "",
  closed: "",
  answered: "",
  restricted: "",
  elsewhere: "",
  info: "",
  lastWeek: "",
};

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  const ministry = await makeOrganization(db);
  embassy = await makeUnit(db, { organizationId: ministry, kind: "embassy" });
  otherUnit = await makeUnit(db, { organizationId: ministry, kind: "office" });
  const agentUser = await makeUser(db, {
    organizationId: ministry,
    unitId: embassy,
    clearance: "NP",
  });
  const headUser = await makeUser(db, {
    organizationId: ministry,
    unitId: embassy,
    clearance: "DR",
    roles: [{ role: "releaser", unitId: embassy }],
  });
  author = (await makeUser(db, { organizationId: ministry, unitId: otherUnit, clearance: "DR" }))
    .id;
  const community = await makeCommunity(db, { members: [agentUser.id] });
  const unit = { type: "unit" as const, id: embassy };
  const me = { type: "user" as const, id: agentUser.id };

  ids.routineLate = await dispatch({
    precedence: "routine",
    to: [{ ...me, deadline: "2026-11-20" }],
  });
  ids.routineNone = await dispatch({ precedence: "routine", to: [unit] });
  ids.priorityEarly = await dispatch({
    precedence: "priority",
    to: [{ ...unit, deadline: "2026-11-27" }],
  });
  ids.priorityLater = await dispatch({
    precedence: "priority",
    to: [{ ...unit, deadline: "2026-12-10" }],
  });
  ids.immediateAcked = await dispatch({
    precedence: "immediate",
    to: [{ type: "community", id: community, handling: "acknowledged", deadline: "2026-11-30" }],
  });
  ids.flash = await dispatch({ precedence: "flash", to: [me, unit] });
  ids.closed = await dispatch({ precedence: "flash", to: [{ ...me, handling: "closed" }] });
  ids.answered = await dispatch({
    precedence: "immediate",
    to: [{ ...unit, handling: "answered" }],
  });
  ids.restricted = await dispatch({ precedence: "flash", marking: "DR", to: [unit] });
  ids.elsewhere = await dispatch({ precedence: "flash", to: [{ type: "unit", id: otherUnit }] });
  ids.info = await dispatch({ precedence: "routine", to: [{ ...unit, mode: "info" }] });
  ids.lastWeek = await dispatch({
    precedence: "priority",
    to: [{ ...unit, mode: "info" }],
    at: "2026-11-20T09:00:00.000Z",
  });

  const loadedAgent = await loadSignedInUser(db, agentUser.id, { mfa: true });
  const loadedHead = await loadSignedInUser(db, headUser.id, { mfa: true });
  if (!loadedAgent || !loadedHead) throw new Error("users not loaded");
  agent = loadedAgent.subject;
  head = loadedHead.subject;
  cookie = await signIn(t.app, agentUser.email);
});
afterAll(() => t.close());

const idsOf = (items: { id: string }[]) => items.map((i) => i.id);

describe("« À traiter » on the home page", () => {
  it("orders open action items by precedence, then deadline with none last", async () => {
    const home = await getHome(t.database.db, agent, { limit: 20 }, NOW);
    expect(idsOf(home.actionItems.items)).toEqual([
      ids.flash,
      ids.immediateAcked,
      ids.priorityEarly,
      ids.priorityLater,
      ids.routineLate,
      ids.routineNone,
    ]);
  });

  it("flags overdue items and unacknowledged flash items", async () => {
    const home = await getHome(t.database.db, agent, { limit: 20 }, NOW);
    const byId = new Map(home.actionItems.items.map((i) => [i.id, i]));
    expect(byId.get(ids.routineLate)?.ownAction?.overdue).toBe(true);
    expect(byId.get(ids.routineLate)?.deadline).toBe("2026-11-20");
    expect(byId.get(ids.priorityEarly)?.ownAction?.overdue).toBe(false);
    expect(byId.get(ids.flash)?.ownAction?.alert).toBe(true);
    expect(byId.get(ids.immediateAcked)?.ownAction?.alert).toBe(false);
    expect(idsOf(home.alerts?.unacknowledged ?? [])).toEqual([ids.flash]);
    // A first page of urgent items only: the alerts are read on their own, with the same answer.
    const short = await getHome(t.database.db, agent, { limit: 1 }, NOW);
    expect(idsOf(short.alerts?.unacknowledged ?? [])).toEqual([ids.flash]);
  });

  it("never shows a DR item to an uncleared member of the unit, nor another unit's mail", async () => {
    const home = await getHome(t.database.db, agent, { limit: 50 }, NOW);
    const everything = [
      ...idsOf(home.actionItems.items),
      ...idsOf(home.alerts?.unacknowledged ?? []),
      ...idsOf(home.forInformation?.items ?? []),
      ...idsOf(home.following?.correspondence ?? []),
    ];
    expect(everything).not.toContain(ids.restricted);
    expect(everything).not.toContain(ids.elsewhere);
    expect(everything).not.toContain(ids.closed);
    expect(everything).not.toContain(ids.answered);
    // The cleared head of the same unit does see the DR flash telegram, among the flash ones first.
    const headHome = await getHome(t.database.db, head, { limit: 50 }, NOW);
    expect(idsOf(headHome.actionItems.items).slice(0, 2).sort()).toEqual(
      [ids.flash, ids.restricted].sort(),
    );
  });

  it("walks the whole list page by page through its cursor, each item once, in order", async () => {
    const all = idsOf((await getHome(t.database.db, agent, { limit: 50 }, NOW)).actionItems.items);
    for (const limit of [1, 2, 4]) {
      const walked: string[] = [];
      let cursor: string | undefined;
      for (let page = 0; page < 20; page += 1) {
        const home = await getHome(t.database.db, agent, { limit, actionCursor: cursor }, NOW);
        expect(home.actionItems.items.length).toBeLessThanOrEqual(limit);
        if (cursor !== undefined) expect(home.forInformation).toBeNull();
        walked.push(...idsOf(home.actionItems.items));
        if (!home.actionItems.nextCursor) break;
        cursor = home.actionItems.nextCursor;
      }
      expect(walked).toEqual(all);
    }
  });

  it("puts what is for information only in « Pour information »", async () => {
    const home = await getHome(t.database.db, agent, { limit: 20 }, NOW);
    expect(idsOf(home.forInformation?.items ?? [])).toEqual([ids.info, ids.lastWeek]);
    expect(idsOf(home.actionItems.items)).not.toContain(ids.info);
  });
});

describe("what the user follows", () => {
  it("lists dispatched correspondence with a followed tag, only what the user may read", async () => {
    const db = t.database.db;
    await db
      .insertInto("follows")
      .values({
        follower_id: agent.userId,
        target_type: "tag",
        target_key: "énergie",
        created_at: NOW.toISOString(),
      })
      .execute();
    // What the agent's own unit sent counts too (and an unrelated one, sent elsewhere, not).
    const sent = await dispatch({ precedence: "routine", to: [], from: embassy });
    const tagged = [ids.info, ids.restricted, ids.elsewhere, sent];
    await db
      .insertInto("search_facets")
      .values(
        tagged.map((id) => ({
          doc_type: "correspondence",
          doc_id: id,
          facet: "tag",
          value: "énergie",
        })),
      )
      .execute();
    const home = await getHome(db, agent, { limit: 5 }, NOW);
    expect(idsOf(home.following?.correspondence ?? [])).toEqual([ids.info, sent]);
    expect(home.following?.followedTags).toEqual(["énergie"]);
    await db.deleteFrom("search_facets").where("doc_id", "in", tagged).execute();
    await db.deleteFrom("follows").where("follower_id", "=", agent.userId).execute();
  });
});

describe("the head of unit's summary", () => {
  it("is shown to the unit's releaser only", async () => {
    expect((await getHome(t.database.db, agent, { limit: 5 }, NOW)).unitSummaries).toEqual([]);
    const [summary, ...others] = (await getHome(t.database.db, head, { limit: 5 }, NOW))
      .unitSummaries;
    expect(others).toEqual([]);
    expect(summary?.unit.id).toBe(embassy);
  });

  it("counts only the unit's own items: open, overdue, this week by precedence", async () => {
    const [summary] = (await getHome(t.database.db, head, { limit: 5 }, NOW)).unitSummaries;
    // Open actions addressed to the unit: routineNone, priorityEarly, priorityLater, flash, restricted.
    expect(summary?.openActions).toBe(5);
    // None of the unit's open items is past its deadline (routineLate went to the agent in person).
    expect(summary?.overdueActions).toBe(0);
    expect(summary?.weekStart).toBe("2026-11-23T00:00:00.000Z");
    // This week, to the unit: flash ×2 (flash, restricted), immediate ×1 (answered),
    // priority ×2, routine ×2 (routineNone, info); lastWeek and another unit's flash excluded.
    expect(summary?.weekByPrecedence).toEqual({ flash: 2, immediate: 1, priority: 2, routine: 2 });
  });

  it("counts an overdue item of the unit", async () => {
    const late = await dispatch({
      precedence: "routine",
      to: [{ type: "unit", id: embassy, deadline: "2026-11-01" }],
      at: "2026-10-20T09:00:00.000Z",
    });
    const [summary] = (await getHome(t.database.db, head, { limit: 5 }, NOW)).unitSummaries;
    expect(summary?.overdueActions).toBe(1);
    expect(summary?.openActions).toBe(6);
    await t.database.db.deleteFrom("distributions").where("correspondence_id", "=", late).execute();
    await t.database.db.deleteFrom("correspondences").where("id", "=", late).execute();
  });
});

describe("getHome over HTTP", () => {
  it("answers the signed-in user's home, and 401 without a session", async () => {
    const res = await requestAs(t.app, cookie, { method: "GET", url: "/api/home?limit=3" });
    expect(res.statusCode).toBe(200);
    expect(res.json().actionItems.items).toHaveLength(3);
    const anonymous = await requestAs(t.app, null, { method: "GET", url: "/api/home" });
    expect(anonymous.statusCode).toBe(401);
  });

  it.each(["not-a-cursor", "WyJhIl0", "eyJ4IjoxfQ"])(
    "refuses a forged cursor %s with 400",
    async (c) => {
      const res = await requestAs(t.app, cookie, {
        method: "GET",
        url: `/api/home?actionCursor=${c}`,
      });
      expect(res.statusCode).toBe(400);
    },
  );

  it("refuses unknown parameters and a limit out of range", async () => {
    for (const url of ["/api/home?limit=0", "/api/home?limit=51", "/api/home?box=action"]) {
      const res = await requestAs(t.app, cookie, { method: "GET", url });
      expect(res.statusCode).toBe(400);
    }
  });
});
