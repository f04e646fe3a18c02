import { type RawBuilder, sql } from "kysely";
import type { Dialect } from "../db/database.js";

/*
 * The dialect-specific SQL of the journal: the triggers that make the table append-only, and
 * the lock that serialises writers so the hash chain never forks.
 */

/** Triggers refusing UPDATE and DELETE on the journal (an operator must drop them on purpose). */
export function journalAppendOnlyStatements(dialect: Dialect): RawBuilder<unknown>[] {
  switch (dialect) {
    case "sqlite":
      return [
        sql`create trigger journal_no_update before update on journal
            begin select raise(abort, 'journal is append-only'); end`,
        sql`create trigger journal_no_delete before delete on journal
            begin select raise(abort, 'journal is append-only'); end`,
      ];
    case "postgres":
      return [
        sql`create function journal_refuse_change() returns trigger language plpgsql as $$
            begin raise exception 'journal is append-only'; end $$`,
        sql`create trigger journal_no_update before update or delete on journal
            for each statement execute function journal_refuse_change()`,
      ];
  }
}

/**
 * Serialises journal writers for the rest of the transaction. SQLite already runs one write
 * transaction at a time; PostgreSQL takes a transaction-scoped advisory lock.
 */
export function lockJournalHead(dialect: Dialect): RawBuilder<unknown> | null {
  switch (dialect) {
    case "sqlite":
      return null;
    case "postgres":
      return sql`select pg_advisory_xact_lock(7202611280)`;
  }
}
