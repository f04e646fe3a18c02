import { openConfiguredDatabase, openMigratedDatabase } from "./bootstrap.js";
import { ConfigError, loadConfig } from "./config.js";
import { DatabaseOpenError } from "./db/database.js";
import { migrateToLatest } from "./db/migrate.js";
import { verifyJournal } from "./journal/journal.service.js";
import { seedDemo } from "./seed/seed.js";

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
        const counts = await seedDemo(database.db, config.demoPassword);
        console.log(`Demo loaded: ${JSON.stringify(counts)}`);
        return true;
      } finally {
        await database.close();
      }
    },
  },
  "journal:verify": {
    help: "re-compute the journal's hash chain and report the first broken link",
    run: async () => {
      const database = await openConfiguredDatabase(loadConfig());
      try {
        const result = await verifyJournal(database.db);
        if (result.ok) {
          console.log(`Journal intact: ${result.entries} entries, head ${result.headHash}`);
          return true;
        }
        console.error(
          `Journal BROKEN at entry ${result.brokenAt}: ${result.reason} (${result.entries} entries verified before it)`,
        );
        return false;
      } finally {
        await database.close();
      }
    },
  },
};

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
    const known = error instanceof ConfigError || error instanceof DatabaseOpenError;
    console.error(known ? (error as Error).message : error);
    process.exit(1);
  });
