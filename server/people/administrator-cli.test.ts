import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyJournal } from "../journal/journal.service.js";
import { signIn } from "../testing/factories.js";
import { createTestApp, requestAs, type TestApp } from "../testing/test-app.js";
import { createAdministratorFromCli } from "./people-admin.service.js";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const PASSWORD = "Premier-Administrateur-2026";

describe("creating the first administrator of an empty database", () => {
  it("creates the ministry and an administrator who can sign in and administer", async () => {
    await createAdministratorFromCli(t.database.db, {
      email: "Premiere.Admin@Diplomatie.gouv.fr",
      givenName: "Claire",
      familyName: "Fontaine",
      password: PASSWORD,
    });
    const organizations = await t.database.db.selectFrom("organizations").selectAll().execute();
    expect(organizations.map((o) => o.kind)).toEqual(["ministry"]);
    const cookie = await signIn(t.app, "premiere.admin@diplomatie.gouv.fr", PASSWORD);
    const me = (await requestAs(t.app, cookie, { url: "/api/me" })).json();
    expect(me.abilities.administer).toBe(true);
    const actions = (
      await t.database.db.selectFrom("journal").select("action").orderBy("seq").execute()
    ).map((r) => r.action);
    expect(actions.slice(0, 3)).toEqual(["organization.created", "user.created", "role.granted"]);
    expect((await verifyJournal(t.database.db)).ok).toBe(true);
  });

  it("reuses the existing ministry and refuses a taken e-mail or a weak password", async () => {
    await createAdministratorFromCli(t.database.db, {
      email: "second.admin@diplomatie.gouv.fr",
      givenName: "Marc",
      familyName: "Aubert",
      password: PASSWORD,
    });
    const count = await t.database.db.selectFrom("organizations").select("id").execute();
    expect(count).toHaveLength(1);
    await expect(
      createAdministratorFromCli(t.database.db, {
        email: "second.admin@diplomatie.gouv.fr",
        givenName: "Marc",
        familyName: "Aubert",
        password: PASSWORD,
      }),
    ).rejects.toMatchObject({ code: "email_taken" });
    await expect(
      createAdministratorFromCli(t.database.db, {
        email: "third@diplomatie.gouv.fr",
        givenName: "Léa",
        familyName: "Roux",
        password: "short",
      }),
    ).rejects.toThrow(/password/);
  });
});
