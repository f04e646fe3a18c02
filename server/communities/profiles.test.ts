import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PersonDetail } from "../../shared/schemas/people.js";
import { makeCommunity, makeOrganization, makeUser, signIn } from "../testing/factories.js";
import {
  expectCleanRun,
  NAUGHTY_TIMEOUT_MS,
  throwNaughtyStrings,
} from "../testing/hostile-input.js";
import { createTestApp, requestAs, type TestApp } from "../testing/test-app.js";

/*
 * Profiles: languages and areas of expertise a user sets on their own profile, found by the
 * directory search; the communities on a profile are only those the viewer may know of.
 */

let t: TestApp;
const users = {} as Record<
  "expert" | "viewer" | "insider" | "guest",
  { id: string; cookie: string }
>;
let secretId: string;
let openId: string;

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  const ministry = await makeOrganization(db, { kind: "ministry" });
  const company = await makeOrganization(db, { kind: "company" });
  for (const [who, organizationId, familyName] of [
    ["expert", ministry, "Lefèvre"],
    ["viewer", ministry, "Martin"],
    ["insider", ministry, "Dupont"],
    ["guest", company, "Partenaire"],
  ] as const) {
    const user = await makeUser(db, { organizationId, familyName });
    users[who] = { id: user.id, cookie: await signIn(t.app, user.email) };
  }
  secretId = await makeCommunity(db, {
    name: "Cellule confidentielle",
    access: "secret",
    members: [users.expert.id, users.insider.id],
  });
  openId = await makeCommunity(db, {
    name: "Réseau ouvert",
    access: "open",
    members: [users.expert.id, { userId: users.guest.id, role: "guest" }],
  });
});
afterAll(() => t.close());

const updateProfile = (cookie: string, payload: object) =>
  requestAs(t.app, cookie, { method: "PUT", url: "/api/me/profile", payload });
const profileOf = (cookie: string, id: string) =>
  requestAs(t.app, cookie, { method: "GET", url: `/api/directory/people/${id}` });

describe("languages and expertise", () => {
  it("a user sets their own languages and expertise, and the directory finds them by expertise", async () => {
    const response = await updateProfile(users.expert.cookie, {
      languages: ["fr", "it", "ar"],
      expertise: ["Sécurité énergétique", "Méditerranée"],
    });
    expect(response.statusCode).toBe(200);
    expect(response.json<PersonDetail>()).toMatchObject({
      languages: ["fr", "it", "ar"],
      expertise: ["Sécurité énergétique", "Méditerranée"],
    });
    const found = await requestAs(t.app, users.viewer.cookie, {
      method: "GET",
      url: "/api/directory/people?q=securite%20energetique",
    });
    expect(found.json().items.map((p: { id: string }) => p.id)).toEqual([users.expert.id]);
    const seen = (await profileOf(users.viewer.cookie, users.expert.id)).json<PersonDetail>();
    expect(seen.languages).toEqual(["fr", "it", "ar"]);
    const journal = await t.database.db
      .selectFrom("journal")
      .select("action")
      .where("action", "=", "profile.updated")
      .where("target_id", "=", users.expert.id)
      .execute();
    expect(journal).toHaveLength(1);
  });

  it("refuses an unknown language, a duplicate, a blank or over-long tag, too many tags", async () => {
    for (const payload of [
      { languages: ["xx"], expertise: [] },
      { languages: ["fr", "fr"], expertise: [] },
      { languages: [], expertise: ["  "] },
      { languages: [], expertise: ["a".repeat(61)] },
      { languages: [], expertise: ["Asie", "asie"] },
      { languages: [], expertise: Array.from({ length: 16 }, (_, i) => `Tag ${i}`) },
      { languages: [] },
    ]) {
      const response = await updateProfile(users.viewer.cookie, payload);
      expect(response.statusCode).toBe(400);
    }
  });
});

describe("hostile expertise", () => {
  it(
    "every naughty string as an area of expertise is stored exactly or refused as invalid input",
    async () => {
      const run = await throwNaughtyStrings(
        (value) => updateProfile(users.insider.cookie, { languages: [], expertise: [value] }),
        async () =>
          (await profileOf(users.insider.cookie, users.insider.id)).json<PersonDetail>()
            .expertise[0],
        async () =>
          t.database.db
            .selectFrom("users")
            .select(["expertise", "search_text"])
            .where("id", "=", users.insider.id)
            .executeTakeFirst(),
      );
      expectCleanRun(run);
    },
    NAUGHTY_TIMEOUT_MS,
  );
});

describe("communities on a profile", () => {
  it("shows the viewer only the communities they may know of", async () => {
    const byOutsider = (await profileOf(users.viewer.cookie, users.expert.id)).json<PersonDetail>();
    expect(byOutsider.communities.map((c) => c.name)).toEqual(["Réseau ouvert"]);
    const byInsider = (await profileOf(users.insider.cookie, users.expert.id)).json<PersonDetail>();
    expect(byInsider.communities.map((c) => c.id).sort()).toEqual([openId, secretId].sort());
  });

  it("a guest reaches no internal profile, even of someone in their community", async () => {
    expect((await profileOf(users.guest.cookie, users.expert.id)).statusCode).toBe(404);
  });
});
