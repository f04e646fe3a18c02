import fs from "node:fs";
import path from "node:path";
import closeWithGrace from "close-with-grace";
import { build } from "./app.js";
import { startArchiveJobs } from "./archives/archive-jobs.js";
import { purgeExpiredAuthState } from "./auth/auth.service.js";
import { totpCode } from "./auth/totp.js";
import { BlobStore } from "./blobs/blob-store.js";
import { openMigratedDatabase } from "./bootstrap.js";
import { ConfigError, loadConfig } from "./config.js";
import { DatabaseOpenError } from "./db/database.js";
import { startHabilitationJobs } from "./habilitation/habilitation.jobs.js";
import { sessionPolicyOf } from "./http/authenticate.js";
import { startSmtpReceiver } from "./mail/inbound/smtp-receiver.js";
import { startMailSender } from "./mail/outbound/mail-sender.job.js";
import { startNotificationJobs } from "./notifications/notification-jobs.js";
import { ensureSearchIndexCurrent } from "./search/search-indexing.js";
import { DEMO_PERSONAS, DEMO_TOTP_SECRET, isEmpty, seedDemo } from "./seed/seed.js";

/** Starts the portal: configuration, database, demo data on first run, then HTTP. */
async function main() {
  const startedAt = performance.now();
  const config = loadConfig();
  const database = await openMigratedDatabase(config);
  const reindexed = await ensureSearchIndexCurrent(database.db);
  if (reindexed !== null) console.log(`Index de recherche reconstruit : ${reindexed} documents`);
  const seeded = config.seedDemo && (await isEmpty(database.db));
  if (seeded) await seedDemo(database.db, config.demoPassword, new Date(), config.dataDir);

  const app = await build({ config, database });
  const purge = setInterval(() => {
    purgeExpiredAuthState(database.db, sessionPolicyOf(config)).catch((error: unknown) =>
      app.log.error({ err: error }, "session purge failed"),
    );
  }, 60_000);
  purge.unref();
  const stopNotificationJobs = startNotificationJobs(database.db, config, app.log);
  // mail gateway — inbound: the SMTP receiver, when a port is configured.
  const smtp = config.smtpInbound
    ? await startSmtpReceiver({
        db: database.db,
        store: new BlobStore(path.join(config.dataDir, "blobs")),
        mailDomain: config.mailDomain,
        port: config.smtpInbound.port,
        host: config.smtpInbound.host,
        maxBytes: config.smtpInbound.maxBytes,
        perSenderPerMinute: config.smtpInbound.perSenderPerMinute,
        tls:
          config.smtpInbound.tlsKeyFile && config.smtpInbound.tlsCertFile
            ? {
                key: fs.readFileSync(config.smtpInbound.tlsKeyFile),
                cert: fs.readFileSync(config.smtpInbound.tlsCertFile),
              }
            : null,
        log: app.log,
      })
    : null;
  // Without a relay, mail stays queued in the outbox until one is configured.
  const { smtpUrl } = config;
  const stopMailSender =
    smtpUrl === null ? () => {} : startMailSender(database.db, { ...config, smtpUrl }, app.log);
  const stopHabilitationJobs = startHabilitationJobs(database.db, app.log);
  // archives: daily journal seals and fixity checks
  const stopArchiveJobs = startArchiveJobs(
    database.db,
    new BlobStore(path.join(config.dataDir, "blobs")),
    app.log,
  );

  closeWithGrace({ delay: 10_000 }, async ({ signal, err }) => {
    if (err) app.log.error({ err }, "shutting down after an error");
    else app.log.info({ signal }, "shutting down");
    clearInterval(purge);
    stopNotificationJobs();
    await smtp?.close();
    stopMailSender();
    stopHabilitationJobs();
    stopArchiveJobs();
    await app.close();
  });

  await app.listen({ port: config.port, host: config.host });
  const address = `http://${config.host === "0.0.0.0" ? "localhost" : config.host}:${config.port}`;
  printBanner(
    address,
    database.location,
    seeded,
    config.seedDemo ? config.demoPassword : null,
    performance.now() - startedAt,
  );
}

function printBanner(
  address: string,
  location: string,
  seeded: boolean,
  /** Null when the demo is switched off: its accounts are then not advertised. */
  demoPassword: string | null,
  elapsedMs: number,
) {
  const lines = [
    "",
    `  Diplomatie est prête sur ${address}  (démarrage en ${Math.round(elapsedMs)} ms)`,
    `  Base de données : ${location}${seeded ? " — ministère de démonstration chargé" : ""}`,
    "",
    ...(demoPassword === null
      ? []
      : [
          `  Comptes de démonstration (mot de passe : ${demoPassword}) :`,
          ...DEMO_PERSONAS.map(([email, role]) => `    ${email.padEnd(42)} ${role}`),
          "",
          "  Les documents DR demandent un second facteur (TOTP) ; les comptes DR partagent le secret",
          `  de démonstration ${DEMO_TOTP_SECRET} (à ajouter dans une application d'authentification).`,
          `  Code actuel : ${totpCode(DEMO_TOTP_SECRET)} — à tout moment : npm run cli -- demo:totp`,
          "",
        ]),
  ];
  process.stdout.write(`${lines.join("\n")}\n`);
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError || error instanceof DatabaseOpenError) {
    process.stderr.write(`\n${error.message}\n\n`);
  } else {
    process.stderr.write(
      `\nDiplomatie failed to start: ${(error as Error).stack ?? String(error)}\n\n`,
    );
  }
  process.exit(1);
});
