import path from "node:path";
import type { Config } from "./config.js";
import { type Database, openDatabase } from "./db/database.js";
import { migrateToLatest } from "./db/migrate.js";

/** Opens the configured database: PostgreSQL if DATABASE_URL is set, else SQLite in DATA_DIR. */
export function openConfiguredDatabase(config: Config): Promise<Database> {
  return openDatabase({
    url: config.databaseUrl,
    sqliteFile: path.join(config.dataDir, "diplomatie.sqlite"),
    sqliteReaders: config.sqliteReaders,
  });
}

/** Opens and migrates the configured database. */
export async function openMigratedDatabase(config: Config): Promise<Database> {
  const database = await openConfiguredDatabase(config);
  try {
    await migrateToLatest(database.db);
  } catch (error) {
    await database.close();
    throw error;
  }
  return database;
}
