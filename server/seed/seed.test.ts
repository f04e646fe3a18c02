import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CHARTER_VERSION, POST_UNIT_KINDS } from "../../shared/vocabulary.js";
import { verifyJournal } from "../journal/journal.service.js";
import { signIn } from "../testing/factories.js";
import { createTestApp, requestAs, type TestApp } from "../testing/test-app.js";
import { DEMO_PERSONAS, isEmpty, seedDemo } from "./seed.js";

const PASSWORD = "Demo-Password-For-Tests-1!";
let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
  await seedDemo(t.database.db, PASSWORD, new Date(), t.dataDir);
}, 120_000);
afterAll(() => t.close());

const count = async (table: "organizations" | "users" | "communities") =>
  Number(
    (
      await t.database.db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll<number>().as("n"))
        .executeTakeFirstOrThrow()
    ).n,
  );

const meOf = async (email: string) => {
  const cookie = await signIn(t.app, email, PASSWORD);
  return (await requestAs(t.app, cookie, { url: "/api/me" })).json();
};

describe("the demo ministry", () => {
  it("has the foreign ministry, two partner ministries and two companies", async () => {
    const orgs = await t.database.db.selectFrom("organizations").select(["kind", "name"]).execute();
    expect(orgs.filter((o) => o.kind === "ministry")).toHaveLength(3);
    expect(orgs.filter((o) => o.kind === "company")).toHaveLength(2);
    expect(orgs.map((o) => o.name)).toContain("Ministère de l'Europe et des Affaires étrangères");
  });

  it("has at least 40 posts with a country and a city, and at least 80 people", async () => {
    const posts = await t.database.db
      .selectFrom("units")
      .select(["country_code", "city"])
      .where("kind", "in", POST_UNIT_KINDS)
      .execute();
    expect(posts.length).toBeGreaterThanOrEqual(40);
    expect(posts.every((p) => /^[A-Z]{2}$/.test(p.country_code ?? "") && p.city)).toBe(true);
    expect(await count("users")).toBeGreaterThanOrEqual(80);
    expect(await count("communities")).toBeGreaterThanOrEqual(4);
  });

  it("includes locally recruited staff who hold DR but are not French", async () => {
    const local = await t.database.db
      .selectFrom("users")
      .innerJoin("clearances", "clearances.user_id", "users.id")
      .select("users.id")
      .where("users.nationality", "!=", "FR")
      .where("clearances.level", "=", "DR")
      .execute();
    expect(local.length).toBeGreaterThanOrEqual(5);
  });

  it("lets every persona sign in, with the clearance and roles the README promises", async () => {
    const expectations: Record<string, { clearance: string; roles: string[]; external: boolean }> =
      {
        "admin@demo.diplomatie.fr": { clearance: "DR", roles: ["platform_admin"], external: false },
        "redacteur.washington@demo.diplomatie.fr": { clearance: "DR", roles: [], external: false },
        "chef.washington@demo.diplomatie.fr": {
          clearance: "DR",
          roles: ["releaser"],
          external: false,
        },
        "agent.amerique@demo.diplomatie.fr": {
          clearance: "DR",
          roles: ["communicator", "partner_manager"],
          external: false,
        },
        "agent.berlin@demo.diplomatie.fr": { clearance: "DR", roles: [], external: false },
        "stagiaire@demo.diplomatie.fr": { clearance: "NP", roles: [], external: false },
        "archiviste@demo.diplomatie.fr": {
          clearance: "DR",
          roles: ["archivist", "disposal_approver"],
          external: false,
        },
        "cm.afrique@demo.diplomatie.fr": {
          clearance: "DR",
          roles: ["community_manager"],
          external: false,
        },
        "partenaire@entreprise-demo.fr": { clearance: "NP", roles: [], external: true },
        "officier.securite@demo.diplomatie.fr": {
          clearance: "DR",
          roles: ["security_officer"],
          external: false,
        },
      };
    expect(DEMO_PERSONAS.map(([email]) => email).sort()).toEqual(Object.keys(expectations).sort());
    for (const [email, expected] of Object.entries(expectations)) {
      const me = await meOf(email);
      expect(me.clearance.level, email).toBe(expected.clearance);
      expect(
        me.user.roles.map((r: { role: string }) => r.role),
        email,
      ).toEqual(expected.roles);
      expect(me.user.isExternal, email).toBe(expected.external);
      expect(me.charter.mustAccept, email).toBe(true);
    }
  });

  it("places the Washington drafter and head of post in the embassy in Washington", async () => {
    for (const email of [
      "redacteur.washington@demo.diplomatie.fr",
      "chef.washington@demo.diplomatie.fr",
    ]) {
      const me = await meOf(email);
      expect(me.user.principalUnit).toMatchObject({ kind: "embassy", countryCode: "US" });
    }
    const chef = await meOf("chef.washington@demo.diplomatie.fr");
    expect(chef.user.roles[0].unit).toMatchObject({ kind: "embassy", countryCode: "US" });
  });

  // habilitation
  it("gives the head of post in Washington a pending access request, seen by the security officer", async () => {
    const accept = async (email: string) => {
      const cookie = await signIn(t.app, email, PASSWORD, { factors: 1 });
      await requestAs(t.app, cookie, {
        method: "POST",
        url: "/api/me/charter",
        payload: { version: CHARTER_VERSION },
      });
      return cookie;
    };
    const head = await accept("chef.washington@demo.diplomatie.fr");
    const officer = await accept("officier.securite@demo.diplomatie.fr");
    for (const cookie of [head, officer]) {
      const requests = await requestAs(t.app, cookie, { url: "/api/access-requests" });
      expect(requests.json().items.map((r: { email: string }) => r.email)).toEqual([
        "paul.guerin@finances.gouv.fr",
      ]);
    }
    const audit = await requestAs(t.app, officer, {
      url: "/api/security/clearances?status=current",
    });
    expect(audit.statusCode).toBe(200);
    expect(audit.json().items.length).toBeGreaterThan(0);
  });

  it("gives the community manager a community to manage", async () => {
    const me = await meOf("cm.afrique@demo.diplomatie.fr");
    expect(me.communities.some((c: { role: string }) => c.role === "manager")).toBe(true);
  });

  it("gives the on-request network pending requests, profiles expertise, memberships a history", async () => {
    const cookie = await signIn(t.app, "cm.afrique@demo.diplomatie.fr", PASSWORD);
    await requestAs(t.app, cookie, {
      method: "POST",
      url: "/api/me/charter",
      payload: { version: CHARTER_VERSION },
    });
    const communities = (
      await requestAs(t.app, cookie, { method: "GET", url: "/api/communities?q=veille" })
    ).json();
    const network = communities.items[0];
    expect(network.access).toBe("on_request");
    const requests = await requestAs(t.app, cookie, {
      method: "GET",
      url: `/api/communities/${network.id}/membership-requests`,
    });
    expect(requests.json().items).toHaveLength(2);
    const found = await requestAs(t.app, cookie, {
      method: "GET",
      url: "/api/directory/people?q=mercosur",
    });
    expect(found.json().items).toHaveLength(1);
    const count = async (table: "memberships" | "membership_changes") =>
      Number(
        (
          await t.database.db
            .selectFrom(table)
            .select((eb) => eb.fn.countAll<number>().as("n"))
            .executeTakeFirstOrThrow()
        ).n,
      );
    expect(await count("membership_changes")).toBe(await count("memberships"));
    const library = await requestAs(t.app, cookie, {
      method: "GET",
      url: `/api/communities/${network.id}/files`,
    });
    expect(library.json().folders.map((f: { name: string }) => f.name)).toEqual([
      "Comptes rendus",
      "Notes de conjoncture",
    ]);
  });

  it("leaves each persona a few unread notifications, the latest, out of weeks of activity", async () => {
    const db = t.database.db;
    const unread = await db
      .selectFrom("notifications")
      .select(["user_id", (eb) => eb.fn.countAll<number>().as("n")])
      .where("read_at", "is", null)
      .groupBy("user_id")
      .execute();
    expect(unread.length).toBeGreaterThan(5);
    expect(Math.max(...unread.map((u) => Number(u.n)))).toBe(6);
    const read = await db
      .selectFrom("notifications")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .where("read_at", "is not", null)
      .executeTakeFirstOrThrow();
    expect(Number(read.n)).toBeGreaterThan(0);
  });

  it("is journaled, the chain verifies, and it is loaded only once", async () => {
    const entry = await t.database.db
      .selectFrom("journal")
      .select("action")
      .where("action", "=", "demo.seeded")
      .executeTakeFirst();
    expect(entry).toBeDefined();
    expect((await verifyJournal(t.database.db)).ok).toBe(true);
    expect(await isEmpty(t.database.db)).toBe(false);
    await expect(seedDemo(t.database.db, PASSWORD)).rejects.toThrow(/already holds data/);
  });
});

/* records management: the demo's filing plan files every dispatched document at capture (the
   same code as a real dispatch) and leaves the archivist something to do. */
describe("the demo's records", () => {
  it("are all filed by rule, across the plan's series, with retention dates", async () => {
    const records = await t.database.db
      .selectFrom("records")
      .leftJoin("record_series as s", "s.id", "records.series_id")
      .select([
        "records.filed_by",
        "records.due_at",
        "records.communicable_from",
        "s.code",
        "s.retention_start",
      ])
      .execute();
    expect(records.length).toBeGreaterThan(100);
    expect(records.every((r) => r.filed_by === "rule" && r.code !== null)).toBe(true);
    const codes = new Set(records.map((r) => r.code));
    for (const code of ["1.1.1", "1.1.2", "1.2", "1.3", "2.1"]) expect(codes).toContain(code);
    expect(records.every((r) => r.communicable_from !== null)).toBe(true);
    expect(
      records.filter((r) => r.retention_start === "dispatch").every((r) => r.due_at !== null),
    ).toBe(true);
  });

  it("has a disposal list waiting for approval", async () => {
    const lists = await t.database.db.selectFrom("disposal_lists").select("status").execute();
    expect(lists.map((l) => l.status)).toEqual(["proposed"]);
    const items = await t.database.db
      .selectFrom("disposal_list_items")
      .select("record_id")
      .execute();
    expect(items.length).toBeGreaterThan(0);
  });
});
