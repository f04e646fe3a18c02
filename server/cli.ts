import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { ZodError } from "zod";
import { BackupError, backupInstance, restoreInstance } from "./archives/backup.js";
import { runFixityCheck } from "./archives/fixity.service.js";
import {
  journalProofs,
  sealJournal,
  verifyJournalSeals,
} from "./archives/journal-seals.service.js";
import { TOTP_PERIOD_SECONDS, totpCode } from "./auth/totp.js";
import { BlobStore } from "./blobs/blob-store.js";
import { openConfiguredDatabase, openMigratedDatabase } from "./bootstrap.js";
import { ConfigError, loadConfig } from "./config.js";
import { DatabaseOpenError } from "./db/database.js";
import { migrateToLatest } from "./db/migrate.js";
import { AppError } from "./errors.js";
import { verifyJournal } from "./journal/journal.service.js";
import { importMail } from "./mail/inbound/import.service.js";
import { createAdministratorFromCli } from "./people/people-admin.service.js";
import { progressBar } from "./search/progress-bar.js";
import { reindexEverything } from "./search/search-indexing.js";
import { DEMO_TOTP_SECRET, seedDemo } from "./seed/seed.js";

/** Operator commands: `npm run cli -- <command>`. Exit code 0 on success, 1 on failure. */
const COMMANDS: Record<string, { help: string; run: () => Promise<boolean> }> = {
  "db:migrate": {
    help: "apply pending database migrations",
    run: async () => {
      const database = await openConfiguredDatabase(loadConfig());
      try {
        const applied = await migrateToLatest(database.db);
        console.log(
          applied.length ? `Applied: ${applied.join(", ")}` : "Schema already up to date.",
        );
        return true;
      } finally {
        await database.close();
      }
    },
  },
  "db:seed": {
    help: "load the demo ministry into an empty database",
    run: async () => {
      const config = loadConfig();
      const database = await openMigratedDatabase(config);
      try {
        const counts = await seedDemo(database.db, config.demoPassword, new Date(), config.dataDir);
        console.log(`Demo loaded: ${JSON.stringify(counts)}`);
        return true;
      } finally {
        await database.close();
      }
    },
  },
  "admin:create": {
    help: "create a platform administrator: --email --given-name --family-name, password in $ADMIN_PASSWORD",
    run: async () => {
      const { values } = parseArgs({
        args: process.argv.slice(3),
        options: {
          email: { type: "string" },
          "given-name": { type: "string" },
          "family-name": { type: "string" },
        },
      });
      const password = process.env.ADMIN_PASSWORD ?? "";
      const database = await openMigratedDatabase(loadConfig());
      try {
        const id = await createAdministratorFromCli(database.db, {
          email: values.email ?? "",
          givenName: values["given-name"] ?? "",
          familyName: values["family-name"] ?? "",
          password,
        });
        console.log(`Administrator created: ${values.email?.toLowerCase()} (${id})`);
        return true;
      } finally {
        await database.close();
      }
    },
  },
  "demo:totp": {
    help: "print the current second-factor code of the demo accounts holding DR",
    run: async () => {
      const now = Date.now();
      const left = TOTP_PERIOD_SECONDS - (Math.floor(now / 1000) % TOTP_PERIOD_SECONDS);
      console.log(
        `${totpCode(DEMO_TOTP_SECRET, now)}  (valable encore ${left} s ; secret ${DEMO_TOTP_SECRET})`,
      );
      return true;
    },
  },
  "journal:verify": {
    help: "re-compute the journal's hash chain and its daily seals; report the first broken link",
    run: async () => {
      const database = await openConfiguredDatabase(loadConfig());
      try {
        const result = await verifyJournal(database.db);
        let ok = true;
        if (result.ok) {
          console.log(`Journal intact: ${result.entries} entries, head ${result.headHash}`);
        } else {
          console.error(
            `Journal BROKEN at entry ${result.brokenAt}: ${result.reason} (${result.entries} entries verified before it)`,
          );
          ok = false;
        }
        const seals = await verifyJournalSeals(database.db);
        if (seals.ok) {
          console.log(
            `Seals intact: ${seals.seals} day(s) sealed, last ${seals.lastDay ?? "none"}`,
          );
        } else {
          console.error(
            `Seal BROKEN on ${seals.brokenDay}: ${seals.reason} (${seals.seals} seal(s) verified before it)`,
          );
          ok = false;
        }
        return ok;
      } finally {
        await database.close();
      }
    },
  },
  "search:reindex": {
    help: "rebuild the search index from the documents (after an upgrade or a restore)",
    run: async () => {
      const database = await openMigratedDatabase(loadConfig());
      try {
        const count = await reindexEverything(database.db, progressBar("Indexing"));
        console.log(`Search index rebuilt: ${count} documents.`);
        return true;
      } finally {
        await database.close();
      }
    },
  },
  // mail gateway — inbound
  "mail:import": {
    help: "import .eml files and .mbox archives: mail:import FILE… (idempotent by Message-ID)",
    run: async () => {
      const paths = process.argv.slice(3);
      if (paths.length === 0) {
        console.error("Usage: npm run cli -- mail:import FILE…");
        return false;
      }
      const config = loadConfig();
      const database = await openMigratedDatabase(config);
      try {
        const files = paths.map((p) => ({ name: path.basename(p), raw: fs.readFileSync(p) }));
        const report = await importMail(
          {
            db: database.db,
            store: new BlobStore(path.join(config.dataDir, "blobs")),
            mailDomain: config.mailDomain,
          },
          files,
          null,
          progressBar("Importing"),
        );
        for (const line of report.lines.filter((l) => l.outcome !== "imported")) {
          const where = line.position === null ? line.file : `${line.file} #${line.position}`;
          console.log(
            `  ${line.outcome.padEnd(11)} ${where}${line.reason ? ` (${line.reason})` : ""}`,
          );
        }
        console.log(
          `Imported: ${report.imported}, duplicates: ${report.duplicates}, quarantined: ${report.quarantined}, refused: ${report.refused}.`,
        );
        return true;
      } finally {
        await database.close();
      }
    },
  },
};

/* archives (issue 8): journal seals and proofs, fixity, backup and restore */
Object.assign(COMMANDS, {
  "journal:seal": {
    help: "seal the complete days of the journal not sealed yet (the server does it every day)",
    run: async () => {
      const database = await openMigratedDatabase(loadConfig());
      try {
        const days = await sealJournal(database.db);
        console.log(days.length > 0 ? `Sealed: ${days.join(", ")}` : "Nothing to seal.");
        return true;
      } finally {
        await database.close();
      }
    },
  },
  "journal:proof": {
    help: "print inclusion proofs (JSON) of journal entries in their day's seal: journal:proof SEQ...",
    run: async () => {
      const seqs = process.argv.slice(3).map(Number);
      if (seqs.length === 0 || seqs.some((n) => !Number.isSafeInteger(n) || n < 1)) {
        console.error("Usage: npm run cli -- journal:proof SEQ [SEQ...]");
        return false;
      }
      const database = await openConfiguredDatabase(loadConfig());
      try {
        const proofs = await journalProofs(database.db, seqs);
        console.log(JSON.stringify({ items: proofs }, null, 2));
        return proofs.length === new Set(seqs).size && proofs.every((p) => p.verified);
      } finally {
        await database.close();
      }
    },
  },
  "fixity:check": {
    help: "re-read every record and blob and check its SHA-512 (the server does it every day)",
    run: async () => {
      const config = loadConfig();
      const database = await openMigratedDatabase(config);
      try {
        const result = await runFixityCheck(
          database.db,
          new BlobStore(path.join(config.dataDir, "blobs")),
        );
        console.log(`Fixity: ${result.checked} checked, ${result.failures.length} mismatch(es).`);
        for (const f of result.failures)
          console.error(`  ${f.kind} ${f.id}: ${f.found ?? "missing"}`);
        return result.failures.length === 0;
      } finally {
        await database.close();
      }
    },
  },
  backup: {
    help: "consistent online backup (database, blobs, SHA-512 manifest) into a new folder: backup DIR",
    run: async () => {
      const dir = process.argv[3];
      if (!dir) {
        console.error("Usage: npm run cli -- backup DIR");
        return false;
      }
      try {
        const manifest = await backupInstance(loadConfig(), dir);
        console.log(
          `Backup written to ${path.resolve(dir)}: ${manifest.files.length} files (${manifest.dialect}).`,
        );
        return true;
      } catch (error) {
        if (!(error instanceof BackupError)) throw error;
        console.error(`Backup failed: ${error.message}`);
        return false;
      }
    },
  },
  restore: {
    help: "restore a backup into an empty instance, refusing one whose hashes do not match: restore DIR",
    run: async () => {
      const dir = process.argv[3];
      if (!dir) {
        console.error("Usage: npm run cli -- restore DIR");
        return false;
      }
      try {
        const manifest = await restoreInstance(loadConfig(), dir);
        console.log(`Restored ${manifest.files.length} files from ${path.resolve(dir)}.`);
        return true;
      } catch (error) {
        if (!(error instanceof BackupError)) throw error;
        console.error(`Restore refused: ${error.message}`);
        return false;
      }
    },
  },
} satisfies typeof COMMANDS);

async function run(name: string | undefined): Promise<boolean> {
  const command = name ? COMMANDS[name] : undefined;
  if (!command) {
    console.error("Usage: npm run cli -- <command>\n");
    for (const [key, { help }] of Object.entries(COMMANDS))
      console.error(`  ${key.padEnd(16)} ${help}`);
    return false;
  }
  return command.run();
}

run(process.argv[2])
  .then((ok) => process.exit(ok ? 0 : 1))
  .catch((error: unknown) => {
    if (error instanceof ZodError) {
      for (const issue of error.issues)
        console.error(`  ${issue.path.join(".")}: ${issue.message}`);
    } else if (error instanceof AppError) {
      console.error(`Refused: ${error.code}`);
    } else {
      const known = error instanceof ConfigError || error instanceof DatabaseOpenError;
      console.error(known ? (error as Error).message : error);
    }
    process.exit(1);
  });
