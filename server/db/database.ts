import fs from "node:fs";
import path from "node:path";
import SQLite from "better-sqlite3";
import { Kysely, PostgresDialect, type SqliteDatabase, SqliteDialect, sql } from "kysely";
import pg from "pg";
import type { DB } from "./schema.js";

export type Dialect = "sqlite" | "postgres";

export interface Database {
  db: Kysely<DB>;
  dialect: Dialect;
  /** Human description for logs: the file path or the server, never a password. */
  location: string;
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
}

/** Opens the database (SQLite file or PostgreSQL pool) and checks it answers. */
export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  return options.url
    ? openPostgres(options.url, options.poolSize ?? 10)
    : openSqlite(options.sqliteFile);
}

function openSqlite(file: string): Database {
  let handle: SQLite.Database;
  try {
    if (file !== ":memory:") fs.mkdirSync(path.dirname(file), { recursive: true });
    handle = new SQLite(file);
    handle.pragma("journal_mode = WAL");
    handle.pragma("foreign_keys = ON");
    handle.pragma("busy_timeout = 5000");
    handle.pragma("synchronous = NORMAL");
    // Reads at scale (a million documents, a 6 GB file): its first 2 GB mapped (the most this
    // build of SQLite maps) instead of read by syscalls, a page cache of up to 1 GB for the rest
    // (filled only as pages are read: a small database takes what it is), temporary sort and
    // union trees in memory. At 1,000,000 documents the 1 GB cache took a third off a search's
    // main statement compared with 64 MB (docs/PERFORMANCE.md).
    handle.pragma("mmap_size = 2147418112");
    handle.pragma("cache_size = -1048576");
    handle.pragma("temp_store = MEMORY");
    handle.prepare("select 1").get();
  } catch (error) {
    throw new DatabaseOpenError(
      `Cannot open the SQLite database at ${file}: ${(error as Error).message}`,
    );
  }
  const db = new Kysely<DB>({
    dialect: new SqliteDialect({ database: keepingStatements(handle) }),
  });
  return { db, dialect: "sqlite", location: file, close: once(() => db.destroy()) };
}

/** How many prepared statements a SQLite connection keeps, least recently used dropped first. */
const STATEMENT_CACHE_SIZE = 500;

/**
 * The connection as Kysely sees it, keeping its prepared statements by SQL text: Kysely prepares
 * every query anew, and preparing was a tenth of the database time of search and home at
 * 1,000,000 documents (the statements are long; values are parameters, so the texts repeat). A
 * statement still being iterated (a streamed query) is never handed out again: a fresh one is.
 */
function keepingStatements(handle: SQLite.Database): SqliteDatabase {
  const kept = new Map<string, SQLite.Statement>();
  return {
    close: () => handle.close(),
    prepare(text) {
      const statement = kept.get(text);
      kept.delete(text);
      const usable = statement && !statement.busy ? statement : handle.prepare(text);
      kept.set(text, usable);
      if (kept.size > STATEMENT_CACHE_SIZE) {
        const oldest = kept.keys().next().value;
        if (oldest !== undefined) kept.delete(oldest);
      }
      return usable;
    },
  };
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
  return { db, dialect: "postgres", location, close: once(() => db.destroy()) };
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
