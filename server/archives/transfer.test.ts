import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type ArchivesWorld,
  dispatchForArchives,
  fileRecord,
  makeArchivesWorld,
} from "../testing/archives-factory.js";
import { signIn } from "../testing/factories.js";
import { NAUGHTY_STRINGS, NAUGHTY_TIMEOUT_MS } from "../testing/hostile-input.js";
import { archiveTransferReplyXml } from "../testing/seda-reply-factory.js";
import { validateSeda } from "../testing/seda-validation.js";
import { createTestApp, requestAs, type TestApp } from "../testing/test-app.js";
import { readZip } from "../testing/zip-reader.js";
import { archiveUnitId } from "./transfer-package.js";

/* Transfers to the State archives through the API, on a real database and blob store. */

const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==",
  "base64",
);
const PDF = Buffer.from(
  "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n",
);

let t: TestApp;
let world: ArchivesWorld;
let archivist: string;
let npArchivist: string;
let agent: string;
type Key = "telegram" | "note" | "email" | "reply" | "dr" | "destroy" | "held" | "notDue";
const records = {} as Record<Key, { correspondenceId: string; recordId: string }>;

const sha512 = (b: Buffer) => createHash("sha512").update(b).digest("hex");
const blobPath = (dataDir: string, sha256: string) =>
  path.join(dataDir, "blobs", sha256.slice(0, 2), sha256);

async function journaled(action: string) {
  return t.database.db.selectFrom("journal").selectAll().where("action", "=", action).execute();
}

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  world = await makeArchivesWorld(db);
  const store = new (await import("../blobs/blob-store.js")).BlobStore(
    path.join(t.dataDir, "blobs"),
  );
  records.telegram = await dispatchForArchives(db, store, world, {
    kind: "telegram",
    attachments: [
      { name: "carte.png", bytes: PNG },
      { name: "compte-rendu.pdf", bytes: PDF },
    ],
  });
  records.note = await dispatchForArchives(db, store, world, { kind: "note" });
  records.email = await dispatchForArchives(db, store, world, {
    kind: "formal_email",
    attachments: [{ name: "notes.txt", bytes: Buffer.from("Compte rendu de l'entretien.\n") }],
  });
  records.reply = await dispatchForArchives(db, store, world, {
    kind: "telegram",
    content: {
      subject: "RE: États-Unis — position sur le commerce transatlantique",
      references: [records.telegram.correspondenceId],
    },
  });
  records.dr = await dispatchForArchives(db, store, world, {
    kind: "telegram",
    content: {
      marking: "DR",
      paragraphs: [
        { marking: "DR", text: "Nos interlocuteurs indiquent que la décision est prise." },
      ],
    },
  });
  records.destroy = await dispatchForArchives(db, store, world, { kind: "note" });
  records.held = await dispatchForArchives(db, store, world, { kind: "telegram" });
  records.notDue = await dispatchForArchives(db, store, world, { kind: "telegram" });
  for (const key of ["telegram", "note", "email", "reply", "dr", "held"] as const) {
    await fileRecord(db, records[key].recordId, world.keepSeriesId);
  }
  await fileRecord(db, records.destroy.recordId, world.destroySeriesId);
  await fileRecord(db, records.notDue.recordId, world.keepSeriesId, "2099-01-01T00:00:00.000Z");
  const holdId = "6f1c1d0e-0000-4000-8000-000000000001";
  await db
    .insertInto("record_holds")
    .values({
      id: holdId,
      reason: "Contentieux en cours",
      series_id: null,
      placed_by: world.archivistId,
      placed_at: new Date().toISOString(),
      released_by: null,
      released_at: null,
      release_reason: null,
    })
    .execute();
  await db
    .insertInto("record_hold_items")
    .values({ hold_id: holdId, record_id: records.held.recordId })
    .execute();
  archivist = await signIn(t.app, world.archivistEmail);
  npArchivist = await signIn(t.app, world.npArchivistEmail);
  agent = await signIn(t.app, world.agentEmail);
}, 60_000);
afterAll(() => t.close(), 60_000);

const get = (cookie: string, url: string) => requestAs(t.app, cookie, { method: "GET", url });
const post = (cookie: string, url: string, payload?: object) =>
  requestAs(t.app, cookie, { method: "POST", url, payload: payload ?? {} });
const postXml = (cookie: string, url: string, xml: string) =>
  requestAs(t.app, cookie, {
    method: "POST",
    url,
    payload: xml,
    headers: { "content-type": "application/xml" },
  });

let firstTransfer: { id: string; messageIdentifier: string; recordCount: number };
let packageEntries: Map<string, Buffer>;

describe("transfers to the State archives", { timeout: 60_000 }, () => {
  it("lists to an archivist the records that may be transferred, and to nobody else", async () => {
    const all = await get(archivist, "/api/archives/transfers/eligible?limit=100");
    expect(all.statusCode).toBe(200);
    const ids = all.json().items.map((r: { id: string }) => r.id);
    for (const key of ["telegram", "note", "email", "reply", "dr", "notDue"] as const) {
      expect(ids).toContain(records[key].recordId);
    }
    expect(ids).not.toContain(records.destroy.recordId);
    expect(ids).not.toContain(records.held.recordId);
    const due = await get(archivist, "/api/archives/transfers/eligible?due=true&limit=100");
    expect(due.json().items.map((r: { id: string }) => r.id)).not.toContain(
      records.notDue.recordId,
    );
    // An archivist cleared NP does not even see DR records listed.
    const np = await get(npArchivist, "/api/archives/transfers/eligible?limit=100");
    expect(np.json().items.map((r: { id: string }) => r.id)).not.toContain(records.dr.recordId);
    expect((await get(agent, "/api/archives/transfers/eligible")).statusCode).toBe(404);
    expect((await get(agent, "/api/archives/transfers")).statusCode).toBe(404);
  });

  it("refuses records to destroy, held or not its to read, and writes nothing", async () => {
    for (const key of ["destroy", "held"] as const) {
      const response = await post(archivist, "/api/archives/transfers", {
        recordIds: [records.telegram.recordId, records[key].recordId],
      });
      expect(response.statusCode).toBe(409);
      expect(response.json().error.code).toBe("record_not_eligible");
    }
    const np = await post(npArchivist, "/api/archives/transfers", {
      recordIds: [records.dr.recordId],
    });
    expect(np.json().error.code).toBe("record_not_eligible");
    expect((await post(agent, "/api/archives/transfers", {})).statusCode).toBe(404);
    const bad = await post(archivist, "/api/archives/transfers", { recordIds: ["not-an-id"] });
    expect(bad.statusCode).toBe(400);
    expect(await t.database.db.selectFrom("transfers").selectAll().execute()).toEqual([]);
  });

  it("gathers every due record into a transfer, journaled, the records awaiting the archive", async () => {
    const response = await post(archivist, "/api/archives/transfers", {
      comment: "Versement 2026",
    });
    expect(response.statusCode).toBe(201);
    firstTransfer = response.json();
    expect(firstTransfer.recordCount).toBe(5);
    const statuses = await t.database.db
      .selectFrom("records")
      .select(["id", "status"])
      .where(
        "id",
        "in",
        Object.values(records).map((r) => r.recordId),
      )
      .execute();
    const statusOf = new Map(statuses.map((s) => [s.id, s.status]));
    expect(statusOf.get(records.telegram.recordId)).toBe("transferring");
    expect(statusOf.get(records.dr.recordId)).toBe("transferring");
    expect(statusOf.get(records.notDue.recordId)).toBe("active");
    expect(statusOf.get(records.held.recordId)).toBe("active");
    expect(await journaled("transfer.created")).toHaveLength(1);
    // Already in a transfer awaiting its reply: not again.
    const again = await post(archivist, "/api/archives/transfers", {
      recordIds: [records.note.recordId],
    });
    expect(again.json().error.code).toBe("record_not_eligible");
    const list = await get(archivist, "/api/archives/transfers");
    expect(list.json().items[0]).toMatchObject({ id: firstTransfer.id, status: "pending" });
  });

  it("packages it as a ZIP whose SEDA 2.2 manifest validates and matches its files", async () => {
    const response = await get(archivist, `/api/archives/transfers/${firstTransfer.id}/package`);
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toBe("application/zip");
    const zip = response.rawPayload;
    expect(zip.subarray(0, 4).toString("latin1")).toBe("PK\u0003\u0004");
    packageEntries = await readZip(zip);
    const manifest = packageEntries.get("manifest.xml")?.toString("utf8") ?? "";
    const validation = await validateSeda(manifest);
    expect(validation.output).toContain("validates");
    expect(validation.valid).toBe(true);

    // Every BinaryDataObject's digest and size are those of the file at its Uri.
    const objects = [
      ...manifest.matchAll(
        /<Uri>([^<]+)<\/Uri><MessageDigest algorithm="SHA-512">([0-9a-f]+)<\/MessageDigest><Size>(\d+)<\/Size>/g,
      ),
    ];
    expect(objects.length).toBe(5 * 2 + 3);
    for (const [, uri, digest, size] of objects) {
      const file = packageEntries.get((uri ?? "").replace(/&amp;/g, "&"));
      expect(file, uri).toBeDefined();
      expect(sha512(file as Buffer)).toBe(digest);
      expect((file as Buffer).length).toBe(Number(size));
    }
    for (const key of ["telegram", "note", "email", "reply", "dr"] as const) {
      const id = records[key].recordId;
      expect(packageEntries.get(`content/${id}/document.pdf`)?.subarray(0, 5).toString()).toBe(
        "%PDF-",
      );
      const json = packageEntries.get(`content/${id}/record.json`)?.toString("utf8") ?? "";
      const stored = await t.database.db
        .selectFrom("records")
        .select("sha512")
        .where("id", "=", id)
        .executeTakeFirstOrThrow();
      expect(sha512(Buffer.from(json))).toBe(stored.sha512);
    }
    expect(manifest).toContain("<DocumentType>Télégramme diplomatique</DocumentType>");
    expect(manifest).toContain("<DocumentType>Note diplomatique</DocumentType>");
    expect(manifest).toContain("<DocumentType>Courriel formel</DocumentType>");
    expect(manifest).toContain("<FormatId>fmt/817</FormatId>");
    expect(manifest).toContain("<FormatId>fmt/13</FormatId>");
    expect(manifest).toContain("<FormatId>fmt/18</FormatId>");
    expect(manifest).toContain("<FinalAction>Keep</FinalAction>");
    expect(manifest).toContain("<Rule>APP-120M</Rule>");
    expect(manifest).toContain("<Rule>ACC-25Y</Rule>");
    // The reply's unit references the unit of what it answers.
    const replyUnit = manifest.slice(
      manifest.indexOf(`<ArchiveUnit id="${archiveUnitId(records.reply.recordId)}">`),
    );
    expect(replyUnit.slice(0, replyUnit.indexOf("</Content>"))).toContain(
      `<ArchiveUnitRefId>${archiveUnitId(records.telegram.recordId)}</ArchiveUnitRefId>`,
    );
    // Only the DR record carries a classification rule.
    expect(manifest.match(/<ClassificationRule>/g)).toHaveLength(1);
    const drUnit = manifest.slice(
      manifest.indexOf(`<ArchiveUnit id="${archiveUnitId(records.dr.recordId)}">`),
    );
    expect(drUnit.slice(0, drUnit.indexOf("</Management>"))).toContain(
      "<ClassificationLevel>DR</ClassificationLevel>",
    );
    expect(await journaled("transfer.package_downloaded")).toHaveLength(1);
  });

  it("does not hand a package holding DR content to an archivist cleared NP", async () => {
    const response = await get(npArchivist, `/api/archives/transfers/${firstTransfer.id}/package`);
    expect(response.statusCode).toBe(404);
    expect(
      (await get(agent, `/api/archives/transfers/${firstTransfer.id}/package`)).statusCode,
    ).toBe(404);
  });

  it("refuses a reply that is not SEDA, or answers another transfer", async () => {
    const url = `/api/archives/transfers/${firstTransfer.id}/reply`;
    const invalid = await postXml(archivist, url, "<html>not a reply</html>");
    expect(invalid.statusCode).toBe(400);
    expect(invalid.json().error.code).toBe("transfer_reply_invalid");
    const bomb = await postXml(
      archivist,
      url,
      '<?xml version="1.0"?><!DOCTYPE a [<!ENTITY a "aaaa">]><a>&a;</a>',
    );
    expect(bomb.json().error.code).toBe("transfer_reply_invalid");
    const other = archiveTransferReplyXml({
      messageRequestIdentifier: "SOMETHING-ELSE",
      replyCode: "OK",
      units: new Map(),
    });
    const mismatch = await postXml(archivist, url, other);
    expect(mismatch.statusCode).toBe(409);
    expect(mismatch.json().error.code).toBe("transfer_reply_mismatch");
    expect((await postXml(agent, url, other)).statusCode).toBe(404);
  });

  it("answers hostile strings as a reply or a cursor with a 400, never a 500", {
    timeout: NAUGHTY_TIMEOUT_MS,
  }, async () => {
    const problems: string[] = [];
    for (const value of NAUGHTY_STRINGS) {
      const reply = await postXml(
        archivist,
        `/api/archives/transfers/${firstTransfer.id}/reply`,
        value,
      );
      if (reply.statusCode !== 400)
        problems.push(`reply ${JSON.stringify(value)}: ${reply.statusCode}`);
      const list = await requestAs(t.app, archivist, {
        method: "GET",
        url: "/api/archives/transfers/eligible",
        query: { cursor: value },
      });
      if (list.statusCode !== 400 && list.statusCode !== 200) {
        problems.push(`cursor ${JSON.stringify(value)}: ${list.statusCode}`);
      }
    }
    expect(problems).toEqual([]);
    const transfer = await get(archivist, `/api/archives/transfers/${firstTransfer.id}`);
    expect(transfer.json().status).toBe("pending");
  });

  it("puts the records back to active when the archive rejects the transfer", async () => {
    const created = await post(archivist, "/api/archives/transfers", {
      recordIds: [records.notDue.recordId],
    });
    expect(created.statusCode).toBe(201);
    const { id, messageIdentifier } = created.json();
    const reply = archiveTransferReplyXml({
      messageRequestIdentifier: messageIdentifier,
      replyCode: "KO",
      units: new Map(),
    });
    const response = await postXml(archivist, `/api/archives/transfers/${id}/reply`, reply);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ status: "rejected", replyCode: "KO" });
    const record = await t.database.db
      .selectFrom("records")
      .select("status")
      .where("id", "=", records.notDue.recordId)
      .executeTakeFirstOrThrow();
    expect(record.status).toBe("active");
    expect(await journaled("transfer.rejected")).toHaveLength(1);
  });

  it("on acceptance marks the records transferred with the archive's ids and purges their content", async () => {
    const db = t.database.db;
    const attachments = await db
      .selectFrom("attachments")
      .selectAll()
      .where("correspondence_id", "in", [
        records.telegram.correspondenceId,
        records.email.correspondenceId,
      ])
      .execute();
    expect(attachments).toHaveLength(3);
    for (const a of attachments) expect(fs.existsSync(blobPath(t.dataDir, a.sha256))).toBe(true);

    const units = new Map([
      [archiveUnitId(records.telegram.recordId), "aeaqaaaaaahgausqab7boak55nw5vqaaaaaq"],
    ]);
    const reply = archiveTransferReplyXml({
      messageRequestIdentifier: firstTransfer.messageIdentifier,
      replyCode: "OK",
      units,
    });
    expect((await validateSeda(reply)).valid).toBe(true);
    const response = await postXml(
      archivist,
      `/api/archives/transfers/${firstTransfer.id}/reply`,
      reply,
    );
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ status: "accepted", replyCode: "OK" });

    const transferred = await db
      .selectFrom("records")
      .innerJoin("transfer_records", "transfer_records.record_id", "records.id")
      .select([
        "records.id",
        "records.status",
        "records.transferred_at",
        "records.canonical_json",
        "transfer_records.archive_identifier",
      ])
      .where("transfer_records.transfer_id", "=", firstTransfer.id)
      .execute();
    expect(transferred).toHaveLength(5);
    for (const r of transferred) {
      expect(r.status).toBe("transferred");
      expect(r.transferred_at).not.toBeNull();
      expect(JSON.parse(r.canonical_json).purged.reason).toBe("transferred");
      expect(r.canonical_json).not.toContain("Nos interlocuteurs");
    }
    const telegram = transferred.find((r) => r.id === records.telegram.recordId);
    expect(telegram?.archive_identifier).toBe("aeaqaaaaaahgausqab7boak55nw5vqaaaaaq");
    // The text is gone from every version; the metadata stays.
    const correspondence = await db
      .selectFrom("correspondences")
      .select(["content", "subject", "reference"])
      .where("id", "=", records.dr.correspondenceId)
      .executeTakeFirstOrThrow();
    expect(JSON.parse(correspondence.content).paragraphs).toEqual([]);
    expect(correspondence.reference).not.toBeNull();
    const versions = await db
      .selectFrom("correspondence_versions")
      .select("content")
      .where("correspondence_id", "=", records.dr.correspondenceId)
      .execute();
    for (const v of versions) expect(v.content).not.toContain("Nos interlocuteurs");
    // Attachments: the rows stay as the trace, the files are gone and no longer served.
    const purged = await db
      .selectFrom("attachments")
      .selectAll()
      .where(
        "id",
        "in",
        attachments.map((a) => a.id),
      )
      .execute();
    for (const a of purged) {
      expect(a.purged_at).not.toBeNull();
      expect(fs.existsSync(blobPath(t.dataDir, a.sha256))).toBe(false);
    }
    const drafter = await signIn(
      t.app,
      (
        await db
          .selectFrom("users")
          .select("email")
          .where("id", "=", world.drafterId)
          .executeTakeFirstOrThrow()
      ).email,
    );
    const download = await get(
      drafter,
      `/api/correspondence/${records.telegram.correspondenceId}/attachments/${attachments[0]?.id}`,
    );
    expect(download.statusCode).toBe(404);
    for (const action of [
      "transfer.reply_imported",
      "transfer.accepted",
      "records.content_purged",
    ]) {
      expect((await journaled(action)).length).toBeGreaterThan(0);
    }
    // Answered once: a second reply is refused.
    const again = await postXml(
      archivist,
      `/api/archives/transfers/${firstTransfer.id}/reply`,
      reply,
    );
    expect(again.json().error.code).toBe("transfer_not_pending");
    // The package of an accepted transfer no longer exists in the portal.
    expect(
      (await get(archivist, `/api/archives/transfers/${firstTransfer.id}/package`)).statusCode,
    ).toBe(409);
  });
});
