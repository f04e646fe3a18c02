import { randomUUID } from "node:crypto";
import type { Kysely } from "kysely";
import {
  MAX_SAVED_SEARCHES,
  type SavedSearch,
  type SavedSearchList,
  SavedSearchQuery,
  type SaveSearchBody,
  type UpdateSavedSearchBody,
} from "../../shared/schemas/search.js";
import type { DB, SavedSearchTable } from "../db/schema.js";
import { AppError, notFound } from "../errors.js";
import { type Actor, emit } from "../events/events.js";
import type { Subject } from "../policy/subject.js";
import { compileSearchText } from "./query.js";
import {
  countSavedSearches,
  deleteSavedSearchRow,
  insertSavedSearch,
  listSavedSearchRows,
  updateSavedSearchRow,
} from "./saved-searches.repository.js";

/*
 * A user's saved searches: theirs only (another's id is a 404 like a random one), at most
 * MAX_SAVED_SEARCHES each. The text is compiled when saved, so an alert never holds a query
 * that cannot run.
 */

function present(row: SavedSearchTable, query: SavedSearchQuery): SavedSearch {
  return {
    id: row.id,
    name: row.name,
    query,
    alert: row.alert === 1,
    createdAt: row.created_at,
  };
}

/** The user's saved searches; one whose query this version no longer accepts is left out. */
export async function listSavedSearches(
  db: Kysely<DB>,
  subject: Subject,
): Promise<SavedSearchList> {
  const rows = await listSavedSearchRows(db, subject.userId);
  return {
    items: rows.flatMap((row) => {
      let stored: unknown = null;
      try {
        stored = JSON.parse(row.query);
      } catch {
        return [];
      }
      const query = SavedSearchQuery.safeParse(stored);
      return query.success ? [present(row, query.data)] : [];
    }),
  };
}

export async function saveSearch(
  db: Kysely<DB>,
  subject: Subject,
  actor: Actor,
  body: SaveSearchBody,
  now: Date = new Date(),
): Promise<SavedSearch> {
  const q = body.query.q?.trim();
  if (q) compileSearchText(q);
  const row: SavedSearchTable = {
    id: randomUUID(),
    user_id: subject.userId,
    name: body.name.trim(),
    query: JSON.stringify(body.query),
    alert: body.alert ? 1 : 0,
    created_at: now.toISOString(),
  };
  await db.transaction().execute(async (trx) => {
    if ((await countSavedSearches(trx, subject.userId)) >= MAX_SAVED_SEARCHES) {
      throw new AppError("saved_search_limit");
    }
    await insertSavedSearch(trx, row);
    await emit(trx, actor, {
      type: "saved_search.created",
      target: { type: "saved_search", id: row.id },
      details: { alert: body.alert },
    });
  });
  return present(row, body.query);
}

export async function deleteSavedSearch(
  db: Kysely<DB>,
  subject: Subject,
  actor: Actor,
  id: string,
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    if (!(await deleteSavedSearchRow(trx, subject.userId, id))) throw notFound();
    await emit(trx, actor, {
      type: "saved_search.deleted",
      target: { type: "saved_search", id },
    });
  });
}

/** Renames one of the user's saved searches or switches its alert (another's id is a 404). */
export async function updateSavedSearch(
  db: Kysely<DB>,
  subject: Subject,
  actor: Actor,
  id: string,
  body: UpdateSavedSearchBody,
): Promise<SavedSearch> {
  const changes: { name?: string; alert?: number } = {};
  if (body.name !== undefined) changes.name = body.name.trim();
  if (body.alert !== undefined) changes.alert = body.alert ? 1 : 0;
  const row = await db.transaction().execute(async (trx) => {
    const updated = await updateSavedSearchRow(trx, subject.userId, id, changes);
    if (!updated) throw notFound();
    await emit(trx, actor, {
      type: "saved_search.updated",
      target: { type: "saved_search", id },
      details: { renamed: body.name !== undefined, alert: updated.alert === 1 },
    });
    return updated;
  });
  const query = SavedSearchQuery.safeParse(JSON.parse(row.query));
  // A query this version no longer accepts is listed nowhere: as if it did not exist.
  if (!query.success) throw notFound();
  return present(row, query.data);
}
