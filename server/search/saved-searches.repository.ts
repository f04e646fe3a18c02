import type { Kysely, Transaction } from "kysely";
import type { DB, SavedSearchTable } from "../db/schema.js";

type Handle = Kysely<DB> | Transaction<DB>;

/** A user's saved searches, newest first. */
export function listSavedSearchRows(db: Handle, userId: string) {
  return db
    .selectFrom("saved_searches")
    .selectAll()
    .where("user_id", "=", userId)
    .orderBy("created_at", "desc")
    .orderBy("id", "desc")
    .execute();
}

export async function countSavedSearches(db: Handle, userId: string): Promise<number> {
  const row = await db
    .selectFrom("saved_searches")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .where("user_id", "=", userId)
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

export async function insertSavedSearch(db: Handle, row: SavedSearchTable): Promise<void> {
  await db.insertInto("saved_searches").values(row).execute();
}

/** Deletes one of the user's saved searches; false when they have none with that id. */
export async function deleteSavedSearchRow(
  db: Handle,
  userId: string,
  id: string,
): Promise<boolean> {
  const result = await db
    .deleteFrom("saved_searches")
    .where("id", "=", id)
    .where("user_id", "=", userId)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

/** Changes the name or the alert of one of the user's saved searches; its row, or undefined. */
export async function updateSavedSearchRow(
  db: Handle,
  userId: string,
  id: string,
  changes: Partial<Pick<SavedSearchTable, "name" | "alert">>,
): Promise<SavedSearchTable | undefined> {
  const result = await db
    .updateTable("saved_searches")
    .set(changes)
    .where("id", "=", id)
    .where("user_id", "=", userId)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) === 0) return undefined;
  return db
    .selectFrom("saved_searches")
    .selectAll()
    .where("id", "=", id)
    .where("user_id", "=", userId)
    .executeTakeFirst();
}

/** Every saved search with its alert on, of active users: one query per dispatch. */
export function listAlertingSavedSearches(db: Handle) {
  return db
    .selectFrom("saved_searches")
    .innerJoin("users", "users.id", "saved_searches.user_id")
    .select([
      "saved_searches.id",
      "saved_searches.user_id",
      "saved_searches.name",
      "saved_searches.query",
    ])
    .where("saved_searches.alert", "=", 1)
    .where("users.status", "=", "active")
    .execute();
}
