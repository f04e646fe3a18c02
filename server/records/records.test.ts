import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DraftContent } from "../../shared/schemas/correspondence.js";
import type { FilingRule, RecordSummary, Series } from "../../shared/schemas/records.js";
import { telegramContent } from "../testing/correspondence-factory.js";
import { makeOrganization, makeUnit, makeUser, signIn } from "../testing/factories.js";
import { createTestApp, requestAs, type TestApp } from "../testing/test-app.js";
import { recomputeRetention } from "./retention.js";

/*
 * Records management through the API, on both databases: automatic filing at capture by the
 * first matching rule, the test view, manual refiling journaled, retention dates re-computed,
 * holds that keep records from disposal, disposal that destroys content and blobs and keeps a
 * trace with its certificate, and 404 for everyone but archivists.
 */

let t: TestApp;
const c = {
  drafter: "",
  ambassador: "",
  archivist: "",
  approver: "",
  npArchivist: "",
  agent: "",
  actor: "",
};
const ids = { americas: "", washington: "", office: "", ambassador: "" };

type Method = "GET" | "POST" | "PATCH" | "PUT" | "DELETE";
const as = (cookie: string, method: Method, url: string, payload?: object) =>
  requestAs(t.app, cookie, { method, url, ...(payload ? { payload } : {}) });

async function ok<T>(cookie: string, method: Method, url: string, payload?: object, status = 200) {
  const response = await as(cookie, method, url, payload);
  expect(response.statusCode, `${method} ${url}: ${response.body}`).toBe(status);
  return (response.body ? response.json() : null) as T;
}

const retention = (
  months: number | null,
  finalAction: "keep" | "destroy" = "keep",
  start = "dispatch",
) => ({
  retentionMonths: months,
  retentionStart: start,
  finalAction,
  accessDelayYears: 50,
});

let codeNumber = 0;
async function series(
  title: string,
  months: number | null,
  finalAction: "keep" | "destroy" = "keep",
) {
  codeNumber += 1;
  return ok<Series>(
    c.archivist,
    "POST",
    "/api/records/series",
    {
      parentId: null,
      code: `T${codeNumber}`,
      title,
      description: "",
      retention: retention(months, finalAction),
    },
    201,
  );
}

async function rule(name: string, seriesId: string, conditions: object, position?: number) {
  return ok<FilingRule>(
    c.archivist,
    "POST",
    "/api/records/filing-rules",
    { name, seriesId, conditions, enabled: true, ...(position ? { position } : {}) },
    201,
  );
}

/** Dispatches a telegram from Washington; returns its correspondence id. */
async function dispatch(overrides: Partial<DraftContent> = {}, attachment?: Buffer) {
  const created = await ok<{ id: string }>(
    c.drafter,
    "POST",
    "/api/correspondence",
    {
      kind: "telegram",
      originUnitId: ids.washington,
      content: telegramContent({
        marking: "NP",
        paragraphs: [{ marking: "NP", text: "Le Congrès examine le texte." }],
        addressees: [{ type: "unit", id: ids.office, mode: "info" }],
        ...overrides,
      }),
    },
    201,
  );
  if (attachment) {
    const boundary = "----records-test";
    const payload = Buffer.concat([
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="annexe.txt"\r\nContent-Type: text/plain\r\n\r\n`,
      ),
      attachment,
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]);
    const uploaded = await requestAs(t.app, c.drafter, {
      method: "POST",
      url: `/api/correspondence/${created.id}/attachments`,
      payload,
      headers: { "content-type": `multipart/form-data; boundary=${boundary}` },
    });
    expect(uploaded.statusCode, uploaded.body).toBe(201);
  }
  await ok(c.drafter, "POST", `/api/correspondence/${created.id}/submit`, {
    visas: [],
    signerId: ids.ambassador,
  });
  await ok(c.ambassador, "POST", `/api/correspondence/${created.id}/sign`, {});
  return created.id;
}

async function recordOf(correspondenceId: string, cookie = c.archivist): Promise<RecordSummary> {
  const row = await t.database.db
    .selectFrom("correspondences")
    .select("reference")
    .where("id", "=", correspondenceId)
    .executeTakeFirstOrThrow();
  const page = await ok<{ items: RecordSummary[] }>(
    cookie,
    "GET",
    `/api/records?q=${encodeURIComponent(row.reference ?? "")}`,
  );
  const found = page.items.find((r) => r.correspondenceId === correspondenceId);
  if (!found) throw new Error(`no record for ${correspondenceId}`);
  return found;
}

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  const ministry = await makeOrganization(db);
  ids.americas = await makeUnit(db, {
    organizationId: ministry,
    kind: "directorate",
    name: "Direction des Amériques",
  });
  ids.washington = await makeUnit(db, {
    organizationId: ministry,
    parentId: ids.americas,
    kind: "embassy",
    name: "Ambassade de France aux États-Unis",
    countryCode: "US",
    city: "Washington",
  });
  ids.office = await makeUnit(db, { organizationId: ministry, kind: "office" });
  const drafter = await makeUser(db, {
    organizationId: ministry,
    unitId: ids.washington,
    clearance: "DR",
  });
  const ambassador = await makeUser(db, {
    organizationId: ministry,
    unitId: ids.washington,
    clearance: "DR",
    roles: [{ role: "releaser", unitId: ids.washington }],
  });
  ids.ambassador = ambassador.id;
  const archivist = await makeUser(db, {
    organizationId: ministry,
    clearance: "DR",
    roles: [{ role: "archivist" }],
  });
  const approver = await makeUser(db, {
    organizationId: ministry,
    clearance: "DR",
    roles: [{ role: "archivist" }, { role: "disposal_approver" }],
  });
  const npArchivist = await makeUser(db, {
    organizationId: ministry,
    clearance: "NP",
    roles: [{ role: "archivist" }],
  });
  const agent = await makeUser(db, {
    organizationId: ministry,
    unitId: ids.office,
    clearance: "DR",
  });
  c.drafter = await signIn(t.app, drafter.email);
  c.ambassador = await signIn(t.app, ambassador.email);
  c.archivist = await signIn(t.app, archivist.email);
  c.approver = await signIn(t.app, approver.email);
  c.npArchivist = await signIn(t.app, npArchivist.email);
  c.agent = await signIn(t.app, agent.email);
}, 60_000);
afterAll(() => t.close());

describe("filing at capture", () => {
  it("files a dispatched telegram by the first enabled matching rule, and the test view says why", async () => {
    const americas = await series("Télégrammes — Amériques", 120);
    const other = await series("Autres télégrammes", 120);
    const decoy = await series("Leurre désactivé", 120);
    const disabled = await rule("Désactivée", decoy.id, { kind: "telegram" });
    await ok(c.archivist, "PATCH", `/api/records/filing-rules/${disabled.id}`, { enabled: false });
    const byDirectorate = await rule("TD des postes des Amériques", americas.id, {
      kind: "telegram",
      originUnit: { unitId: ids.americas, includeSubUnits: true },
    });
    const notes = await rule("Notes", other.id, { kind: "note" });
    const catchAll = await rule("Tout le reste", other.id, {});

    const id = await dispatch();
    const record = await recordOf(id);
    expect(record.series?.id).toBe(americas.id);
    expect(record.filedBy).toBe("rule");
    expect(record.retentionStartAt).toBe(record.capturedAt);
    expect(record.dueAt?.slice(0, 4)).toBe(String(Number(record.capturedAt.slice(0, 4)) + 10));

    const test = await ok<{
      series: { id: string };
      rule: { id: string };
      trail: { ruleId: string; outcome: string; failed: string[] }[];
    }>(c.archivist, "POST", "/api/records/filing-rules/test", { correspondenceId: id });
    expect(test.series.id).toBe(americas.id);
    expect(test.rule.id).toBe(byDirectorate.id);
    const earlier = test.trail.filter((s) => s.ruleId !== byDirectorate.id);
    expect(earlier.find((s) => s.ruleId === disabled.id)?.outcome).toBe("disabled");

    // Without sub-units, an embassy under the directorate no longer matches; the catch-all wins.
    await ok(c.archivist, "PATCH", `/api/records/filing-rules/${byDirectorate.id}`, {
      conditions: {
        kind: "telegram",
        originUnit: { unitId: ids.americas, includeSubUnits: false },
      },
    });
    const described = await ok<{
      rule: { id: string };
      trail: { ruleId: string; failed: string[] }[];
    }>(c.archivist, "POST", "/api/records/filing-rules/test", {
      document: { kind: "telegram", originUnitId: ids.washington, marking: "NP" },
    });
    expect(described.rule.id).toBe(catchAll.id);
    expect(described.trail.find((s) => s.ruleId === byDirectorate.id)?.failed).toEqual([
      "originUnit",
    ]);
    expect(described.trail.find((s) => s.ruleId === notes.id)?.failed).toEqual(["kind"]);

    // Order decides: the catch-all moved first wins over everything.
    await ok(c.archivist, "PATCH", `/api/records/filing-rules/${catchAll.id}`, { position: 1 });
    const rules = await ok<{ items: FilingRule[] }>(
      c.archivist,
      "GET",
      "/api/records/filing-rules",
    );
    expect(rules.items.map((r) => r.position)).toEqual(rules.items.map((_, i) => i + 1));
    expect(rules.items[0]?.id).toBe(catchAll.id);
    const first = await ok<{ rule: { id: string } }>(
      c.archivist,
      "POST",
      "/api/records/filing-rules/test",
      {
        correspondenceId: id,
      },
    );
    expect(first.rule.id).toBe(catchAll.id);
    // Put it back last for the other tests.
    await ok(c.archivist, "PATCH", `/api/records/filing-rules/${catchAll.id}`, { position: 99 });
    await ok(c.archivist, "PATCH", `/api/records/filing-rules/${byDirectorate.id}`, {
      conditions: { kind: "telegram", originUnit: { unitId: ids.americas, includeSubUnits: true } },
    });

    const journal = await t.database.db
      .selectFrom("journal")
      .select(["action", "details"])
      .where("action", "=", "record.filed")
      .where("target_id", "=", record.id)
      .execute();
    expect(journal).toHaveLength(1);
    expect(JSON.parse(journal[0]?.details ?? "{}")).toMatchObject({
      ruleId: byDirectorate.id,
      seriesId: americas.id,
    });
  });

  it("refiles a record by hand, journaled with who, from, to and why", async () => {
    const target = await series("Dossiers particuliers", 24);
    const id = await dispatch();
    const before = await recordOf(id);
    await ok(
      c.archivist,
      "POST",
      `/api/records/${before.id}/file`,
      { seriesId: target.id, reason: "Dossier suivi" },
      204,
    );
    const after = await recordOf(id);
    expect(after.series?.id).toBe(target.id);
    expect(after.filedBy).toBe("manual");
    expect(after.dueAt?.slice(0, 4)).toBe(String(Number(after.capturedAt.slice(0, 4)) + 2));
    const entry = await t.database.db
      .selectFrom("journal")
      .select(["actor_id", "details"])
      .where("action", "=", "record.refiled")
      .where("target_id", "=", before.id)
      .executeTakeFirstOrThrow();
    expect(entry.actor_id).not.toBeNull();
    expect(JSON.parse(entry.details)).toMatchObject({
      fromSeriesId: before.series?.id,
      toSeriesId: target.id,
      reason: "Dossier suivi",
    });
  });
});

describe("retention", () => {
  it("re-computes due dates when a series' rule changes, from dispatch, year end or the action's closing", async () => {
    const s = await series("Télégrammes de la section commerciale", 12);
    await rule("Commerce", s.id, { tag: "commerce-test" }, 1);
    const id = await dispatch({
      tags: ["commerce-test"],
      addressees: [{ type: "unit", id: ids.office, mode: "action" }],
      actionDeadline: "2099-12-31",
    });
    const record = await recordOf(id);
    expect(record.series?.id).toBe(s.id);
    const year = Number(record.capturedAt.slice(0, 4));

    const changed = await ok<{ recordsRecomputed: number }>(
      c.archivist,
      "PUT",
      `/api/records/series/${s.id}/retention`,
      {
        retention: { ...retention(36), retentionStart: "year_end", accessDelayYears: 25 },
        reason: "Nouveau référentiel",
      },
    );
    expect(changed.recordsRecomputed).toBe(1);
    const yearEnd = await recordOf(id);
    expect(yearEnd.retentionStartAt).toBe(`${year + 1}-01-01T00:00:00.000Z`);
    expect(yearEnd.dueAt).toBe(`${year + 4}-01-01T00:00:00.000Z`);
    expect(yearEnd.communicableFrom).toBe(`${year + 25}${record.capturedAt.slice(4, 10)}`);

    await ok(c.archivist, "PUT", `/api/records/series/${s.id}/retention`, {
      retention: { ...retention(60), retentionStart: "action_closed" },
      reason: "Compter depuis la clôture",
    });
    const open = await recordOf(id);
    expect([open.retentionStartAt, open.dueAt]).toEqual([null, null]);
    // The addressee unit closes the action: the retention starts then.
    await ok(c.agent, "POST", `/api/correspondence/${id}/close`, { comment: "Traité" });
    const closed = await recordOf(id);
    expect(closed.retentionStartAt).not.toBeNull();
    expect(closed.dueAt?.slice(0, 4)).toBe(
      String(Number(closed.retentionStartAt?.slice(0, 4)) + 5),
    );

    const journal = await t.database.db
      .selectFrom("journal")
      .select("details")
      .where("action", "=", "series.retention_changed")
      .where("target_id", "=", s.id)
      .execute();
    expect(journal.map((j) => JSON.parse(j.details).reason)).toEqual([
      "Nouveau référentiel",
      "Compter depuis la clôture",
    ]);
  });
});

describe("retention at capture", () => {
  it("dates a record at capture exactly as a re-computation from its series does", async () => {
    const cases = [
      { tag: "parite-envoi", retention: { ...retention(18), accessDelayYears: 30 } },
      { tag: "parite-annee", retention: { ...retention(36), retentionStart: "year_end" } },
      { tag: "parite-action", retention: { ...retention(6), retentionStart: "action_closed" } },
      { tag: "parite-groupe", retention: retention(null) },
    ];
    for (const [i, parity] of cases.entries()) {
      codeNumber += 1;
      const s = await ok<Series>(
        c.archivist,
        "POST",
        "/api/records/series",
        {
          parentId: null,
          code: `P${codeNumber}`,
          title: `Parité ${i}`,
          description: "",
          retention: parity.retention,
        },
        201,
      );
      await rule(`Parité ${i}`, s.id, { tag: parity.tag }, 1);
      const id = await dispatch({ tags: [parity.tag] });
      const read = () =>
        t.database.db
          .selectFrom("records")
          .select(["series_id", "retention_start_at", "due_at", "communicable_from"])
          .where("correspondence_id", "=", id)
          .executeTakeFirstOrThrow();
      const atCapture = await read();
      expect(atCapture.series_id).toBe(s.id);
      await t.database.db
        .transaction()
        .execute((trx) =>
          recomputeRetention(trx, (eb) => eb("records.correspondence_id", "=", id)),
        );
      expect(await read()).toEqual(atCapture);
    }
  });
});

describe("holds and disposal", () => {
  let destroySeries: Series;
  beforeAll(async () => {
    destroySeries = await series("Comptes rendus de réunion (éliminables)", 0, "destroy");
    await rule("Comptes rendus", destroySeries.id, { tag: "compte-rendu" }, 1);
  });

  it("never proposes nor disposes of a held record", async () => {
    const id = await dispatch({ tags: ["compte-rendu"] });
    const record = await recordOf(id);
    const proposals = async () =>
      (
        await ok<{ items: RecordSummary[] }>(
          c.archivist,
          "GET",
          "/api/records/disposal-proposals?limit=100",
        )
      ).items.map((r) => r.id);
    expect(await proposals()).toContain(record.id);

    const hold = await ok<{ id: string; recordCount: number }>(
      c.archivist,
      "POST",
      "/api/records/holds",
      { reason: "Contentieux en cours", target: { recordIds: [record.id] } },
      201,
    );
    expect(hold.recordCount).toBe(1);
    expect((await recordOf(id)).held).toBe(true);
    expect(await proposals()).not.toContain(record.id);
    const refused = await as(c.archivist, "POST", "/api/records/disposals", {
      recordIds: [record.id],
      note: "",
    });
    expect([refused.statusCode, refused.json().error.code]).toEqual([409, "disposal_not_eligible"]);

    await ok(c.archivist, "POST", `/api/records/holds/${hold.id}/release`, {
      reason: "Contentieux clos",
    });
    expect(await proposals()).toContain(record.id);

    // A hold placed after the proposal (here on the whole series) withholds it at approval.
    const list = await ok<{ id: string }>(
      c.archivist,
      "POST",
      "/api/records/disposals",
      { recordIds: [record.id], note: "Lot 1" },
      201,
    );
    const seriesHold = await ok<{ id: string }>(
      c.archivist,
      "POST",
      "/api/records/holds",
      { reason: "Audit", target: { seriesId: destroySeries.id } },
      201,
    );
    const approved = await ok<{ counts: { disposed: number; withheld: number } }>(
      c.approver,
      "POST",
      `/api/records/disposals/${list.id}/approve`,
      { comment: "" },
    );
    expect(approved.counts).toMatchObject({ disposed: 0, withheld: 1 });
    const after = await recordOf(id);
    expect(after.status).toBe("active");
    const detail = await ok<{ content: { paragraphs: unknown[] } }>(
      c.drafter,
      "GET",
      `/api/correspondence/${id}`,
    );
    expect(detail.content.paragraphs).toHaveLength(1);
    await ok(c.archivist, "POST", `/api/records/holds/${seriesHold.id}/release`, {
      reason: "Audit terminé",
    });

    // A search result can be held too.
    const bySearch = await ok<{ recordCount: number }>(
      c.archivist,
      "POST",
      "/api/records/holds",
      { reason: "Demande du juge", target: { search: { seriesId: destroySeries.id } } },
      201,
    );
    expect(bySearch.recordCount).toBeGreaterThanOrEqual(1);
    expect(await proposals()).not.toContain(record.id);
  });

  it("destroys content and blobs on approval by another approver, keeps the trace and prints the certificate", async () => {
    const bytes = Buffer.from(`Annexe à détruire ${Date.now()} ${Math.random()}`);
    const id = await dispatch(
      { tags: ["compte-rendu", "unique-dispo"], subject: "Compte rendu du comité mixte" },
      bytes,
    );
    const record = await recordOf(id);
    // Release every hold on the series from the previous test.
    const holds = await ok<{ items: { id: string }[] }>(
      c.archivist,
      "GET",
      "/api/records/holds?active=true",
    );
    for (const h of holds.items)
      await ok(c.archivist, "POST", `/api/records/holds/${h.id}/release`, { reason: "Fin" });
    const attachment = await t.database.db
      .selectFrom("attachments")
      .select(["sha256", "sha512"])
      .where("correspondence_id", "=", id)
      .executeTakeFirstOrThrow();
    const blobPath = path.join(
      t.dataDir,
      "blobs",
      attachment.sha256.slice(0, 2),
      attachment.sha256,
    );
    expect(fs.existsSync(blobPath)).toBe(true);
    const frozen = await t.database.db
      .selectFrom("records")
      .select("sha512")
      .where("id", "=", record.id)
      .executeTakeFirstOrThrow();

    const list = await ok<{ id: string; abilities: { approve: boolean } }>(
      c.approver,
      "POST",
      "/api/records/disposals",
      { recordIds: [record.id], note: "Délai écoulé" },
      201,
    );
    expect(list.abilities.approve).toBe(false);
    const own = await as(c.approver, "POST", `/api/records/disposals/${list.id}/approve`, {
      comment: "",
    });
    expect([own.statusCode, own.json().error.code]).toEqual([403, "disposal_own_proposal"]);
    const notApprover = await as(c.archivist, "POST", `/api/records/disposals/${list.id}/approve`, {
      comment: "",
    });
    expect(notApprover.statusCode).toBe(403);
    const early = await as(c.archivist, "GET", `/api/records/disposals/${list.id}/certificate`);
    expect(early.statusCode).toBe(409);

    // Another approver: the proposer is the approver above, so swap roles with a fresh one.
    const db = t.database.db;
    const org = await db.selectFrom("organizations").select("id").executeTakeFirstOrThrow();
    const second = await makeUser(db, {
      organizationId: org.id,
      clearance: "DR",
      roles: [{ role: "archivist" }, { role: "disposal_approver" }],
    });
    const secondCookie = await signIn(t.app, second.email);
    const approved = await ok<{
      status: string;
      items: {
        outcome: string;
        trace: { destroyedSha512: string; title: string; reference: string };
      }[];
    }>(secondCookie, "POST", `/api/records/disposals/${list.id}/approve`, { comment: "Vu" });
    expect(approved.status).toBe("approved");
    expect(approved.items[0]?.outcome).toBe("disposed");
    expect(approved.items[0]?.trace).toMatchObject({
      destroyedSha512: frozen.sha512,
      title: "Compte rendu du comité mixte",
    });

    // Content and blob gone; the record keeps only its trace.
    expect(fs.existsSync(blobPath)).toBe(false);
    const stored = await db
      .selectFrom("records")
      .selectAll()
      .where("id", "=", record.id)
      .executeTakeFirstOrThrow();
    expect(stored.status).toBe("disposed");
    expect(stored.canonical_json).not.toContain("Le Congrès examine");
    expect(JSON.parse(stored.canonical_json).disposal.destroyedSha512).toBe(frozen.sha512);
    const versions = await db
      .selectFrom("correspondence_versions")
      .select("content")
      .where("correspondence_id", "=", id)
      .execute();
    for (const v of versions) expect(v.content).not.toContain("Le Congrès examine");
    expect(
      await db.selectFrom("attachments").select("id").where("correspondence_id", "=", id).execute(),
    ).toEqual([]);
    expect(
      await db.selectFrom("search_documents").select("doc_id").where("doc_id", "=", id).execute(),
    ).toEqual([]);
    const detail = await ok<{
      disposedAt: string | null;
      content: { paragraphs: unknown[]; subject: string };
    }>(c.drafter, "GET", `/api/correspondence/${id}`);
    expect(detail.disposedAt).toBe(stored.disposed_at);
    expect(detail.content.paragraphs).toEqual([]);
    expect((await as(c.drafter, "GET", `/api/correspondence/${id}/pdf`)).statusCode).toBeLessThan(
      500,
    );

    const certificate = await as(
      secondCookie,
      "GET",
      `/api/records/disposals/${list.id}/certificate`,
    );
    expect(certificate.statusCode).toBe(200);
    expect(certificate.headers["content-type"]).toBe("application/pdf");
    expect(certificate.rawPayload.subarray(0, 5).toString()).toBe("%PDF-");
    const journal = await db
      .selectFrom("journal")
      .select("details")
      .where("action", "=", "disposal.approved")
      .where("target_id", "=", list.id)
      .executeTakeFirstOrThrow();
    expect(JSON.parse(journal.details).recordIds).toEqual([record.id]);
  });
});

describe("need to know", () => {
  it("answers 404 to non-archivists everywhere, and shows DR subjects only to cleared archivists", async () => {
    const probes: [Method, string, object?][] = [
      ["GET", "/api/records/series"],
      [
        "POST",
        "/api/records/series",
        { parentId: null, code: "X1", title: "x", retention: retention(1) },
      ],
      ["GET", "/api/records/series.csv"],
      ["GET", "/api/records/filing-rules"],
      [
        "POST",
        "/api/records/filing-rules/test",
        { document: { kind: "note", originUnitId: ids.office, marking: "NP" } },
      ],
      ["GET", "/api/records"],
      ["GET", "/api/records/holds"],
      ["POST", "/api/records/holds", { reason: "x", target: { recordIds: [ids.office] } }],
      ["GET", "/api/records/disposal-proposals"],
      ["GET", "/api/records/disposals"],
    ];
    for (const cookie of [c.agent, c.drafter, c.ambassador]) {
      for (const [method, url, payload] of probes) {
        const response = await as(cookie, method, url, payload);
        expect([url, response.statusCode, response.json().error.code]).toEqual([
          url,
          404,
          "not_found",
        ]);
      }
      const me = await ok<{ abilities: { manageRecords: boolean } }>(cookie, "GET", "/api/me");
      expect(me.abilities.manageRecords).toBe(false);
    }
    const me = await ok<{ abilities: { manageRecords: boolean; approveDisposal: boolean } }>(
      c.approver,
      "GET",
      "/api/me",
    );
    expect(me.abilities).toMatchObject({ manageRecords: true, approveDisposal: true });

    const id = await dispatch({
      marking: "DR",
      subject: "Entretien confidentiel au Département d'État",
      paragraphs: [{ marking: "DR", text: "Propos tenus." }],
    });
    expect((await recordOf(id, c.archivist)).subject).toBe(
      "Entretien confidentiel au Département d'État",
    );
    const hidden = await recordOf(id, c.npArchivist);
    expect(hidden.subject).toBeNull();
    expect(hidden.marking).toBe("DR");
    // Nor can the uncleared archivist find it by a word of its subject.
    const bySubject = await ok<{ items: RecordSummary[] }>(
      c.npArchivist,
      "GET",
      "/api/records?q=confidentiel",
    );
    expect(bySubject.items.map((r) => r.correspondenceId)).not.toContain(id);
  });
});

describe("filing plan as CSV", () => {
  it("exports, re-imports and refuses a faulty file whole", async () => {
    const exported = await as(c.archivist, "GET", "/api/records/series.csv");
    expect(exported.headers["content-type"]).toContain("text/csv");
    const csv = exported.body;
    expect(csv.split("\r\n")[0]).toBe(
      "code;parent_code;title;description;retention_months;retention_start;final_action;access_delay_years;closed",
    );
    const again = await ok<{ created: number; updated: number }>(
      c.archivist,
      "POST",
      "/api/records/series/import",
      { csv },
    );
    expect(again.created).toBe(0);

    const added = `${csv}NEW;T1;"Sous-série ; avec séparateur";;24;dispatch;destroy;50;\r\n`;
    const imported = await ok<{ created: number }>(
      c.archivist,
      "POST",
      "/api/records/series/import",
      { csv: added },
    );
    expect(imported.created).toBe(1);
    const tree = await ok<{ items: (Series & { depth: number })[] }>(
      c.archivist,
      "GET",
      "/api/records/series",
    );
    const created = tree.items.find((s) => s.code === "NEW");
    expect(created).toMatchObject({ title: "Sous-série ; avec séparateur", depth: 1 });

    const faulty = `${csv}BAD1;T1;Titre;;douze;dispatch;keep;50;\r\nBAD2;NOPE;Titre;;12;dispatch;keep;50;\r\nBAD3;;Titre;;12;someday;keep;50;\r\n`;
    const refused = await as(c.archivist, "POST", "/api/records/series/import", { csv: faulty });
    expect([refused.statusCode, refused.json().error.code]).toEqual([400, "series_csv_invalid"]);
    const after = await ok<{ items: Series[] }>(c.archivist, "GET", "/api/records/series");
    expect(after.items.map((s) => s.code)).not.toContain("BAD2");
    expect(after.items.map((s) => s.code)).not.toContain("BAD1");
  });
});
