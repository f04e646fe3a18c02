import fs from "node:fs";
import path from "node:path";
import SQLite from "better-sqlite3";
import { Kysely, PostgresDialect, SqliteDialect, sql } from "kysely";
import pg from "pg";
import type { DB } from "./schema.js";
import { SqliteDialectWithReaders, SqliteReaders } from "./sqlite-readers.js";
import { keptStatements, tuneConnection } from "./sqlite-statements.js";

export type Dialect = "sqlite" | "postgres";

export interface Database {
  db: Kysely<DB>;
  dialect: Dialect;
  /** Human description for logs: the file path or the server, never a password. */
  location: string;
  /** SQLite with SQLITE_READERS: its reader threads (how many statements they answered). */
  readers: SqliteReaders | null;
  close(): Promise<void>;
}

export class DatabaseOpenError extends Error {
  override name = "DatabaseOpenError";
}

export interface DatabaseOptions {
  /** postgres://… ; SQLite when absent. */
  url: string | null;
  /** SQLite file; ignored with PostgreSQL. */
  sqliteFile: string;
  poolSize?: number;
  /** SQLite: read-only connections in worker threads beside the writer (0: the writer alone). */
  sqliteReaders?: number;
}

/** Opens the database (SQLite file or PostgreSQL pool) and checks it answers. */
export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  return options.url
    ? openPostgres(options.url, options.poolSize ?? 10)
    : openSqlite(options.sqliteFile, options.sqliteReaders ?? 0);
}

/** The writer's page cache; each reader has its own, smaller. */
const WRITER_CACHE_MB = 1024;
const READER_CACHE_MB = 512;

function openSqlite(file: string, readerCount: number): Database {
  let handle: SQLite.Database;
  try {
    if (file !== ":memory:") fs.mkdirSync(path.dirname(file), { recursive: true });
    handle = new SQLite(file);
    handle.pragma("journal_mode = WAL");
    handle.pragma("foreign_keys = ON");
    handle.pragma("synchronous = NORMAL");
    tuneConnection(handle, WRITER_CACHE_MB);
    handle.prepare("select 1").get();
  } catch (error) {
    throw new DatabaseOpenError(
      `Cannot open the SQLite database at ${file}: ${(error as Error).message}`,
    );
  }
  const prepare = keptStatements(handle);
  const database = { close: () => handle.close(), prepare };
  const readers =
    readerCount > 0 && file !== ":memory:"
      ? new SqliteReaders(file, readerCount, READER_CACHE_MB)
      : null;
  const dialect = readers
    ? new SqliteDialectWithReaders({ database }, readers)
    : new SqliteDialect({ database });
  const db = new Kysely<DB>({ dialect });
  return { db, dialect: "sqlite", location: file, readers, close: once(() => db.destroy()) };
}

async function openPostgres(url: string, poolSize: number): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max: poolSize });
  // An idle client losing its server must not crash the process; the next query reports it.
  pool.on("error", () => {});
  const location = describePostgres(url);
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
  try {
    await sql`select 1`.execute(db);
  } catch (error) {
    await db.destroy();
    throw new DatabaseOpenError(
      `Cannot connect to PostgreSQL at ${location}: ${(error as Error).message}`,
    );
  }
  return { db, dialect: "postgres", location, readers: null, close: once(() => db.destroy()) };
}

/** Closing twice (the app on shutdown, then its owner) must be harmless. */
function once(close: () => Promise<void>): () => Promise<void> {
  let closing: Promise<void> | undefined;
  return () => {
    closing ??= close();
    return closing;
  };
}

function describePostgres(url: string): string {
  try {
    const u = new URL(url);
    return `${u.hostname}:${u.port || 5432}${u.pathname}`;
  } catch {
    return "postgres (unparsable URL)";
  }
}

/** Checks that the database answers, for the health endpoint. */
export async function pingDatabase(db: Kysely<DB>): Promise<boolean> {
  try {
    await sql`select 1`.execute(db);
    return true;
  } catch {
    return false;
  }
}
