import { Worker } from "node:worker_threads";
import {
  type CompiledQuery,
  type DatabaseConnection,
  type Driver,
  type QueryCompiler,
  type QueryResult,
  RawNode,
  SelectQueryNode,
  SqliteDialect,
  type TransactionSettings,
} from "kysely";
import type { ReaderReply } from "./sqlite-reader.worker.js";

/*
 * Read-only SQLite connections in worker threads, beside the one writer (SQLITE_READERS). With a
 * single connection every statement waits for the one before it, and a transaction holds every
 * other request's reads until it commits; WAL lets readers read while the writer writes. Kysely
 * sees one dialect: a query outside a transaction that reads (a SELECT, or raw SQL starting with
 * SELECT or WITH that SQLite confirms is a read) goes to the least busy reader; everything else —
 * writes, and every statement of a transaction, reads included, so a transaction reads its own
 * writes — goes to the writer, behind Kysely's own SQLite mutex. A reader sees every commit made
 * before its statement starts, so a request reads what it has just written.
 */

interface Pending {
  resolve: (reply: ReaderReply) => void;
  reject: (error: Error) => void;
}

interface Reader {
  worker: Worker;
  pending: Map<number, Pending>;
  alive: boolean;
}

/** An error a reader's statement raised, with SQLite's code, as the writer would throw it. */
export class SqliteReaderError extends Error {
  override name = "SqliteError";
  constructor(
    message: string,
    readonly code: string | null,
  ) {
    super(message);
  }
}

/** The worker threads, each with its connection; statements go to the least busy one. */
export class SqliteReaders {
  readonly #readers: Reader[];
  #next = 0;
  /** Statements the readers answered (for tests and metrics). */
  served = 0;

  constructor(file: string, count: number, cacheMegabytes: number) {
    const url = new URL(
      import.meta.url.endsWith(".ts") ? "./sqlite-reader.worker.ts" : "./sqlite-reader.worker.js",
      import.meta.url,
    );
    // The TypeScript sources (tests, benchmarks) load the worker through tsx's loader; the
    // build runs the compiled JavaScript.
    const typescript = url.pathname.endsWith(".ts");
    const bootstrap = `import("tsx/esm/api").then(({ register }) => { register(); return import(${JSON.stringify(url.href)}); })`;
    this.#readers = Array.from({ length: count }, () => {
      const worker = typescript
        ? new Worker(bootstrap, { eval: true, workerData: { file, cacheMegabytes } })
        : new Worker(url, { workerData: { file, cacheMegabytes } });
      const reader: Reader = { worker, pending: new Map(), alive: true };
      worker.on("message", (reply: ReaderReply) => {
        const call = reader.pending.get(reply.id);
        reader.pending.delete(reply.id);
        if (reader.pending.size === 0) worker.unref();
        call?.resolve(reply);
      });
      const fail = (error: Error) => {
        reader.alive = false;
        for (const call of reader.pending.values()) call.reject(error);
        reader.pending.clear();
      };
      worker.on("error", fail);
      worker.on("exit", () => fail(new Error("SQLite reader stopped")));
      // An idle reader does not keep the process alive; one with a statement under way does
      // (else a process awaiting only a read would end, its event loop empty).
      worker.unref();
      return reader;
    });
  }

  /** The rows of a read, or null when it is not one (or no reader is alive): the writer's. */
  async read(query: CompiledQuery): Promise<unknown[] | null> {
    const alive = this.#readers.filter((r) => r.alive);
    if (alive.length === 0) return null;
    const reader = alive.reduce((best, r) => (r.pending.size < best.pending.size ? r : best));
    const id = this.#next++;
    const reply = await new Promise<ReaderReply>((resolve, reject) => {
      reader.pending.set(id, { resolve, reject });
      reader.worker.ref();
      reader.worker.postMessage({ id, sql: query.sql, parameters: query.parameters });
    });
    if ("notARead" in reply) return null;
    if ("error" in reply) throw new SqliteReaderError(reply.error.message, reply.error.code);
    this.served++;
    return reply.rows.map(withBuffers);
  }

  async close(): Promise<void> {
    await Promise.all(this.#readers.map((r) => r.worker.terminate()));
  }
}

/** Blobs cross the thread boundary as Uint8Array; the writer gives Buffers: so do readers. */
function withBuffers(row: unknown): unknown {
  if (row === null || typeof row !== "object") return row;
  const record = row as Record<string, unknown>;
  for (const [key, value] of Object.entries(record)) {
    if (value instanceof Uint8Array && !Buffer.isBuffer(value)) {
      record[key] = Buffer.from(value.buffer, value.byteOffset, value.byteLength);
    }
  }
  return record;
}

/** Whether a compiled query looks like a read (SQLite has the last word: `statement.reader`). */
function looksLikeRead(query: CompiledQuery): boolean {
  if (SelectQueryNode.is(query.query)) return true;
  return RawNode.is(query.query) && /^\s*(select|with)\b/iu.test(query.sql);
}

/** Kysely's SQLite dialect, its reads sent to the readers outside transactions. */
export class SqliteDialectWithReaders extends SqliteDialect {
  readonly #readers: SqliteReaders;

  constructor(config: ConstructorParameters<typeof SqliteDialect>[0], readers: SqliteReaders) {
    super(config);
    this.#readers = readers;
  }

  override createDriver(): Driver {
    return new RoutingDriver(super.createDriver(), this.#readers);
  }
}

class RoutingDriver implements Driver {
  constructor(
    private readonly writer: Driver,
    private readonly readers: SqliteReaders,
  ) {}

  init() {
    return this.writer.init();
  }

  async acquireConnection(): Promise<DatabaseConnection> {
    return new RoutedConnection(this.writer, this.readers);
  }

  async beginTransaction(connection: DatabaseConnection, settings: TransactionSettings) {
    const routed = connection as RoutedConnection;
    await this.writer.beginTransaction(await routed.hold(), settings);
  }

  async commitTransaction(connection: DatabaseConnection) {
    await this.writer.commitTransaction((connection as RoutedConnection).held());
  }

  async rollbackTransaction(connection: DatabaseConnection) {
    await this.writer.rollbackTransaction((connection as RoutedConnection).held());
  }

  async savepoint(
    connection: DatabaseConnection,
    name: string,
    compile: QueryCompiler["compileQuery"],
  ) {
    await this.writer.savepoint?.((connection as RoutedConnection).held(), name, compile);
  }

  async rollbackToSavepoint(
    connection: DatabaseConnection,
    name: string,
    compile: QueryCompiler["compileQuery"],
  ) {
    await this.writer.rollbackToSavepoint?.((connection as RoutedConnection).held(), name, compile);
  }

  async releaseSavepoint(
    connection: DatabaseConnection,
    name: string,
    compile: QueryCompiler["compileQuery"],
  ) {
    await this.writer.releaseSavepoint?.((connection as RoutedConnection).held(), name, compile);
  }

  async releaseConnection(connection: DatabaseConnection) {
    await (connection as RoutedConnection).release();
  }

  async destroy() {
    await this.readers.close();
    await this.writer.destroy();
  }
}

/** One acquisition: reads to the readers, the rest (and a whole transaction) to the writer. */
class RoutedConnection implements DatabaseConnection {
  #held: DatabaseConnection | null = null;

  constructor(
    private readonly writer: Driver,
    private readonly readers: SqliteReaders,
  ) {}

  /** Takes the writer for a transaction, until `release`. */
  async hold(): Promise<DatabaseConnection> {
    this.#held ??= await this.writer.acquireConnection();
    return this.#held;
  }

  held(): DatabaseConnection {
    if (!this.#held) throw new Error("no transaction on this connection");
    return this.#held;
  }

  async release(): Promise<void> {
    const held = this.#held;
    this.#held = null;
    if (held) await this.writer.releaseConnection(held);
  }

  async executeQuery<R>(query: CompiledQuery): Promise<QueryResult<R>> {
    if (this.#held) return this.#held.executeQuery<R>(query);
    if (looksLikeRead(query)) {
      const rows = await this.readers.read(query);
      if (rows) return { rows: rows as R[] };
    }
    const writer = await this.writer.acquireConnection();
    try {
      return await writer.executeQuery<R>(query);
    } finally {
      await this.writer.releaseConnection(writer);
    }
  }

  async *streamQuery<R>(
    query: CompiledQuery,
    chunkSize?: number,
  ): AsyncIterableIterator<QueryResult<R>> {
    const writer = this.#held ?? (await this.writer.acquireConnection());
    try {
      yield* writer.streamQuery<R>(query, chunkSize);
    } finally {
      if (!this.#held) await this.writer.releaseConnection(writer);
    }
  }
}
