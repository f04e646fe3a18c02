/**
 * Outbound mail benchmark on the demo data: seeds the demo ministry (its dispatches queue
 * immediate mails), queues the daily digests, keeps BENCH_MAILS (300) rows queued (copies of the
 * demo's when it has fewer), then drains them through `sendQueuedMail` to a real SMTP server on loopback.
 * Prints mails per second for the gateway (claim, render, SMTP, mark sent) beside a baseline
 * measured in the same run: the same composed mail handed straight to nodemailer, without the
 * database. Also p50/p95 of rendering one digest and one immediate mail (`composeMail`).
 *
 *   npx tsx bench/mail-outbound.bench.ts            (SQLite)
 *   BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npx tsx bench/mail-outbound.bench.ts
 */
import { randomUUID } from "node:crypto";
import { loadConfig } from "../server/config.js";
import { migrateToLatest } from "../server/db/migrate.js";
import { composeMail } from "../server/mail/outbound/mail-compose.js";
import { listMailRecipients } from "../server/mail/outbound/mail-outbox.repository.js";
import { portalMailSettings, sendQueuedMail } from "../server/mail/outbound/mail-sender.job.js";
import { smtpTransport } from "../server/mail/outbound/mail-transport.js";
import { unsubscribeKey } from "../server/mail/outbound/unsubscribe-token.js";
import { queueDigests } from "../server/notifications/digest.job.js";
import { seedDemo } from "../server/seed/seed.js";
import { startSmtpSink } from "../server/testing/mail-kit.js";
import { openBenchDatabase } from "./bench-database.js";
import { measure } from "./measure.js";

const MAILS = Number(process.env.BENCH_MAILS ?? 300);
const PASSWORD = "Bench-Demo-Password-2026!";

async function main() {
  const { database, cleanup } = await openBenchDatabase();
  const { db } = database;
  const sink = await startSmtpSink();
  const transport = smtpTransport(sink.url);
  try {
    await migrateToLatest(db);
    await seedDemo(db, PASSWORD);
    await queueDigests(db, "daily");
    const queued = await db
      .selectFrom("mail_outbox")
      .selectAll()
      .where("status", "=", "queued")
      .execute();
    if (queued.length === 0) throw new Error("the demo queued no mail");
    const copies = [];
    for (let i = queued.length; i < MAILS; i += 1) {
      const source = queued[i % queued.length];
      if (source) copies.push({ ...source, id: randomUUID() });
    }
    for (let i = 0; i < copies.length; i += 200) {
      await db
        .insertInto("mail_outbox")
        .values(copies.slice(i, i + 200))
        .execute();
    }
    // Past BENCH_MAILS, the demo's own rows are set aside (marked sent) so every run drains the same number.
    const setAside = queued.slice(MAILS).map((r) => r.id);
    for (let i = 0; i < setAside.length; i += 500) {
      await db
        .updateTable("mail_outbox")
        .set({ status: "sent" })
        .where("id", "in", setAside.slice(i, i + 500))
        .execute();
    }
    const digests = queued.filter((r) => r.kind !== "immediate").length;
    console.log(
      `${database.dialect}: ${queued.length} mails queued by the demo (${digests} digests), ${MAILS} sent here\n`,
    );

    const portal = portalMailSettings(loadConfig({}));
    const key = await unsubscribeKey(db);
    const recipientOf = async (userId: string | null) => {
      const [user] = await listMailRecipients(db, userId ? [userId] : []);
      return {
        userId: user?.id ?? null,
        address: user?.email ?? "x@example.org",
        locale: user?.locale ?? "fr",
      };
    };
    const digest = queued.find((r) => r.kind !== "immediate");
    const immediate = queued.find((r) => r.kind === "immediate");
    if (digest) {
      const to = await recipientOf(digest.user_id);
      await measure("composeMail: one daily digest", () =>
        composeMail(db, portal, key, digest, to),
      );
    }
    if (immediate) {
      const to = await recipientOf(immediate.user_id);
      await measure("composeMail: one immediate mail", () =>
        composeMail(db, portal, key, immediate, to),
      );
      const mail = await composeMail(db, portal, key, immediate, to);
      const baselineCount = 200;
      const start = performance.now();
      for (let i = 0; i < baselineCount; i += 1)
        await transport.send({ ...mail, messageId: `<${randomUUID()}@bench>` });
      const ms = performance.now() - start;
      console.log(
        `${"baseline: nodemailer → SMTP on loopback, no database".padEnd(64)} ${(baselineCount / (ms / 1000)).toFixed(0).padStart(7)} mails/s`,
      );
    }
    const start = performance.now();
    const report = await sendQueuedMail(db, transport, portal);
    const ms = performance.now() - start;
    console.log(
      `${`gateway: claim, render, send, mark (${report.sent} sent)`.padEnd(64)} ${(report.sent / (ms / 1000)).toFixed(0).padStart(7)} mails/s`,
    );
    const expected = MAILS;
    if (report.sent !== expected) throw new Error(`sent ${report.sent} of ${expected}`);
  } finally {
    transport.close();
    await sink.stop();
    await cleanup();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
