import type { Kysely, Transaction } from "kysely";
import type { DB } from "../db/schema.js";
import { AppError } from "../errors.js";
import { hasRole, type Subject } from "../policy/subject.js";

/** Transfers, fixity and seals belong to archivists; anyone else gets 404, as if absent. */
export function requireArchivist(subject: Subject): void {
  if (!hasRole(subject, "archivist")) throw new AppError("not_found");
}

/** The active accounts holding the archivist role (who receive integrity alerts). */
export async function listArchivistIds(db: Kysely<DB> | Transaction<DB>): Promise<string[]> {
  const rows = await db
    .selectFrom("user_roles")
    .innerJoin("users", "users.id", "user_roles.user_id")
    .select("users.id")
    .distinct()
    .where("user_roles.role", "=", "archivist")
    .where("users.status", "=", "active")
    .execute();
  return rows.map((r) => r.id);
}
