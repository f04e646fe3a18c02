import { randomUUID } from "node:crypto";
import path from "node:path";
import { Readable } from "node:stream";
import fc from "fast-check";
import type { Kysely } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Marking, SECTORS } from "../../shared/vocabulary.js";
import { BlobStore } from "../blobs/blob-store.js";
import type { DB } from "../db/schema.js";
import {
  makeCommunity,
  makeOrganization,
  makeUnit,
  makeUser,
  signIn,
} from "../testing/factories.js";
import { emitAs } from "../testing/notification-kit.js";
import { dispatchedTelegram } from "../testing/partners-kit.js";
import { createTestApp, requestAs, type TestApp } from "../testing/test-app.js";

/*
 * Proof that nothing leaks to outside users. fast-check generates partner organisations (with
 * sectors and countries) and their people, documents of every marking (some addressed to
 * communities where partners are guests, some shared into them, some with attachments),
 * redacted versions, releases to all, to sectors, countries or organisations, with embargoes,
 * some withdrawn. For every outside user, every list, detail, search (results, total, facet
 * counts), suggestion, feed, notification, attachment and PDF must give exactly the documents a
 * live release gives them — computed here from the scenario, independently of the server — and
 * no other document's id may appear in any answer.
 */

const SECTOR_POOL = SECTORS.slice(0, 3);
const COUNTRY_POOL = ["US", "BR", "JP"] as const;
const NUM_RUNS = Number(process.env.NO_LEAK_RUNS ?? 15);

let t: TestApp;
let db: Kysely<DB>;
let units: string[];
let drafterId: string;
let releaserCookie: string;
let internalIds: string[];
let signIns = 0;
let blob: { sha256: string; sha512: string; size: number };

beforeAll(async () => {
  t = await createTestApp();
  db = t.database.db;
  const ministry = await makeOrganization(db, { kind: "ministry" });
  units = [
    await makeUnit(db, { organizationId: ministry, kind: "embassy", name: "Ambassade A" }),
    await makeUnit(db, { organizationId: ministry, kind: "embassy", name: "Ambassade B" }),
  ];
  const drafter = await makeUser(db, {
    organizationId: ministry,
    unitId: units[0],
    clearance: "DR",
  });
  const releaser = await makeUser(db, {
    organizationId: ministry,
    unitId: units[0],
    clearance: "DR",
    roles: units.map((unitId) => ({ role: "releaser" as const, unitId })),
  });
  // The releaser heads both posts, so reads what both dispatch.
  await db
    .insertInto("assignments")
    .values({
      id: randomUUID(),
      user_id: releaser.id,
      unit_id: units[1] as string,
      function: "Chef de poste",
      is_principal: 0,
      starts_on: "2024-01-01",
      ends_on: null,
      created_at: new Date().toISOString(),
    })
    .execute();
  drafterId = drafter.id;
  internalIds = [drafter.id, releaser.id];
  releaserCookie = await signIn(t.app, releaser.email);
  const store = new BlobStore(path.join(t.dataDir, "blobs"));
  blob = await store.put(Readable.from([Buffer.from("Compte rendu de réunion\n")]), 1_000_000);
});
afterAll(() => t.close());

const markingArb = fc.constantFrom<Marking>("NP", "NP", "DR", "DR-SF");
const scenarioArb = fc.record({
  orgs: fc.array(
    fc.record({
      sectors: fc.subarray([...SECTOR_POOL]),
      countries: fc.subarray([...COUNTRY_POOL]),
      people: fc.integer({ min: 1, max: 2 }),
    }),
    { minLength: 1, maxLength: 3 },
  ),
  docs: fc.array(
    fc.record({
      marking: markingArb,
      unit: fc.integer({ min: 0, max: 1 }),
      country: fc.constantFrom(...COUNTRY_POOL),
      toCommunity: fc.boolean(),
      sharedInCommunity: fc.boolean(),
      attachment: fc.boolean(),
      /** Per paragraph of the generated document: what a redaction does with it. */
      redaction: fc.option(
        fc.array(fc.constantFrom("kept", "removed", "replaced"), { minLength: 2, maxLength: 2 }),
        { nil: null },
      ),
    }),
    { minLength: 1, maxLength: 5 },
  ),
  releases: fc.array(
    fc.record({
      doc: fc.nat(),
      ofRedaction: fc.boolean(),
      audience: fc.constantFrom("all", "targeted"),
      sectors: fc.subarray([...SECTOR_POOL]),
      countries: fc.subarray([...COUNTRY_POOL]),
      orgs: fc.array(fc.nat(), { maxLength: 2 }),
      embargo: fc.constantFrom("none", "past", "future"),
      withdrawn: fc.boolean(),
    }),
    { maxLength: 6 },
  ),
  guestsInCommunity: fc.boolean(),
});
type Scenario = typeof scenarioArb extends fc.Arbitrary<infer S> ? S : never;

interface Doc {
  id: string;
  marking: Marking;
  paragraphs: Marking[];
  attachmentId: string | null;
}

async function build(s: Scenario) {
  // Earlier runs' releases to everyone must not reach this run's partners.
  await db.updateTable("releases").set({ withdrawn_at: new Date().toISOString() }).execute();
  const orgs: {
    id: string;
    sectors: string[];
    countries: string[];
    users: { id: string; cookie: string }[];
  }[] = [];
  for (const o of s.orgs) {
    const id = await makeOrganization(db, { kind: "company" });
    await db
      .insertInto("partner_organizations")
      .values({
        organization_id: id,
        partner_kind: "company",
        invited_by: null,
        created_at: new Date().toISOString(),
      })
      .execute();
    for (const sector of o.sectors) {
      await db.insertInto("partner_sectors").values({ organization_id: id, sector }).execute();
    }
    for (const country_code of o.countries) {
      await db
        .insertInto("partner_countries")
        .values({ organization_id: id, country_code })
        .execute();
    }
    const users = [];
    for (let i = 0; i < o.people; i++) {
      const u = await makeUser(db, { organizationId: id });
      // One address per person: the sign-in throttle counts per address.
      signIns += 1;
      const remoteAddress = `10.9.${Math.floor(signIns / 250)}.${signIns % 250}`;
      users.push({ id: u.id, cookie: await signIn(t.app, u.email, undefined, { remoteAddress }) });
    }
    orgs.push({ id, sectors: o.sectors, countries: o.countries, users });
  }
  const externals = orgs.flatMap((o) => o.users.map((u) => u.id));
  const community = await makeCommunity(db, {
    access: "invitation",
    members: [
      ...internalIds,
      ...(s.guestsInCommunity
        ? externals.map((userId) => ({ userId, role: "guest" as const }))
        : []),
    ],
  });

  const sources: Doc[] = [];
  const redactions: (Doc | null)[] = [];
  for (const d of s.docs) {
    const paragraphs: Marking[] = d.marking === "NP" ? ["NP", "NP"] : ["NP", d.marking];
    const id = await dispatchedTelegram(db, {
      originUnitId: units[d.unit] as string,
      drafterId,
      marking: d.marking,
      subject: `Point de situation ${d.country}`,
      countryTags: [d.country],
      paragraphs: paragraphs.map((marking, i) => ({ marking, text: `Paragraphe ${i} ${marking}` })),
      addressees: d.toCommunity ? [{ type: "community", id: community }] : [],
    });
    let attachmentId: string | null = null;
    if (d.attachment) {
      attachmentId = randomUUID();
      await db
        .insertInto("attachments")
        .values({
          id: attachmentId,
          correspondence_id: id,
          name: "compte-rendu.txt",
          size: blob.size,
          content_type: "text/plain",
          sha256: blob.sha256,
          sha512: blob.sha512,
          uploaded_by: drafterId,
          created_at: new Date().toISOString(),
        })
        .execute();
    }
    if (d.sharedInCommunity) {
      const at = new Date().toISOString();
      await db
        .insertInto("posts")
        .values({
          id: randomUUID(),
          community_id: community,
          author_id: drafterId,
          body: JSON.stringify({
            blocks: [{ type: "paragraph", content: [{ type: "text", text: "À lire" }] }],
          }),
          body_text: "À lire",
          is_question: 0,
          visible_to_guests: 1,
          shared_correspondence_id: id,
          pinned_at: null,
          hidden_at: null,
          hidden_by: null,
          hidden_reason: null,
          created_at: at,
          updated_at: at,
        })
        .execute();
    }
    sources.push({ id, marking: d.marking, paragraphs, attachmentId });
    if (d.redaction) {
      const actions = d.redaction;
      const created = await requestAs(t.app, releaserCookie, {
        method: "POST",
        url: `/api/correspondence/${id}/redactions`,
        payload: {
          subject: `Point de situation ${d.country} (version diffusable)`,
          summary: "Résumé diffusable.",
          paragraphs: actions.map((action) =>
            action === "replaced" ? { action, text: "Texte de remplacement." } : { action },
          ),
        },
      });
      expect(created.statusCode).toBe(201);
      const kept = actions.flatMap((a, i): Marking[] =>
        a === "removed" ? [] : a === "replaced" ? ["NP"] : [paragraphs[i] as Marking],
      );
      const marking = kept.includes("DR-SF") ? "DR-SF" : kept.includes("DR") ? "DR" : "NP";
      redactions.push({ id: created.json().id, marking, paragraphs: kept, attachmentId: null });
    } else {
      redactions.push(null);
    }
  }

  /** What a live release gives each organisation, by our own reading of the rule. */
  const expected = new Map(orgs.map((o) => [o.id, new Set<string>()]));
  for (const r of s.releases) {
    const index = r.doc % sources.length;
    const source = sources[index] as Doc;
    const redaction = redactions[index] ?? null;
    const doc = r.ofRedaction && redaction ? redaction : source;
    const targetOrgs = r.orgs.map((n) => (orgs[n % orgs.length] as (typeof orgs)[number]).id);
    const releasable = doc.marking === "NP" && doc.paragraphs.every((m) => m === "NP");
    const hasTargets = r.sectors.length + r.countries.length + targetOrgs.length > 0;
    const embargoUntil =
      r.embargo === "none"
        ? null
        : new Date(Date.now() + (r.embargo === "past" ? -1 : 1) * 86_400_000).toISOString();
    const response = await requestAs(t.app, releaserCookie, {
      method: "POST",
      url: `/api/correspondence/${source.id}/releases`,
      payload: {
        ...(doc === source ? {} : { versionId: doc.id }),
        audience: r.audience,
        ...(r.audience === "targeted"
          ? { sectors: r.sectors, countries: r.countries, organisationIds: targetOrgs }
          : {}),
        embargoUntil,
      },
    });
    if (!releasable) {
      expect(response.statusCode).toBe(409);
      continue;
    }
    if (r.audience === "targeted" && !hasTargets) {
      expect(response.statusCode).toBe(400);
      continue;
    }
    expect(response.statusCode).toBe(201);
    if (r.withdrawn) {
      const w = await requestAs(t.app, releaserCookie, {
        method: "POST",
        url: `/api/releases/${response.json().id}/withdrawal`,
      });
      expect(w.statusCode).toBe(204);
      continue;
    }
    if (r.embargo === "future") continue;
    for (const o of orgs) {
      const reaches =
        r.audience === "all" ||
        targetOrgs.includes(o.id) ||
        r.sectors.some((x) => o.sectors.includes(x)) ||
        r.countries.some((x) => o.countries.includes(x));
      if (reaches) expected.get(o.id)?.add(doc.id);
    }
  }
  // Notifications as a dispatch writes them, now that releases exist.
  for (const source of sources) {
    await emitAs(db, drafterId, {
      type: "correspondence.dispatched",
      target: { type: "correspondence", id: source.id },
      // No circuit here: a step id that settles nothing.
      details: { signatureStepId: randomUUID() },
    });
  }
  const universe = [...sources, ...redactions.filter((r): r is Doc => r !== null)];
  return { orgs, universe, expected };
}

const sorted = (ids: Iterable<string>) => [...ids].sort();

describe("an outside user reads exactly what was released to them", () => {
  it("in every list, detail, search, facet, feed, notification, attachment and PDF", async () => {
    await fc.assert(
      fc.asyncProperty(scenarioArb, async (scenario) => {
        const { orgs, universe, expected } = await build(scenario);
        const universeIds = universe.map((d) => d.id);
        for (const org of orgs) {
          const mine = expected.get(org.id) ?? new Set<string>();
          for (const user of org.users) {
            const get = (url: string) => requestAs(t.app, user.cookie, { url });
            const leaked = (body: string) =>
              universeIds.filter((id) => body.includes(id) && !mine.has(id));

            const released = await get("/api/releases?limit=100");
            expect(
              sorted(
                released
                  .json()
                  .items.map((i: { correspondence: { id: string } }) => i.correspondence.id),
              ),
            ).toEqual(sorted(mine));

            for (const doc of universe) {
              const readable = mine.has(doc.id);
              const detail = await get(`/api/correspondence/${doc.id}`);
              expect(detail.statusCode, `detail ${doc.marking}`).toBe(readable ? 200 : 404);
              const pdf = await get(`/api/correspondence/${doc.id}/pdf`);
              expect(pdf.statusCode).toBe(readable ? 200 : 404);
              if (doc.attachmentId) {
                const file = await get(
                  `/api/correspondence/${doc.id}/attachments/${doc.attachmentId}`,
                );
                expect(file.statusCode).toBe(readable ? 200 : 404);
              }
            }

            for (const url of ["/api/search?limit=50", "/api/search?q=situation&limit=50"]) {
              const search = await get(url);
              expect(search.statusCode).toBe(200);
              const body = search.json();
              expect(sorted(body.items.map((i: { id: string }) => i.id))).toEqual(sorted(mine));
              expect(body.total).toBe(mine.size);
              for (const facet of ["kind", "precedence", "marking"] as const) {
                const sum = body.facets[facet].reduce(
                  (n: number, f: { count: number }) => n + f.count,
                  0,
                );
                expect(sum, facet).toBe(mine.size);
              }
              expect(leaked(search.body)).toEqual([]);
            }
            const suggest = await get("/api/search/suggest?q=situation&limit=20");
            for (const s of suggest.json().items) expect(mine.has(s.id)).toBe(true);

            for (const url of [
              "/api/inbox?box=action",
              "/api/inbox?box=info",
              "/api/inbox?box=sent",
              "/api/inbox?box=drafts",
              "/api/inbox?box=circuit",
              "/api/notifications?limit=100",
              "/api/notifications/unread-counts",
              "/api/feed?limit=100",
              "/api/home",
              "/api/search/suggest?q=paragraphe",
            ]) {
              const response = await get(url);
              expect(response.statusCode, url).toBeLessThan(500);
              expect(leaked(response.body), url).toEqual([]);
            }
          }
        }
      }),
      { numRuns: NUM_RUNS },
    );
  }, 300_000);
});
