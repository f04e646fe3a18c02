import type { Kysely } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DB } from "../db/schema.js";
import { makeOrganization, makeUnit, makeUser, signIn } from "../testing/factories.js";
import { journaled } from "../testing/feed-world.js";
import {
  expectCleanRun,
  NAUGHTY_TIMEOUT_MS,
  throwNaughtyStrings,
} from "../testing/hostile-input.js";
import { dispatchedTelegram, invitationTokenFor, invitePartner } from "../testing/partners-kit.js";
import { createTestApp, requestAs, type TestApp } from "../testing/test-app.js";

/*
 * Partners: an invited company reads exactly what a live release gives its organisation — a
 * redacted version rather than a DR original — and loses it when the release is withdrawn.
 */

const PASSWORD = "Ailes-de-Toulouse-2026";
let t: TestApp;
let db: Kysely<DB>;
let washington: string;
let paris: string;
const cookies = {} as Record<"releaser" | "manager" | "agent" | "aero" | "agro", string>;
const ids = {} as Record<"releaser" | "manager" | "agent" | "aeroOrg" | "agroOrg", string>;

beforeAll(async () => {
  t = await createTestApp();
  db = t.database.db;
  const ministry = await makeOrganization(db, { kind: "ministry" });
  washington = await makeUnit(db, {
    organizationId: ministry,
    kind: "embassy",
    name: "Ambassade aux États-Unis",
    city: "Washington",
    countryCode: "US",
  });
  paris = await makeUnit(db, { organizationId: ministry, name: "Direction des entreprises" });
  const releaser = await makeUser(db, {
    organizationId: ministry,
    unitId: washington,
    clearance: "DR",
    givenName: "Rémi",
    familyName: "Diffuseur",
    roles: [{ role: "releaser", unitId: washington }],
  });
  const manager = await makeUser(db, {
    organizationId: ministry,
    unitId: paris,
    givenName: "Paule",
    familyName: "Partenariats",
    roles: [{ role: "partner_manager" }],
  });
  const agent = await makeUser(db, { organizationId: ministry, unitId: washington });
  ids.releaser = releaser.id;
  ids.manager = manager.id;
  ids.agent = agent.id;
  cookies.releaser = await signIn(t.app, releaser.email);
  cookies.manager = await signIn(t.app, manager.email);
  cookies.agent = await signIn(t.app, agent.email);
  ids.aeroOrg = await invitePartner(
    t.app,
    db,
    cookies.manager,
    {
      name: "Aéro Démo",
      sectors: ["aeronautics"],
      countries: ["US"],
      people: [{ givenName: "Alice", familyName: "Aéro", email: "alice@aero-demo.fr" }],
      agentContactIds: [releaser.id],
    },
    PASSWORD,
  );
  ids.agroOrg = await invitePartner(
    t.app,
    db,
    cookies.manager,
    {
      name: "Agro Démo",
      sectors: ["agri_food"],
      countries: ["BR"],
      people: [{ givenName: "Bruno", familyName: "Agro", email: "bruno@agro-demo.fr" }],
    },
    PASSWORD,
  );
  cookies.aero = await signIn(t.app, "alice@aero-demo.fr", PASSWORD);
  cookies.agro = await signIn(t.app, "bruno@agro-demo.fr", PASSWORD);
  for (const who of ["aero", "agro"] as const) {
    await requestAs(t.app, cookies[who], {
      method: "POST",
      url: "/api/me/charter",
      payload: { version: "2026-11" },
    });
  }
});
afterAll(() => t.close());

const get = (who: keyof typeof cookies, url: string) => requestAs(t.app, cookies[who], { url });
const post = (who: keyof typeof cookies, url: string, payload: unknown) =>
  requestAs(t.app, cookies[who], { method: "POST", url, payload: payload as object });

describe("inviting an organisation", () => {
  it("queues one e-mail per person with a single-use link, and the account waits for it", async () => {
    const response = await post("manager", "/api/partners/organisations", {
      name: "Journal du Soir",
      kind: "journalist",
      sectors: [],
      countries: ["FR"],
      contacts: [{ givenName: "Jean", familyName: "Plume", email: "Jean.Plume@journal-demo.fr" }],
      agentContactIds: [],
    });
    expect(response.statusCode).toBe(201);
    const token = await invitationTokenFor(db, "jean.plume@journal-demo.fr");
    const login = await t.app.inject({
      method: "POST",
      url: "/api/auth/login",
      payload: { email: "jean.plume@journal-demo.fr", password: PASSWORD },
    });
    expect(login.statusCode).not.toBe(200);
    const seen = await t.app.inject({ url: `/api/invitations/${token}` });
    expect(seen.statusCode).toBe(200);
    expect(seen.json()).toMatchObject({ organisationName: "Journal du Soir" });
    const weak = await t.app.inject({
      method: "POST",
      url: `/api/invitations/${token}/accept`,
      payload: { password: "password123" },
    });
    expect(weak.statusCode).toBe(400);
    expect(weak.json().error.code).toBe("password_too_weak");
    const accepted = await t.app.inject({
      method: "POST",
      url: `/api/invitations/${token}/accept`,
      payload: { password: PASSWORD },
    });
    expect(accepted.statusCode).toBe(204);
    const again = await t.app.inject({
      method: "POST",
      url: `/api/invitations/${token}/accept`,
      payload: { password: PASSWORD },
    });
    expect(again.statusCode).toBe(410);
    expect(again.json().error.code).toBe("invitation_invalid");
    await signIn(t.app, "jean.plume@journal-demo.fr", PASSWORD);
    expect((await journaled(db, "partner.invited")).length).toBeGreaterThanOrEqual(3);
  });

  it("an expired link is refused", async () => {
    await post("manager", "/api/partners/organisations", {
      name: "Labo Démo",
      kind: "research_body",
      sectors: ["health"],
      countries: [],
      contacts: [{ givenName: "Lina", familyName: "Labo", email: "lina@labo-demo.fr" }],
      agentContactIds: [],
    });
    const token = await invitationTokenFor(db, "lina@labo-demo.fr");
    await db
      .updateTable("partner_invitations")
      .set({ expires_at: "2020-01-01T00:00:00.000Z" })
      .where("accepted_at", "is", null)
      .execute();
    const response = await t.app.inject({ url: `/api/invitations/${token}` });
    expect(response.statusCode).toBe(410);
  });

  it("is for partner managers only; an outside user does not even see the list", async () => {
    const refused = await post("agent", "/api/partners/organisations", {
      name: "X",
      kind: "company",
      sectors: [],
      countries: [],
      contacts: [{ givenName: "X", familyName: "Y", email: "x@y-demo.fr" }],
      agentContactIds: [],
    });
    expect(refused.statusCode).toBe(404);
    expect((await get("aero", "/api/partners/organisations")).statusCode).toBe(404);
    const list = await get("manager", "/api/partners/organisations");
    expect(list.statusCode).toBe(200);
    const aero = list.json().items.find((o: { id: string }) => o.id === ids.aeroOrg);
    expect(aero).toMatchObject({ sectors: ["aeronautics"], countries: ["US"] });
    expect(aero.agentContacts.map((c: { id: string }) => c.id)).toEqual([ids.releaser]);
  });

  it("a partner's directory is the contacts named for them", async () => {
    const contacts = await get("aero", "/api/partners/contacts");
    expect(contacts.json().items.map((c: { id: string }) => c.id)).toEqual([ids.releaser]);
    expect((await get("agro", "/api/partners/contacts")).json().items).toEqual([]);
  });
});

describe("releasing to partners", () => {
  let original: string;
  let redacted: string;
  let releaseId: string;

  it("a DR telegram is never released; its redacted NP version is, to a sector", async () => {
    original = await dispatchedTelegram(db, {
      originUnitId: washington,
      drafterId: ids.agent,
      marking: "DR",
      subject: "Boeing — commandes et sanctions",
      paragraphs: [
        { marking: "NP", text: "Le salon aéronautique a confirmé la reprise des commandes." },
        { marking: "DR", text: "Nos interlocuteurs évoquent des sanctions prochaines." },
      ],
    });
    const refused = await post("releaser", `/api/correspondence/${original}/releases`, {
      audience: "all",
    });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.code).toBe("not_releasable");

    const keepingDr = await post("releaser", `/api/correspondence/${original}/redactions`, {
      subject: "Aéronautique — reprise des commandes",
      summary: "Le secteur reprend.",
      paragraphs: [{ action: "kept" }, { action: "kept" }],
    });
    expect(keepingDr.statusCode).toBe(201);
    const stillDr = await post("releaser", `/api/correspondence/${original}/releases`, {
      versionId: keepingDr.json().id,
      audience: "all",
    });
    expect(stillDr.statusCode).toBe(409);

    const created = await post("releaser", `/api/correspondence/${original}/redactions`, {
      subject: "Aéronautique — reprise des commandes",
      summary: "Le secteur reprend.",
      paragraphs: [
        { action: "kept" },
        { action: "replaced", text: "Des évolutions réglementaires sont attendues." },
      ],
    });
    expect(created.statusCode).toBe(201);
    redacted = created.json().id;
    const sourceAfter = await get("releaser", `/api/correspondence/${original}`);
    expect(sourceAfter.json().content.paragraphs[1].text).toContain("sanctions");

    const released = await post("releaser", `/api/correspondence/${original}/releases`, {
      versionId: redacted,
      audience: "targeted",
      sectors: ["aeronautics"],
    });
    expect(released.statusCode).toBe(201);
    releaseId = released.json().id;
    const entries = await journaled(db, "correspondence.released");
    expect(entries.at(-1)).toMatchObject({
      target_id: redacted,
      details: { sourceId: original, sectors: ["aeronautics"] },
    });
  });

  it("the partner of the sector reads the redacted version, never the original", async () => {
    const feed = await get("aero", "/api/releases");
    expect(
      feed.json().items.map((i: { correspondence: { id: string } }) => i.correspondence.id),
    ).toEqual([redacted]);
    expect(feed.json().items[0].release).toBeNull();
    const doc = await get("aero", `/api/correspondence/${redacted}`);
    expect(doc.statusCode).toBe(200);
    expect(JSON.stringify(doc.json())).not.toContain("sanctions");
    expect(doc.json().content.addressees).toEqual([]);
    expect((await get("aero", `/api/correspondence/${original}`)).statusCode).toBe(404);
    expect((await get("aero", `/api/correspondence/${original}/pdf`)).statusCode).toBe(404);
    for (const part of ["versions", "distribution", "circuit"]) {
      expect((await get("aero", `/api/correspondence/${redacted}/${part}`)).statusCode).toBe(404);
    }
    expect((await get("aero", `/api/correspondence/${redacted}/pdf`)).statusCode).toBe(200);
    const search = await get("aero", "/api/search?q=commandes");
    expect(search.json().items.map((i: { id: string }) => i.id)).toEqual([redacted]);
    expect(search.json().total).toBe(1);
  });

  it("a partner of another sector reads nothing, and the counts say so", async () => {
    expect((await get("agro", "/api/releases")).json().items).toEqual([]);
    expect((await get("agro", `/api/correspondence/${redacted}`)).statusCode).toBe(404);
    const search = await get("agro", "/api/search");
    expect(search.json().total).toBe(0);
    expect(search.json().facets.country).toEqual([]);
  });

  it("an embargo holds the release back until its date", async () => {
    const np = await dispatchedTelegram(db, {
      originUnitId: washington,
      drafterId: ids.agent,
      marking: "NP",
      subject: "Brésil — foire agricole",
    });
    const later = new Date(Date.now() + 86_400_000).toISOString();
    await post("releaser", `/api/correspondence/${np}/releases`, {
      audience: "targeted",
      countries: ["BR"],
      embargoUntil: later,
    });
    expect((await get("agro", `/api/correspondence/${np}`)).statusCode).toBe(404);
    await db
      .updateTable("releases")
      .set({ embargo_until: "2020-01-01T00:00:00.000Z" })
      .where("correspondence_id", "=", np)
      .execute();
    expect((await get("agro", `/api/correspondence/${np}`)).statusCode).toBe(200);
    expect((await get("aero", `/api/correspondence/${np}`)).statusCode).toBe(404);
  });

  it("only a releaser of the originating unit releases", async () => {
    const np = await dispatchedTelegram(db, {
      originUnitId: washington,
      drafterId: ids.agent,
      marking: "NP",
    });
    const byAgent = await post("agent", `/api/correspondence/${np}/releases`, { audience: "all" });
    expect(byAgent.statusCode).toBe(403);
    const byPartner = await post("aero", `/api/correspondence/${np}/releases`, { audience: "all" });
    expect(byPartner.statusCode).toBe(404);
    const noTarget = await post("releaser", `/api/correspondence/${np}/releases`, {
      audience: "targeted",
    });
    expect(noTarget.statusCode).toBe(400);
  });

  it("the releaser sees the state of the document and the list of the unit's releases", async () => {
    const state = await get("releaser", `/api/correspondence/${original}/releases`);
    expect(state.statusCode).toBe(200);
    expect(state.json().sourceReleasable).toBe(false);
    expect(state.json().redactions.map((r: { releasable: boolean }) => r.releasable)).toEqual([
      false,
      true,
    ]);
    expect((await get("agent", `/api/correspondence/${original}/releases`)).statusCode).toBe(404);
    const mine = await get("releaser", "/api/releases");
    expect(
      mine.json().items.some((i: { release: { id: string } }) => i.release.id === releaseId),
    ).toBe(true);
  });

  it("a withdrawn release is gone on the partner's next request", async () => {
    const withdrawn = await post("releaser", `/api/releases/${releaseId}/withdrawal`, {});
    expect(withdrawn.statusCode).toBe(204);
    expect((await get("aero", `/api/correspondence/${redacted}`)).statusCode).toBe(404);
    expect((await get("aero", "/api/releases")).json().items).toEqual([]);
    const again = await post("releaser", `/api/releases/${releaseId}/withdrawal`, {});
    expect(again.json().error.code).toBe("release_withdrawn");
    expect((await journaled(db, "release.withdrawn")).length).toBe(1);
  });

  it("a release by name reaches that organisation only", async () => {
    const np = await dispatchedTelegram(db, {
      originUnitId: washington,
      drafterId: ids.agent,
      marking: "NP",
    });
    await post("releaser", `/api/correspondence/${np}/releases`, {
      audience: "targeted",
      organisationIds: [ids.agroOrg],
    });
    expect((await get("agro", `/api/correspondence/${np}`)).statusCode).toBe(200);
    expect((await get("aero", `/api/correspondence/${np}`)).statusCode).toBe(404);
    const unknown = await post("releaser", `/api/correspondence/${np}/releases`, {
      audience: "targeted",
      organisationIds: [ids.releaser],
    });
    expect(unknown.statusCode).toBe(400);
  });
});

describe("hostile input", () => {
  it(
    "a redacted version's subject is stored exactly or refused with nothing written",
    async () => {
      const source = await dispatchedTelegram(db, {
        originUnitId: washington,
        drafterId: ids.agent,
        marking: "NP",
      });
      const count = async () =>
        (
          await db
            .selectFrom("redactions")
            .select((eb) => eb.fn.countAll<number>().as("n"))
            .executeTakeFirstOrThrow()
        ).n;
      const run = await throwNaughtyStrings(
        (subject) =>
          post("releaser", `/api/correspondence/${source}/redactions`, {
            subject,
            summary: "",
            paragraphs: [{ action: "kept" }],
          }),
        async (response) =>
          (await get("releaser", `/api/correspondence/${response.json().id}`)).json().content
            .subject,
        async () => Number(await count()),
      );
      expectCleanRun(run);
    },
    NAUGHTY_TIMEOUT_MS,
  );
});
