import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type {
  CommunityDetail,
  CommunityMemberPage,
  CommunityPage,
  CommunitySummary,
} from "../../shared/schemas/communities.js";
import type { CommunityAccess } from "../../shared/vocabulary.js";
import { todayUtc } from "../policy/subject.js";
import {
  makeCommunity,
  makeOrganization,
  makeUnit,
  makeUser,
  signIn,
} from "../testing/factories.js";
import {
  expectCleanRun,
  NAUGHTY_TIMEOUT_MS,
  throwNaughtyStrings,
} from "../testing/hostile-input.js";
import { createTestApp, requestAs, type TestApp } from "../testing/test-app.js";

/*
 * Communities through the API: who sees which, who enters how, what managers do, and that
 * hierarchical memberships follow assignments. Each role of the issue is exercised: manager,
 * member, guest, internal non-member, external non-member.
 */

let t: TestApp;
let ministryId: string;
let officeId: string;
let embassyId: string;

type Who = "admin" | "manager" | "member" | "outsider" | "guest" | "stranger" | "colleague";
const users = {} as Record<Who, { id: string; cookie: string }>;
const communities = {} as Record<CommunityAccess, string>;
let hierarchicalId: string;

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  ministryId = await makeOrganization(db, { kind: "ministry" });
  const companyId = await makeOrganization(db, { kind: "company", name: "Entreprise partenaire" });
  officeId = await makeUnit(db, { organizationId: ministryId, name: "Bureau du commerce" });
  embassyId = await makeUnit(db, {
    organizationId: ministryId,
    kind: "embassy",
    name: "Ambassade de France en Italie",
    countryCode: "IT",
  });
  const make = async (who: Who, o: Parameters<typeof makeUser>[1]) => {
    const user = await makeUser(db, o);
    users[who] = { id: user.id, cookie: await signIn(t.app, user.email) };
  };
  await make("admin", { organizationId: ministryId, roles: [{ role: "platform_admin" }] });
  await make("manager", { organizationId: ministryId, unitId: officeId, familyName: "Gérante" });
  await make("member", { organizationId: ministryId, unitId: officeId, familyName: "Membre" });
  await make("outsider", { organizationId: ministryId, familyName: "Extérieur" });
  await make("colleague", { organizationId: ministryId, unitId: officeId, familyName: "Collègue" });
  await make("guest", { organizationId: companyId, familyName: "Invitée" });
  await make("stranger", { organizationId: companyId, familyName: "Inconnue" });
  for (const access of ["open", "on_request", "invitation", "secret"] as const) {
    communities[access] = await makeCommunity(db, {
      name: `Réseau ${access}`,
      access,
      members: [
        { userId: users.manager.id, role: "manager" },
        users.member.id,
        { userId: users.guest.id, role: "guest" },
      ],
    });
  }
  hierarchicalId = await makeCommunity(db, {
    name: "Ambassade de France en Italie",
    kind: "hierarchical",
    access: "invitation",
    unitId: embassyId,
  });
});
afterAll(() => t.close());

const as = (who: Who, method: "GET" | "POST" | "DELETE", url: string, payload?: object) =>
  requestAs(t.app, users[who].cookie, { method, url, ...(payload ? { payload } : {}) });

const list = async (who: Who, query = "") => {
  const response = await as(who, "GET", `/api/communities${query}`);
  expect(response.statusCode).toBe(200);
  return response.json<CommunityPage>();
};
const names = (page: CommunityPage) => page.items.map((c: CommunitySummary) => c.name);

async function freshCommunity(access: CommunityAccess, extra: Who[] = []) {
  return makeCommunity(t.database.db, {
    access,
    members: [{ userId: users.manager.id, role: "manager" }, ...extra.map((w) => users[w].id)],
  });
}

const journalOf = (type: string, targetId: string) =>
  t.database.db
    .selectFrom("journal")
    .select(["action", "details", "actor_id"])
    .where("action", "=", type)
    .where("target_id", "=", targetId)
    .orderBy("seq")
    .execute();

const changesOf = (communityId: string, userId: string) =>
  t.database.db
    .selectFrom("membership_changes")
    .select("change")
    .where("community_id", "=", communityId)
    .where("user_id", "=", userId)
    .orderBy("at")
    .execute()
    .then((rows) => rows.map((r) => r.change));

describe("listing communities", () => {
  it("an internal non-member sees every community but the secret one", async () => {
    const seen = names(await list("outsider", "?q=reseau"));
    expect(seen).toEqual(["Réseau invitation", "Réseau on_request", "Réseau open"]);
  });

  it("a member sees the secret community, with their role and the member count", async () => {
    const page = await list("member", "?q=reseau");
    const secret = page.items.find((c) => c.access === "secret");
    expect(secret).toMatchObject({ myRole: "member", memberCount: 3, myPendingRequest: null });
  });

  it("an external guest sees only the communities they are in, an external stranger none", async () => {
    const guestSees = await list("guest");
    expect(guestSees.items.every((c) => c.myRole === "guest")).toBe(true);
    expect(guestSees.items).toHaveLength(4);
    expect((await list("stranger")).items).toEqual([]);
  });

  it("filters by membership, kind and name, accents and case folded", async () => {
    expect(names(await list("manager", "?mine=true&q=RÉSEAU"))).toHaveLength(4);
    expect(names(await list("outsider", "?mine=true"))).toEqual([]);
    expect(names(await list("outsider", "?kind=hierarchical"))).toContain(
      "Ambassade de France en Italie",
    );
    expect(
      (await list("outsider", "?kind=transverse")).items.every((c) => c.kind === "transverse"),
    ).toBe(true);
  });

  it("pages by keyset without losing or repeating a community", async () => {
    const all = names(await list("member", "?limit=100"));
    const paged: string[] = [];
    let cursor: string | null = null;
    do {
      const page: CommunityPage = await list(
        "member",
        `?limit=2${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ""}`,
      );
      paged.push(...names(page));
      cursor = page.nextCursor;
    } while (cursor);
    expect(paged).toEqual(all);
  });

  it("refuses a forged cursor as invalid input", async () => {
    const response = await as("member", "GET", "/api/communities?cursor=%7B%7D");
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe("invalid_input");
  });
});

describe("a community's page", () => {
  it("a secret community answers exactly like a community that does not exist", async () => {
    for (const who of ["outsider", "stranger"] as const) {
      const secret = await as(who, "GET", `/api/communities/${communities.secret}`);
      const unknown = await as(who, "GET", `/api/communities/${randomUUID()}`);
      expect(secret.statusCode).toBe(404);
      expect(secret.body).toBe(unknown.body);
    }
  });

  it("an external user sees nothing of a community they are not a guest of", async () => {
    const response = await as("stranger", "GET", `/api/communities/${communities.open}`);
    expect(response.statusCode).toBe(404);
  });

  it("tells each role what it may do", async () => {
    const abilities = async (who: Who, id: string) =>
      (await as(who, "GET", `/api/communities/${id}`)).json<CommunityDetail>().abilities;
    expect(await abilities("outsider", communities.open)).toEqual({
      join: true,
      request: false,
      leave: false,
      manage: false,
      post: false,
      readContent: true,
      readFiles: true,
    });
    expect(await abilities("outsider", communities.on_request)).toMatchObject({
      join: false,
      request: true,
      readContent: false,
    });
    expect(await abilities("outsider", communities.invitation)).toMatchObject({
      join: false,
      request: false,
      readContent: false,
    });
    expect(await abilities("member", communities.secret)).toMatchObject({
      leave: true,
      post: true,
      manage: false,
      readContent: true,
    });
    // The only manager may not leave: the community would have nobody to run it.
    expect(await abilities("manager", communities.secret)).toMatchObject({
      leave: false,
      manage: true,
    });
    expect(await abilities("guest", communities.secret)).toMatchObject({
      post: false,
      manage: false,
      readContent: true,
      readFiles: false,
      leave: true,
    });
    expect(await abilities("outsider", hierarchicalId)).toMatchObject({
      join: false,
      request: false,
    });
  });
});

describe("creating a community", () => {
  it("any internal agent creates a transverse community and becomes its manager", async () => {
    const response = await as("outsider", "POST", "/api/communities", {
      name: "Task force Italie",
      description: "Préparation du sommet franco-italien.",
      access: "on_request",
    });
    expect(response.statusCode).toBe(201);
    const created = response.json<CommunityDetail>();
    expect(created).toMatchObject({
      kind: "transverse",
      access: "on_request",
      myRole: "manager",
      memberCount: 1,
    });
    expect(created.abilities.manage).toBe(true);
    const journal = await journalOf("community.created", created.id);
    expect(journal).toHaveLength(1);
    expect(JSON.parse(journal[0]?.details ?? "{}")).toEqual({
      kind: "transverse",
      access: "on_request",
    });
    expect(await changesOf(created.id, users.outsider.id)).toEqual(["joined"]);
  });

  it("external users cannot create communities", async () => {
    const response = await as("guest", "POST", "/api/communities", {
      name: "Club des entreprises",
      access: "open",
    });
    expect(response.statusCode).toBe(403);
  });

  it("refuses an unknown access mode or an unknown field", async () => {
    for (const payload of [
      { name: "X", access: "public" },
      { name: "X", access: "open", kind: "hierarchical" },
      { name: "   ", access: "open" },
    ]) {
      const response = await as("outsider", "POST", "/api/communities", payload);
      expect(response.statusCode).toBe(400);
    }
  });

  it(
    "every naughty string as a name is stored exactly or refused as invalid input",
    async () => {
      const count = async () =>
        Number(
          (
            await t.database.db
              .selectFrom("communities")
              .select((eb) => eb.fn.countAll().as("n"))
              .executeTakeFirstOrThrow()
          ).n,
        );
      const run = await throwNaughtyStrings(
        (value) =>
          as("outsider", "POST", "/api/communities", {
            name: value,
            description: value,
            access: "open",
          }),
        async (response) => {
          const id = response.json<CommunityDetail>().id;
          const read = (await as("outsider", "GET", `/api/communities/${id}`)).json();
          expect(read.description).toBe(read.name);
          return read.name;
        },
        count,
      );
      expectCleanRun(run);
    },
    NAUGHTY_TIMEOUT_MS,
  );
});

describe("joining and requesting", () => {
  it("an open community is joined at once", async () => {
    const id = await freshCommunity("open");
    const response = await as("outsider", "POST", `/api/communities/${id}/membership-requests`, {});
    expect(response.statusCode).toBe(200);
    expect(response.json<CommunityDetail>()).toMatchObject({ myRole: "member", memberCount: 2 });
    expect(await changesOf(id, users.outsider.id)).toEqual(["joined"]);
    expect(await journalOf("community.member_joined", id)).toHaveLength(1);
    const again = await as("outsider", "POST", `/api/communities/${id}/membership-requests`, {});
    expect(again.json().error.code).toBe("already_member");
  });

  it("an on-request community gets a pending request the managers decide", async () => {
    const id = await freshCommunity("on_request");
    const asked = await as("outsider", "POST", `/api/communities/${id}/membership-requests`, {
      message: "Je suis le dossier italien.",
    });
    expect(asked.statusCode).toBe(200);
    const detail = asked.json<CommunityDetail>();
    expect(detail.myRole).toBeNull();
    expect(detail.myPendingRequest).not.toBeNull();
    expect(detail.abilities.request).toBe(false);
    const twice = await as("outsider", "POST", `/api/communities/${id}/membership-requests`, {});
    expect(twice.statusCode).toBe(409);
    expect(twice.json().error.code).toBe("membership_request_pending");
    const journal = await journalOf("community.membership_requested", id);
    expect(JSON.parse(journal[0]?.details ?? "{}")).toEqual({
      userId: users.outsider.id,
      message: "Je suis le dossier italien.",
    });

    const pending = await as("manager", "GET", `/api/communities/${id}/membership-requests`);
    expect(pending.statusCode).toBe(200);
    const [request] = pending.json().items;
    expect(request).toMatchObject({
      user: { id: users.outsider.id },
      message: "Je suis le dossier italien.",
      state: "pending",
    });

    const byMember = await as("colleague", "GET", `/api/communities/${id}/membership-requests`);
    expect(byMember.statusCode).toBe(403);

    const decided = await as(
      "manager",
      "POST",
      `/api/communities/${id}/membership-requests/${request.id}/decision`,
      { accept: true, message: "Bienvenue." },
    );
    expect(decided.statusCode).toBe(204);
    const after = await as("outsider", "GET", `/api/communities/${id}`);
    expect(after.json<CommunityDetail>()).toMatchObject({
      myRole: "member",
      myPendingRequest: null,
    });
    const decision = await journalOf("community.membership_decided", id);
    expect(JSON.parse(decision[0]?.details ?? "{}")).toEqual({
      userId: users.outsider.id,
      accepted: true,
      message: "Bienvenue.",
    });
    const replay = await as(
      "manager",
      "POST",
      `/api/communities/${id}/membership-requests/${request.id}/decision`,
      { accept: false },
    );
    expect(replay.json().error.code).toBe("membership_request_decided");
  });

  it("a refused request leaves the requester outside, free to ask again", async () => {
    const id = await freshCommunity("on_request");
    await as("colleague", "POST", `/api/communities/${id}/membership-requests`, {});
    const [request] = (
      await as("manager", "GET", `/api/communities/${id}/membership-requests`)
    ).json().items;
    const refused = await as(
      "manager",
      "POST",
      `/api/communities/${id}/membership-requests/${request.id}/decision`,
      { accept: false, message: "Réservé aux postes." },
    );
    expect(refused.statusCode).toBe(204);
    const after = (await as("colleague", "GET", `/api/communities/${id}`)).json<CommunityDetail>();
    expect(after).toMatchObject({ myRole: null, myPendingRequest: null });
    expect(after.abilities.request).toBe(true);
  });

  it("only a manager decides; a non-member of a secret community gets 404", async () => {
    const id = await freshCommunity("on_request", ["member"]);
    await as("outsider", "POST", `/api/communities/${id}/membership-requests`, {});
    const [request] = (
      await as("manager", "GET", `/api/communities/${id}/membership-requests`)
    ).json().items;
    const url = `/api/communities/${id}/membership-requests/${request.id}/decision`;
    expect((await as("member", "POST", url, { accept: true })).statusCode).toBe(403);
    expect((await as("stranger", "POST", url, { accept: true })).statusCode).toBe(404);
    const elsewhere = `/api/communities/${communities.secret}/membership-requests/${request.id}/decision`;
    expect((await as("outsider", "POST", elsewhere, { accept: true })).statusCode).toBe(404);
    // A request of another community is not found through this one.
    const wrong = `/api/communities/${communities.on_request}/membership-requests/${request.id}/decision`;
    expect((await as("manager", "POST", wrong, { accept: true })).statusCode).toBe(404);
  });

  it("invitation-only communities refuse requests; secret ones are 404 to non-members", async () => {
    const invitation = await as(
      "outsider",
      "POST",
      `/api/communities/${communities.invitation}/membership-requests`,
      {},
    );
    expect(invitation.statusCode).toBe(409);
    expect(invitation.json().error.code).toBe("community_invitation_only");
    const secret = await as(
      "outsider",
      "POST",
      `/api/communities/${communities.secret}/membership-requests`,
      {},
    );
    expect(secret.statusCode).toBe(404);
    const external = await as(
      "stranger",
      "POST",
      `/api/communities/${communities.open}/membership-requests`,
      {},
    );
    expect(external.statusCode).toBe(404);
  });

  it("hierarchical communities cannot be requested by hand", async () => {
    const response = await as(
      "outsider",
      "POST",
      `/api/communities/${hierarchicalId}/membership-requests`,
      {},
    );
    expect(response.statusCode).toBe(409);
    expect(response.json().error.code).toBe("membership_follows_assignment");
  });
});

describe("hostile enrolment messages", () => {
  it(
    "every naughty string as a request message is stored exactly or refused as invalid input",
    async () => {
      const id = await freshCommunity("on_request");
      const pendingCount = async () =>
        Number(
          (
            await t.database.db
              .selectFrom("membership_requests")
              .select((eb) => eb.fn.countAll().as("n"))
              .where("community_id", "=", id)
              .executeTakeFirstOrThrow()
          ).n,
        );
      const run = await throwNaughtyStrings(
        (value) =>
          as("outsider", "POST", `/api/communities/${id}/membership-requests`, { message: value }),
        async () => {
          const [request] = (
            await as("manager", "GET", `/api/communities/${id}/membership-requests`)
          ).json().items;
          // Refused at once, so that the next string may be sent as a new request.
          const refused = await as(
            "manager",
            "POST",
            `/api/communities/${id}/membership-requests/${request.id}/decision`,
            { accept: false, message: request.message },
          );
          expect(refused.statusCode).toBe(204);
          return request.message;
        },
        pendingCount,
      );
      expectCleanRun(run);
    },
    NAUGHTY_TIMEOUT_MS,
  );
});

describe("invitations", () => {
  it("a manager adds people and a whole unit; external invitees become guests", async () => {
    const id = await freshCommunity("secret");
    const response = await as("manager", "POST", `/api/communities/${id}/invitations`, {
      userIds: [users.outsider.id, users.stranger.id],
      unitIds: [officeId],
    });
    expect(response.statusCode).toBe(200);
    const added = response.json().addedUserIds as string[];
    // The manager was already in; the office brings the member and the colleague.
    expect(new Set(added)).toEqual(
      new Set([users.outsider.id, users.stranger.id, users.member.id, users.colleague.id]),
    );
    const members = (await as("manager", "GET", `/api/communities/${id}/members`)).json();
    const roleOf = (userId: string) =>
      members.items.find((m: { user: { id: string } }) => m.user.id === userId)?.role;
    expect(roleOf(users.stranger.id)).toBe("guest");
    expect(roleOf(users.outsider.id)).toBe("member");
    expect(roleOf(users.manager.id)).toBe("manager");
    const journal = await journalOf("community.members_invited", id);
    expect(new Set(JSON.parse(journal[0]?.details ?? "{}").userIds)).toEqual(new Set(added));
    expect((await as("stranger", "GET", `/api/communities/${id}`)).statusCode).toBe(200);
  });

  it("an external user is never made a manager", async () => {
    const id = await freshCommunity("invitation");
    await as("manager", "POST", `/api/communities/${id}/invitations`, {
      userIds: [users.stranger.id],
      role: "manager",
    });
    const members = (await as("manager", "GET", `/api/communities/${id}/members`)).json();
    expect(
      members.items.find((m: { user: { id: string } }) => m.user.id === users.stranger.id).role,
    ).toBe("guest");
  });

  it("only managers invite, unknown people are invalid input, nothing is half-written", async () => {
    const id = await freshCommunity("invitation", ["member"]);
    const byMember = await as("member", "POST", `/api/communities/${id}/invitations`, {
      userIds: [users.outsider.id],
    });
    expect(byMember.statusCode).toBe(403);
    const unknown = await as("manager", "POST", `/api/communities/${id}/invitations`, {
      userIds: [users.outsider.id, randomUUID()],
    });
    expect(unknown.statusCode).toBe(400);
    const empty = await as("manager", "POST", `/api/communities/${id}/invitations`, {});
    expect(empty.statusCode).toBe(400);
    const members = (await as("manager", "GET", `/api/communities/${id}/members`)).json();
    expect(members.items).toHaveLength(2);
  });

  it("an invitation settles the invitee's pending request", async () => {
    const id = await freshCommunity("on_request");
    await as("outsider", "POST", `/api/communities/${id}/membership-requests`, {});
    await as("manager", "POST", `/api/communities/${id}/invitations`, {
      userIds: [users.outsider.id],
    });
    const pending = (
      await as("manager", "GET", `/api/communities/${id}/membership-requests`)
    ).json();
    expect(pending.items).toEqual([]);
  });
});

describe("member lists", () => {
  it("readable by members and guests of the community, and by anyone for an open one", async () => {
    const url = (access: CommunityAccess) => `/api/communities/${communities[access]}/members`;
    expect((await as("guest", "GET", url("secret"))).statusCode).toBe(200);
    expect((await as("member", "GET", url("secret"))).statusCode).toBe(200);
    expect((await as("outsider", "GET", url("open"))).statusCode).toBe(200);
    expect((await as("outsider", "GET", url("on_request"))).statusCode).toBe(403);
    expect((await as("outsider", "GET", url("secret"))).statusCode).toBe(404);
    expect((await as("stranger", "GET", url("open"))).statusCode).toBe(404);
  });

  it("a guest never reaches the member list of a community they are not in", async () => {
    const other = await freshCommunity("open", ["member"]);
    const response = await as("guest", "GET", `/api/communities/${other}/members`);
    expect(response.statusCode).toBe(404);
  });

  it("a guest never reaches an internal profile", async () => {
    const response = await as("guest", "GET", `/api/directory/people/${users.member.id}`);
    expect(response.statusCode).toBe(404);
  });

  it("pages members by name", async () => {
    const first = await as(
      "member",
      "GET",
      `/api/communities/${communities.secret}/members?limit=2`,
    );
    const page = first.json<CommunityMemberPage>();
    expect(page.items).toHaveLength(2);
    const rest = (
      await as(
        "member",
        "GET",
        `/api/communities/${communities.secret}/members?limit=2&cursor=${page.nextCursor}`,
      )
    ).json<CommunityMemberPage>();
    const all = [...page.items, ...rest.items].map((m) => m.user.displayName);
    expect(all).toEqual(["Agent Gérante", "Agent Invitée", "Agent Membre"]);
    expect(rest.nextCursor).toBeNull();
  });
});

describe("leaving and removing", () => {
  it("a member leaves; the history records the departure", async () => {
    const id = await freshCommunity("open", ["outsider"]);
    const response = await as("outsider", "POST", `/api/communities/${id}/leave`);
    expect(response.statusCode).toBe(204);
    const after = await as("outsider", "GET", `/api/communities/${id}`);
    expect(after.json<CommunityDetail>().myRole).toBeNull();
    expect(await changesOf(id, users.outsider.id)).toEqual(["left"]);
    expect(await journalOf("community.member_left", id)).toHaveLength(1);
    const again = await as("outsider", "POST", `/api/communities/${id}/leave`);
    expect(again.json().error.code).toBe("not_member");
  });

  it("leaving a secret community makes it vanish", async () => {
    const id = await freshCommunity("secret", ["outsider"]);
    const response = await as("outsider", "POST", `/api/communities/${id}/leave`);
    expect(response.statusCode).toBe(204);
    expect(await changesOf(id, users.outsider.id)).toEqual(["left"]);
    expect((await as("outsider", "GET", `/api/communities/${id}`)).statusCode).toBe(404);
  });

  it("the last manager can neither leave nor be removed", async () => {
    const id = await freshCommunity("open");
    const leave = await as("manager", "POST", `/api/communities/${id}/leave`);
    expect(leave.json().error.code).toBe("last_manager");
    const remove = await as(
      "manager",
      "DELETE",
      `/api/communities/${id}/members/${users.manager.id}`,
    );
    expect(remove.json().error.code).toBe("last_manager");
    await as("manager", "POST", `/api/communities/${id}/invitations`, {
      userIds: [users.colleague.id],
      role: "manager",
    });
    expect((await as("manager", "POST", `/api/communities/${id}/leave`)).statusCode).toBe(204);
  });

  it("a manager removes a member; others may not; an unknown member is 404", async () => {
    const id = await freshCommunity("invitation", ["member", "colleague"]);
    const byMember = await as(
      "member",
      "DELETE",
      `/api/communities/${id}/members/${users.colleague.id}`,
    );
    expect(byMember.statusCode).toBe(403);
    const byOutsider = await as(
      "stranger",
      "DELETE",
      `/api/communities/${id}/members/${users.colleague.id}`,
    );
    expect(byOutsider.statusCode).toBe(404);
    const removed = await as(
      "manager",
      "DELETE",
      `/api/communities/${id}/members/${users.colleague.id}`,
    );
    expect(removed.statusCode).toBe(204);
    expect(await changesOf(id, users.colleague.id)).toEqual(["left"]);
    const journal = await journalOf("community.member_removed", id);
    expect(JSON.parse(journal[0]?.details ?? "{}")).toEqual({ userId: users.colleague.id });
    const gone = await as(
      "manager",
      "DELETE",
      `/api/communities/${id}/members/${users.colleague.id}`,
    );
    expect(gone.statusCode).toBe(404);
  });
});

describe("hierarchical communities follow assignments", () => {
  const assign = (userId: string, unitId: string) =>
    as("admin", "POST", `/api/admin/users/${userId}/assignments`, {
      unitId,
      function: "Conseiller",
      startsOn: "2025-01-01",
    });

  it("an assignment brings the unit's community; removing it takes it away at once", async () => {
    const newcomer = await makeUser(t.database.db, { organizationId: ministryId });
    const added = await assign(newcomer.id, embassyId);
    expect(added.statusCode).toBe(201);
    const membership = await t.database.db
      .selectFrom("memberships")
      .selectAll()
      .where("community_id", "=", hierarchicalId)
      .where("user_id", "=", newcomer.id)
      .executeTakeFirst();
    expect(membership).toMatchObject({ role: "member", origin: "assignment" });
    const assignmentId = added.json().assignments[0].id;

    const cookie = await signIn(t.app, newcomer.email);
    const page = await requestAs(t.app, cookie, {
      method: "GET",
      url: `/api/communities/${hierarchicalId}`,
    });
    expect(page.json<CommunityDetail>().abilities.leave).toBe(false);
    const leave = await requestAs(t.app, cookie, {
      method: "POST",
      url: `/api/communities/${hierarchicalId}/leave`,
    });
    expect(leave.json().error.code).toBe("membership_follows_assignment");

    const removed = await as(
      "admin",
      "DELETE",
      `/api/admin/users/${newcomer.id}/assignments/${assignmentId}`,
    );
    expect(removed.statusCode).toBe(200);
    expect(await changesOf(hierarchicalId, newcomer.id)).toEqual(["joined", "left"]);
    const synced = await journalOf("community.membership_synced", hierarchicalId);
    expect(synced.map((e) => JSON.parse(e.details).change)).toEqual(["joined", "left"]);
  });

  it("an assignment already ended brings nothing; a direct membership is left alone", async () => {
    const former = await makeUser(t.database.db, { organizationId: ministryId });
    const ended = await as("admin", "POST", `/api/admin/users/${former.id}/assignments`, {
      unitId: embassyId,
      function: "Ancien conseiller",
      startsOn: "2020-01-01",
      endsOn: "2021-01-01",
    });
    expect(ended.statusCode).toBe(201);
    expect(await changesOf(hierarchicalId, former.id)).toEqual([]);

    const invited = await makeUser(t.database.db, { organizationId: ministryId });
    const direct = await makeCommunity(t.database.db, {
      kind: "hierarchical",
      access: "invitation",
      unitId: officeId,
      members: [{ userId: invited.id, role: "manager" }],
    });
    const today = todayUtc();
    const added = await as("admin", "POST", `/api/admin/users/${invited.id}/assignments`, {
      unitId: embassyId,
      function: "Conseiller",
      startsOn: today,
    });
    expect(added.statusCode).toBe(201);
    const kept = await t.database.db
      .selectFrom("memberships")
      .select(["role", "origin"])
      .where("community_id", "=", direct)
      .where("user_id", "=", invited.id)
      .executeTakeFirst();
    expect(kept).toEqual({ role: "manager", origin: "direct" });
  });
});
