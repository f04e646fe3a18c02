import { PostgresAdapter, type QueryExecutorProvider } from "kysely";
import type { Dialect } from "./database.js";

/** Tells which SQL engine a Kysely instance (or transaction) talks to. */
export function dialectOf(db: QueryExecutorProvider): Dialect {
  return db.getExecutor().adapter instanceof PostgresAdapter ? "postgres" : "sqlite";
}
