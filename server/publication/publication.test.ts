import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Kysely } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SOCIAL_NETWORKS } from "../../shared/vocabulary.js";
import type { DB } from "../db/schema.js";
import { makeOrganization, makeUnit, makeUser, signIn } from "../testing/factories.js";
import { journaled } from "../testing/feed-world.js";
import { dispatchedTelegram } from "../testing/partners-kit.js";
import { createTestApp, requestAs, type TestApp } from "../testing/test-app.js";

/*
 * Public diplomacy: a communicator publishes NP content (or a redacted version); anyone reads
 * it without logging in, on its page, in the public list and in valid Atom feeds, until it is
 * unpublished. Nothing else answers without a session.
 */

const SCHEMA = path.join(import.meta.dirname, "fixtures", "atom-subset.rng");
let t: TestApp;
let db: Kysely<DB>;
let washington: string;
let agentId: string;
const cookies = {} as Record<"communicator" | "agent", string>;

beforeAll(async () => {
  t = await createTestApp({ publicUrl: "https://diplomatie.example.gouv.fr" });
  db = t.database.db;
  const ministry = await makeOrganization(db, { kind: "ministry" });
  washington = await makeUnit(db, {
    organizationId: ministry,
    kind: "embassy",
    name: "Ambassade aux États-Unis",
    city: "Washington",
    countryCode: "US",
  });
  const communicator = await makeUser(db, {
    organizationId: ministry,
    unitId: washington,
    clearance: "DR",
    roles: [{ role: "communicator" }],
  });
  const agent = await makeUser(db, { organizationId: ministry, unitId: washington });
  agentId = agent.id;
  cookies.communicator = await signIn(t.app, communicator.email);
  cookies.agent = await signIn(t.app, agent.email);
});
afterAll(() => t.close());

const post = (who: keyof typeof cookies, url: string, payload: object = {}) =>
  requestAs(t.app, cookies[who], { method: "POST", url, payload });

/** Validates an Atom document with xmllint against the RFC 4287 subset our feeds use. */
function validateAtom(xml: string) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "atom-"));
  const file = path.join(dir, "feed.xml");
  fs.writeFileSync(file, xml);
  try {
    execFileSync("xmllint", ["--noout", "--relaxng", SCHEMA, file], { stdio: "pipe" });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

describe("publishing to the public", () => {
  let docId: string;
  let publicationId: string;

  it("tells the web app who may publish (the communicator, not an agent)", async () => {
    for (const [who, expected] of [
      ["communicator", true],
      ["agent", false],
    ] as const) {
      const me = await requestAs(t.app, cookies[who], { url: "/api/me" });
      expect(me.json().abilities.publish, who).toBe(expected);
    }
  });

  it("a communicator publishes an NP telegram; a DR one is refused", async () => {
    docId = await dispatchedTelegram(db, {
      originUnitId: washington,
      drafterId: agentId,
      marking: "NP",
      subject: "La France au salon de l'aéronautique <Farnborough> & partenaires",
      tags: ["aéronautique", "commerce extérieur"],
      countryTags: ["US", "GB"],
    });
    const dr = await dispatchedTelegram(db, {
      originUnitId: washington,
      drafterId: agentId,
      marking: "DR",
    });
    expect(
      (await post("communicator", `/api/correspondence/${dr}/publication`)).json().error.code,
    ).toBe("not_publishable");
    expect((await post("agent", `/api/correspondence/${docId}/publication`)).statusCode).toBe(403);
    const published = await post("communicator", `/api/correspondence/${docId}/publication`);
    expect(published.statusCode).toBe(201);
    publicationId = published.json().id;
    const twice = await post("communicator", `/api/correspondence/${docId}/publication`);
    expect(twice.json().error.code).toBe("already_published");
    expect((await journaled(db, "correspondence.published")).length).toBe(1);
  });

  it("its public page and the public list answer without a session", async () => {
    const page = await t.app.inject({ url: `/api/public/publications/${publicationId}` });
    expect(page.statusCode).toBe(200);
    expect(page.json()).toMatchObject({
      title: "La France au salon de l'aéronautique <Farnborough> & partenaires",
      url: `https://diplomatie.example.gouv.fr/publications/${publicationId}`,
    });
    const byCountry = await t.app.inject({ url: "/api/public/publications?country=GB" });
    expect(byCountry.json().items.map((i: { id: string }) => i.id)).toEqual([publicationId]);
    const byTheme = await t.app.inject({
      url: `/api/public/publications?theme=${encodeURIComponent("aéronautique")}`,
    });
    expect(byTheme.json().items).toHaveLength(1);
    expect(
      (await t.app.inject({ url: "/api/public/publications?country=BR" })).json().items,
    ).toEqual([]);
    const topics = await t.app.inject({ url: "/api/public/topics" });
    expect(topics.json().countries).toEqual(["GB", "US"]);
  });

  it("the Atom feeds per country and per theme are valid RFC 4287 documents", async () => {
    for (const url of [
      "/api/public/feeds/country/US",
      `/api/public/feeds/theme/${encodeURIComponent("commerce extérieur")}`,
      "/api/public/feeds/country/BR",
    ]) {
      const feed = await t.app.inject({ url });
      expect(feed.statusCode).toBe(200);
      expect(feed.headers["content-type"]).toContain("application/atom+xml");
      validateAtom(feed.body);
    }
    const us = (await t.app.inject({ url: "/api/public/feeds/country/US" })).body;
    expect(us).toContain(`<id>urn:uuid:${publicationId}</id>`);
    expect(us).toContain("&lt;Farnborough&gt; &amp; partenaires");
    expect(us).toContain(
      '<link rel="self" type="application/atom+xml" href="https://diplomatie.example.gouv.fr/api/public/feeds/country/US"/>',
    );
  });

  it("the social networks view cuts the text to each network's length with link and hashtags", async () => {
    const social = await requestAs(t.app, cookies.communicator, {
      url: `/api/correspondence/${docId}/social`,
    });
    expect(social.statusCode).toBe(200);
    for (const post of social.json().posts) {
      expect([...post.text].length).toBeLessThanOrEqual(
        SOCIAL_NETWORKS[post.network as keyof typeof SOCIAL_NETWORKS],
      );
      expect(post.text).toContain(social.json().url);
    }
    expect(social.json().hashtags).toEqual(["#Aéronautique", "#CommerceExtérieur"]);
    expect(
      (await requestAs(t.app, cookies.agent, { url: `/api/correspondence/${docId}/social` }))
        .statusCode,
    ).toBe(404);
  });

  it("unpublished, it is gone from the page, the list and the feeds", async () => {
    const down = await requestAs(t.app, cookies.communicator, {
      method: "DELETE",
      url: `/api/publications/${publicationId}`,
    });
    expect(down.statusCode).toBe(204);
    expect(
      (await t.app.inject({ url: `/api/public/publications/${publicationId}` })).statusCode,
    ).toBe(404);
    expect((await t.app.inject({ url: "/api/public/publications" })).json().items).toEqual([]);
    expect((await t.app.inject({ url: "/api/public/feeds/country/US" })).body).not.toContain(
      publicationId,
    );
  });

  it("nothing else of the portal answers without a session", async () => {
    for (const url of [
      `/api/correspondence/${docId}`,
      "/api/releases",
      "/api/search",
      "/api/partners/organisations",
      `/api/correspondence/${docId}/social`,
    ]) {
      expect((await t.app.inject({ url })).statusCode, url).toBe(401);
    }
  });
});
