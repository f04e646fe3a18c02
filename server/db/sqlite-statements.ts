import type SQLite from "better-sqlite3";

/** How many prepared statements a SQLite connection keeps, least recently used dropped first. */
const STATEMENT_CACHE_SIZE = 500;

/**
 * A connection's `prepare`, keeping its prepared statements by SQL text: Kysely prepares every
 * query anew, and preparing was a tenth of the database time of search and home at 1,000,000
 * documents (the statements are long; values are parameters, so the texts repeat). A statement
 * still being iterated (a streamed query) is never handed out again: a fresh one is.
 */
export function keptStatements(handle: SQLite.Database): (text: string) => SQLite.Statement {
  const kept = new Map<string, SQLite.Statement>();
  return (text) => {
    const statement = kept.get(text);
    kept.delete(text);
    const usable = statement && !statement.busy ? statement : handle.prepare(text);
    kept.set(text, usable);
    if (kept.size > STATEMENT_CACHE_SIZE) {
      const oldest = kept.keys().next().value;
      if (oldest !== undefined) kept.delete(oldest);
    }
    return usable;
  };
}

/**
 * The settings every SQLite connection of the portal gets. Reads at scale (a million documents,
 * a 6 GB file): its first 2 GB mapped (the most this build of SQLite maps) instead of read by
 * syscalls, a page cache for the rest (filled only as pages are read: a small database takes
 * what it is), temporary sort and union trees in memory. At 1,000,000 documents a 1 GB cache took
 * a third off a search's main statement compared with 64 MB (docs/PERFORMANCE.md).
 */
export function tuneConnection(handle: SQLite.Database, cacheMegabytes: number): void {
  handle.pragma("busy_timeout = 5000");
  handle.pragma("mmap_size = 2147418112");
  handle.pragma(`cache_size = -${cacheMegabytes * 1024}`);
  handle.pragma("temp_store = MEMORY");
}
