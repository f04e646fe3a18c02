import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { type Database, openDatabase } from "../db/database.js";
import { migrateToLatest } from "../db/migrate.js";

/**
 * A migrated database of its own for one test file: in-memory SQLite, or a freshly created
 * PostgreSQL database (dropped afterwards) when the test runs in the "postgres" project.
 */
export interface TestDatabase extends Database {
  /** The connection string of this database (PostgreSQL only), for child processes. */
  url: string | null;
  /** Closes and, for PostgreSQL, drops the database. */
  destroy(): Promise<void>;
}

export const testDialect = (): "sqlite" | "postgres" =>
  process.env.TEST_DIALECT === "postgres" ? "postgres" : "sqlite";

function postgresServerUrl(): string {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) {
    throw new Error(
      "TEST_DATABASE_URL is not set: the postgres project needs a PostgreSQL server " +
        "(e.g. TEST_DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres). .ci/run sets it.",
    );
  }
  return url;
}

/** Creates and migrates a throw-away database for the current dialect. */
export async function createTestDatabase(
  options: { sqliteFile?: string } = {},
): Promise<TestDatabase> {
  if (testDialect() === "sqlite") {
    // TEST_SQLITE_READERS=n: a file of its own with n reader threads (db/sqlite-readers.ts), to
    // run the suites the way a portal with SQLITE_READERS runs; in memory otherwise.
    const readers = Number(process.env.TEST_SQLITE_READERS ?? 0);
    const dir =
      readers > 0 && !options.sqliteFile
        ? fs.mkdtempSync(path.join(os.tmpdir(), "diplomatie-db-"))
        : null;
    const database = await openDatabase({
      url: null,
      sqliteFile: options.sqliteFile ?? (dir ? path.join(dir, "diplomatie.sqlite") : ":memory:"),
      sqliteReaders: readers,
    });
    await migrateToLatest(database.db);
    return {
      ...database,
      url: null,
      destroy: async () => {
        await database.close();
        if (dir) fs.rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  const serverUrl = postgresServerUrl();
  const name = `diplomatie_test_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const database = await openDatabase({ url: url.toString(), sqliteFile: "", poolSize: 4 });
  await migrateToLatest(database.db);
  return {
    ...database,
    url: url.toString(),
    destroy: async () => {
      await database.close();
      const cleanup = new pg.Client({ connectionString: serverUrl });
      await cleanup.connect();
      await cleanup.query(`drop database if exists ${name} with (force)`);
      await cleanup.end();
    },
  };
}
