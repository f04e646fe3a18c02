/**
 * Inbound mail benchmark: messages parsed and committed per second over real SMTP (nodemailer to
 * our smtp-server receiver on loopback, each message parsed, stored as .eml, dispatched as a
 * formal e-mail with its distributions, record, journal entry, search index and notifications),
 * against two baselines measured in the same run: parsing alone (mailparser + sanitising), and
 * ingestion without SMTP (parse + store + commit).
 *
 *   npx tsx bench/mail-inbound.bench.ts            (SQLite)
 *   BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npx tsx bench/mail-inbound.bench.ts
 *   BENCH_MAIL_MESSAGES=500 changes the number of messages per section (default 200).
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import nodemailer from "nodemailer";
import { BlobStore } from "../server/blobs/blob-store.js";
import { migrateToLatest } from "../server/db/migrate.js";
import { ensureMailAddresses } from "../server/mail/addresses.js";
import { ingestMessage } from "../server/mail/inbound/ingest.service.js";
import { parseMessage } from "../server/mail/inbound/parse-message.js";
import { startSmtpReceiver } from "../server/mail/inbound/smtp-receiver.js";
import { makeOrganization, makeUnit, makeUser } from "../server/testing/factories.js";
import { openBenchDatabase } from "./bench-database.js";
import { measure } from "./measure.js";

const MESSAGES = Number(process.env.BENCH_MAIL_MESSAGES ?? 200);
const DOMAIN = "correspondance.diplomatie.fr";
const PARAGRAPH =
  "La délégation a rappelé les termes de l'accord et demandé un calendrier précis pour la mise en œuvre des engagements pris lors de la dernière réunion. ";

/** A realistic formal e-mail: a few paragraphs, every third with a 30 KB PDF-like attachment. */
function message(section: string, i: number, from: string): Buffer {
  const id = `${section}-${i}@bench.example`;
  const text = Array.from({ length: 6 }, () => PARAGRAPH.repeat(3)).join("\n\n");
  const headers = [
    `From: Agent <${from}>`,
    `To: DAE <dae@${DOMAIN}>`,
    `Cc: DGM <dgm@${DOMAIN}>`,
    `Subject: =?UTF-8?Q?Compte_rendu_n=C2=B0_${i}_=E2=80=94_${section}?=`,
    `Message-ID: <${id}>`,
    ...(i > 0 ? [`In-Reply-To: <${section}-${i - 1}@bench.example>`] : []),
    "MIME-Version: 1.0",
  ];
  if (i % 3 !== 0) {
    return Buffer.from(
      [
        ...headers,
        "Content-Type: text/plain; charset=utf-8",
        "Content-Transfer-Encoding: 8bit",
        "",
        text,
        "",
      ].join("\r\n"),
    );
  }
  const attachment = Buffer.alloc(30 * 1024, `%PDF-1.4 ${i} `)
    .toString("base64")
    .replace(/.{76}/g, "$&\r\n");
  return Buffer.from(
    [
      ...headers,
      'Content-Type: multipart/mixed; boundary="b1"',
      "",
      "--b1",
      "Content-Type: text/plain; charset=utf-8",
      "Content-Transfer-Encoding: 8bit",
      "",
      text,
      "--b1",
      'Content-Type: application/pdf; name="=?UTF-8?Q?note_d=C3=A9taill=C3=A9e.pdf?="',
      "Content-Transfer-Encoding: base64",
      'Content-Disposition: attachment; filename="note.pdf"',
      "",
      attachment,
      "--b1--",
      "",
    ].join("\r\n"),
  );
}

function rate(label: string, count: number, ms: number) {
  console.log(
    `${label.padEnd(64)} ${(count / (ms / 1000)).toFixed(1).padStart(8)} msg/s   (${count} in ${(ms / 1000).toFixed(2)} s)`,
  );
}

async function main() {
  const { database, cleanup } = await openBenchDatabase();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "bench-mail-"));
  const store = new BlobStore(path.join(dataDir, "blobs"));
  try {
    const db = database.db;
    await migrateToLatest(db);
    const ministry = await makeOrganization(db);
    const dae = await makeUnit(db, { organizationId: ministry, name: "DAE" });
    await makeUnit(db, { organizationId: ministry, name: "DGM" });
    const sender = await makeUser(db, {
      organizationId: ministry,
      unitId: dae,
      email: "agent@bench.diplomatie.fr",
    });
    for (let i = 0; i < 20; i += 1) await makeUser(db, { organizationId: ministry, unitId: dae });
    await ensureMailAddresses(db);
    console.log(
      `Inbound mail: ${MESSAGES} messages per section, ${process.env.BENCH_DATABASE_URL ? "PostgreSQL" : "SQLite"}\n`,
    );

    // Baseline 1: parsing alone.
    const parseSet = Array.from({ length: MESSAGES }, (_, i) => message("parse", i, sender.email));
    let start = performance.now();
    for (const raw of parseSet) await parseMessage(raw);
    rate("baseline: parse only (mailparser + sanitise)", MESSAGES, performance.now() - start);

    // Baseline 2: ingestion without SMTP.
    const ctx = { db, store, mailDomain: DOMAIN };
    const directSet = Array.from({ length: MESSAGES }, (_, i) =>
      message("direct", i, sender.email),
    );
    start = performance.now();
    for (const raw of directSet) await ingestMessage(ctx, { raw, source: "import" });
    rate("baseline: parse + store + commit, no SMTP", MESSAGES, performance.now() - start);

    const receiver = await startSmtpReceiver({
      db,
      store,
      mailDomain: DOMAIN,
      port: 0,
      host: "127.0.0.1",
      maxBytes: 25 * 1024 * 1024,
      perSenderPerMinute: 1_000_000,
      tls: null,
      log: { info: () => {}, warn: () => {}, error: () => {} },
    });
    const transport = (maxConnections: number) =>
      nodemailer.createTransport({
        host: "127.0.0.1",
        port: receiver.port,
        secure: false,
        ignoreTLS: true,
        pool: true,
        maxConnections,
        maxMessages: Number.POSITIVE_INFINITY,
      });
    const envelope = { from: sender.email, to: [`dae@${DOMAIN}`, `dgm@${DOMAIN}`] };

    // Over SMTP, one connection (messages one after the other).
    const one = transport(1);
    const smtpSet = Array.from({ length: MESSAGES }, (_, i) => message("smtp", i, sender.email));
    start = performance.now();
    for (const raw of smtpSet) await one.sendMail({ envelope, raw });
    rate("SMTP, 1 connection: parsed and committed", MESSAGES, performance.now() - start);
    one.close();

    // Over SMTP, four connections at once.
    const four = transport(4);
    const parallelSet = Array.from({ length: MESSAGES }, (_, i) =>
      message("parallel", i, sender.email),
    );
    start = performance.now();
    await Promise.all(parallelSet.map((raw) => four.sendMail({ envelope, raw })));
    rate("SMTP, 4 connections: parsed and committed", MESSAGES, performance.now() - start);
    four.close();

    console.log("");
    const latency = transport(1);
    let n = 0;
    await measure("SMTP, latency of one message (send → 250 after commit)", () => {
      n += 1;
      return latency.sendMail({ envelope, raw: message("latency", n, sender.email) });
    });
    latency.close();
    await receiver.close();
    const counts = await db
      .selectFrom("inbound_messages")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .where("status", "=", "accepted")
      .executeTakeFirstOrThrow();
    console.log(`\n${Number(counts.n)} messages dispatched in all.`);
  } finally {
    await cleanup();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

await main();
