import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { buffer } from "node:stream/consumers";
import nodemailer from "nodemailer";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BlobStore } from "../../blobs/blob-store.js";
import { makeOrganization, makeUnit, makeUser } from "../../testing/factories.js";
import { createTestDatabase, type TestDatabase } from "../../testing/test-database.js";
import { parseMessage } from "./parse-message.js";
import { type SmtpReceiver, startSmtpReceiver } from "./smtp-receiver.js";

/*
 * Every message of shared/fixtures/email (broken headers, bad encodings, odd boundaries,
 * non-ASCII names, nested multiparts, bounces) goes in over real SMTP, nodemailer to our
 * receiver on loopback: each becomes a correspondence or a quarantined item with a reason;
 * none is lost, the receiver survives them all.
 */

const FIXTURES = new URL("../../../../shared/fixtures/email/", import.meta.url);
const DOMAIN = "correspondance.diplomatie.fr";

function fixtureFiles(): string[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (!/LICENSE|\.md$/i.test(entry.name)) files.push(full);
    }
  };
  walk(FIXTURES.pathname);
  return files.sort();
}

let database: TestDatabase;
let dataDir: string;
let store: BlobStore;
let receiver: SmtpReceiver;

beforeAll(async () => {
  database = await createTestDatabase();
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "diplomatie-mail-"));
  store = new BlobStore(path.join(dataDir, "blobs"));
  const db = database.db;
  const ministry = await makeOrganization(db);
  const dae = await makeUnit(db, { organizationId: ministry, name: "DAE" });
  await makeUnit(db, { organizationId: ministry, name: "DGM" });
  // Half of the fixtures' senders are portal users: both paths are taken.
  const senders = new Set<string>();
  for (const file of fixtureFiles()) {
    try {
      const from = (await parseMessage(fs.readFileSync(file))).from?.address;
      if (from) senders.add(from);
    } catch {
      // An unreadable fixture has no sender to create.
    }
  }
  for (const [i, email] of [...senders].sort().entries()) {
    if (i % 2 === 0) await makeUser(db, { organizationId: ministry, unitId: dae, email });
  }
  receiver = await startSmtpReceiver({
    db,
    store,
    mailDomain: DOMAIN,
    port: 0,
    host: "127.0.0.1",
    maxBytes: 10 * 1024 * 1024,
    perSenderPerMinute: 10_000,
    tls: null,
    log: { info: () => {}, warn: () => {}, error: () => {} },
  });
}, 120_000);

afterAll(async () => {
  await receiver?.close();
  await database?.destroy();
  if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
});

const transport = () =>
  nodemailer.createTransport({
    host: "127.0.0.1",
    port: receiver.port,
    secure: false,
    ignoreTLS: true,
  });

describe("inbound mail over SMTP", () => {
  it("turns every fixture into a correspondence or a quarantined item, and loses none", async () => {
    const files = fixtureFiles();
    expect(files.length).toBeGreaterThan(150);
    const client = transport();
    const seen = new Set<string>();
    let identical = 0;
    let acknowledgedAsDuplicate = 0;
    for (const file of files) {
      const raw = fs.readFileSync(file);
      // SMTP carries lines ending in CRLF: two fixtures differing only there are one message.
      const onTheWire = raw.toString("latin1").replace(/\r?\n/g, "\r\n");
      const sha = createHash("sha256").update(onTheWire, "latin1").digest("hex");
      if (seen.has(sha)) identical += 1;
      seen.add(sha);
      const info = await client.sendMail({
        envelope: { from: "relay@example.org", to: [`dae@${DOMAIN}`, `dgm@${DOMAIN}`] },
        raw,
      });
      expect(info.response, file).toMatch(/^250 /);
      if (info.response.includes("already received")) acknowledgedAsDuplicate += 1;
    }
    client.close();
    const db = database.db;
    const rows = await db
      .selectFrom("inbound_messages")
      .select(["status", "reason", "correspondence_id", "html_body"])
      .execute();
    const accepted = rows.filter((r) => r.status === "accepted");
    const quarantined = rows.filter((r) => r.status === "quarantined");
    // Count in = count out: a byte-identical resend is the same message, acknowledged as such.
    expect(acknowledgedAsDuplicate).toBe(identical);
    expect(accepted.length + quarantined.length + acknowledgedAsDuplicate).toBe(files.length);
    expect(accepted.length).toBeGreaterThan(20);
    expect(quarantined.length).toBeGreaterThan(20);
    for (const q of quarantined) expect(q.reason).not.toBeNull();
    const correspondences = await db
      .selectFrom("correspondences")
      .select(["id", "state", "reference", "kind"])
      .execute();
    expect(correspondences).toHaveLength(accepted.length);
    for (const c of correspondences) {
      expect(c).toMatchObject({ state: "dispatched", kind: "formal_email" });
      expect(c.reference).toMatch(/^DAE-\d{4}-\d{4}$/);
    }
    // Stored HTML never carries script; attachment names carry no path nor control character.
    for (const r of rows)
      expect(r.html_body ?? "").not.toMatch(/<script|javascript:|onerror=|onload=/i);
    const names = await db.selectFrom("attachments").select(["name", "content_type"]).execute();
    for (const { name } of names) {
      expect(name).not.toMatch(/[\\/]/);
      // biome-ignore lint/suspicious/noControlCharactersInRegex: checking they are gone.
      expect(name).not.toMatch(/[\u0000-\u001F\u007F]/);
    }
    // A message attached to a message is kept as an .eml.
    expect(
      names.filter((n) => n.content_type === "message/rfc822" && n.name !== "message-original.eml")
        .length,
    ).toBeGreaterThan(0);
    // Every dispatch was journaled and frozen.
    const records = await db.selectFrom("records").select("id").execute();
    expect(records).toHaveLength(accepted.length);
  }, 300_000);

  it("keeps the original message byte for byte with its SHA-512", async () => {
    const raw = Buffer.from(
      [
        "From: Inconnu <inconnu@example.org>",
        `To: dae@${DOMAIN}`,
        "Subject: =?UTF-8?B?w4l0YXQgZGVzIGxpZXV4?=",
        "Message-ID: <octet-par-octet@example.org>",
        "MIME-Version: 1.0",
        "Content-Type: text/plain; charset=utf-8",
        "Content-Transfer-Encoding: 8bit",
        "",
        "Première ligne.",
        ".Une ligne qui commence par un point.",
        "",
      ].join("\r\n"),
      "utf8",
    );
    const client = transport();
    await client.sendMail({
      envelope: { from: "inconnu@example.org", to: [`dae@${DOMAIN}`] },
      raw,
    });
    client.close();
    const row = await database.db
      .selectFrom("inbound_messages")
      .selectAll()
      .where("message_id", "=", "octet-par-octet@example.org")
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({
      status: "quarantined",
      reason: "unknown_sender",
      subject: "État des lieux",
    });
    const stored = await buffer(store.open(row.eml_sha256));
    expect(stored.equals(raw)).toBe(true);
    expect(row.eml_sha512).toBe(createHash("sha512").update(raw).digest("hex"));
  });

  it("refuses recipients that are not the portal's addresses with 550", async () => {
    const client = transport();
    await expect(
      client.sendMail({
        envelope: { from: "a@example.org", to: [`personne@${DOMAIN}`] },
        raw: Buffer.from("Subject: x\r\n\r\nx\r\n"),
      }),
    ).rejects.toMatchObject({ responseCode: 550 });
    await expect(
      client.sendMail({
        envelope: { from: "a@example.org", to: ["dae@example.org"] },
        raw: Buffer.from("Subject: x\r\n\r\nx\r\n"),
      }),
    ).rejects.toMatchObject({ responseCode: 550 });
    client.close();
  });
});
