import { parentPort, workerData } from "node:worker_threads";
import SQLite from "better-sqlite3";
import { keptStatements, tuneConnection } from "./sqlite-statements.js";

/*
 * One read-only connection to the portal's SQLite file, in a worker thread (sqlite-readers.ts):
 * it answers the SELECT statements it is sent, each in its own read transaction (WAL lets it
 * read while the writer writes, and see every commit made before the statement starts). A
 * statement that is not a read is refused, never run: the writer runs it.
 */

export interface ReaderRequest {
  id: number;
  sql: string;
  parameters: readonly unknown[];
}
export type ReaderReply =
  | { id: number; rows: unknown[] }
  | { id: number; notARead: true }
  | { id: number; error: { message: string; code: string | null } };

const { file, cacheMegabytes } = workerData as { file: string; cacheMegabytes: number };
const handle = new SQLite(file, { readonly: true, fileMustExist: true });
tuneConnection(handle, cacheMegabytes);
const prepare = keptStatements(handle);

parentPort?.on("message", ({ id, sql, parameters }: ReaderRequest) => {
  let reply: ReaderReply;
  try {
    const statement = prepare(sql);
    reply = statement.reader ? { id, rows: statement.all(parameters) } : { id, notARead: true };
  } catch (error) {
    const { message, code } = error as { message: string; code?: unknown };
    reply = { id, error: { message, code: typeof code === "string" ? code : null } };
  }
  parentPort?.postMessage(reply);
});
